import { Kafka } from 'kafkajs';
import { buildEvent, NOMENCLATURE_EVENT_TYPES, NomenclatureEntryV1, TOPICS } from '@selaras/contracts';
import { produce } from './owner-signed-produce';

/** A real entry of the 2027 nomenclature: Koordinasi ... SPBE, kab/kota level. */
export function spbeKoordinasiEntry(overrides: Partial<NomenclatureEntryV1> = {}): NomenclatureEntryV1 {
  return {
    level: 'KABKOT',
    code: '2.16.03.2.02.0041',
    name: 'Koordinasi dan Sinkronisasi Penerapan SPBE',
    bidangCode: '2.16',
    bidangName: 'URUSAN PEMERINTAHAN BIDANG KOMUNIKASI DAN INFORMATIKA',
    programCode: '2.16.03',
    programName: 'PROGRAM PENGELOLAAN APLIKASI INFORMATIKA',
    kegiatanCode: '2.16.03.2.02',
    kegiatanName: 'Pengelolaan e-government di Lingkup Pemerintahan Daerah Kabupaten/Kota',
    satuan: 'Dokumen',
    spm: false,
    versionId: 'test-2027',
    ...overrides,
  } as NomenclatureEntryV1;
}

/** Publishes entries the way the nomenclature service does: compacted topic, key `LEVEL:code`. */
export async function publishEntries(kafka: Kafka, entries: NomenclatureEntryV1[]): Promise<void> {
  await produce(
    kafka,
    TOPICS.nomenclatureEntries.name,
    entries.map((entry) => ({
      key: `${entry.level}:${entry.code}`,
      value: JSON.stringify(buildEvent(NOMENCLATURE_EVENT_TYPES.entry, entry, { source: '/services/nomenclature', subject: `${entry.level}:${entry.code}` })),
    })),
  );
}
