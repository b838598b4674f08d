import type { GovernmentLevel } from '@selaras/contracts';
import { levelRule, parseSubKegiatanCode } from '@selaras/domain-nomenclature';
import type { EntryRecord } from '../entries/entry-record';
import type { RetiredCodeRecord } from '../entries/retired-code-store.service';

export type CodeStatus = 'valid' | 'unknown' | 'retired' | 'wrong_level' | 'malformed';

export interface CodeValidation {
  /** As sent. */
  code: string;
  status: CodeStatus;
  reason: string;
  /** For `retired`: the code to use instead, when the catalog names one. */
  successor?: string;
  /** For `retired`: every successor (more than one when the code was split). */
  successors?: string[];
  /** For `valid`: what a proposal needs from the entry. */
  name?: string;
  indikator?: string | null;
  satuan?: string | null;
}

/** What the version knows about one (four-digit) code. */
export interface CodeFacts {
  /** The version's entries with this code, at any level. */
  entries: Pick<EntryRecord, 'level' | 'sourceCode' | 'name' | 'indikator' | 'satuan'>[];
  /** Set when the code counts as retired at the asked level while this version is in force. */
  retired?: Pick<RetiredCodeRecord, 'successorCodes' | 'retiredInVersionId'>;
}

export interface ClassifyOptions {
  versionId: string;
  /** Kode wilayah of the government using the code; needed for special-regime codes (level digit 3–8). */
  region?: string;
}

/**
 * Answers for one code, in the order the nomenclature client checks (so HTTP and in-memory
 * validation agree): malformed, wrong level (including a special-regime code outside its
 * regime), valid, retired with successor, unknown.
 */
export function classifyCode(level: GovernmentLevel, sent: string, facts: (canonical: string) => CodeFacts, options: ClassifyOptions): CodeValidation {
  const input = sent.trim();
  const parsed = parseSubKegiatanCode(input);
  if (!parsed.ok) return { code: sent, status: 'malformed', reason: parsed.error.message };
  const { canonical, format } = parsed.value;
  const known = facts(canonical);
  const atLevel = known.entries.find((e) => e.level === level);

  if (format === 'legacy' && atLevel?.sourceCode !== input) {
    return { code: sent, status: 'malformed', reason: `'${input}' has the two-digit sub kegiatan segment of the 050-3708/2020 list; codes are written U.BB.PP.L.KK.SSSS now, e.g. ${canonical}` };
  }
  const rule = levelRule(level, canonical, { region: options.region });
  if (!rule.ok) return { code: sent, status: 'wrong_level', reason: rule.error.message };
  if (atLevel) {
    return { code: sent, status: 'valid', reason: `${canonical} is in version ${options.versionId} for ${level}`, name: atLevel.name, indikator: atLevel.indikator, satuan: atLevel.satuan };
  }
  if (known.retired) {
    const [successor] = known.retired.successorCodes;
    return {
      code: sent,
      status: 'retired',
      reason: `${canonical} was retired by version ${known.retired.retiredInVersionId}${successor ? `; use ${known.retired.successorCodes.join(' or ')}` : '; the catalog names no successor'}`,
      ...(successor ? { successor, successors: known.retired.successorCodes } : {}),
    };
  }
  const elsewhere = known.entries.map((e) => e.level);
  const hint = elsewhere.length > 0 ? `; it exists only for ${elsewhere.join(', ')}` : '';
  return { code: sent, status: 'unknown', reason: `${canonical} is not in version ${options.versionId} for ${level}${hint}` };
}
