import { MAX_EVENT_BYTES, NOMENCLATURE_EVENT_TYPES, parseEvent, RetiredCode } from '@selaras/contracts';
import { diffCatalogs, loadReferenceCatalog } from '@selaras/domain-nomenclature';
import { anEntryRecord } from '../testing/entry.fixtures';
import { activationMessages, entryMessages, MAX_RETIRED_BYTES_PER_EVENT, splitBySize } from './activation-events';
import { planActivation } from './activation-plan';

describe(entryMessages.name, () => {
  it('publishes each entry under its LEVEL:code key as a valid entry event', () => {
    const [message] = entryMessages([anEntryRecord()], 'sipd-2027', new Date('2026-11-23T00:00:00Z'));
    expect(message.key).toBe('KABKOT:2.16.03.2.02.0041');
    const event = parseEvent(JSON.stringify(message.event), [NOMENCLATURE_EVENT_TYPES.entry]);
    expect(event).toMatchObject({ subject: 'KABKOT:2.16.03.2.02.0041', source: '/services/nomenclature', data: { versionId: 'sipd-2027', satuan: 'Dokumen' } });
  });
});

describe(activationMessages.name, () => {
  const activation = (retired: RetiredCode[]) => ({ versionId: 'sipd-2027', label: 'SIPD 2027', entryCount: 7581, previousVersionId: 'v2020', retired, at: new Date() });

  it('announces a small activation in one event keyed by the version', () => {
    const messages = activationMessages(activation([{ level: 'PROV', code: '1.01.02.1.01.0002' }]));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ key: 'sipd-2027', event: { type: NOMENCLATURE_EVENT_TYPES.versionActivated, data: { previousVersionId: 'v2020', retired: [{ code: '1.01.02.1.01.0002' }] } } });
  });

  it('keeps the real 2020 → 2027 activation under the consumers\' size limit, splitting the retired list if it must', () => {
    const old = loadReferenceCatalog('kepmendagri-050-3708-2020').rows;
    const next = loadReferenceCatalog('sipd-2027').rows;
    const plan = planActivation(old, [], next, 'sipd-2027');
    expect(plan.retired).toHaveLength(diffCatalogs(old, next).summary.retired);
    const messages = activationMessages(activation(plan.retired));
    for (const m of messages) {
      const raw = JSON.stringify(m.event);
      expect(Buffer.byteLength(raw)).toBeLessThan(MAX_EVENT_BYTES);
      expect(() => parseEvent(raw, [NOMENCLATURE_EVENT_TYPES.versionActivated])).not.toThrow();
    }
    expect(messages.flatMap((m) => (m.event.data as { retired: RetiredCode[] }).retired)).toEqual(plan.retired);
  });
});

describe(splitBySize.name, () => {
  it('cuts a list into consecutive parts under the byte limit, never losing or reordering an item', () => {
    const items = Array.from({ length: 100 }, (_, i) => ({ code: `code-${i}` }));
    const parts = splitBySize(items, 200);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.flat()).toEqual(items);
    expect(parts.every((p) => Buffer.byteLength(JSON.stringify(p)) <= 200)).toBe(true);
  });

  it('gives one empty part for an empty list, so an activation is always announced', () => {
    expect(splitBySize([], MAX_RETIRED_BYTES_PER_EVENT)).toEqual([[]]);
  });
});
