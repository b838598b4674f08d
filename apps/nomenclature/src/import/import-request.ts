import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { plainToInstance } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, validateSync } from 'class-validator';
import { describeViolations, toViolations } from '@selaras/contracts';
import { NOMENCLATURE_CSV_FORMATS, NomenclatureCsvFormat } from '@selaras/domain-nomenclature';
import { InvalidInputError } from '@selaras/service-kit';
import { UploadMissingError } from '../nomenclature.errors';

const FORMATS = Object.keys(NOMENCLATURE_CSV_FORMATS) as NomenclatureCsvFormat[];
/** Lower-case letters, digits, dot, dash and underscore: it appears in URLs and Kafka keys. */
export const VERSION_ID_PATTERN = /^[a-z0-9][a-z0-9._-]{1,99}$/;

/** What names a version being imported, from the query (raw upload), form fields (multipart) or JSON. */
export class ImportVersionFields {
  @ApiProperty({ example: 'sipd-2027', description: 'New version id: lower-case letters, digits, `.`, `-`, `_`' })
  @Matches(VERSION_ID_PATTERN, { message: 'versionId must be 2–100 lower-case letters, digits, ".", "-" or "_", e.g. sipd-2027' })
  versionId!: string;

  @ApiProperty({ example: 'SIPD nomenklatur sub kegiatan, versi pemutakhiran 2027' })
  @IsString() @IsNotEmpty() @MaxLength(300)
  label!: string;

  @ApiPropertyOptional({ enum: FORMATS, description: 'Column set; detected from the header when left out' })
  @IsOptional() @IsIn(FORMATS)
  format?: NomenclatureCsvFormat;

  @ApiPropertyOptional({ example: 'nomenklatur_subkegiatan_sipd_2027.csv', description: 'Where the content comes from, for people' })
  @IsOptional() @IsString() @MaxLength(300)
  source?: string;
}

/** The JSON form: the fields plus the CSV text (bodies are limited to 1 MB; send bigger files raw). */
export class ImportVersionJson extends ImportVersionFields {
  @ApiProperty({ description: 'The CSV text, header first' })
  @IsString() @IsNotEmpty()
  csv!: string;
}

export interface UploadedCatalogFile {
  buffer: Buffer;
  originalname: string;
  size: number;
}

export interface ImportRequestInput {
  contentType?: string;
  /** A Buffer for a raw upload, the form fields for multipart, the parsed object for JSON. */
  body: unknown;
  query: Record<string, unknown>;
  file?: UploadedCatalogFile;
}

export interface ImportRequest {
  fields: ImportVersionFields;
  content: Buffer;
  source: string;
}

const HOW_TO_SEND =
  'send the CSV or XLSX as the request body (Content-Type text/csv or application/vnd.openxmlformats-officedocument.spreadsheetml.sheet) with ?versionId=&label=, ' +
  'as multipart/form-data field "file" with fields versionId and label, or as JSON {versionId, label, csv}';

/** Reads one import request in any of its three forms into fields and file content, validating the fields. */
export function readImportRequest(input: ImportRequestInput): ImportRequest {
  if (input.file) {
    const fields = validFields(ImportVersionFields, { ...input.query, ...asObject(input.body) });
    return { fields, content: input.file.buffer, source: fields.source ?? `upload ${input.file.originalname}` };
  }
  if (Buffer.isBuffer(input.body)) {
    if (input.body.length === 0) throw new UploadMissingError(`the request body is empty; ${HOW_TO_SEND}`);
    const fields = validFields(ImportVersionFields, input.query);
    return { fields, content: input.body, source: fields.source ?? `upload (${input.contentType ?? 'no content type'}, ${input.body.length} bytes)` };
  }
  const body = asObject(input.body);
  if (Object.keys(body).length > 0) {
    const json = validFields(ImportVersionJson, { ...input.query, ...body });
    const { csv, ...fields } = json;
    return { fields, content: Buffer.from(csv, 'utf8'), source: fields.source ?? 'upload (JSON)' };
  }
  throw new UploadMissingError(`no file in the request; ${HOW_TO_SEND}`);
}

function validFields<T extends object>(cls: new () => T, plain: Record<string, unknown>): T {
  const instance = plainToInstance(cls, plain);
  const violations = toViolations(validateSync(instance, { whitelist: true, forbidNonWhitelisted: true }));
  if (violations.length > 0) throw new InvalidInputError('REQUEST_INVALID', describeViolations(violations), violations);
  return instance;
}

function asObject(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !Buffer.isBuffer(value) ? (value as Record<string, unknown>) : {};
}
