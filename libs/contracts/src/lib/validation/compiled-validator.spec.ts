import { randomUUID } from 'node:crypto';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { CloudEventEnvelope } from '../envelope/cloud-event';
import { EVENT_CATALOG, EventType } from '../event-map';
import { INBOUND_EVENT_TYPES } from '../inbound/usulan-inbound.v1';
import { NOMENCLATURE_EVENT_TYPES } from '../nomenclature/nomenclature-events.v1';
import { parseEnvelope, parsePayload } from '../parse-event';
import { PRIORITY_EVENT_TYPES } from '../priorities/priority-declared.v1';
import { PROPOSAL_EVENT_TYPES } from '../proposals/proposal-state.v1';
import { SPBE_EVENT_TYPES } from '../spbe/spbe-events.v1';
import { aProposalState, aUsulan } from '../testing/fixtures';
import { aSpbeIndexComputed, aSpbeLevelRecorded, aSpbeTargetSet } from '../testing/spbe.fixtures';
import { NOT_SURE, validatePlain } from './compiled-validator';

/**
 * The compiled validator must never call valid what class-validator refuses, and must hand back
 * exactly what class-transformer + the whitelist would. Checked here against the reference on
 * a valid example of every contract and on every single-field mutation of it a broken or
 * hostile producer could send.
 */
type Json = Record<string, unknown>;
const now = new Date().toISOString();

const EXAMPLES: { type: EventType; data: Json }[] = [
  { type: PROPOSAL_EVENT_TYPES.drafted, data: aProposalState() as unknown as Json },
  {
    type: PROPOSAL_EVENT_TYPES.agreed,
    data: aProposalState({
      status: 'agreed', revision: 4, externalId: 'ext-1', target: { value: 2, satuan: 'Dokumen', indikator: 'Jumlah dokumen' },
      decision: { outcome: 'agreed_with_changes', beritaAcara: 'BA/1', reason: 'ok', targetBefore: { value: 3, satuan: 'Dokumen' }, paguBefore: 1, decidedBy: 'b@81.71', decidedAt: now },
      nomenclatureFlag: { problem: 'retired', successor: '2.16.03.2.02.0042', versionId: 'v2', flaggedAt: now },
    }) as unknown as Json,
  },
  { type: INBOUND_EVENT_TYPES.upserted, data: { ...aUsulan(), externalId: 'ext-1', status: 'submitted' } },
  { type: INBOUND_EVENT_TYPES.withdrawn, data: { region: '81.71', externalId: 'ext-1' } },
  { type: INBOUND_EVENT_TYPES.batch, data: { region: '81.71', events: [{ specversion: '1.0', id: randomUUID(), type: INBOUND_EVENT_TYPES.withdrawn, data: { region: '81.71', externalId: 'ext-1' } }] } },
  {
    type: PRIORITY_EVENT_TYPES.declared,
    data: { id: randomUUID(), province: '81', year: 2027, title: 'SPBE', code: '2.16.03', target: { value: 1, satuan: 'Dokumen' }, pagu: 5, status: 'active', revision: 1, declaredBy: 'k@81', updatedAt: now },
  },
  {
    type: NOMENCLATURE_EVENT_TYPES.entry,
    data: {
      level: 'KABKOT', code: '2.16.03.2.02.0041', name: 'Koordinasi', bidangCode: '2.16', bidangName: 'Kominfo', programCode: '2.16.03', programName: 'Aplikasi',
      kegiatanCode: '2.16.03.2.02', kegiatanName: 'E-gov', kinerja: 'k', indikator: 'i', satuan: 'Dokumen', spm: false, jenis: 'j', replaces: '2.16.03.2.02.0001', versionId: 'v1',
    },
  },
  {
    type: NOMENCLATURE_EVENT_TYPES.versionActivated,
    data: {
      versionId: 'v2', label: 'v2', entryCount: 3, previousVersionId: 'v1', diff: { added: 1, retired: 1, renamed: 0, replaced: 0 },
      retired: [{ level: 'KABKOT', code: '2.16.03.2.02.0001', successor: '2.16.03.2.02.0041' }, { level: 'PROV', code: '2.16.03.1.02.0001' }], at: now,
    },
  },
  { type: SPBE_EVENT_TYPES.levelRecorded, data: aSpbeLevelRecorded() as unknown as Json },
  { type: SPBE_EVENT_TYPES.indexComputed, data: aSpbeIndexComputed() as unknown as Json },
  { type: SPBE_EVENT_TYPES.targetSet, data: aSpbeTargetSet() as unknown as Json },
];

/** Values a field could wrongly carry; each replaces one field at a time. */
const WRONG_VALUES: unknown[] = [
  null, 0, -1, 1.5, 1e13, 2027, true, '', 'x', 'x'.repeat(5000), '81.71', '2.16.03.2.02.0041', now, randomUUID(), 'draft', 'PROV',
  [], ['81.71'], [1, 2], [null], [{}], [[]], {}, { value: 1, satuan: 'x' }, { code: '1', name: 'x' }, [{ value: 1, satuan: 'x' }],
];

/** Every path of a JSON value, with its parent and key, depth first. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => [[...prefix, i], ...paths(v, [...prefix, i])]);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [[...prefix, k], ...paths(v, [...prefix, k])]);
  return [];
}

function mutated(data: Json, path: (string | number)[], change: (parent: Record<string | number, unknown>, key: string | number) => void): Json {
  const copy = JSON.parse(JSON.stringify(data));
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key];
  change(parent, path[path.length - 1]);
  return copy;
}

function variants(data: Json): Json[] {
  const out: Json[] = [data];
  for (const path of paths(data)) {
    out.push(mutated(data, path, (p, k) => (Array.isArray(p) ? p.splice(Number(k), 1) : delete p[k])));
    for (const wrong of WRONG_VALUES) out.push(mutated(data, path, (p, k) => (p[k] = wrong)));
    out.push(mutated(data, path, (p, k) => {
      const v = p[k];
      if (v && typeof v === 'object' && !Array.isArray(v)) Object.assign(v, { extra: 1, toString: 'x' });
    }));
  }
  // Unknown and awkward keys at the top: stripped by the whitelist, never let through.
  out.push({ ...data, extra: 'x', nested: { a: 1 } }, JSON.parse(`{"__proto__": {"polluted": 1}, "constructor": 1, ${JSON.stringify(data).slice(1)}`));
  return out;
}

/** What the project did before: class-transformer, then class-validator with the whitelist. */
function reference(cls: new () => object, plain: unknown): { valid: boolean; value: object } {
  const instance = plainToInstance(cls, plain, { enableImplicitConversion: false });
  return { valid: validateSync(instance, { whitelist: true, forbidUnknownValues: true }).length === 0, value: instance };
}

describe(validatePlain.name, () => {
  it.each(EXAMPLES.map((e) => [e.type, e.data] as const))('finds the valid example of %s valid without falling back', (type, data) => {
    expect(validatePlain(EVENT_CATALOG[type].payload, JSON.parse(JSON.stringify(data)))).not.toBe(NOT_SURE);
  });

  it.each(EXAMPLES.map((e) => [e.type, e.data] as const))('agrees with class-validator on every mutation of %s and returns the same value', (type, data) => {
    const cls = EVENT_CATALOG[type].payload as new () => object;
    let fast = 0;
    for (const input of variants(data)) {
      const expected = reference(cls, JSON.parse(JSON.stringify(input)));
      const result = validatePlain(cls, JSON.parse(JSON.stringify(input)));
      if (result === NOT_SURE) continue;
      fast++;
      expect({ input, valid: expected.valid }).toEqual({ input, valid: true });
      expect(JSON.stringify(result)).toBe(JSON.stringify(expected.value));
      expect(Object.getPrototypeOf(result)).toBe(cls.prototype);
    }
    expect(fast).toBeGreaterThan(0);
  });

  it('gives parsePayload the same verdict and violations as before on every mutation', () => {
    for (const { type, data } of EXAMPLES) {
      const cls = EVENT_CATALOG[type].payload as new () => object;
      for (const input of variants(data)) {
        const expected = reference(cls, JSON.parse(JSON.stringify(input)));
        let valid = true;
        try {
          parsePayload(cls, JSON.parse(JSON.stringify(input)));
        } catch {
          valid = false;
        }
        expect({ type, input, valid }).toEqual({ type, input, valid: expected.valid });
      }
    }
  });

  it('checks the envelope without its data as class-validator does, and keeps data untouched', () => {
    const envelope = { specversion: '1.0', id: randomUUID(), source: '/regions/81.71/proposals', type: PROPOSAL_EVENT_TYPES.drafted, time: now, subject: 's', datacontenttype: 'application/json', region: '81.71', correlationid: 'c', sig: 's', keyid: 'k' };
    for (const input of variants(envelope)) {
      const expected = reference(CloudEventEnvelope, JSON.parse(JSON.stringify(input)));
      const result = validatePlain(CloudEventEnvelope, JSON.parse(JSON.stringify(input)), 'data');
      if (result !== NOT_SURE) expect({ input, valid: validateSync(expected.value, { whitelist: true, forbidUnknownValues: true }).filter((e) => e.property !== 'data').length === 0 }).toEqual({ input, valid: true });
    }
    const data = { anything: [1, { b: 2 }] };
    const parsed = parseEnvelope(JSON.stringify({ ...envelope, data, unknown: 1 }));
    expect(parsed).toBeInstanceOf(CloudEventEnvelope);
    expect(parsed.data).toEqual(data);
    expect('unknown' in parsed).toBe(false);
  });

  it('is not sure about values class-transformer would turn into something else', () => {
    const cls = EVENT_CATALOG[INBOUND_EVENT_TYPES.withdrawn].payload;
    expect(validatePlain(cls, [{ region: '81.71', externalId: 'x' }])).toBe(NOT_SURE);
    expect(validatePlain(cls, new Date())).toBe(NOT_SURE);
    expect(validatePlain(cls, null)).toBe(NOT_SURE);
  });
});
