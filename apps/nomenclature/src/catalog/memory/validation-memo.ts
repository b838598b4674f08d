import type { GovernmentLevel } from '@selaras/contracts';
import type { CodeValidation } from '../classify-code';

/** Answers kept per index; past it the memo starts over (a version's real codes at both levels are ~7,600). */
export const VALIDATION_MEMO_SIZE = 20_000;
/** `U.BB.PP.1.` or `.2.`: the region cannot change the answer (it matters for special regimes, digits 3–8). */
const GENERAL_LEVEL = /^[^.]*\.[^.]*\.[^.]*\.[12]\./;

/**
 * Validation answers of one immutable catalog, remembered: the same code at the same level gets
 * the same answer until the version changes (a new index, a new memo). Parsing and the level
 * rule are most of a batch's cost, and callers send the same codes again and again. Answers
 * are shared between requests and only ever serialised.
 */
export class ValidationMemo {
  private readonly answers = new Map<string, CodeValidation>();

  answer(level: GovernmentLevel, sent: string, region: string | undefined, classify: () => CodeValidation): CodeValidation {
    const key = GENERAL_LEVEL.test(sent) ? `${level}|${sent}` : `${level}|${region ?? ''}|${sent}`;
    let answer = this.answers.get(key);
    if (answer === undefined) {
      answer = classify();
      if (this.answers.size >= VALIDATION_MEMO_SIZE) this.answers.clear();
      this.answers.set(key, answer);
    }
    return answer;
  }
}
