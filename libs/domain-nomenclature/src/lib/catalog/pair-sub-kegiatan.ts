import { GovernmentLevel } from '../code/government-level';
import { isPenunjangCode } from '../code/penunjang';
import { normaliseText } from '../search/normalise-text';
import { meaningName, meaningWords, SAME_ITEM_SIMILARITY } from './name-meaning';

/** What pairing needs of a catalog row; {@link NomenclatureRow} fits. */
export interface PairableEntry {
  readonly level: GovernmentLevel;
  readonly code: string;
  readonly name: string;
  readonly programCode: string;
  readonly kegiatanName: string;
  readonly kinerja: string | null;
  readonly indikator: string | null;
  readonly satuan: string | null;
}

/**
 * Why a province and a kab/kota sub kegiatan fund the same thing, strongest first:
 * - `same-name`: the same words once case, punctuation, word order and level words are ignored
 *   ("Pembangunan USB (Unit Sekolah Baru)" / "Pembangunan Unit Sekolah Baru (USB)");
 * - `similar-name`: at least three quarters of the words shared, and either one name's words all in
 *   the other's (a qualifier added: "… dan Pengelolaan Nama Domain Pemerintah Desa") or the same
 *   indikator: a word swapped for another is most often another item ("Pendidikan Menengah" /
 *   "Pendidikan Dasar", "Penyelesaian" / "Pencegahan", "Regional" / "Lokal");
 * - `same-indikator`: names differ, indikator and satuan are the same;
 * - `same-kinerja`: names and indikator differ, kinerja and satuan are the same.
 */
export type PairBasis = 'same-name' | 'similar-name' | 'same-indikator' | 'same-kinerja';
export const PAIR_BASES: readonly PairBasis[] = ['same-name', 'similar-name', 'same-indikator', 'same-kinerja'];

export interface SubKegiatanPair {
  /** Level-1 (PROV) code. */
  readonly prov: string;
  /** Level-2 (KABKOT) code. */
  readonly kabKota: string;
  readonly basis: PairBasis;
}

interface Prepared {
  readonly entry: PairableEntry;
  readonly words: ReadonlySet<string>;
  readonly kegiatan: string;
  readonly kegiatanWords: ReadonlySet<string>;
  readonly indikator: string;
  readonly kinerja: string;
  readonly satuan: string;
}

/**
 * Pairs the province's (level digit 1) and the kab/kota's (level digit 2) sub kegiatan of one
 * catalog that fund the same thing, from the catalog alone. Both must be in the same program and
 * under kegiatan of the same meaning ({@link sameKegiatan}): sub kegiatan names repeat under different kegiatan for
 * different things (PROV `1.01.02.1.01.0001` builds a senior high school under "…Sekolah Menengah
 * Atas", KABKOT `1.01.02.2.01.0001` a primary school under "…Sekolah Dasar"; kegiatan numbers are
 * not parallel across levels, so the kegiatan is compared by name, not number). Then the
 * strongest {@link PairBasis} that holds. Program penunjang (`X.XX.01`, each government's own
 * running cost) is never paired. Special-regime codes (digits 3–8) are left out.
 */
export function pairSubKegiatan(entries: readonly PairableEntry[]): SubKegiatanPair[] {
  const prov: Prepared[] = [];
  const kabKotaByProgram = new Map<string, Prepared[]>();
  for (const entry of entries) {
    if (isPenunjangCode(entry.code)) continue;
    const digit = entry.code.split('.')[3];
    if (entry.level === 'PROV' && digit === '1') prov.push(prepare(entry));
    else if (entry.level === 'KABKOT' && digit === '2') {
      const group = kabKotaByProgram.get(entry.programCode);
      if (group) group.push(prepare(entry));
      else kabKotaByProgram.set(entry.programCode, [prepare(entry)]);
    }
  }
  const pairs: SubKegiatanPair[] = [];
  for (const p of prov) {
    for (const k of kabKotaByProgram.get(p.entry.programCode) ?? []) {
      if (!sameKegiatan(p, k)) continue;
      const basis = basisOf(p, k);
      if (basis) pairs.push({ prov: p.entry.code, kabKota: k.entry.code, basis });
    }
  }
  return pairs.sort((a, b) => a.prov.localeCompare(b.prov) || a.kabKota.localeCompare(b.kabKota));
}

function prepare(entry: PairableEntry): Prepared {
  return {
    entry,
    words: new Set(meaningWords(entry.name)),
    kegiatan: meaningName(entry.kegiatanName),
    kegiatanWords: new Set(meaningWords(entry.kegiatanName)),
    indikator: entry.indikator ? meaningName(entry.indikator) : '',
    kinerja: entry.kinerja ? meaningName(entry.kinerja) : '',
    satuan: entry.satuan ? normaliseText(entry.satuan) : '',
  };
}

/**
 * Kegiatan of the same meaning: the same meaning name, three quarters of the words shared, or
 * one's words (three or more) all in the other's: the province's kegiatan often adds its scope
 * ("Penyediaan Fasilitas Pelayanan, Sarana, Prasarana dan Alat Kesehatan untuk UKP Rujukan, UKM
 * dan UKM Rujukan Tingkat Daerah Provinsi" / "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM
 * dan UKP Kewenangan Daerah Kabupaten/Kota"). "Sekolah Menengah Atas" / "Sekolah Dasar" share
 * neither.
 */
function sameKegiatan(p: Prepared, k: Prepared): boolean {
  if (p.kegiatan === k.kegiatan || jaccard(p.kegiatanWords, k.kegiatanWords) >= SAME_ITEM_SIMILARITY) return true;
  return Math.min(p.kegiatanWords.size, k.kegiatanWords.size) >= 3 && contains(p.kegiatanWords, k.kegiatanWords);
}

function basisOf(p: Prepared, k: Prepared): PairBasis | null {
  const shared = jaccard(p.words, k.words);
  if (shared === 1) return 'same-name';
  if (shared >= SAME_ITEM_SIMILARITY && (contains(p.words, k.words) || (p.indikator !== '' && p.indikator === k.indikator))) return 'similar-name';
  if (p.satuan === '' || p.satuan !== k.satuan) return null;
  if (p.indikator !== '' && p.indikator === k.indikator) return 'same-indikator';
  if (p.kinerja !== '' && p.kinerja === k.kinerja) return 'same-kinerja';
  return null;
}

/** One set's words all in the other's. */
function contains(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  return [...small].every((w) => large.has(w));
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Counts of pairs by basis. */
export function countPairsByBasis(pairs: readonly SubKegiatanPair[]): Record<PairBasis, number> {
  const counts = Object.fromEntries(PAIR_BASES.map((b) => [b, 0])) as Record<PairBasis, number>;
  for (const p of pairs) counts[p.basis]++;
  return counts;
}
