import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PlanningStage, ProposalStateV1, ProposalStatus } from '@selaras/contracts';

export interface ProposalListFilter {
  /** A kab/kota, or a province with all its kab/kota. */
  region: string;
  /** Only the region itself, not the kab/kota of a province. */
  exact?: boolean;
  year?: number;
  status?: ProposalStatus;
  stage?: PlanningStage;
  limit: number;
  offset: number;
}

const FILTER = `(region = $1 OR (NOT $5::boolean AND region LIKE $1 || '.%'))
  AND ($2::int IS NULL OR year = $2) AND ($3::text IS NULL OR status = $3) AND ($4::text IS NULL OR stage = $4)`;

function filterParams(filter: ProposalListFilter): unknown[] {
  return [filter.region, filter.year ?? null, filter.status ?? null, filter.stage ?? null, filter.exact ?? false];
}

/** Reads of the usulan read model; every call names the generation schema it reads. */
@Injectable()
export class ProposalViewsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findById(schema: string, id: string): Promise<ProposalStateV1 | undefined> {
    const [row] = await this.dataSource.query(`SELECT state FROM "${schema}"."proposal_view" WHERE id = $1`, [id]);
    return row?.state;
  }

  async list(schema: string, filter: ProposalListFilter): Promise<{ items: ProposalStateV1[]; total: number }> {
    const rows: { state: ProposalStateV1; total: number }[] = await this.dataSource.query(
      `SELECT state, count(*) OVER ()::int AS total FROM "${schema}"."proposal_view" WHERE ${FILTER}
       ORDER BY updated_at DESC, id LIMIT $6 OFFSET $7`,
      [...filterParams(filter), filter.limit, filter.offset],
    );
    if (rows.length > 0 || filter.offset === 0) return { items: rows.map((r) => r.state), total: rows[0]?.total ?? 0 };
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM "${schema}"."proposal_view" WHERE ${FILTER}`, filterParams(filter));
    return { items: [], total };
  }

  /** Names of sub kegiatan in the active catalog (either level), for lists and exports. */
  async subKegiatanNames(schema: string, codes: readonly string[]): Promise<Record<string, string>> {
    if (codes.length === 0) return {};
    const rows: { code: string; name: string }[] = await this.dataSource.query(
      `SELECT DISTINCT ON (code) code, name FROM "${schema}"."nomenclature_entry" WHERE code = ANY($1::text[]) ORDER BY code, level`,
      [[...new Set(codes)]],
    );
    return Object.fromEntries(rows.map((r) => [r.code, r.name]));
  }
}
