import type { GovernmentLevel } from '@selaras/contracts';
import type { EntryRecord } from '../../entries/entry-record';
import type { RetiredCodeRecord } from '../../entries/retired-code-store.service';
import type { CodeFacts } from '../classify-code';
import { codeFactsOf } from './code-facts';
import { byteOrder, NameQuery, NameSearch, SearchHits } from './name-search';
import { ValidationMemo } from './validation-memo';

const NONE: readonly EntryRecord[] = [];

/**
 * One version's catalog in memory, immutable once built: its entries by code, the codes that
 * count as retired while it is in force, bidang names, and name and code-prefix search. Built
 * from the same rows the SQL reads answered from, so it answers the same.
 */
export class CatalogIndex {
  private readonly byCode = new Map<string, EntryRecord[]>();
  private readonly retiredByCode = new Map<string, RetiredCodeRecord[]>();
  private readonly bidangNames = new Map<string, string>();
  /** Every entry by code, then level: code-prefix search answers in this order. */
  private readonly byCodeOrder: EntryRecord[];
  private readonly names: NameSearch;
  /** Validation answers of this catalog, remembered (it never changes). */
  readonly validations = new ValidationMemo();

  constructor(readonly versionId: string, entries: readonly EntryRecord[], retired: readonly RetiredCodeRecord[]) {
    const shared = new Map<string, string>();
    // Rows repeat their bidang, program and kegiatan names and much else: keep one copy of each text.
    const one = <T extends string | null>(text: T): T => {
      if (text === null) return text;
      const kept = shared.get(text);
      if (kept !== undefined) return kept as T;
      shared.set(text, text);
      return text;
    };
    const kept = entries.map((e): EntryRecord => ({
      ...e,
      urusanCode: one(e.urusanCode), bidangCode: one(e.bidangCode), bidangName: one(e.bidangName), programCode: one(e.programCode), programName: one(e.programName),
      kegiatanCode: one(e.kegiatanCode), kegiatanName: one(e.kegiatanName), kinerja: one(e.kinerja), indikator: one(e.indikator), satuan: one(e.satuan),
      jenis: one(e.jenis), pelaksana: one(e.pelaksana), replacesName: one(e.replacesName),
    }));
    for (const e of kept) {
      push(this.byCode, e.code, e);
      if (!this.bidangNames.has(e.bidangCode)) this.bidangNames.set(e.bidangCode, e.bidangName);
    }
    for (const r of retired) push(this.retiredByCode, r.code, r);
    this.byCodeOrder = [...kept].sort((a, b) => byteOrder(a.code, b.code) || byteOrder(a.level, b.level));
    this.names = new NameSearch(kept);
  }

  /** The version's entries with this (four-digit) code, at every level. */
  entriesOf(code: string): readonly EntryRecord[] {
    return this.byCode.get(code) ?? NONE;
  }

  /** The retirement of a code at a level (at any level when null), when it counts as retired in this version. */
  retiredOf(level: GovernmentLevel | null, code: string): RetiredCodeRecord | undefined {
    const all = this.retiredByCode.get(code);
    return level === null ? all?.[0] : all?.find((r) => r.level === level);
  }

  /** The name the version gives a bidang (`2.16`), null when it has none. */
  bidangName(bidang: string): string | null {
    return this.bidangNames.get(bidang) ?? null;
  }

  /** What validation at a level knows about each code, program penunjang under a bidang included. */
  factsAt(level: GovernmentLevel): (canonical: string) => CodeFacts {
    return codeFactsOf((code) => this.entriesOf(code) as EntryRecord[], (code) => this.retiredOf(level, code));
  }

  searchNames(query: NameQuery, level: GovernmentLevel | null, limit: number): SearchHits {
    return this.names.search(query, level, limit);
  }

  /** Entries whose code (or code as the file writes it) starts with `prefix`, by code then level. */
  searchCodes(prefix: string, level: GovernmentLevel | null, limit: number): SearchHits {
    const matches = this.byCodeOrder.filter((e) => (level === null || e.level === level) && (e.code.startsWith(prefix) || e.sourceCode.startsWith(prefix)));
    return { total: matches.length, entries: matches.slice(0, limit) };
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
