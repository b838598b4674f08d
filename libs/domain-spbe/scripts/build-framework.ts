/**
 * Regenerates data/permenpanrb-59-2020.json from data/spbe_indikator_permenpanrb_59_2020.csv.
 *   node -r @swc-node/register libs/domain-spbe/scripts/build-framework.ts
 * The spec `permenpanrb-59-2020.spec.ts` fails when the two disagree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FrameworkMetadata, frameworkFromIndicatorCsv } from '../src/lib/framework/framework-from-csv';
import { validateFramework } from '../src/lib/framework/validate-framework';

const DATA = join(__dirname, '..', 'data');

const METADATA: FrameworkMetadata = {
  id: 'permenpanrb-59-2020',
  name: 'Indeks SPBE',
  regulation: 'Peraturan Menteri PANRB Nomor 59 Tahun 2020 tentang Pemantauan dan Evaluasi Sistem Pemerintahan Berbasis Elektronik',
  version: '59/2020',
  effectiveYear: 2020,
  // Tingkat kematangan kapabilitas proses (method.md, [V]); domain Layanan scores
  // kapabilitas fungsi teknis on the same 1–5 scale under names not verified, so not listed.
  levels: [
    { level: 1, name: 'Rintisan' },
    { level: 2, name: 'Terkelola' },
    { level: 3, name: 'Terdefinisi' },
    { level: 4, name: 'Terpadu dan Terukur' },
    { level: 5, name: 'Optimum' },
  ],
  predikat: [
    { min: 4.2, name: 'Memuaskan' },
    { min: 3.5, name: 'Sangat Baik' },
    { min: 2.6, name: 'Baik' },
    { min: 1.8, name: 'Cukup' },
    { min: 0, name: 'Kurang' },
  ],
};

const definition = frameworkFromIndicatorCsv(readFileSync(join(DATA, 'spbe_indikator_permenpanrb_59_2020.csv'), 'utf8'), METADATA);
validateFramework(definition);
writeFileSync(join(DATA, 'permenpanrb-59-2020.json'), `${JSON.stringify(definition, null, 2)}\n`);
process.stdout.write(`wrote ${definition.domains.length} domains, ${definition.domains.flatMap((d) => d.aspects.flatMap((a) => a.indicators)).length} indicators\n`);
