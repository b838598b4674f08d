import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { GovernmentLevel } from '@selaras/contracts';
import { parseSubKegiatanCode, penunjangUseOf } from '@selaras/domain-nomenclature';
import { EntryRecord } from '../entries/entry-record';
import { EntryStore } from '../entries/entry-store.service';
import { RetiredCodeRecord, RetiredCodeStore } from '../entries/retired-code-store.service';
import { VersionStore } from '../versions/version-store.service';
import { classifyCode, CodeFacts, CodeStatus, CodeValidation } from './classify-code';

export interface ValidationResult {
  versionId: string;
  level: GovernmentLevel;
  region: string | null;
  summary: Record<CodeStatus, number>;
  results: CodeValidation[];
}

export interface ValidateCodesRequest {
  level: GovernmentLevel;
  codes: string[];
  region?: string;
  version?: string;
}

/**
 * Batch validation of sub kegiatan codes for a government level: two queries for the whole
 * batch (entries and retirements of the codes), then a pure classification per code.
 * `retired` is known for versions that have been activated (retirements are recorded then).
 */
@Injectable()
export class ValidateCodesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly versions: VersionStore,
    private readonly entries: EntryStore,
    private readonly retiredCodes: RetiredCodeStore,
  ) {}

  async validate(request: ValidateCodesRequest): Promise<ValidationResult> {
    const manager = this.dataSource.manager;
    const version = await this.versions.resolve(manager, request.version);
    const asked = request.codes.map((c) => parseSubKegiatanCode(c.trim())).flatMap((p) => (p.ok ? [p.value.canonical] : []));
    // Program penunjang under a bidang is the catalog's X.XX row: fetch both forms.
    const canonical = [...new Set([...asked, ...asked.flatMap((c) => penunjangUseOf(c)?.template ?? [])])];
    const [entries, retired] = await Promise.all([
      this.entries.findByCodes(manager, version.id, canonical),
      this.retiredCodes.find(manager, version.id, request.level, canonical),
    ]);
    const facts = factsLookup(entries, retired);
    const results = request.codes.map((code) => classifyCode(request.level, code, facts, { versionId: version.id, region: request.region }));
    const summary: Record<CodeStatus, number> = { valid: 0, unknown: 0, retired: 0, wrong_level: 0, malformed: 0 };
    for (const r of results) summary[r.status]++;
    return { versionId: version.id, level: request.level, region: request.region ?? null, summary, results };
  }
}

function factsLookup(entries: readonly EntryRecord[], retired: readonly RetiredCodeRecord[]): (canonical: string) => CodeFacts {
  const entriesByCode = new Map<string, EntryRecord[]>();
  for (const e of entries) entriesByCode.set(e.code, [...(entriesByCode.get(e.code) ?? []), e]);
  const retiredByCode = new Map(retired.map((r) => [r.code, r]));
  return (code) => {
    const own: CodeFacts = { entries: entriesByCode.get(code) ?? [], retired: retiredByCode.get(code) };
    const penunjang = penunjangUseOf(code);
    if (own.entries.length > 0 || own.retired || !penunjang) return own;
    // `2.16.01.2.01.0001` is valid, retired or unknown as `X.XX.01.2.01.0001` is; successors under the same bidang.
    const template = retiredByCode.get(penunjang.template);
    const under = (c: string) => (c.startsWith('X.XX.') ? `${penunjang.bidang}${c.slice(4)}` : c);
    return {
      entries: entriesByCode.get(penunjang.template) ?? [],
      retired: template ? { ...template, successorCodes: template.successorCodes.map(under) } : undefined,
    };
  };
}
