import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { spbeEventKey } from '@selaras/contracts';
import { RegionDirectory } from '@selaras/domain-region';
import { OutboxService } from '@selaras/messaging';
import { Caller, NotFoundError } from '@selaras/service-kit';
import { assertMayRead, assertMaySetTarget } from '../access/spbe-access';
import { targetSetEvent } from '../events/spbe-event-builders';
import { FrameworkCatalog } from '../frameworks/framework-catalog.service';
import { resolveRegion } from '../regions/resolve-region';
import { TargetEntity } from './target.entity';
import { TargetFrameworkRef, targetNeedsFramework } from './target-framework';

export interface TargetView {
  readonly region: string;
  readonly year: number;
  readonly target: number;
  /** The framework whose index the target is set on. */
  readonly framework: TargetFrameworkRef;
  /** Set when the year's framework in force is another one: the target to set on it (a Pemdi target for 2026+). */
  readonly needsTargetUnder: TargetFrameworkRef | null;
  readonly previousTarget: number | null;
  readonly previousFrameworkId: string | null;
  readonly setBy: string;
  readonly setAt: string;
}

@Injectable()
export class Targets {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly regions: RegionDirectory,
    private readonly outbox: OutboxService,
    private readonly catalog: FrameworkCatalog,
  ) {}

  /**
   * Sets (or replaces) the target index of a region's year on a framework's index — the one
   * named, else the one in force that year — and announces it on `spbe.events`.
   */
  async set(caller: Caller, regionCode: string, year: number, target: number, frameworkId?: string): Promise<TargetView> {
    const region = resolveRegion(this.regions, regionCode);
    assertMaySetTarget(caller, region.code);
    return this.dataSource.transaction(async (manager) => {
      const framework = await this.frameworkRef(manager, year, frameworkId);
      // Serialises setters of one region's year, so previousTarget is the one really replaced.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('spbe.target'), hashtext($1))`, [spbeEventKey(region.code, year)]);
      const previous = await manager.findOne(TargetEntity, { where: { region: region.code, year } });
      const setAt = new Date();
      await manager.upsert(TargetEntity, { region: region.code, year, target, frameworkId: framework.id, setBy: caller.sub, setAt }, ['region', 'year']);
      const event = targetSetEvent(region.code, year, { target, frameworkId: framework.id }, previous ? { target: previous.target, frameworkId: previous.frameworkId } : null, caller.sub, setAt);
      await this.outbox.append(manager, { event, key: spbeEventKey(region.code, year) });
      return {
        region: region.code,
        year,
        target,
        framework,
        needsTargetUnder: targetNeedsFramework(framework.id, await this.inForce(manager, year)),
        previousTarget: previous?.target ?? null,
        previousFrameworkId: previous?.frameworkId ?? null,
        setBy: caller.sub,
        setAt: setAt.toISOString(),
      };
    });
  }

  async get(caller: Caller, regionCode: string, year: number): Promise<Omit<TargetView, 'previousTarget' | 'previousFrameworkId'>> {
    const region = resolveRegion(this.regions, regionCode);
    assertMayRead(caller, region.code);
    const manager = this.dataSource.manager;
    const row = await manager.findOne(TargetEntity, { where: { region: region.code, year } });
    if (!row) throw new NotFoundError('SPBE_TARGET_NOT_SET', `no SPBE target is set for ${region.code} in ${year}`);
    const framework = await this.frameworkRef(manager, year, row.frameworkId);
    return {
      region: row.region,
      year: row.year,
      target: row.target,
      framework,
      needsTargetUnder: targetNeedsFramework(row.frameworkId, await this.inForce(manager, year)),
      setBy: row.setBy,
      setAt: row.setAt.toISOString(),
    };
  }

  /** The named framework (400 `SPBE_FRAMEWORK_UNKNOWN` when none has that id), else the one in force that year. */
  private async frameworkRef(manager: EntityManager, year: number, frameworkId?: string): Promise<TargetFrameworkRef> {
    const row = await this.catalog.forNewAssessment(manager, year, frameworkId);
    const compiled = await this.catalog.compiled(row.id, row.version, manager);
    return { id: row.id, name: compiled.definition.name };
  }

  private async inForce(manager: EntityManager, year: number): Promise<TargetFrameworkRef | undefined> {
    try {
      return await this.frameworkRef(manager, year);
    } catch (error) {
      // No framework in force that year (before 2020): nothing to ask for.
      if (error instanceof Error && 'code' in error && error.code === 'SPBE_FRAMEWORK_NONE_FOR_YEAR') return undefined;
      throw error;
    }
  }
}
