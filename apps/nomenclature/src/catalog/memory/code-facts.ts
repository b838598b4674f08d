import { penunjangUseOf } from '@selaras/domain-nomenclature';
import type { RetiredCodeRecord } from '../../entries/retired-code-store.service';
import type { CodeFacts } from '../classify-code';

/**
 * What a version knows about a (four-digit) code for validation: its own entries and
 * retirement, or — for program penunjang written under a real bidang (`2.16.01.2.01.0001`) —
 * those of the catalog's `X.XX` row, with the successors put under the same bidang.
 */
export function codeFactsOf(entriesOf: (code: string) => CodeFacts['entries'], retiredOf: (code: string) => RetiredCodeRecord | undefined): (canonical: string) => CodeFacts {
  return (code) => {
    const own: CodeFacts = { entries: entriesOf(code), retired: retiredOf(code) };
    if (own.entries.length > 0 || own.retired) return own;
    const penunjang = penunjangUseOf(code);
    if (!penunjang) return own;
    const template = retiredOf(penunjang.template);
    const under = (c: string) => (c.startsWith('X.XX.') ? `${penunjang.bidang}${c.slice(4)}` : c);
    return {
      entries: entriesOf(penunjang.template),
      retired: template ? { ...template, successorCodes: template.successorCodes.map(under) } : undefined,
    };
  };
}
