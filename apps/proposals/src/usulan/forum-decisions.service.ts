import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ForumDecision, ForumOutcome, PROPOSAL_EVENT_TYPES, ProposalStateV1 } from '@selaras/contracts';
import { Caller, InvalidInputError } from '@selaras/service-kit';
import { BulkDecisionItem, BulkDecisionsDto, DecisionChanges } from './dtos/usulan.dtos';
import { assertCanWriteFor } from './usulan-commands.service';
import { actionOfOutcome, nextStatus } from './usulan-lifecycle';
import { assertRevision, loadForUpdate } from './usulan-loader';
import { UsulanWriter } from './usulan-writer.service';

const EVENT_OF_ACTION = { agree: PROPOSAL_EVENT_TYPES.agreed, reject: PROPOSAL_EVENT_TYPES.rejected, defer: PROPOSAL_EVENT_TYPES.deferred } as const;

/**
 * Bappeda records what the Forum Perangkat Daerah decided. A decision is a record with its
 * Berita Acara (and, when agreed with changes, the target and pagu before and after).
 */
@Injectable()
export class ForumDecisions {
  constructor(@InjectDataSource() private readonly dataSource: DataSource, private readonly writer: UsulanWriter) {}

  decide(caller: Caller, beritaAcara: string, item: BulkDecisionItem): Promise<ProposalStateV1> {
    return this.dataSource.transaction((manager) => this.decideIn(manager, caller, beritaAcara, item));
  }

  /** All decisions of one forum session in one transaction: all are recorded or none. */
  decideAll(caller: Caller, dto: BulkDecisionsDto): Promise<ProposalStateV1[]> {
    const ids = dto.decisions.map((d) => d.proposalId);
    if (new Set(ids).size !== ids.length) throw new InvalidInputError('DECISION_DUPLICATE', 'each usulan may appear once in a batch of decisions', [{ field: 'decisions', reason: 'duplicate proposalId' }]);
    return this.dataSource.transaction(async (manager) => {
      const results: ProposalStateV1[] = [];
      for (const item of dto.decisions) results.push(await this.decideIn(manager, caller, dto.beritaAcara, item));
      return results;
    });
  }

  private async decideIn(manager: EntityManager, caller: Caller, beritaAcara: string, item: BulkDecisionItem): Promise<ProposalStateV1> {
    validateOutcome(item);
    const entity = await loadForUpdate(manager, item.proposalId);
    assertCanWriteFor(caller, entity.region);
    assertRevision(entity, item.expectedRevision);
    const action = actionOfOutcome(item.outcome);
    entity.status = nextStatus(action, entity.status);
    const decision: ForumDecision = { outcome: item.outcome, beritaAcara, decidedBy: caller.sub, decidedAt: new Date().toISOString() } as ForumDecision;
    if (item.reason) decision.reason = item.reason;
    if (item.mergedInto) decision.mergedInto = item.mergedInto;
    if (item.outcome === 'agreed_with_changes') applyChanges(entity, decision, item.changes!);
    entity.decision = decision;
    return this.writer.record(manager, entity, EVENT_OF_ACTION[action], { actor: caller.sub });
  }
}

function validateOutcome(item: { outcome: ForumOutcome; reason?: string; changes?: DecisionChanges; mergedInto?: string }): void {
  if ((item.outcome === 'rejected' || item.outcome === 'merged') && !item.reason?.trim() && !item.mergedInto) {
    throw new InvalidInputError('DECISION_REASON_REQUIRED', 'a rejection needs a reason', [{ field: 'reason', reason: 'required when the forum rejects an usulan' }]);
  }
  if (item.outcome === 'merged' && !item.mergedInto) {
    throw new InvalidInputError('DECISION_MERGED_INTO_REQUIRED', 'a merged usulan must name the usulan it was merged into', [{ field: 'mergedInto', reason: 'required for outcome merged' }]);
  }
  if (item.outcome === 'agreed_with_changes' && !item.changes?.target && item.changes?.paguIndikatif === undefined) {
    throw new InvalidInputError('DECISION_CHANGES_REQUIRED', 'agreed with changes needs the changed target or pagu', [{ field: 'changes', reason: 'required for outcome agreed_with_changes' }]);
  }
}

function applyChanges(entity: { targetValue: number; targetSatuan: string; targetIndikator: string | null; paguIndikatif: number }, decision: ForumDecision, changes: DecisionChanges): void {
  decision.targetBefore = { value: entity.targetValue, satuan: entity.targetSatuan, ...(entity.targetIndikator ? { indikator: entity.targetIndikator } : {}) };
  decision.paguBefore = entity.paguIndikatif;
  if (changes.target) {
    entity.targetValue = changes.target.value;
    entity.targetSatuan = changes.target.satuan;
  }
  if (changes.paguIndikatif !== undefined) entity.paguIndikatif = changes.paguIndikatif;
}
