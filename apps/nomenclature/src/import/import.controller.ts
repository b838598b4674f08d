import { Controller, HttpStatus, Param, ParseEnumPipe, Post, Query, Req, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiParam, ApiQuery, ApiTags, getSchemaPath, ApiExtraModels } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { REFERENCE_CATALOGS, ReferenceCatalogId } from '@selaras/domain-nomenclature';
import { Caller, CurrentCaller, defaultJsonParser, ReadsBody, Roles } from '@selaras/service-kit';
import { ImportVersionJson, readImportRequest, UploadedCatalogFile } from './import-request';
import { ImportOutcome, ImportVersionService } from './import-version.service';
import { MAX_UPLOAD_BYTES, RAW_UPLOAD_TYPES, rawUploadParser } from './raw-upload.middleware';

@ApiTags('versions')
@ApiBearerAuth()
@ApiExtraModels(ImportVersionJson)
@Controller('v1/nomenclature/versions')
export class ImportController {
  constructor(private readonly imports: ImportVersionService) {}

  @Post()
  @Roles('admin')
  // Read only once the admin token is checked; the raw file counted against its limit as it arrives.
  @ReadsBody(defaultJsonParser, rawUploadParser)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_UPLOAD_BYTES } }))
  @ApiOperation({
    summary: 'Import a nomenclature version from a CSV or XLSX file (admin)',
    description:
      'Three ways to send the file, all with the columns of the reference CSV (SIPD 2027 set, or the simcan 050-3708/2020 set):\n\n' +
      '1. **Raw body** (what the CLI does): `Content-Type: text/csv` (or the XLSX media type, or `application/octet-stream`) with ' +
      '`?versionId=sipd-2027&label=...&format=...`. Example: `curl -X POST -H "Authorization: Bearer $TOKEN" -H "Content-Type: text/csv" ' +
      '--data-binary @nomenklatur_subkegiatan_sipd_2027.csv "http://127.0.0.1:3002/v1/nomenclature/versions?versionId=sipd-2027&label=SIPD%202027"`\n' +
      '2. **multipart/form-data**: field `file` plus fields `versionId`, `label`, optional `format`, `source`.\n' +
      '3. **JSON** `{versionId, label, format?, source?, csv}` (bodies up to 1 MB).\n\n' +
      '201 with the new version; 200 with the existing version when the same content was imported before (nothing is written); ' +
      '400 `NOMENCLATURE_FILE_INVALID` with every problem and its line when the file is malformed (nothing is written); ' +
      '409 `NOMENCLATURE_VERSION_EXISTS` when the versionId is taken by other content.',
  })
  @ApiConsumes(...RAW_UPLOAD_TYPES, 'multipart/form-data', 'application/json')
  @ApiQuery({ name: 'versionId', required: false, description: 'Required unless sent in the form or JSON body', example: 'sipd-2027' })
  @ApiQuery({ name: 'label', required: false, description: 'Required unless sent in the form or JSON body' })
  @ApiQuery({ name: 'format', required: false, enum: ['sipd-2027', 'simcan-050-3708-2020'] })
  @ApiQuery({ name: 'source', required: false })
  @ApiBody({
    schema: {
      oneOf: [
        { type: 'string', format: 'binary', description: 'the CSV or XLSX file itself' },
        { type: 'object', properties: { file: { type: 'string', format: 'binary' }, versionId: { type: 'string' }, label: { type: 'string' } } },
        { $ref: getSchemaPath(ImportVersionJson) },
      ],
    },
  })
  async import(
    @CurrentCaller() caller: Caller,
    @Req() request: Request,
    @Query() query: Record<string, unknown>,
    @UploadedFile() file: UploadedCatalogFile | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ImportOutcome> {
    const importRequest = readImportRequest({ contentType: request.headers['content-type'], body: request.body, query, file });
    return this.answer(response, await this.imports.importFile(importRequest, caller));
  }

  @Post('from-reference/:referenceId')
  @Roles('admin')
  @ApiOperation({ summary: 'Import one of the real versions carried with the code (libs/domain-nomenclature/data), under its reference id (admin)' })
  @ApiParam({ name: 'referenceId', enum: Object.keys(REFERENCE_CATALOGS) })
  async importReference(
    @CurrentCaller() caller: Caller,
    @Param('referenceId', new ParseEnumPipe(Object.keys(REFERENCE_CATALOGS))) referenceId: ReferenceCatalogId,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ImportOutcome> {
    return this.answer(response, await this.imports.importReference(referenceId, caller));
  }

  private answer(response: Response, outcome: ImportOutcome): ImportOutcome {
    response.status(outcome.created ? HttpStatus.CREATED : HttpStatus.OK);
    return outcome;
  }
}
