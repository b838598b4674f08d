import { generateKeyPairSync } from 'node:crypto';
import { INBOUND_EVENT_TYPES, parseEvent, unpackBatch, UsulanBatchV1, CloudEvent, verifyEventSignature } from '@selaras/contracts';
import { InboundEventBuilder } from './event-builder';
import { RegencySdkError } from './sdk-error';
import { UsulanChange } from './usulan-change';

function aChange(overrides: Partial<UsulanChange> = {}): UsulanChange {
  return {
    externalId: 'sipd-ambon-0001',
    opd: { code: '2.16.0.00.0.00.01.0000', name: 'Dinas Kominfo Kota Ambon' },
    year: 2027, stage: 'rancangan', subKegiatan: '2.16.03.2.02.0041', target: { value: 2, satuan: 'Dokumen' },
    paguIndikatif: 150_000_000, source: 'renstra', status: 'submitted', ...overrides,
  };
}

function refusalCode(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof RegencySdkError) return error.code;
    throw error;
  }
  return undefined;
}

describe(InboundEventBuilder.name, () => {
  const key = generateKeyPairSync('ed25519');
  const sut = new InboundEventBuilder('81.71', '/regions/81.71/sipd', { keyId: 'ambon-1', privateKey: key.privateKey });

  it('builds a signed upsert for the region with the region as default location', () => {
    const event = sut.upsert(aChange());
    expect(event).toMatchObject({ type: 'proposals.usulan.upserted.v1', region: '81.71', subject: 'sipd-ambon-0001', keyid: 'ambon-1', data: { locations: ['81.71'], status: 'submitted' } });
    expect(verifyEventSignature(event as unknown as Record<string, unknown>, key.publicKey)).toBe(true);
  });

  it('builds a batch signed once, whose events carry no signature and unpack as the province reads them', () => {
    const events = [sut.upsert(aChange()), sut.upsert(aChange({ externalId: 'sipd-ambon-0002' })), sut.withdraw('sipd-ambon-0003')];
    const batch = sut.batch(events);
    expect(batch).toMatchObject({ type: INBOUND_EVENT_TYPES.batch, region: '81.71', keyid: 'ambon-1', data: { region: '81.71' } });
    expect(verifyEventSignature(batch as unknown as Record<string, unknown>, key.publicKey)).toBe(true);
    expect(batch.data.events.every((e) => !('sig' in e) && !('keyid' in e))).toBe(true);
    const parsed = parseEvent(JSON.parse(JSON.stringify(batch)), [INBOUND_EVENT_TYPES.batch]) as CloudEvent<UsulanBatchV1>;
    const unpacked = unpackBatch(parsed, [INBOUND_EVENT_TYPES.upserted, INBOUND_EVENT_TYPES.withdrawn]);
    expect(unpacked.map((u) => [u.error, u.event?.id])).toEqual(events.map((e) => [undefined, e.id]));
  });

  it('refuses pagu with decimals with the server\'s code', () => {
    expect(refusalCode(() => sut.upsert(aChange({ paguIndikatif: 1.5 })))).toBe('EVENT_PAYLOAD_INVALID');
  });

  it('refuses a location outside the region with the server\'s code', () => {
    expect(refusalCode(() => sut.upsert(aChange({ locations: ['81.72'] })))).toBe('LOCATION_OUTSIDE_REGION');
  });

  it('refuses a malformed sub kegiatan code and names the field', () => {
    try {
      sut.upsert(aChange({ subKegiatan: '2.16.3.2.2.41' }));
      throw new Error('expected a refusal');
    } catch (error) {
      expect((error as RegencySdkError).violations.map((v) => v.field)).toContain('data.subKegiatan');
    }
  });

  it('accepts program penunjang in its real form under the OPD\'s bidang', () => {
    expect(sut.upsert(aChange({ subKegiatan: '2.16.01.2.01.0001', opd: { code: '2.16.0.00.0.00.01.0000', name: 'Dinas Kominfo' } })).data).toMatchObject({ subKegiatan: '2.16.01.2.01.0001' });
  });

  it('refuses program penunjang in the catalog\'s X.XX form or of another bidang than the OPD\'s', () => {
    const opd = { code: '2.16.0.00.0.00.01.0000', name: 'Dinas Kominfo' };
    expect(refusalCode(() => sut.upsert(aChange({ subKegiatan: 'X.XX.01.2.01.0001', opd })))).toBe('SUB_KEGIATAN_PENUNJANG_TEMPLATE');
    expect(refusalCode(() => sut.upsert(aChange({ subKegiatan: '1.02.01.2.01.0001', opd })))).toBe('SUB_KEGIATAN_PENUNJANG_BIDANG');
  });

  it('builds a withdrawal', () => {
    expect(sut.withdraw('sipd-ambon-0001')).toMatchObject({ type: 'proposals.usulan.withdrawn.v1', data: { region: '81.71', externalId: 'sipd-ambon-0001' } });
  });
});
