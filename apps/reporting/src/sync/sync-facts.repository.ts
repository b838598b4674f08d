import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OverlapReviewStateV1, PlanningStage, ProposalStatus, SpbeWeakIndicator } from '@selaras/contracts';
import { BIDANG_URUSAN } from '@selaras/domain-nomenclature';
import { Queryable } from '../read-models/queryable';
import type { PairIndex } from './pair-index';
import {
  CodeFact, PaguGroup, PriorityFact, ProposalFact, SpbeFacts, SpbeIndexFact, StatusStageCount, SupportKey,
} from './sync-facts';

/** Filter of every usulan query of a report: province, year and optionally stage. */
export interface UsulanScope {
  province: string;
  year: number;
  stage: PlanningStage | null;
}

const ACTIVE = `p.status NOT IN ('withdrawn', 'rejected')`;
const IN_SCOPE = `p.province = $1 AND p.year = $2 AND ($3::text IS NULL OR p.stage = $3)`;
/** The nomenclature level a region plans at: kab/kota codes have a dot. */
const OWN_LEVEL = `(CASE WHEN p.region LIKE '%.%' THEN 'KABKOT' ELSE 'PROV' END)`;

/**
 * The SQL side of the synchronisation report: grouped, set-based reads of one generation's
 * read models. Rules are applied afterwards by the pure functions next to this file.
 */
@Injectable()
export class SyncFactsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private params(scope: UsulanScope): unknown[] {
    return [scope.province, scope.year, scope.stage];
  }

  async counts(schema: string, scope: UsulanScope, db: Queryable = this.dataSource): Promise<StatusStageCount[]> {
    const rows: { region: string; status: ProposalStatus; stage: PlanningStage; count: number; pagu: string }[] = await db.query(
      `SELECT p.region, p.status, p.stage, count(*)::int AS count, COALESCE(sum(p.pagu_indikatif), 0)::text AS pagu
       FROM "${schema}"."proposal_view" p WHERE ${IN_SCOPE} GROUP BY p.region, p.status, p.stage`,
      this.params(scope),
    );
    return rows.map((r) => ({ ...r, pagu: Number(r.pagu) }));
  }

  async paguByBidang(schema: string, scope: UsulanScope, db: Queryable = this.dataSource): Promise<PaguGroup[]> {
    const rows: { region: string; code: string; name: string | null; pagu: string; count: number }[] = await db.query(
      `SELECT p.region, p.bidang_key AS code, n.name, sum(p.pagu_indikatif)::text AS pagu, count(*)::int AS count
       FROM "${schema}"."proposal_view" p LEFT JOIN "${schema}"."nomenclature_name" n ON n.code = p.bidang_key
       WHERE ${IN_SCOPE} AND ${ACTIVE} GROUP BY p.region, p.bidang_key, n.name`,
      this.params(scope),
    );
    return rows.map((r) => ({ ...r, pagu: Number(r.pagu) }));
  }

  /** Bidang-specific penunjang programs (`2.16.01`) are named after the catalog's `X.XX.01`. */
  async paguByProgram(schema: string, scope: UsulanScope, db: Queryable = this.dataSource): Promise<PaguGroup[]> {
    const rows: { region: string; code: string; name: string | null; pagu: string; count: number }[] = await db.query(
      `SELECT p.region, p.program_key AS code, COALESCE(n.name, x.name) AS name, sum(p.pagu_indikatif)::text AS pagu, count(*)::int AS count
       FROM "${schema}"."proposal_view" p
       LEFT JOIN "${schema}"."nomenclature_name" n ON n.code = p.program_key
       LEFT JOIN "${schema}"."nomenclature_name" x ON x.code = 'X.XX' || substring(p.program_key from '\\.\\d{2}$')
       WHERE ${IN_SCOPE} AND ${ACTIVE} AND p.program_key IS NOT NULL GROUP BY p.region, p.program_key, COALESCE(n.name, x.name)`,
      this.params(scope),
    );
    return rows.map((r) => ({ ...r, pagu: Number(r.pagu) }));
  }

  async supportKeys(schema: string, scope: UsulanScope, db: Queryable = this.dataSource): Promise<SupportKey[]> {
    const rows: { region: string; program_key: string | null; kegiatan_key: string | null }[] = await db.query(
      `SELECT DISTINCT p.region, p.program_key, p.kegiatan_key FROM "${schema}"."proposal_view" p WHERE ${IN_SCOPE} AND ${ACTIVE}`,
      this.params(scope),
    );
    return rows.map((r) => ({ region: r.region, programKey: r.program_key, kegiatanKey: r.kegiatan_key }));
  }

  async priorities(schema: string, province: string, year: number, db: Queryable = this.dataSource): Promise<PriorityFact[]> {
    return db.query(
      `SELECT id, code, title FROM "${schema}"."priority_view" WHERE province = $1 AND year = $2 AND status = 'active' ORDER BY code, title, id`,
      [province, year],
    );
  }

  /**
   * Active usulan that may overlap: the province's of a paired sub kegiatan, then the kab/kota's
   * of the counterparts of those (two reads, so a kab/kota usulan is read only when the province
   * funds its counterpart). With the sub kegiatan's name from the active catalog.
   */
  async overlapCandidates(schema: string, scope: UsulanScope, pairs: PairIndex, db: Queryable = this.dataSource): Promise<ProposalFact[]> {
    if (pairs.size === 0) return [];
    const provincial = await this.proposalFacts(schema, scope, `p.region = $1 AND p.sub_kegiatan = ANY($4::text[])`, [...pairs.byProv.keys()], db);
    const counterparts = [...new Set(provincial.flatMap((p) => (pairs.byProv.get(p.subKegiatan) ?? []).map((c) => c.kabKota)))];
    if (counterparts.length === 0) return [];
    return [...provincial, ...(await this.proposalFacts(schema, scope, `p.region <> $1 AND p.sub_kegiatan = ANY($4::text[])`, counterparts, db))];
  }

  private async proposalFacts(schema: string, scope: UsulanScope, where: string, codes: string[], db: Queryable): Promise<ProposalFact[]> {
    const rows: { id: string; region: string; sub_kegiatan: string; sub_kegiatan_name: string | null; locations: string[]; pagu: string; status: ProposalStatus; opd: string }[] = await db.query(
      `SELECT p.id, p.region, p.sub_kegiatan, e.name AS sub_kegiatan_name, p.locations, p.pagu_indikatif::text AS pagu, p.status, p.state->'opd'->>'name' AS opd
       FROM "${schema}"."proposal_view" p
       LEFT JOIN "${schema}"."nomenclature_entry" e ON e.level = ${OWN_LEVEL} AND e.code = p.sub_kegiatan
       WHERE ${IN_SCOPE} AND ${ACTIVE} AND ${where}`,
      [...this.params(scope), codes],
    );
    return rows.map((r) => ({
      id: r.id, region: r.region, subKegiatan: r.sub_kegiatan, subKegiatanName: r.sub_kegiatan_name, locations: r.locations, paguIndikatif: Number(r.pagu), status: r.status, opd: r.opd,
    }));
  }

  /**
   * Active usulan whose code the active catalog lacks at the region's level, with what is known
   * of it. Program penunjang under a real bidang (`2.16.01.2.01.0001`) is looked up as the
   * catalog's `X.XX` row, and is retired when that row is (successor under the same bidang).
   */
  async codeFacts(schema: string, scope: UsulanScope, db: Queryable = this.dataSource): Promise<CodeFact[]> {
    const rows: { id: string; region: string; sub_kegiatan: string; status: ProposalStatus; pagu: string; retired: boolean; successor: string | null; replaced_by: string | null }[] = await db.query(
      `WITH p AS (
         SELECT p.*, CASE WHEN substring(p.sub_kegiatan from 1 for 4) = ANY($4::text[]) AND substring(p.sub_kegiatan from 5 for 4) = '.01.'
                          THEN 'X.XX' || substring(p.sub_kegiatan from 5) END AS template
         FROM "${schema}"."proposal_view" p WHERE ${IN_SCOPE} AND ${ACTIVE})
       SELECT p.id, p.region, p.sub_kegiatan, p.status, p.pagu_indikatif::text AS pagu, COALESCE(r.code, rt.code) IS NOT NULL AS retired,
              COALESCE(r.successor, CASE WHEN rt.successor LIKE 'X.XX.%' THEN substring(p.sub_kegiatan from 1 for 4) || substring(rt.successor from 5) ELSE rt.successor END) AS successor,
              rep.code AS replaced_by
       FROM p
       LEFT JOIN "${schema}"."nomenclature_entry" e ON e.level = ${OWN_LEVEL} AND e.code = p.sub_kegiatan
       LEFT JOIN "${schema}"."nomenclature_entry" et ON et.level = ${OWN_LEVEL} AND et.code = p.template
       LEFT JOIN "${schema}"."nomenclature_retired" r ON r.level = ${OWN_LEVEL} AND r.code = p.sub_kegiatan
       LEFT JOIN "${schema}"."nomenclature_retired" rt ON rt.level = ${OWN_LEVEL} AND rt.code = p.template
       LEFT JOIN LATERAL (SELECT x.code FROM "${schema}"."nomenclature_entry" x WHERE x.level = ${OWN_LEVEL} AND x.replaces = p.sub_kegiatan ORDER BY x.code LIMIT 1) rep ON true
       WHERE e.code IS NULL AND et.code IS NULL`,
      [...this.params(scope), BIDANG_URUSAN],
    );
    return rows.map((r) => ({
      id: r.id, region: r.region, subKegiatan: r.sub_kegiatan, status: r.status, paguIndikatif: Number(r.pagu), retired: r.retired, successor: r.successor, replacedBy: r.replaced_by,
    }));
  }

  /** The coordinators' reviews of the province's overlaps of the year, by overlap id. */
  async overlapReviews(schema: string, scope: UsulanScope, db: Queryable = this.dataSource): Promise<Map<string, OverlapReviewStateV1>> {
    const rows: { state: OverlapReviewStateV1 }[] = await db.query(`SELECT state FROM "${schema}"."overlap_review" WHERE province = $1 AND year = $2`, [scope.province, scope.year]);
    return new Map(rows.map((r) => [r.state.id, r.state]));
  }

  async catalog(schema: string, db: Queryable = this.dataSource): Promise<{ activeVersion: string | null; entries: number }> {
    const [row] = await db.query(
      `SELECT (SELECT count(*)::int FROM "${schema}"."nomenclature_entry") AS entries,
              (SELECT version_id FROM "${schema}"."nomenclature_version" ORDER BY activated_at DESC LIMIT 1) AS active_version`,
    );
    return { activeVersion: row.active_version ?? null, entries: row.entries };
  }

  /** SPBE of a province's regions up to the year; `scope` also decides which usulan count as addressing indicators. */
  async spbe(schema: string, scope: UsulanScope, db: Queryable = this.dataSource): Promise<SpbeFacts> {
    const indexes: { region: string; year: number; kind: 'self' | 'final'; index: string; index_text: string; predikat: string; target: string | null; weakest: SpbeWeakIndicator[] }[] = await db.query(
      `SELECT region, year, kind, index::text, index_text, predikat, target::text, weakest FROM "${schema}"."spbe_index" WHERE province = $1 AND year <= $2`,
      [scope.province, scope.year],
    );
    const targets: { region: string; year: number; target: string }[] = await db.query(
      `SELECT region, year, target::text FROM "${schema}"."spbe_target" WHERE province = $1 AND year <= $2`,
      [scope.province, scope.year],
    );
    const addressed: { region: string; indicators: number[] }[] = await db.query(
      `SELECT p.region, array_agg(DISTINCT i) AS indicators FROM "${schema}"."proposal_view" p, unnest(p.spbe_indicators) i
       WHERE ${IN_SCOPE} AND ${ACTIVE} GROUP BY p.region`,
      this.params(scope),
    );
    return {
      indexes: indexes.map(
        (i): SpbeIndexFact => ({
          region: i.region, year: i.year, kind: i.kind, index: Number(i.index), indexText: i.index_text, predikat: i.predikat, target: i.target === null ? null : Number(i.target), weakest: i.weakest,
        }),
      ),
      targets: targets.map((t) => ({ region: t.region, year: t.year, target: Number(t.target) })),
      addressed: new Map(addressed.map((a) => [a.region, new Set(a.indicators.map(Number))])),
    };
  }
}
