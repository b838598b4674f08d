import { loadRegionDirectory, Region } from '@selaras/domain-region';
import { InvalidInputError, NotFoundError } from '@selaras/service-kit';
import { RegionRef } from '../sync/sync-facts';

export function regionRef(region: Region): RegionRef {
  return { code: region.code, name: region.name, kind: region.kind };
}

/** A province of the directory with its kab/kota; 404 for an unknown code, 400 for a kab/kota code. */
export function provinceWithKabKota(code: string): { province: RegionRef; kabKota: RegionRef[] } {
  const directory = loadRegionDirectory();
  const region = directory.get(code);
  if (!region) throw new NotFoundError('PROVINCE_NOT_FOUND', `no province has the kode wilayah '${code}'; Maluku is 81`);
  if (region.level !== 'provinsi') throw new InvalidInputError('PROVINCE_EXPECTED', `'${code}' is a kabupaten/kota; give its province '${region.province}'`);
  return { province: regionRef(region), kabKota: directory.kabKotaOf(code).map(regionRef) };
}

export function regionName(code: string): string | undefined {
  return loadRegionDirectory().name(code);
}
