import { bundledFrameworks } from './load-framework';
import { SpbeFramework } from './validate-framework';

/**
 * The framework in force for an evaluation year among `frameworks`: the highest
 * `effectiveYear` not after the year (59/2020 up to 2025, Indeks Pemdi 8/2026 from 2026),
 * the later one on a tie. Undefined before the first.
 */
export function frameworkInForceFor(year: number, frameworks: readonly SpbeFramework[] = bundledFrameworks()): SpbeFramework | undefined {
  let chosen: SpbeFramework | undefined;
  for (const f of frameworks) if (f.definition.effectiveYear <= year && (!chosen || f.definition.effectiveYear >= chosen.definition.effectiveYear)) chosen = f;
  return chosen;
}

/** A bundled framework by id, for reading names, predikat and level labels of what events carry. */
export function bundledFramework(id: string): SpbeFramework | undefined {
  return bundledFrameworks().find((f) => f.id === id);
}
