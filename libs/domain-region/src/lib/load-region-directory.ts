import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RegionDirectory } from './region-directory';
import { regionDirectoryFromCsv } from './region-csv';

/** The region list carried in this lib (38 provinsi, 514 kabupaten/kota; see `data/SOURCE.md`). */
export const REGION_DATA_FILE = join(__dirname, '..', '..', 'data', 'wilayah_provinsi_kabkota.csv');

let cached: RegionDirectory | undefined;

/**
 * The directory of all provinces and kabupaten/kota, read once from the CSV in this lib's
 * `data/` folder (path relative to this source file, so it works under jest and
 * `@swc-node/register`). Later calls return the same instance.
 */
export function loadRegionDirectory(): RegionDirectory {
  cached ??= regionDirectoryFromCsv(readFileSync(REGION_DATA_FILE, 'utf8'));
  return cached;
}
