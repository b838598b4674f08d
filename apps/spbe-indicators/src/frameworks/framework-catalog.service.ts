import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { FrameworkDefinition, SpbeFramework, validateFramework } from '@selaras/domain-spbe';
import { ConflictError, InvalidInputError, NotFoundError } from '@selaras/service-kit';
import { frameworkInForce, latestVersionOf } from './framework-choice';
import { FrameworkEntity, FrameworkOrigin } from './framework.entity';
import { FrameworkView, toFrameworkView } from './framework-view';

/** The event contracts (v1) carry levels 1–5; a framework with more levels needs a v2 first. */
const MAX_SUPPORTED_LEVEL = 5;

export interface AddedFramework {
  framework: FrameworkView;
  /** False when the very same id, version and JSON were stored already (a retried POST). */
  created: boolean;
}

/**
 * Stored framework versions and their validated, computable form. A version is never
 * changed once stored, so its compiled form is cached for the life of the process.
 */
@Injectable()
export class FrameworkCatalog {
  private readonly compiledCache = new Map<string, SpbeFramework>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(): Promise<FrameworkView[]> {
    const rows = await this.dataSource.manager.find(FrameworkEntity, { order: { id: 'ASC', createdAt: 'ASC' } });
    return rows.map((row) => toFrameworkView(row, latestVersionOf(rows, row.id) === row));
  }

  /** One framework id, its newest version unless `version` is given; 404 `SPBE_FRAMEWORK_UNKNOWN`. */
  async find(id: string, version?: string): Promise<FrameworkView> {
    const rows = await this.dataSource.manager.find(FrameworkEntity, { where: { id } });
    const latest = latestVersionOf(rows, id);
    const row = version === undefined ? latest : rows.find((r) => r.version === version);
    if (!row) throw new NotFoundError('SPBE_FRAMEWORK_UNKNOWN', `there is no SPBE framework ${id}${version ? ` version ${version}` : ''}; GET /v1/spbe/frameworks lists them`);
    return toFrameworkView(row, row === latest);
  }

  /**
   * The framework version a new assessment of `year` is pinned to: the newest version of
   * `frameworkId` when the caller names one, else the framework in force that year.
   */
  async forNewAssessment(manager: EntityManager, year: number, frameworkId?: string): Promise<FrameworkEntity> {
    const rows = await manager.find(FrameworkEntity, { select: ['id', 'version', 'effectiveYear', 'createdAt'] });
    const chosen = frameworkId === undefined ? frameworkInForce(rows, year) : latestVersionOf(rows, frameworkId);
    if (chosen) return chosen;
    if (frameworkId !== undefined) {
      throw new InvalidInputError('SPBE_FRAMEWORK_UNKNOWN', `there is no SPBE framework ${frameworkId}; GET /v1/spbe/frameworks lists them`, [{ field: 'frameworkId', reason: 'unknown framework' }]);
    }
    throw new InvalidInputError('SPBE_FRAMEWORK_NONE_FOR_YEAR', `no SPBE framework is in force in ${year}; name one with frameworkId`, [{ field: 'year', reason: 'no framework in force' }]);
  }

  /** The validated framework of a stored version, ready for `computeIndex`. */
  async compiled(id: string, version: string, manager: EntityManager = this.dataSource.manager): Promise<SpbeFramework> {
    const key = `${id}@${version}`;
    const cached = this.compiledCache.get(key);
    if (cached) return cached;
    const row = await manager.findOne(FrameworkEntity, { where: { id, version } });
    if (!row) throw new NotFoundError('SPBE_FRAMEWORK_UNKNOWN', `there is no SPBE framework ${id} version ${version}`);
    const framework = validateFramework(row.definition);
    this.compiledCache.set(key, framework);
    return framework;
  }

  /**
   * Stores a new framework version after the lib has checked it (400
   * `SPBE_FRAMEWORK_WEIGHTS_INVALID` when weights do not sum to 100 %). Posting the same id,
   * version and JSON again is harmless; a different JSON under a stored version is 409: a
   * stored version is never rewritten, because assessments pinned to it would change.
   */
  async add(definition: FrameworkDefinition, actor: string, origin: FrameworkOrigin = 'admin'): Promise<AddedFramework> {
    const framework = validateFramework(definition);
    if (framework.maxLevel > MAX_SUPPORTED_LEVEL) {
      throw new InvalidInputError('SPBE_FRAMEWORK_UNSUPPORTED', `framework ${definition.id} has ${framework.maxLevel} maturity levels; the SPBE events (v1) carry levels 1–${MAX_SUPPORTED_LEVEL}`, [{ field: 'levels', reason: `at most ${MAX_SUPPORTED_LEVEL} levels` }]);
    }
    const inserted: unknown[] = await this.dataSource.query(
      `INSERT INTO "spbe"."framework" (id, version, name, regulation, effective_year, definition, origin, created_by)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8)
       ON CONFLICT (id, version) DO NOTHING RETURNING id`,
      [definition.id, definition.version, definition.name, definition.regulation, definition.effectiveYear, JSON.stringify(definition), origin, actor],
    );
    if (inserted.length === 0 && !(await this.isStoredAs(definition))) {
      throw new ConflictError('SPBE_FRAMEWORK_VERSION_EXISTS', `framework ${definition.id} version ${definition.version} is stored with a different definition; publish the change as a new version`);
    }
    return { framework: await this.find(definition.id, definition.version), created: inserted.length > 0 };
  }

  /** True when the stored JSON of this id and version equals `definition` (jsonb equality ignores key order). */
  async isStoredAs(definition: FrameworkDefinition): Promise<boolean> {
    const rows: { same: boolean }[] = await this.dataSource.query(
      `SELECT definition = $3::jsonb AS same FROM "spbe"."framework" WHERE id = $1 AND version = $2`,
      [definition.id, definition.version, JSON.stringify(definition)],
    );
    return rows[0]?.same === true;
  }
}
