/** Government level as the nomenclature writes it (`jenis_pemda`). */
export type GovernmentLevel = 'PROV' | 'KABKOT';

/** Region level names used by kode wilayah (`@selaras/domain-region`), accepted wherever a level is. */
export type LevelLike = GovernmentLevel | 'provinsi' | 'kabupaten_kota';

/** `provinsi` → `PROV`, `kabupaten_kota` → `KABKOT`; `PROV`/`KABKOT` unchanged. */
export function toGovernmentLevel(level: LevelLike): GovernmentLevel {
  switch (level) {
    case 'PROV':
    case 'provinsi':
      return 'PROV';
    case 'KABKOT':
    case 'kabupaten_kota':
      return 'KABKOT';
  }
}

export function describeGovernmentLevel(level: GovernmentLevel): string {
  return level === 'PROV' ? 'provinsi' : 'kabupaten/kota';
}
