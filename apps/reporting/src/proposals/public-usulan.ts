import { ProposalStateV1 } from '@selaras/contracts';

/** An agreed usulan as open data: what was planned, where and for how much; nobody's name or account. */
export interface PublicUsulan {
  id: string;
  region: string;
  opd: { code: string; name: string };
  year: number;
  stage: string;
  subKegiatan: string;
  subKegiatanName: string | null;
  target: { value: number; satuan: string; indikator?: string };
  paguIndikatif: number;
  locations: string[];
  source: string;
  spbeIndicators: number[];
  justification: string | null;
  status: string;
  revision: number;
  decision: { outcome: string; beritaAcara: string | null; decidedAt: string } | null;
  updatedAt: string;
}

/**
 * Built field by field (never by spreading the state), so a field added to the contract later
 * is not published until someone decides it is public. Left out: `updatedBy`, `decidedBy`,
 * `externalId`, the decision's free-text reason, the nomenclature flag.
 */
export function toPublicUsulan(state: ProposalStateV1, subKegiatanName: string | null): PublicUsulan {
  return {
    id: state.id,
    region: state.region,
    opd: { code: state.opd.code, name: state.opd.name },
    year: state.year,
    stage: state.stage,
    subKegiatan: state.subKegiatan,
    subKegiatanName,
    target: { value: state.target.value, satuan: state.target.satuan, ...(state.target.indikator ? { indikator: state.target.indikator } : {}) },
    paguIndikatif: state.paguIndikatif,
    locations: [...state.locations],
    source: state.source,
    spbeIndicators: [...(state.spbeIndicators ?? [])],
    justification: state.justification ?? null,
    status: state.status,
    revision: state.revision,
    decision: state.decision ? { outcome: state.decision.outcome, beritaAcara: state.decision.beritaAcara ?? null, decidedAt: state.decision.decidedAt } : null,
    updatedAt: state.updatedAt,
  };
}
