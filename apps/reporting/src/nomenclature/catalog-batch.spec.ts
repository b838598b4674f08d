import { buildEvent, NOMENCLATURE_EVENT_TYPES, NomenclatureEntryV1 } from '@selaras/contracts';
import { ConsumedEvent, Tombstone } from '@selaras/messaging';
import { catalogBatch, catalogNames } from './catalog-batch';

const anEntry = (code: string, overrides: Partial<NomenclatureEntryV1> = {}): NomenclatureEntryV1 =>
  ({
    level: 'KABKOT', code, name: 'Penyusunan Konten', bidangCode: '2.16', bidangName: 'KOMINFO', programCode: '2.16.02', programName: 'PROGRAM IKP',
    kegiatanCode: '2.16.02.2.01', kegiatanName: 'Pengelolaan IKP', spm: false, versionId: 'v', ...overrides,
  }) as NomenclatureEntryV1;

const consumed = (entry: NomenclatureEntryV1, offset: string): ConsumedEvent => ({
  event: buildEvent(NOMENCLATURE_EVENT_TYPES.entry, entry, { source: '/services/nomenclature', subject: `${entry.level}:${entry.code}` }),
  topic: 'nomenclature.entries', partition: 0, offset, key: `${entry.level}:${entry.code}`, raw: Buffer.alloc(0), sent: {},
});
const tombstone = (key: string, offset: string): Tombstone => ({ topic: 'nomenclature.entries', partition: 0, offset, key });

describe(catalogBatch.name, () => {
  it('keeps only the last message per key, entry or tombstone, in offset order', () => {
    const batch = catalogBatch(
      [consumed(anEntry('2.16.02.2.01.0032'), '1'), consumed(anEntry('2.16.02.2.01.0919'), '2'), consumed(anEntry('2.16.02.2.01.0028', { name: 'lama' }), '3'), consumed(anEntry('2.16.02.2.01.0028', { name: 'baru' }), '6')],
      [tombstone('KABKOT:2.16.02.2.01.0919', '4'), tombstone('KABKOT:2.16.02.2.01.0032', '0')],
    );
    expect(batch.upserts.map((e) => [e.code, e.name])).toEqual([['2.16.02.2.01.0032', 'Penyusunan Konten'], ['2.16.02.2.01.0028', 'baru']]);
    expect(batch.removals).toEqual([['KABKOT', '2.16.02.2.01.0919']]);
  });

  it('brings a code back when an entry follows its tombstone', () => {
    const batch = catalogBatch([consumed(anEntry('2.16.02.2.01.0919'), '9')], [tombstone('KABKOT:2.16.02.2.01.0919', '8')]);
    expect(batch.upserts).toHaveLength(1);
    expect(batch.removals).toEqual([]);
  });
});

describe(catalogNames.name, () => {
  it('names each bidang, program and kegiatan once', () => {
    expect(catalogNames([anEntry('2.16.02.2.01.0032'), anEntry('2.16.02.2.01.0028')])).toEqual([
      { code: '2.16', kind: 'bidang', name: 'KOMINFO' },
      { code: '2.16.02', kind: 'program', name: 'PROGRAM IKP' },
      { code: '2.16.02.2.01', kind: 'kegiatan', name: 'Pengelolaan IKP' },
    ]);
  });
});
