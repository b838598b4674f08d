import { Command } from 'commander';
import { Presets, SingleBar } from 'cli-progress';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { CliError } from '../cli-error';
import { callApi } from '../stack/api-client';
import { findService, serviceUrl } from '../stack/services';
import { stackEnv } from '../stack/stack-env';
import { cliTokens } from '../stack/tokens';

interface ImportOutcome {
  created: boolean;
  version: { id: string; label: string; entryCount: number; active: boolean };
  diffAgainstActive: { versionId: string; summary: Record<string, number> } | null;
  warningCount: number;
  tookMs: number;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface ImportNomenclatureOptions {
  versionId?: string;
  label?: string;
  activate: boolean;
  quiet?: boolean;
}

/** Imports a nomenclature file through the nomenclature service and, unless told not to, activates it. */
export async function importNomenclature(file: string, opts: ImportNomenclatureOptions): Promise<ImportOutcome> {
  if (!existsSync(file) || !statSync(file).isFile()) throw new CliError(`no file at ${file}; give the path of a CSV or XLSX with the reference columns`);
  const env = stackEnv();
  const url = serviceUrl(findService('nomenclature'), env);
  const token = await cliTokens(env).token('00', 'admin');
  const versionId = opts.versionId ?? basename(file, extname(file)).replace(/[^a-zA-Z0-9-]+/g, '-').toLowerCase();
  const label = opts.label ?? basename(file);
  const contentType = extname(file).toLowerCase() === '.xlsx' ? XLSX_TYPE : 'text/csv';
  const steps = opts.activate ? 3 : 2;
  const bar = opts.quiet ? undefined : new SingleBar({ format: 'nomenclature |{bar}| {value}/{total} {step}', hideCursor: true }, Presets.shades_classic);
  bar?.start(steps, 0, { step: 'reading the file' });
  const body = readFileSync(file);
  bar?.update(1, { step: `importing ${(body.length / 1e6).toFixed(1)} MB as ${versionId}` });
  const outcome = await callApi<ImportOutcome>(url, 'POST', `/v1/nomenclature/versions?versionId=${encodeURIComponent(versionId)}&label=${encodeURIComponent(label)}`, token, body, contentType);
  bar?.update(2, { step: opts.activate ? 'activating' : 'done' });
  if (opts.activate) await callApi(url, 'POST', `/v1/nomenclature/versions/${encodeURIComponent(outcome.version.id)}/activate`, token, {});
  bar?.update(steps, { step: 'done' });
  bar?.stop();
  if (!opts.quiet) {
    console.log(`${outcome.created ? 'imported' : 'already imported'} ${outcome.version.id}: ${outcome.version.entryCount} sub kegiatan in ${outcome.tookMs} ms${outcome.warningCount ? `, ${outcome.warningCount} inactive records left out` : ''}${opts.activate ? '; active' : ''}`);
    if (outcome.diffAgainstActive) console.log(`against ${outcome.diffAgainstActive.versionId}: ${Object.entries(outcome.diffAgainstActive.summary).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  }
  return outcome;
}

export function importCommand(): Command {
  const command = new Command('import').description('import data into the running stack');
  command
    .command('nomenclature <file>')
    .description('import a nomenclature version (CSV or XLSX with the reference columns) and activate it')
    .option('--version-id <id>', 'version id (default: from the file name)')
    .option('--label <text>', 'a readable label')
    .option('--no-activate', 'import only; activate later')
    .action(async (file: string, opts: ImportNomenclatureOptions) => {
      await importNomenclature(file, opts);
    });
  return command;
}
