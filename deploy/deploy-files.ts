/**
 * Reading helpers for the deploy/ specs: the repository's files as text, YAML manifests as plain
 * objects, and the services' configuration names read from their config classes. deploy/ is not
 * an Nx project and imports no service code: the config classes are read as text, so the specs stay
 * fast and need neither a broker nor a database.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';

export const REPO_ROOT = join(__dirname, '..');

export function readRepoFile(path: string): string {
  return readFileSync(join(REPO_ROOT, path), 'utf8');
}

export function listDir(path: string): string[] {
  return readdirSync(join(REPO_ROOT, path));
}

/** Every document of a YAML file as plain data; throws with the file name on a syntax error. */
export function readYaml(path: string, options: { merge?: boolean } = {}): Record<string, any>[] {
  const docs = parseAllDocuments(readRepoFile(path), { merge: options.merge ?? false });
  const out: Record<string, any>[] = [];
  for (const doc of docs) {
    if (doc.errors.length > 0) throw new Error(`${path}: ${doc.errors.map((e) => e.message).join('; ')}`);
    const value = doc.toJSON();
    if (value !== null && value !== undefined) out.push(value as Record<string, any>);
  }
  return out;
}

/** The four services as the local start knows them (apps/cli/src/stack/services.ts). */
export interface LocalService {
  name: string;
  port: number;
  entry: string;
}

export function localServices(): LocalService[] {
  const text = readRepoFile('apps/cli/src/stack/services.ts');
  const services = [...text.matchAll(/\{\s*name:\s*'([^']+)',\s*port:\s*(\d+),\s*entry:\s*'([^']+)'\s*\}/g)].map((m) => ({
    name: m[1],
    port: Number(m[2]),
    entry: m[3],
  }));
  if (services.length === 0) throw new Error('no service found in apps/cli/src/stack/services.ts');
  return services;
}

/** Names of the properties of the exported classes of a config file (`FOO = …`, `FOO!: …`). */
function classProperties(path: string): string[] {
  const text = readRepoFile(path);
  const names: string[] = [];
  for (const body of text.matchAll(/export class \w+(?: extends \w+)? \{\n([\s\S]*?)\n\}/g)) {
    for (const m of body[1].matchAll(/^ {2}([A-Z][A-Z0-9_]*)[!?]?\s*[:=]/gm)) names.push(m[1]);
  }
  return names;
}

export const SHARED_CONFIG_FILE = 'libs/service-kit/src/lib/config/service-config.ts';

/** Settings every service reads (ServiceConfig) plus the ones only this service reads. */
export function configNames(service: string): Set<string> {
  return new Set([...classProperties(SHARED_CONFIG_FILE), ...classProperties(`apps/${service}/src/config.ts`)]);
}

export function sharedConfigNames(): Set<string> {
  return new Set(classProperties(SHARED_CONFIG_FILE));
}

/** The pattern a ServiceConfig property is validated with (`@Matches(/…/)` on the line above it). */
export function configPattern(name: string): RegExp {
  const text = readRepoFile(SHARED_CONFIG_FILE);
  const m = new RegExp(`@Matches\\(/(.+?)/[a-z]*,[^\\n]*\\n\\s+${name}\\b`).exec(text);
  if (!m) throw new Error(`no @Matches pattern for ${name} in ${SHARED_CONFIG_FILE}`);
  return new RegExp(m[1]);
}

/** The allowed values of a ServiceConfig property (`@IsIn([...])` on the line above it). */
export function configChoices(name: string): string[] {
  const text = readRepoFile(SHARED_CONFIG_FILE);
  const m = new RegExp(`@IsIn\\(\\[([^\\]]+)\\]\\)\\s*\\n\\s+${name}\\b`).exec(text);
  if (!m) throw new Error(`no @IsIn choices for ${name} in ${SHARED_CONFIG_FILE}`);
  return [...m[1].matchAll(/'([^']*)'/g)].map((c) => c[1]);
}

/** Process-level variables that are not service settings: which app the image runs, Node's flags. */
export const RUNTIME_ENV = ['SERVICE', 'NODE_OPTIONS'];

/** Values that must only ever come from a Secret (never a literal in a manifest or a default). */
export const SECRET_NAMES = ['DATABASE_URL', 'KAFKA_SASL_USERNAME', 'KAFKA_SASL_PASSWORD'];

/** Kubernetes quantity (`256Mi`, `1G`, `500m`, `1`) to a number (bytes, or cores). */
export function quantity(value: string | number): number {
  if (typeof value === 'number') return value;
  const m = /^(\d+(?:\.\d+)?)(m|Ki|Mi|Gi|k|M|G)?$/.exec(value);
  if (!m) throw new Error(`not a quantity: ${value}`);
  const factor: Record<string, number> = { m: 1e-3, Ki: 1024, Mi: 1024 ** 2, Gi: 1024 ** 3, k: 1e3, M: 1e6, G: 1e9 };
  return Number(m[1]) * (m[2] ? factor[m[2]] : 1);
}
