import { GovernmentLevel, NomenclatureEntryV1, RetiredCode } from '@selaras/contracts';
import { levelRule, parseSubKegiatanCode } from '@selaras/domain-nomenclature';

export type CodeCheck =
  | { code: string; status: 'valid'; entry: NomenclatureEntryV1 }
  | { code: string; status: 'retired'; successor?: string; reason: string }
  | { code: string; status: 'wrong_level'; reason: string }
  | { code: string; status: 'unknown'; reason: string }
  | { code: string; status: 'malformed'; reason: string };

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

  /**
   * Does not clear a retirement: the two topics are read side by side, so an entry of the
   * previous version can arrive after the activation that retired it (and before its
   * tombstone). `check` looks at live entries first, so a code that really comes back is valid.
   */
  upsert(entry: NomenclatureEntryV1): void {
    this.entries.set(catalogKey(entry.level, entry.code), entry);
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

  /**
   * Checks one sub kegiatan code for a government level (and, for special-regime codes such
   * as Aceh's level digit 7, the region using it) and says exactly what is wrong.
   */
  check(level: GovernmentLevel, code: string, region?: string): CodeCheck {
    const parsed = parseSubKegiatanCode(code);
    if (!parsed.ok) return { code, status: 'malformed', reason: parsed.error.message };
    const rule = levelRule(level, code, { region });
    if (!rule.ok) return { code, status: 'wrong_level', reason: rule.error.message };
    const entry = this.get(level, code);
    if (entry) return { code, status: 'valid', entry };
    const key = catalogKey(level, code);
    if (this.retired.has(key)) {
      const successor = this.retired.get(key);
      return { code, status: 'retired', successor, reason: `${code} is retired in the active nomenclature${successor ? `; use ${successor}` : ''}` };
    }
    return { code, status: 'unknown', reason: `${code} is not in the active nomenclature for ${level}` };
  }
}
