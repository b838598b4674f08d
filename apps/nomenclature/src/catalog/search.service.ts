import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { GovernmentLevel } from '@selaras/contracts';
import { isBidangUrusan } from '@selaras/domain-nomenclature';
import { NOMENCLATURE_SCHEMA } from '../config';
import { EntryRecord } from '../entries/entry-record';
import { VersionStore } from '../versions/version-store.service';
import { planSearch } from './search-plan';
import { searchStatement } from './search-sql';
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

/** Indonesian name search (or code-prefix search) over one version, the active one unless named. */
@Injectable()
export class SearchService {
  private trigram?: Promise<boolean>;

  constructor(@InjectDataSource() private readonly dataSource: DataSource, private readonly versions: VersionStore) {}

  async search(q: string, options: { level?: GovernmentLevel; limit?: number; version?: string }): Promise<SearchResult> {
    const plan = planSearch(q);
    const result = await this.searchPlan(q, plan, options);
    const bidang = plan.kind === 'code' ? PENUNJANG_PREFIX.exec(plan.prefix)?.[1] : undefined;
    if (result.total > 0 || !bidang || !isBidangUrusan(bidang)) return result;
    // The catalog lists penunjang once as X.XX: search it and answer under the asked bidang.
    const template = await this.searchPlan(q, { kind: 'code', prefix: `X.XX${plan.kind === 'code' ? plan.prefix.slice(bidang.length) : ''}` }, options);
    const under = (code: string) => `${bidang}${code.slice(4)}`;
    return {
      ...template,
      items: template.items.map((hit) => ({
        ...hit, code: under(hit.code), kegiatan: { ...hit.kegiatan, code: under(hit.kegiatan.code) }, program: { ...hit.program, code: under(hit.program.code) }, bidang: { code: bidang, name: null },
      })),
    };
  }

  private async searchPlan(q: string, plan: ReturnType<typeof planSearch>, options: { level?: GovernmentLevel; limit?: number; version?: string }): Promise<SearchResult> {
    const version = await this.versions.resolve(this.dataSource.manager, options.version);
    const { sql, parameters } = searchStatement(plan, {
      schema: NOMENCLATURE_SCHEMA,
      versionId: version.id,
      level: options.level ?? null,
      limit: options.limit ?? 20,
      trigram: await this.hasTrigram(),
    });
    const rows: (EntryRecord & { total: number })[] = await this.dataSource.query(sql, parameters);
    return {
      versionId: version.id,
      q,
      total: rows[0]?.total ?? 0,
      items: rows.map((row) => ({
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

  /** The migration installs pg_trgm where the server has it; search ranks without it otherwise. */
  private hasTrigram(): Promise<boolean> {
    this.trigram ??= this.dataSource
      .query(`SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') AS present`)
      .then(([row]: { present: boolean }[]) => row.present)
      .catch((error: unknown) => {
        this.trigram = undefined; // ask again next time rather than remember a failure
        throw error;
      });
    return this.trigram;
  }
}
