import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FrameworkDefinition } from './framework-definition';
import { SpbeFramework, validateFramework } from './validate-framework';

/** The PermenPANRB 59/2020 framework carried in this lib (generated from the indicator CSV; see `data/SOURCE.md`). */
export const PERMENPANRB_59_2020_FILE = join(__dirname, '..', '..', '..', 'data', 'permenpanrb-59-2020.json');

/** Parses and validates a framework stored as JSON (a file, a database column, an HTTP body). */
export function parseFrameworkJson(text: string): SpbeFramework {
  return validateFramework(JSON.parse(text) as FrameworkDefinition);
}

let cached: SpbeFramework | undefined;

/** The validated PermenPANRB 59/2020 framework (4 domains, 8 aspects, 47 indicators), read once. */
export function loadPermenPanRb59Framework(): SpbeFramework {
  cached ??= parseFrameworkJson(readFileSync(PERMENPANRB_59_2020_FILE, 'utf8'));
  return cached;
}
