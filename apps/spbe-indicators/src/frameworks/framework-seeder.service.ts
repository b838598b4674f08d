import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseFrameworkJson, PERMENPANRB_59_2020_FILE } from '@selaras/domain-spbe';
import { DomainError } from '@selaras/service-kit';
import { FrameworkCatalog } from './framework-catalog.service';

/** The folder of framework JSON files shipped with libs/domain-spbe. */
export const FRAMEWORK_DATA_DIR = dirname(PERMENPANRB_59_2020_FILE);

/**
 * Seeds every framework JSON of libs/domain-spbe (`data/*.json`, PermenPANRB 59/2020 today) at
 * start-up, one row per id and version, idempotently.
 *
 * Why a start-up step and not a migration: a migration is frozen once merged, but the data
 * file it would read keeps living in the lib (a ralat, a successor method as a new file). A
 * migration importing it would insert different rows depending on when it ran. Seeding on
 * start-up picks up a new version or file on the next deploy with no code change, and since
 * it never rewrites a stored version, assessments pinned to one keep their arithmetic.
 * It runs in onApplicationBootstrap, after the migrations of ServiceKitModule's onModuleInit.
 */
@Injectable()
export class FrameworkSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(FrameworkSeeder.name);

  constructor(private readonly catalog: FrameworkCatalog) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const file of frameworkFiles(FRAMEWORK_DATA_DIR)) await this.seed(file);
  }

  private async seed(file: string): Promise<void> {
    // A broken data file is a broken build: fail start-up rather than serve without it.
    const { definition } = parseFrameworkJson(readFileSync(file, 'utf8'));
    try {
      const { created } = await this.catalog.add(definition, 'seed', 'seed');
      if (created) this.logger.log({ frameworkId: definition.id, version: definition.version, file }, 'SPBE framework seeded');
    } catch (error) {
      // The file changed under a version already stored. Assessments pinned to the stored
      // version must keep it, so we keep serving it and say loudly what to do.
      if (error instanceof DomainError && error.code === 'SPBE_FRAMEWORK_VERSION_EXISTS') {
        this.logger.warn({ frameworkId: definition.id, version: definition.version, file }, 'framework file differs from the stored version; give the change a new version');
        return;
      }
      throw error;
    }
  }
}

export function frameworkFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(dir, name));
}
