import { parseRegionCode, Region, RegionDirectory } from '@selaras/domain-region';
import { InvalidInputError, NotFoundError } from '@selaras/service-kit';

/**
 * The region a path names, from the directory of 38 provinsi and 514 kabupaten/kota:
 * 400 `REGION_CODE_MALFORMED` for text that is not `PP` or `PP.KK`, 404 `REGION_UNKNOWN` for a
 * well-formed code nobody has (`81.99`), so an assessment is never filed under a typo.
 */
export function resolveRegion(directory: RegionDirectory, code: string): Region {
  const parsed = parseRegionCode(code);
  if (!parsed.ok) throw new InvalidInputError('REGION_CODE_MALFORMED', parsed.error.message, [{ field: 'region', reason: parsed.error.message }]);
  const region = directory.get(code);
  if (!region) throw new NotFoundError('REGION_UNKNOWN', `there is no provinsi or kabupaten/kota with kode wilayah ${code}`);
  return region;
}
