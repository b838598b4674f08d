/**
 * An SPBE evaluation framework as data: what a regulation defines, nothing computed.
 * PermenPANRB 59/2020 is one (`data/permenpanrb-59-2020.json`); its successor is another.
 */
export interface FrameworkDefinition {
  /** Stable id, e.g. `permenpanrb-59-2020`. */
  readonly id: string;
  readonly name: string;
  /** The regulation that defines the method. */
  readonly regulation: string;
  readonly version: string;
  /** Year the regulation was issued. */
  readonly effectiveYear: number;
  /** Maturity levels, `1` to `n` in order; a level outside them is refused. */
  readonly levels: readonly LevelDefinition[];
  /** Highest threshold first; an index gets the first predikat whose `min` it reaches. */
  readonly predikat: readonly PredikatDefinition[];
  readonly domains: readonly DomainDefinition[];
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
  /** Number, unique in the framework (1–47 in PermenPANRB 59/2020). */
  readonly no: number;
  readonly name: string;
  /** Share of the whole index in percent; all indicators sum to 100. */
  readonly weightPct: number;
  /** Where the name comes from, when the source says. */
  readonly note?: string;
}
