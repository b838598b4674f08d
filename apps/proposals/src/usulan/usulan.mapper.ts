import { ProposalStateV1, UsulanFields } from '@selaras/contracts';
import { UsulanEntity } from './usulan.entity';

/** The canonical state carried by every proposal event (and returned by the API). */
export function toProposalState(entity: UsulanEntity): ProposalStateV1 {
  return {
    id: entity.id,
    region: entity.region,
    opd: { code: entity.opdCode, name: entity.opdName },
    year: entity.year,
    stage: entity.stage,
    subKegiatan: entity.subKegiatan,
    target: { value: entity.targetValue, satuan: entity.targetSatuan, ...(entity.targetIndikator ? { indikator: entity.targetIndikator } : {}) },
    paguIndikatif: entity.paguIndikatif,
    locations: entity.locations,
    source: entity.source,
    spbeIndicators: entity.spbeIndicators ?? [],
    ...(entity.justification ? { justification: entity.justification } : {}),
    status: entity.status,
    revision: entity.revision,
    ...(entity.externalId ? { externalId: entity.externalId } : {}),
    ...(entity.decision ? { decision: entity.decision } : {}),
    ...(entity.nomenclatureFlag ? { nomenclatureFlag: entity.nomenclatureFlag } : {}),
    updatedBy: entity.updatedBy,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  } as ProposalStateV1;
}

/** Copies the proposer's fields onto the entity (used on create and on revise). */
export function applyFields(entity: UsulanEntity, fields: UsulanFields): void {
  entity.region = fields.region;
  entity.opdCode = fields.opd.code;
  entity.opdName = fields.opd.name;
  entity.year = fields.year;
  entity.stage = fields.stage;
  entity.subKegiatan = fields.subKegiatan;
  entity.targetValue = fields.target.value;
  entity.targetSatuan = fields.target.satuan;
  entity.targetIndikator = fields.target.indikator ?? null;
  entity.paguIndikatif = fields.paguIndikatif;
  entity.locations = [...new Set(fields.locations)];
  entity.source = fields.source;
  entity.spbeIndicators = [...new Set(fields.spbeIndicators ?? [])].sort((a, b) => a - b);
  entity.justification = fields.justification ?? null;
}
