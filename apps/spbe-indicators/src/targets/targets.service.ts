import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { spbeEventKey } from '@selaras/contracts';
import { RegionDirectory } from '@selaras/domain-region';
import { OutboxService } from '@selaras/messaging';
import { Caller, NotFoundError } from '@selaras/service-kit';
import { assertMayRead, assertMaySetTarget } from '../access/spbe-access';
import { targetSetEvent } from '../events/spbe-event-builders';
import { resolveRegion } from '../regions/resolve-region';
import { TargetEntity } from './target.entity';

export interface TargetView {
  readonly region: string;
  readonly year: number;
  readonly target: number;
  readonly previousTarget: number | null;
  readonly setBy: string;
  readonly setAt: string;
}

@Injectable()
export class Targets {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly regions: RegionDirectory,
    private readonly outbox: OutboxService,
  ) {}

  /** Sets (or replaces) the target index of a region's year and announces it on `spbe.events`. */
  async set(caller: Caller, regionCode: string, year: number, target: number): Promise<TargetView> {
    const region = resolveRegion(this.regions, regionCode);
    assertMaySetTarget(caller, region.code);
    return this.dataSource.transaction(async (manager) => {
      // Serialises setters of one region's year, so previousTarget is the one really replaced.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('spbe.target'), hashtext($1))`, [spbeEventKey(region.code, year)]);
      const previous = await manager.findOne(TargetEntity, { where: { region: region.code, year } });
      const setAt = new Date();
      await manager.upsert(TargetEntity, { region: region.code, year, target, setBy: caller.sub, setAt }, ['region', 'year']);
      const event = targetSetEvent(region.code, year, target, previous?.target ?? null, caller.sub, setAt);
      await this.outbox.append(manager, { event, key: spbeEventKey(region.code, year) });
      return { region: region.code, year, target, previousTarget: previous?.target ?? null, setBy: caller.sub, setAt: setAt.toISOString() };
    });
  }

  async get(caller: Caller, regionCode: string, year: number): Promise<Omit<TargetView, 'previousTarget'>> {
    const region = resolveRegion(this.regions, regionCode);
    assertMayRead(caller, region.code);
    const row = await this.dataSource.manager.findOne(TargetEntity, { where: { region: region.code, year } });
    if (!row) throw new NotFoundError('SPBE_TARGET_NOT_SET', `no SPBE target is set for ${region.code} in ${year}`);
    return { region: row.region, year: row.year, target: row.target, setBy: row.setBy, setAt: row.setAt.toISOString() };
  }
}
