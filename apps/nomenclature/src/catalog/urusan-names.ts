/**
 * Names of the urusan groups (first code segment). The catalog files carry only the digit;
 * the grouping is Permendagri 90/2019's, as summarised in data/SOURCE.md of domain-nomenclature.
 */
const URUSAN_NAMES: Readonly<Record<string, string>> = {
  '1': 'URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR',
  '2': 'URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR',
  '3': 'URUSAN PEMERINTAHAN PILIHAN',
  '4': 'UNSUR PENDUKUNG URUSAN PEMERINTAHAN',
  '5': 'UNSUR PENUNJANG URUSAN PEMERINTAHAN',
  '6': 'UNSUR PENGAWASAN URUSAN PEMERINTAHAN',
  '7': 'UNSUR KEWILAYAHAN',
  '8': 'UNSUR PEMERINTAHAN UMUM',
  '9': 'UNSUR KEKHUSUSAN',
  X: 'PENUNJANG URUSAN PEMERINTAHAN DAERAH (BERLAKU UNTUK SEMUA BIDANG)',
};

export function urusanName(code: string): string | null {
  return URUSAN_NAMES[code] ?? null;
}
