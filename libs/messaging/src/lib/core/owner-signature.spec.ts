import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureOwnerKeyDir, loadOwnerKeys, ownerPublicKeysOf } from './owner-keys';
import { OWNER_HEADERS, OwnerKeyring, ownerOfTopic, OwnerSigner, rawPublicKey } from './owner-signature';

const pem = () => generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();

describe(OwnerSigner.name, () => {
  const proposalsKey = pem();
  const signer = new OwnerSigner('proposals', proposalsKey);
  const keyring = new OwnerKeyring([{ owner: 'proposals', publicKey: proposalsKey }]);
  const value = '{"id":"e1","type":"proposals.proposal.agreed.v1"}';

  it('signs a message that the keyring accepts', () => {
    expect(keyring.check('proposals.events', 'p1', Buffer.from(value), signer.headersFor('proposals.events', 'p1', value))).toBeUndefined();
  });

  it('refuses a message without owner headers, naming the owner', () => {
    expect(keyring.check('proposals.events', Buffer.from('p1'), Buffer.from(value), {})).toEqual(expect.objectContaining({ code: 'OWNER_SIGNATURE_MISSING', reason: expect.stringContaining('proposals') }));
  });

  it('refuses a signed message moved to another key, another topic or with another value', () => {
    const headers = signer.headersFor('proposals.events', 'p1', value);
    expect(keyring.check('proposals.events', 'p2', value, headers)?.code).toBe('OWNER_SIGNATURE_INVALID');
    expect(keyring.check('proposals.priorities', 'p1', value, headers)?.code).toBe('OWNER_SIGNATURE_INVALID');
    expect(keyring.check('proposals.events', 'p1', value.replace('e1', 'e2'), headers)?.code).toBe('OWNER_SIGNATURE_INVALID');
  });

  it('refuses a message signed with a key that is not the owner\'s', () => {
    const outsider = new OwnerSigner('proposals', pem());
    expect(keyring.check('proposals.events', 'p1', value, outsider.headersFor('proposals.events', 'p1', value))?.code).toBe('OWNER_KEY_UNKNOWN');
  });

  it('refuses another owner\'s key on a topic it does not own', () => {
    const spbeKey = pem();
    const both = new OwnerKeyring([{ owner: 'proposals', publicKey: proposalsKey }, { owner: 'spbe-indicators', publicKey: spbeKey }]);
    const spbe = new OwnerSigner('spbe-indicators', spbeKey);
    expect(both.check('proposals.events', 'p1', value, spbe.headersFor('proposals.events', 'p1', value))?.code).toBe('OWNER_KEY_UNKNOWN');
  });

  it('tells a signed tombstone from a signed empty value', () => {
    const tombstone = signer.headersFor('proposals.events', 'p1', null);
    expect(keyring.check('proposals.events', 'p1', null, tombstone)).toBeUndefined();
    expect(keyring.check('proposals.events', 'p1', '', tombstone)?.code).toBe('OWNER_SIGNATURE_INVALID');
  });

  it('leaves topics nobody owns unchecked', () => {
    expect(ownerOfTopic('proposals.inbound')).toBeUndefined();
    expect(ownerOfTopic('proposals.events.dlq')).toBeUndefined();
    expect(keyring.check('proposals.inbound', 'k', value, {})).toBeUndefined();
    expect(ownerOfTopic('nomenclature.entries')).toBe('nomenclature');
    expect(ownerOfTopic('spbe.events')).toBe('spbe-indicators');
  });

  it('reads the headers as kafkajs delivers them (Buffers)', () => {
    const headers = Object.fromEntries(Object.entries(signer.headersFor('proposals.events', 'p1', value)).map(([k, v]) => [k, Buffer.from(v)]));
    expect(headers[OWNER_HEADERS.signature]).toBeDefined();
    expect(keyring.check('proposals.events', Buffer.from('p1'), Buffer.from(value), headers)).toBeUndefined();
  });
});

describe(loadOwnerKeys.name, () => {
  it('generates one key per owner in the key directory once, readable only by its user, and signs with the service\'s own', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'owner-keys-')), 'keys');
    const first = loadOwnerKeys({ service: 'proposals', keyDir: dir });
    const again = loadOwnerKeys({ service: 'reporting', keyDir: dir });
    expect(readdirSync(dir).sort()).toEqual(['nomenclature.key', 'proposals.key', 'spbe-indicators.key']);
    expect(statSync(join(dir, 'proposals.key')).mode & 0o077).toBe(0);
    expect(again.signer).toBeUndefined();
    const headers = first.signer!.headersFor('proposals.events', 'k', 'v');
    expect(again.keyring.check('proposals.events', 'k', 'v', headers)).toBeUndefined();
  });

  it('takes configured public keys and requires an owning service\'s private key with them', () => {
    const pems = ensureOwnerKeyDir(join(mkdtempSync(join(tmpdir(), 'owner-keys-')), 'keys'));
    const ownerPublicKeys = ownerPublicKeysOf(pems);
    expect(() => loadOwnerKeys({ service: 'nomenclature', ownerPublicKeys, keyDir: '/nonexistent' })).toThrow(/EVENT_SIGNING_KEY is required/);
    const reporting = loadOwnerKeys({ service: 'reporting', ownerPublicKeys, keyDir: '/nonexistent' });
    const nomenclature = loadOwnerKeys({ service: 'nomenclature', ownerPublicKeys, signingKeyPem: pems.nomenclature, keyDir: '/nonexistent' });
    expect(reporting.keyring.size).toBe(3);
    expect(reporting.keyring.check('nomenclature.entries', 'KABKOT:1', null, nomenclature.signer!.headersFor('nomenclature.entries', 'KABKOT:1', null))).toBeUndefined();
    expect(rawPublicKey(pems.nomenclature)).toHaveLength(32);
  });
});
