import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { NOMENCLATURE_EVENT_TYPES, NomenclatureFlag, NomenclatureVersionEventV1, PROPOSAL_EVENT_TYPES, TOPICS } from '@selaras/contracts';
import { BIDANG_URUSAN, isPenunjangTemplate, penunjangUseOf } from '@selaras/domain-nomenclature';
import { governmentLevelOfRegion } from '@selaras/domain-region';
import { ConsumedEvent, ConsumerHost, EventBatchHandler } from '@selaras/messaging';
import { UsulanEntity } from '../usulan/usulan.entity';
import { UsulanWriter } from '../usulan/usulan-writer.service';

const OPEN = ['draft', 'submitted', 'deferred'];

/**
 * When a nomenclature version is activated, open usulan whose sub kegiatan it retires are
 * flagged (one `nomenclature-flagged` event each) with the successor code where the new
 * version names one, so the OPD knows what to revise to.
 */
@Injectable()
export class RetiredCodeFlagger implements EventBatchHandler, OnModuleInit {
  constructor(private readonly consumers: ConsumerHost, private readonly writer: UsulanWriter) {}

  onModuleInit(): void {
    this.consumers.register({ groupId: 'proposals.nomenclature-watch', topics: [TOPICS.nomenclatureEvents.name], types: [NOMENCLATURE_EVENT_TYPES.versionActivated], handler: this });
  }

  async apply(manager: EntityManager, events: ConsumedEvent[]): Promise<void> {
    for (const { event } of events) {
      const activation = event.data as NomenclatureVersionEventV1;
      const retired = new Map((activation.retired ?? []).map((r) => [`${r.level}:${r.code}`, r.successor]));
      if (retired.size === 0) continue;
      const codes = withPenunjangForms((activation.retired ?? []).map((r) => r.code));
      const candidates = await manager.find(UsulanEntity, { where: { subKegiatan: In(codes), status: In(OPEN) }, lock: { mode: 'pessimistic_write' } });
      // An activation can retire codes thousands of usulan use: their flags are written together.
      const changes = this.writer.changeSet();
      for (const usulan of candidates) {
        const found = retiredEntry(retired, governmentLevelOfRegion(usulan.region), usulan.subKegiatan);
        if (!found) continue;
        const { successor } = found;
        usulan.nomenclatureFlag = { problem: 'retired', ...(successor ? { successor } : {}), versionId: activation.versionId, flaggedAt: new Date().toISOString() } as NomenclatureFlag;
        changes.record(usulan, PROPOSAL_EVENT_TYPES.flagged, { actor: 'nomenclature-watch', causationid: event.id });
      }
      await this.writer.flush(manager, changes);
    }
  }
}

/** Retired codes plus, for a retired X.XX template, its form under every bidang (usulan carry those). */
function withPenunjangForms(codes: readonly string[]): string[] {
  const all = new Set(codes);
  for (const code of codes) {
    if (isPenunjangTemplate(code)) for (const bidang of BIDANG_URUSAN) all.add(`${bidang}${code.slice(4)}`);
  }
  return [...all];
}

/** The retirement of an usulan's code: its own, or its X.XX template's with the successor under its bidang. */
function retiredEntry(retired: ReadonlyMap<string, string | undefined>, level: string, code: string): { successor?: string } | null {
  const own = `${level}:${code}`;
  if (retired.has(own)) return { successor: retired.get(own) };
  const penunjang = penunjangUseOf(code);
  if (!penunjang || !retired.has(`${level}:${penunjang.template}`)) return null;
  const successor = retired.get(`${level}:${penunjang.template}`);
  return { successor: successor && isPenunjangTemplate(successor) ? `${penunjang.bidang}${successor.slice(4)}` : successor };
}
