import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DataSource, EntityManager } from 'typeorm';
import { buildEvent, NOMENCLATURE_EVENT_TYPES } from '@selaras/contracts';
import {
  CatalogDeclarationMismatch, CatalogDiffSummary, diffCatalogs, NomenclatureCsvError, NomenclatureCsvResult, NomenclatureRow, parseNomenclatureCsv, REFERENCE_CATALOGS,
  ReferenceCatalogId,
} from '@selaras/domain-nomenclature';
import { OutboxService } from '@selaras/messaging';
import { Caller } from '@selaras/service-kit';
import { EntryRecord, toEntryRecord } from '../entries/entry-record';
import { EntryStore } from '../entries/entry-store.service';
import { NOMENCLATURE_EVENT_SOURCE } from '../event-source';
import { NomenclatureFileEmptyError, NomenclatureFileInvalidError, VersionIdTakenError } from '../nomenclature.errors';
import { lockCatalogWrites } from '../versions/catalog-lock';
import { toEventDiffSummary } from '../versions/diff-summary';
import { VersionEntity } from '../versions/version.entity';
import { VersionStore } from '../versions/version-store.service';
import { toVersionView, VersionView } from '../versions/version-view';
import { catalogFileText } from './catalog-file';
import { contentHash } from './content-hash';
import { entryContractProblems } from './entry-contract-check';
import { ImportRequest, ImportVersionFields } from './import-request';

const MAX_REPORTED_WARNINGS = 50;

export interface ImportOutcome {
  /** False when the same content was imported before: nothing was written, `version` is that import. */
  created: boolean;
  version: VersionView;
  /** Against the version active at import time; null when none was active or nothing was imported. */
  diffAgainstActive: { versionId: string; summary: CatalogDiffSummary } | null;
  /** Problems in records the source marks inactive (050-3708/2020): left out, not refused; and declared predecessors whose name is not the retired entry's (`NOMENCLATURE_PREVIOUS_NAME_MISMATCH`). */
  warnings: NomenclatureCsvError[];
  warningCount: number;
  /** Wall time of the whole import, and of its phases: reading the file, checking every row, writing. */
  tookMs: number;
  timings: { readMs: number; checkMs: number; writeMs: number };
}

interface ParsedVersion {
  fields: ImportVersionFields;
  source: string;
  parsed: NomenclatureCsvResult;
  records: EntryRecord[];
  hash: string;
}

/** Milliseconds since `since`, whole. */
function elapsed(since: number): number {
  return Math.round(performance.now() - since);
}

/**
 * Imports a nomenclature version from a CSV or XLSX file. Everything is checked before
 * anything is written (a bad file is refused with every problem and its line), then the
 * version, its entries and the `version.imported` event are written in one transaction. The
 * same content imported again changes nothing and answers with the existing version.
 */
@Injectable()
export class ImportVersionService {
  private readonly logger = new Logger(ImportVersionService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly versions: VersionStore,
    private readonly entries: EntryStore,
    private readonly outbox: OutboxService,
  ) {}

  async importFile(request: ImportRequest, caller: Caller): Promise<ImportOutcome> {
    const started = performance.now();
    const { text } = await catalogFileText(request.content);
    return this.checkAndWrite(request.fields, request.source, text, caller, started);
  }

  /** Imports one of the two real versions carried in `libs/domain-nomenclature/data`, under its reference id. */
  async importReference(id: ReferenceCatalogId, caller: Caller): Promise<ImportOutcome> {
    const started = performance.now();
    const reference = REFERENCE_CATALOGS[id];
    const text = await readFile(reference.file, 'utf8');
    const fields: ImportVersionFields = { versionId: reference.id, label: reference.label, format: reference.format };
    return this.checkAndWrite(fields, `reference ${basename(reference.file)}`, text, caller, started);
  }

  private async checkAndWrite(fields: ImportVersionFields, source: string, text: string, caller: Caller, started: number): Promise<ImportOutcome> {
    const readMs = elapsed(started);
    const checking = performance.now();
    const version = this.check(fields, source, text);
    const checkMs = elapsed(checking);
    const writing = performance.now();
    const outcome = await this.writeOnce(version, caller);
    const timings = { readMs, checkMs, writeMs: elapsed(writing) };
    const tookMs = elapsed(started);
    if (outcome.created) this.logger.log({ msg: 'nomenclature version imported', versionId: outcome.version.id, entries: outcome.version.entryCount, tookMs, ...timings });
    const warnings = [...version.parsed.warnings, ...declarationWarnings(version.parsed.rows, outcome.declarationMismatches ?? [])];
    return {
      created: outcome.created,
      version: toVersionView(outcome.version),
      diffAgainstActive: outcome.diffAgainstActive,
      warnings: warnings.slice(0, MAX_REPORTED_WARNINGS),
      warningCount: warnings.length,
      tookMs,
      timings,
    };
  }

  private check(fields: ImportVersionFields, source: string, text: string): ParsedVersion {
    const parsed = parseNomenclatureCsv(text, { format: fields.format });
    if (parsed.errors.length > 0) throw new NomenclatureFileInvalidError(parsed.errors);
    if (parsed.rows.length === 0) throw new NomenclatureFileEmptyError();
    const records = parsed.rows.map(toEntryRecord);
    const problems = entryContractProblems(records, fields.versionId);
    if (problems.length > 0) throw new NomenclatureFileInvalidError(problems);
    return { fields, source, parsed, records, hash: contentHash(parsed.rows) };
  }

  /** The same content again is found by its hash and not written twice. */
  private writeOnce(version: ParsedVersion, caller: Caller) {
    return this.dataSource.transaction(async (manager) => {
      await lockCatalogWrites(manager);
      const same = await this.versions.findByContentHash(manager, version.hash);
      if (same) return { created: false, version: same, diffAgainstActive: null, declarationMismatches: [] };
      if (await this.versions.find(manager, version.fields.versionId)) throw new VersionIdTakenError(version.fields.versionId);
      return this.write(manager, version, caller);
    });
  }

  private async write(manager: EntityManager, { fields, source, parsed, records, hash }: ParsedVersion, caller: Caller) {
    const active = await this.versions.findActive(manager);
    const diff = active ? diffCatalogs(await this.entries.loadForDiff(manager, active.id), parsed.rows) : null;
    const now = new Date();
    const version = await this.versions.insert(manager, Object.assign(new VersionEntity(), {
      id: fields.versionId,
      label: fields.label,
      source,
      format: parsed.format,
      contentHash: hash,
      entryCount: records.length,
      provCount: records.filter((r) => r.level === 'PROV').length,
      kabkotCount: records.filter((r) => r.level === 'KABKOT').length,
      active: false,
      importedAt: now,
      importedBy: caller.sub,
      activatedAt: null,
      previousVersionId: null,
    }));
    await this.entries.insert(manager, version.id, records);
    const event = buildEvent(NOMENCLATURE_EVENT_TYPES.versionImported, {
      versionId: version.id,
      label: version.label,
      entryCount: version.entryCount,
      ...(active && diff ? { previousVersionId: active.id, diff: toEventDiffSummary(diff.summary) } : {}),
      at: now.toISOString(),
    }, { source: NOMENCLATURE_EVENT_SOURCE, subject: version.id, time: now });
    await this.outbox.append(manager, { event, key: version.id });
    return { created: true, version, diffAgainstActive: active && diff ? { versionId: active.id, summary: diff.summary } : null, declarationMismatches: diff?.declarationMismatches ?? [] };
  }
}

/** A declared predecessor the diff did not follow, as a warning on the declaring row's line. */
function declarationWarnings(rows: readonly NomenclatureRow[], mismatches: readonly CatalogDeclarationMismatch[]): NomenclatureCsvError[] {
  const lineOf = new Map(rows.map((r) => [`${r.level}:${r.code}`, r.line]));
  return mismatches.map((m) => ({
    line: lineOf.get(`${m.level}:${m.declaringCode}`) ?? 0,
    code: 'NOMENCLATURE_PREVIOUS_NAME_MISMATCH',
    column: 'sub_kegiatan_sebelumnya',
    reason: `${m.level} ${m.declaringCode} declares it replaces ${m.retiredCode} "${m.declaredName}", but ${m.retiredCode} was "${m.retiredName}": not taken as its successor`,
  }));
}
