import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PlanningStage } from '@selaras/contracts';
import { LiveSchema } from '../read-models/live-schema.service';
import { provinceWithKabKota } from '../regions/region-refs';
import { computeSyncReport } from './compute-sync-report';
import { SubKegiatanPairs } from './sub-kegiatan-pairs.service';
import { SyncFactsRepository } from './sync-facts.repository';
import { SyncReport } from './sync-report';
import { IntegrationHealthService } from '../integration-health/integration-health.service';

@Injectable()
export class SyncReportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly facts: SyncFactsRepository,
    private readonly liveSchema: LiveSchema,
    private readonly pairs: SubKegiatanPairs,
    private readonly integration: IntegrationHealthService,
  ) {}

  /** Every fact is read in one repeatable-read snapshot, so the figures of a report agree with each other. */
  async report(provinceCode: string, year: number, stage: PlanningStage | null): Promise<SyncReport> {
    const { province, kabKota } = provinceWithKabKota(provinceCode);
    const schema = this.liveSchema.current();
    const scope = { province: province.code, year, stage };
    const facts = await this.dataSource.transaction('REPEATABLE READ', async (tx) => {
      const catalog = await this.facts.catalog(schema, tx);
      const pairs = await this.pairs.of(schema, catalog, tx);
      return {
      province,
      kabKota,
      year,
      stage,
      catalog,
      pairs,
      counts: await this.facts.counts(schema, scope, tx),
      paguByBidang: await this.facts.paguByBidang(schema, scope, tx),
      paguByProgram: await this.facts.paguByProgram(schema, scope, tx),
      supportKeys: await this.facts.supportKeys(schema, scope, tx),
      priorities: await this.facts.priorities(schema, province.code, year, tx),
      overlapCandidates: await this.facts.overlapCandidates(schema, scope, pairs, tx),
      overlapReviews: await this.facts.overlapReviews(schema, scope, tx),
      codeFacts: await this.facts.codeFacts(schema, scope, tx),
      spbe: await this.facts.spbe(schema, scope, tx),
      };
    });
    // Integration health beside the planning figures (DESIGN §6): not part of the snapshot above,
    // it is about when events arrived, not about what they say.
    return { ...computeSyncReport(facts), integration: await this.integration.forProvince(provinceCode, year) };
  }
}
