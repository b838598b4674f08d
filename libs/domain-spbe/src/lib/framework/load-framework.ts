import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomainFrameworkDefinition, FrameworkDefinition } from './framework-definition';
import { SpbeFramework, validateFramework } from './validate-framework';

const DATA_DIR = join(__dirname, '..', '..', '..', 'data');

/** The PermenPANRB 59/2020 framework carried in this lib (generated from the indicator CSV; see `data/SOURCE.md`). */
export const PERMENPANRB_59_2020_FILE = join(DATA_DIR, 'permenpanrb-59-2020.json');

/** Indeks Pemerintah Digital, PermenPANRB 8/2026 (provisional; generated from its indicator CSV; see `data/SOURCE.md`). */
export const PERMENPANRB_8_2026_FILE = join(DATA_DIR, 'permenpanrb-8-2026.json');

/** Parses and validates a framework stored as JSON (a file, a database column, an HTTP body). */
export function parseFrameworkJson(text: string): SpbeFramework {
  return validateFramework(JSON.parse(text) as FrameworkDefinition);
}

const cache = new Map<string, SpbeFramework>();

function load(file: string): SpbeFramework {
  let framework = cache.get(file);
  if (!framework) cache.set(file, (framework = parseFrameworkJson(readFileSync(file, 'utf8'))));
  return framework;
}

/** The validated PermenPANRB 59/2020 framework (4 domains, 8 aspects, 47 indicators), read once. */
export function loadPermenPanRb59Framework(): SpbeFramework<DomainFrameworkDefinition> {
  // The file is written in the domains shape (its spec checks it against the CSV).
  return load(PERMENPANRB_59_2020_FILE) as SpbeFramework<DomainFrameworkDefinition>;
}

/** The validated Indeks Pemdi framework (PermenPANRB 8/2026: 7 aspects, 20 indicators), read once. */
export function loadPermenPanRb8Framework(): SpbeFramework {
  return load(PERMENPANRB_8_2026_FILE);
}

/** Every framework this lib carries, oldest first. */
export function bundledFrameworks(): readonly SpbeFramework[] {
  return [loadPermenPanRb59Framework(), loadPermenPanRb8Framework()];
}
