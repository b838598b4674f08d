import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createPublicKey, randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { signingInput } from '@selaras/contracts';
import { Caller, canRead, ConflictError, InvalidInputError, NotFoundError, readForbidden } from '@selaras/service-kit';
import { createEd25519Verifier } from './ed25519-verifier';
import { InboundRefusal } from './inbound-refusal';
import { assertMayApprove, assertMayRequest, assertMayRevoke } from './regency-key-parties';
import { RegencyKeyEntity } from './regency-key.entity';

/** What a signature check needs of a consumed event: it as sent, and the batch it came in. */
export interface SignedItem {
  sent: Record<string, unknown>;
  carrier?: { sent: Record<string, unknown> };
}

/** The per-region credentials of regency systems, and the check that an event is really theirs. */
@Injectable()
export class RegencyKeys {
  private readonly ed25519 = createEd25519Verifier();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The region asks for a key; it is stored pending and signs nothing until approved. */
  async request(caller: Caller, region: string, publicKeyPem: string, label: string): Promise<RegencyKeyEntity> {
    assertMayRequest(caller, region);
    let key;
    try {
      key = createPublicKey(publicKeyPem);
    } catch (error) {
      throw new InvalidInputError('REGENCY_KEY_INVALID', `publicKey is not a PEM public key: ${(error as Error).message}`, [{ field: 'publicKey', reason: 'not a PEM public key' }]);
    }
    if (key.asymmetricKeyType !== 'ed25519') throw new InvalidInputError('REGENCY_KEY_INVALID', `publicKey must be an Ed25519 key, not ${key.asymmetricKeyType}`, [{ field: 'publicKey', reason: 'must be Ed25519' }]);
    const entity = this.dataSource.manager.create(RegencyKeyEntity, {
      keyId: `${region}-${randomUUID().slice(0, 8)}`, region, publicKey: key.export({ type: 'spki', format: 'pem' }).toString(), label,
      registeredBy: caller.sub, requestedByRegion: caller.region, approvedBy: null, approvedByRegion: null, approvedAt: null, revokedAt: null, revokedBy: null, revokedByRegion: null,
    });
    return this.dataSource.manager.save(entity);
  }

  /** The province's coordinator approves a requested key; approving an approved key again changes nothing. */
  async approve(caller: Caller, keyId: string): Promise<RegencyKeyEntity> {
    return this.dataSource.transaction(async (manager) => {
      const key = await manager.findOne(RegencyKeyEntity, { where: { keyId }, lock: { mode: 'pessimistic_write' } });
      if (!key) throw new NotFoundError('REGENCY_KEY_NOT_FOUND', `no key ${keyId}`);
      assertMayApprove(caller, key.region, key.registeredBy);
      if (key.revokedAt) throw new ConflictError('REGENCY_KEY_REVOKED', `key ${keyId} was revoked at ${key.revokedAt.toISOString()}; the region requests a new one`);
      if (key.approvedAt) return key;
      Object.assign(key, { approvedBy: caller.sub, approvedByRegion: caller.region, approvedAt: new Date() });
      return manager.save(key);
    });
  }

  async list(caller: Caller, region: string): Promise<RegencyKeyEntity[]> {
    if (!canRead(caller, region)) throw readForbidden(caller, region, 'the keys of');
    return this.dataSource.manager.find(RegencyKeyEntity, { where: { region }, order: { registeredAt: 'ASC' } });
  }

  /** Either side revokes, whether the key was approved yet or not; it then signs nothing. */
  async revoke(caller: Caller, keyId: string): Promise<void> {
    const key = await this.dataSource.manager.findOne(RegencyKeyEntity, { where: { keyId } });
    if (!key) throw new NotFoundError('REGENCY_KEY_NOT_FOUND', `no active key ${keyId}`);
    assertMayRevoke(caller, key.region);
    const result = await this.dataSource.manager.update(RegencyKeyEntity, { keyId, revokedAt: IsNull() }, { revokedAt: new Date(), revokedBy: caller.sub, revokedByRegion: caller.region });
    if (!result.affected) throw new NotFoundError('REGENCY_KEY_NOT_FOUND', `no active key ${keyId}`);
  }

  /**
   * An inbound event over Kafka must carry `keyid` and `sig`; the key must be registered, approved,
   * not revoked, cover the event's region, and have made the signature. What is checked is what was
   * sent (parsed JSON, nothing stripped), since that is what the regency signed: the event
   * itself, or for an event out of a batch the batch, whose signature is checked once for all
   * its events (that they share its region is InboundProcessor's check). The keys a batch names
   * are read in one query (revocations count at once); each event gets its key id or its
   * refusal, in order.
   */
  async verifyAll(manager: EntityManager, events: readonly SignedItem[]): Promise<(string | InboundRefusal)[]> {
    const signed = (item: SignedItem) => item.carrier?.sent ?? item.sent;
    const ids = [...new Set(events.map((e) => signed(e).keyid).filter((k): k is string => typeof k === 'string'))];
    const keys = new Map((ids.length > 0 ? await manager.find(RegencyKeyEntity, { where: { keyId: In(ids) } }) : []).map((k) => [k.keyId, k]));
    // By the batch as parsed, not by its id: two messages claiming one id are checked apart.
    const batches = new Map<Record<string, unknown>, string | InboundRefusal>();
    return events.map((item) => {
      const signer = signed(item);
      let verdict = batches.get(signer);
      if (verdict === undefined) batches.set(signer, (verdict = this.check(signer, keys)));
      return verdict;
    });
  }

  private check(event: Record<string, unknown>, keys: Map<string, RegencyKeyEntity>): string | InboundRefusal {
    const keyId = event.keyid;
    if (typeof keyId !== 'string' || typeof event.sig !== 'string') {
      return new InboundRefusal('INBOUND_SIGNATURE_MISSING', 'forbidden', 'sign the event with your region\'s key: set the CloudEvents extensions keyid and sig (the regency SDK does this)', [{ field: 'sig', reason: 'required' }]);
    }
    const key = keys.get(keyId);
    if (!key || key.revokedAt) return new InboundRefusal('INBOUND_KEY_UNKNOWN', 'forbidden', `key ${keyId} is not registered or has been revoked; register the region's public key with the province`, [{ field: 'keyid', reason: 'unknown or revoked' }]);
    if (!key.approvedAt) return new InboundRefusal('INBOUND_KEY_NOT_APPROVED', 'forbidden', `key ${keyId} was requested by region ${key.region} but its province's coordinator has not approved it yet`, [{ field: 'keyid', reason: 'not approved' }]);
    if (key.region !== event.region) return new InboundRefusal('INBOUND_REGION_NOT_COVERED', 'forbidden', `key ${keyId} belongs to region ${key.region} and cannot publish for region ${String(event.region)}`, [{ field: 'region', reason: `not covered by key ${keyId}` }]);
    if (!this.signedBy(event, key.publicKey)) return new InboundRefusal('INBOUND_SIGNATURE_INVALID', 'forbidden', `the signature does not match the event and key ${keyId}; sign the event exactly as sent, without its sig`, [{ field: 'sig', reason: 'invalid' }]);
    return keyId;
  }

  private signedBy(event: Record<string, unknown>, publicKeyPem: string): boolean {
    const signature = Buffer.from(event.sig as string, 'base64');
    return this.ed25519.verify(signingInput(event), signature, publicKeyPem);
  }
}
