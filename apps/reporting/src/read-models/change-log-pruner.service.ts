import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { InjectConfig } from '@selaras/service-kit';
import { ReportingConfig } from '../config';
import { pruneChangeLog } from './change-log-retention';

/**
 * Prunes the change log on a timer (every instance tries; one at a time prunes). Dashboards
 * resume from it after a reconnection, which takes seconds to hours, not weeks: the retention
 * (`CHANGE_LOG_RETENTION_HOURS`, a week by default) only has to outlast a weekend offline.
 */
@Injectable()
export class ChangeLogPruner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ChangeLogPruner.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: ReportingConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.pruneNow(), this.config.CHANGE_LOG_PRUNE_INTERVAL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One round; a round still running is not started again. */
  pruneNow(): Promise<void> {
    this.running ??= pruneChangeLog(this.dataSource, this.config.CHANGE_LOG_RETENTION_HOURS * 3600 * 1000)
      .then(({ removed, removedThrough }) => {
        if (removed > 0) this.logger.log({ removed, removedThrough: removedThrough?.toString() }, 'removed changes past their retention from the change log');
      })
      .catch((error) => this.logger.warn({ err: error }, 'pruning the change log failed; trying again at the next round'))
      .finally(() => (this.running = undefined));
    return this.running;
  }
}
