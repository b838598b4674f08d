import type { GovernmentLevel } from '@selaras/contracts';
import type { NomenclatureCsvError } from '@selaras/domain-nomenclature';
import { ConflictError, DomainError, InvalidInputError, NotFoundError } from '@selaras/service-kit';

/** At most this many file problems travel in one answer; the count says how many there were. */
const MAX_REPORTED_PROBLEMS = 200;

export class VersionNotFoundError extends NotFoundError {
  constructor(versionId: string) {
    super('NOMENCLATURE_VERSION_NOT_FOUND', `no nomenclature version "${versionId}"; GET /v1/nomenclature/versions lists them`);
  }
}

export class NoActiveVersionError extends NotFoundError {
  constructor() {
    super('NOMENCLATURE_NO_ACTIVE_VERSION', 'no nomenclature version is active; activate one (POST /v1/nomenclature/versions/:id/activate) or pass version=');
  }
}

export class SubKegiatanNotFoundError extends DomainError {
  constructor(code: string, level: GovernmentLevel | undefined, versionId: string, hint: { successor?: string; otherLevels?: GovernmentLevel[] } = {}) {
    const where = level ? ` for ${level}` : '';
    const successor = hint.successor ? `; it is retired, use ${hint.successor}` : '';
    const other = hint.otherLevels?.length ? `; it exists for ${hint.otherLevels.join(', ')}` : '';
    super('SUB_KEGIATAN_NOT_FOUND', 'not_found', `sub kegiatan ${code} is not in version ${versionId}${where}${successor}${other}`, [], {
      versionId,
      ...(hint.successor ? { successor: hint.successor } : {}),
    });
  }
}

export class CodeMalformedError extends InvalidInputError {
  constructor(code: string, problems: readonly string[]) {
    super('NOMENCLATURE_CODE_MALFORMED', `"${code}" is not a sub kegiatan code U.BB.PP.L.KK.SSSS: ${problems.join('; ')}`, problems.map((reason) => ({ field: 'code', reason })));
  }
}

export class LevelRequiredError extends InvalidInputError {
  constructor(code: string, levels: readonly GovernmentLevel[]) {
    super('NOMENCLATURE_LEVEL_REQUIRED', `${code} exists for ${levels.join(' and ')}; pass level=PROV or level=KABKOT`, [{ field: 'level', reason: 'required for this code' }]);
  }
}

export class SearchQueryEmptyError extends InvalidInputError {
  constructor() {
    super('SEARCH_QUERY_EMPTY', 'q must contain at least one letter or digit, e.g. q=spbe koordinasi', [{ field: 'q', reason: 'no words to search for' }]);
  }
}

export class UploadMissingError extends InvalidInputError {
  constructor(detail: string) {
    super('NOMENCLATURE_UPLOAD_MISSING', detail);
  }
}

/** The file cannot be imported; every problem with its line, and nothing was written. */
export class NomenclatureFileInvalidError extends DomainError {
  constructor(problems: readonly NomenclatureCsvError[]) {
    const shown = problems.slice(0, MAX_REPORTED_PROBLEMS);
    const summary = shown.slice(0, 5).map((p) => `line ${p.line}: ${p.reason}`).join('; ');
    const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : '';
    super(
      'NOMENCLATURE_FILE_INVALID',
      'invalid',
      `the file has ${problems.length} problem(s); nothing was imported: ${summary}${more}`,
      shown.map((p) => ({ field: `line ${p.line}${p.column ? ` ${p.column}` : ''}`, reason: p.reason })),
      { problemCount: problems.length, problems: shown },
    );
  }
}

export class NomenclatureFileEmptyError extends InvalidInputError {
  constructor() {
    super('NOMENCLATURE_FILE_EMPTY', 'the file has a header but no active sub kegiatan rows; nothing was imported');
  }
}

export class VersionIdTakenError extends ConflictError {
  constructor(versionId: string) {
    super('NOMENCLATURE_VERSION_EXISTS', `version "${versionId}" already exists with other content; import this content under another versionId`, { versionId });
  }
}
