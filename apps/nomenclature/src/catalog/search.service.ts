import { Injectable } from '@nestjs/common';
import type { GovernmentLevel } from '@selaras/contracts';
import { isBidangUrusan } from '@selaras/domain-nomenclature';
import { CatalogIndex } from './memory/catalog-index';
import { CatalogIndexes } from './memory/catalog-indexes.service';
import { planSearch, SearchPlan } from './search-plan';
import { CodeAndName } from './sub-kegiatan-view';

export interface SearchHit {
  level: GovernmentLevel;
  code: string;
  name: string;
  /** What matched the query: the name's words, or the start of the code. */
  matchedIn: 'name' | 'code';
  kegiatan: CodeAndName;
  program: CodeAndName;
  bidang: CodeAndName;
  indikator: string | null;
  satuan: string | null;
  /**
   * Program penunjang: listed once as `X.XX`, written per bidang in usulan (`2.16.01…`). A code
   * search under a bidang (`2.16.01`) answers the rows under that bidang.
   */
  perBidang?: true;
}

/** `2.16.01…`: a code prefix inside the program penunjang of a real bidang. */
const PENUNJANG_PREFIX = /^([0-9]\.[0-9]{2})\.01(\.|$)/;

export interface SearchResult {
  versionId: string;
  q: string;
  total: number;
  items: SearchHit[];
}

/** Indonesian name search (or code-prefix search) over one version's in-memory catalog, the active one unless named. */
@Injectable()
export class SearchService {
  constructor(private readonly catalogs: CatalogIndexes) {}

  async search(q: string, options: { level?: GovernmentLevel; limit?: number; version?: string }): Promise<SearchResult> {
    const plan = planSearch(q);
    const index = await this.catalogs.resolve(options.version);
    const result = this.searchIn(index, q, plan, options);
    const bidang = plan.kind === 'code' ? PENUNJANG_PREFIX.exec(plan.prefix)?.[1] : undefined;
    if (result.total > 0 || !bidang || !isBidangUrusan(bidang)) return result;
    // The catalog lists penunjang once as X.XX: search it and answer under the asked bidang.
    const template = this.searchIn(index, q, { kind: 'code', prefix: `X.XX${plan.kind === 'code' ? plan.prefix.slice(bidang.length) : ''}` }, options);
    const under = (code: string) => `${bidang}${code.slice(4)}`;
    return {
      ...template,
      items: template.items.map((hit) => ({
        ...hit, code: under(hit.code), kegiatan: { ...hit.kegiatan, code: under(hit.kegiatan.code) }, program: { ...hit.program, code: under(hit.program.code) }, bidang: { code: bidang, name: null },
      })),
    };
  }

  private searchIn(index: CatalogIndex, q: string, plan: SearchPlan, options: { level?: GovernmentLevel; limit?: number }): SearchResult {
    const level = options.level ?? null;
    const limit = options.limit ?? 20;
    const hits = plan.kind === 'code' ? index.searchCodes(plan.prefix, level, limit) : index.searchNames(plan, level, limit);
    return {
      versionId: index.versionId,
      q,
      total: hits.total,
      items: hits.entries.map((row) => ({
        level: row.level,
        code: row.code,
        name: row.name,
        matchedIn: plan.kind === 'code' ? 'code' : 'name',
        kegiatan: { code: row.kegiatanCode, name: row.kegiatanName },
        program: { code: row.programCode, name: row.programName },
        bidang: { code: row.bidangCode, name: row.bidangName },
        indikator: row.indikator,
        satuan: row.satuan,
        ...(row.bidangCode === 'X.XX' ? { perBidang: true as const } : {}),
      })),
    };
  }
}
