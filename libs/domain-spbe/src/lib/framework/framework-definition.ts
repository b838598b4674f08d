/**
 * An SPBE evaluation framework as data: what a regulation defines, nothing computed.
 * PermenPANRB 59/2020 is one (`data/permenpanrb-59-2020.json`); Indeks Pemerintah Digital
 * (PermenPANRB 8/2026, `data/permenpanrb-8-2026.json`) another.
 *
 * The structure is a tree whose tiers the framework names: 59/2020 is domain → aspect →
 * indicator, 8/2026 aspect → indicator. It is written either as `groups` with `tiers` (any
 * depth) or, as 59/2020 always was, as `domains` → `aspects` (read as the tiers domain and
 * aspect). Stored 59/2020 rows keep the `domains` shape, so both are accepted for good.
 */
export interface FrameworkDefinition {
  /** Stable id, e.g. `permenpanrb-59-2020`. */
  readonly id: string;
  /** What the index is called: `Indeks SPBE`, `Indeks Pemdi`. */
  readonly name: string;
  /** The regulation that defines the method. */
  readonly regulation: string;
  readonly version: string;
  /** First evaluation year the framework applies to (the one in force is the latest not after a year). */
  readonly effectiveYear: number;
  /** True while the figures come from secondary sources and await a check against the regulation text. */
  readonly provisional?: boolean;
  /** Where the figures come from, in a sentence or two (the data folder's SOURCE.md has the rest). */
  readonly sourceNote?: string;
  /** Maturity levels, `1` to `n` in order; a level outside them is refused. */
  readonly levels: readonly LevelDefinition[];
  /** Highest threshold first; an index gets the first predikat whose `min` it reaches. */
  readonly predikat: readonly PredikatDefinition[];
  /** The tiers of `groups`, outermost first (indicators are the leaves below the last). */
  readonly tiers?: readonly TierDefinition[];
  /** The tree, when written with tiers of its own. */
  readonly groups?: readonly GroupDefinition[];
  /** The tree in the 59/2020 shape: domains of aspects of indicators. */
  readonly domains?: readonly DomainDefinition[];
}

export interface LevelDefinition {
  readonly level: number;
  readonly name: string;
}

export interface PredikatDefinition {
  /** Lowest index (two decimals at most) that earns this predikat. */
  readonly min: number;
  readonly name: string;
}

/** One tier of the tree: `key` for machines (`domain`, `aspect`), `name` for people (`Domain`, `Aspek`). */
export interface TierDefinition {
  readonly key: string;
  readonly name: string;
}

/** A node of the tree: either more groups (the next tier) or, on the last tier, indicators. */
export interface GroupDefinition {
  readonly no: number;
  readonly name: string;
  /** Share of the whole index in percent; equals the sum of its indicators' weights. */
  readonly weightPct: number;
  readonly groups?: readonly GroupDefinition[];
  readonly indicators?: readonly IndicatorDefinition[];
}

export interface DomainDefinition {
  readonly no: number;
  readonly name: string;
  /** Share of the whole index in percent; equals the sum of its indicators' weights. */
  readonly weightPct: number;
  readonly aspects: readonly AspectDefinition[];
}

export interface AspectDefinition {
  readonly no: number;
  readonly name: string;
  /** Share of the whole index in percent; equals the sum of its indicators' weights. */
  readonly weightPct: number;
  readonly indicators: readonly IndicatorDefinition[];
}

export interface IndicatorDefinition {
  /** Number, unique in the framework (1–47 in PermenPANRB 59/2020, 1–20 in 8/2026). */
  readonly no: number;
  readonly name: string;
  /** Share of the whole index in percent; all indicators sum to 100. */
  readonly weightPct: number;
  /** Where the name comes from, when the source says. */
  readonly note?: string;
  /**
   * The other agency's index this indicator's level comes from (`SDI`, `SJIG`, `EPSS`,
   * `IKASANDI`). The level is recorded as entered, with its source noted: no conversion is
   * applied here, because none is published in the sources.
   */
  readonly scoredFrom?: string;
}

/** The tiers the 59/2020 `domains` shape stands for. */
export const DOMAIN_ASPECT_TIERS: readonly TierDefinition[] = [
  { key: 'domain', name: 'Domain' },
  { key: 'aspect', name: 'Aspek' },
];

/** A definition written in the 59/2020 shape (`domains` → `aspects` → `indicators`). */
export type DomainFrameworkDefinition = FrameworkDefinition & { readonly domains: readonly DomainDefinition[] };
