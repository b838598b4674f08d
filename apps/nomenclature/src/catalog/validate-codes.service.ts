import { Injectable } from '@nestjs/common';
import type { GovernmentLevel } from '@selaras/contracts';
import { classifyCode, CodeStatus, CodeValidation } from './classify-code';
import { CatalogIndexes } from './memory/catalog-indexes.service';

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
 * Batch validation of sub kegiatan codes for a government level, from the version's in-memory
 * catalog (its entries and the codes retired while it is in force), a pure classification per
 * code. `retired` is known for versions that have been activated (retirements are recorded then).
 */
@Injectable()
export class ValidateCodesService {
  constructor(private readonly catalogs: CatalogIndexes) {}

  async validate(request: ValidateCodesRequest): Promise<ValidationResult> {
    const index = await this.catalogs.resolve(request.version);
    const facts = index.factsAt(request.level);
    const options = { versionId: index.versionId, region: request.region };
    const results = request.codes.map((code) => index.validations.answer(request.level, code, request.region, () => classifyCode(request.level, code, facts, options)));
    const summary: Record<CodeStatus, number> = { valid: 0, unknown: 0, retired: 0, wrong_level: 0, malformed: 0 };
    for (const r of results) summary[r.status]++;
    return { versionId: index.versionId, level: request.level, region: request.region ?? null, summary, results };
  }
}
