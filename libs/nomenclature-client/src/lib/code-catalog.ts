import { GovernmentLevel, NomenclatureEntryV1, RetiredCode, SUB_KEGIATAN_CODE_PATTERN } from '@selaras/contracts';

export type CodeCheck =
  | { code: string; status: 'valid'; entry: NomenclatureEntryV1 }
  | { code: string; status: 'retired'; successor?: string; reason: string }
  | { code: string; status: 'wrong_level'; reason: string }
  | { code: string; status: 'unknown'; reason: string }
  | { code: string; status: 'malformed'; reason: string };

const LEVEL_DIGIT: Record<GovernmentLevel, string> = { PROV: '1', KABKOT: '2' };

export function catalogKey(level: GovernmentLevel, code: string): string {
  return `${level}:${code}`;
}

/** The active catalog as a lookup table: entries by `LEVEL:code`, retired codes with successors. */
export class CodeCatalog {
  private readonly entries = new Map<string, NomenclatureEntryV1>();
  private readonly retired = new Map<string, string | undefined>();
  activeVersionId?: string;

  get size(): number {
    return this.entries.size;
  }

  upsert(entry: NomenclatureEntryV1): void {
    const key = catalogKey(entry.level, entry.code);
    this.entries.set(key, entry);
    this.retired.delete(key);
  }

  remove(key: string): void {
    this.entries.delete(key);
  }

  markRetired(codes: readonly RetiredCode[], versionId: string): void {
    this.activeVersionId = versionId;
    for (const r of codes) {
      // Recorded even while the entry is still present: its tombstone may arrive later on the
      // other topic. `check` looks at live entries first.
      this.retired.set(catalogKey(r.level, r.code), r.successor);
    }
  }

  get(level: GovernmentLevel, code: string): NomenclatureEntryV1 | undefined {
    return this.entries.get(catalogKey(level, code));
  }

  /** Checks one sub kegiatan code for a government level and says exactly what is wrong. */
  check(level: GovernmentLevel, code: string): CodeCheck {
    if (!SUB_KEGIATAN_CODE_PATTERN.test(code)) {
      return { code, status: 'malformed', reason: `"${code}" is not a sub kegiatan code of the form U.BB.PP.L.KK.SSSS (e.g. 2.16.03.2.02.0041)` };
    }
    const entry = this.get(level, code);
    if (entry) return { code, status: 'valid', entry };
    const key = catalogKey(level, code);
    if (this.retired.has(key)) {
      const successor = this.retired.get(key);
      return { code, status: 'retired', successor, reason: `${code} is retired in the active nomenclature${successor ? `; use ${successor}` : ''}` };
    }
    const levelDigit = code.split('.')[3];
    if (levelDigit !== LEVEL_DIGIT[level]) {
      const own = level === 'KABKOT' ? 'kab/kota' : 'provinsi';
      return { code, status: 'wrong_level', reason: `${code} has level digit ${levelDigit}; a ${own} may only use level-${LEVEL_DIGIT[level]} sub kegiatan codes` };
    }
    return { code, status: 'unknown', reason: `${code} is not in the active nomenclature for ${level}` };
  }
}
