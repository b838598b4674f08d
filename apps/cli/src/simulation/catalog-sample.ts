import { loadReferenceCatalog, NomenclatureRow } from '@selaras/domain-nomenclature';

export interface CatalogSample {
  /** Level-2 sub kegiatan a kab/kota may use. */
  kabKota: NomenclatureRow[];
  /** Level-1 sub kegiatan a province may use. */
  provinsi: NomenclatureRow[];
}

/**
 * Real sub kegiatan of the 2027 nomenclature to draw proposals from: only the general levels
 * (digit 1 for the province, 2 for kab/kota) and only rows with a satuan, as an OPD would pick.
 */
export function loadCatalogSample(): CatalogSample {
  const { rows } = loadReferenceCatalog('sipd-2027');
  const usable = rows.filter((r) => r.satuan && !r.code.startsWith('X'));
  return {
    kabKota: usable.filter((r) => r.level === 'KABKOT' && r.code.split('.')[3] === '2'),
    provinsi: usable.filter((r) => r.level === 'PROV' && r.code.split('.')[3] === '1'),
  };
}
