import { bundledFramework, frameworkInForceFor, SpbeFramework } from '@selaras/domain-spbe';
import { LEGACY_SPBE_FRAMEWORK_ID } from '@selaras/contracts';

/** Which index a report shows: its framework and what the index is called there. */
export interface SpbeFrameworkLabel {
  id: string;
  /** `Indeks SPBE` (PermenPANRB 59/2020) or `Indeks Pemdi` (8/2026). */
  name: string;
  version: string;
  regulation: string;
  effectiveYear: number;
  /** The framework's figures still await a check against the regulation text. */
  provisional: boolean;
}

function labelOf(f: SpbeFramework): SpbeFrameworkLabel {
  const d = f.definition;
  return { id: f.id, name: d.name, version: d.version, regulation: d.regulation, effectiveYear: d.effectiveYear, provisional: f.provisional };
}

/**
 * The framework in force for a report year (59/2020 up to 2025, Indeks Pemdi from 2026), from
 * the frameworks libs/domain-spbe carries. A report of a year shows only that framework's
 * index: the two are different series, never ranked or compared together.
 */
export function spbeFrameworkOfYear(year: number): SpbeFrameworkLabel | null {
  const f = frameworkInForceFor(year);
  return f ? labelOf(f) : null;
}

/** The label of a framework id an event carries; an id the lib does not carry is shown as itself. */
export function spbeFrameworkLabel(id: string | null | undefined): SpbeFrameworkLabel {
  const f = bundledFramework(id ?? LEGACY_SPBE_FRAMEWORK_ID);
  return f ? labelOf(f) : { id: id ?? LEGACY_SPBE_FRAMEWORK_ID, name: id ?? LEGACY_SPBE_FRAMEWORK_ID, version: '', regulation: '', effectiveYear: 0, provisional: false };
}
