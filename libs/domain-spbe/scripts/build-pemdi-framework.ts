/**
 * Regenerates data/permenpanrb-8-2026.json from data/pemdi_indikator_permenpanrb_8_2026.csv.
 *   node -r @swc-node/register libs/domain-spbe/scripts/build-pemdi-framework.ts
 * The spec `permenpanrb-8-2026.spec.ts` fails when the two disagree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { frameworkFromAspectCsv } from '../src/lib/framework/framework-from-aspect-csv';
import { PEMDI_8_2026_METADATA } from '../src/lib/framework/pemdi-metadata';
import { validateFramework } from '../src/lib/framework/validate-framework';

const DATA = join(__dirname, '..', 'data');

const definition = frameworkFromAspectCsv(readFileSync(join(DATA, 'pemdi_indikator_permenpanrb_8_2026.csv'), 'utf8'), PEMDI_8_2026_METADATA);
validateFramework(definition);
writeFileSync(join(DATA, 'permenpanrb-8-2026.json'), `${JSON.stringify(definition, null, 2)}\n`);
process.stdout.write(`wrote ${definition.groups?.length} aspects, ${definition.groups?.flatMap((a) => a.indicators ?? []).length} indicators\n`);
