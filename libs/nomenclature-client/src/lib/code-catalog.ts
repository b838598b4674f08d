import { GovernmentLevel, NomenclatureEntryV1, RetiredCode } from '@selaras/contracts';
import { levelRule, parseSubKegiatanCode, penunjangUseOf } from '@selaras/domain-nomenclature';

export type CodeCheck =
  /** `entry` is the catalog's row: for `2.16.01.2.01.0001` the `X.XX.01.2.01.0001` one (`penunjangOf` says so). */
  | { code: string; status: 'valid'; entry: NomenclatureEntryV1; penunjangOf?: string }
  | { code: string; status: 'retired'; successor?: string; reason: string }
  | { code: string; status: 'wrong_level'; reason: string }
  | { code: string; status: 'unknown'; reason: string }
  | { code: string; status: 'malformed'; reason: string };

/** What the code's shape and level digit say, before the catalog is consulted. */
type ShapeVerdict = { status: 'malformed' | 'wrong_level'; reason: string } | null;

/** Bound on remembered shape verdicts: a few times the 7,581 codes of one level. */
const SHAPE_MEMO_LIMIT = 50_000;

export function catalogKey(level: GovernmentLevel, code: string): string {
  return `${level}:${code}`;
}

/** The active catalog as a lookup table: entries by `LEVEL:code`, retired codes with successors. */
export class CodeCatalog {
  private readonly entries = new Map<string, NomenclatureEntryV1>();
  private readonly retired = new Map<string, string | undefined>();
  /**
   * Parsing a code and applying the level rule are pure but cost ~20 µs a code, and a
   * regency's snapshot names the same few hundred codes tens of thousands of times.
   */
  private readonly shapeVerdicts = new Map<string, ShapeVerdict>();
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
    const shape = this.shapeVerdict(level, code, region);
    if (shape) return { code, ...shape };
    const entry = this.get(level, code);
    if (entry) return { code, status: 'valid', entry };
    // Program penunjang under a real bidang is the catalog's X.XX row (exact code first: a
    // catalog may list a bidang's own program 01).
    const penunjang = penunjangUseOf(code);
    const template = penunjang ? this.get(level, penunjang.template) : undefined;
    if (penunjang && template) return { code, status: 'valid', entry: template, penunjangOf: penunjang.template };
    const key = catalogKey(level, code);
    const retiredKey = this.retired.has(key) ? key : penunjang && this.retired.has(catalogKey(level, penunjang.template)) ? catalogKey(level, penunjang.template) : null;
    if (retiredKey) {
      const templateSuccessor = this.retired.get(retiredKey);
      // A penunjang successor is written under the same bidang as the retired code.
      const successor = templateSuccessor?.startsWith('X.XX.') && penunjang && retiredKey !== key ? `${penunjang.bidang}${templateSuccessor.slice(4)}` : templateSuccessor;
      return { code, status: 'retired', successor, reason: `${code} is retired in the active nomenclature${successor ? `; use ${successor}` : ''}` };
    }
    return { code, status: 'unknown', reason: `${code} is not in the active nomenclature for ${level}` };
  }

  private shapeVerdict(level: GovernmentLevel, code: string, region?: string): ShapeVerdict {
    const key = `${level}\u0000${code}\u0000${region ?? ''}`;
    const known = this.shapeVerdicts.get(key);
    if (known !== undefined) return known;
    const verdict = judgeShape(level, code, region);
    if (this.shapeVerdicts.size >= SHAPE_MEMO_LIMIT) this.shapeVerdicts.clear();
    this.shapeVerdicts.set(key, verdict);
    return verdict;
  }
}

function judgeShape(level: GovernmentLevel, code: string, region?: string): ShapeVerdict {
  const parsed = parseSubKegiatanCode(code);
  if (!parsed.ok) return { status: 'malformed', reason: parsed.error.message };
  const rule = levelRule(level, code, { region });
  if (!rule.ok) return { status: 'wrong_level', reason: rule.error.message };
  return null;
}
