/** What choosing a framework needs to know of each stored version. */
export interface FrameworkVersionRef {
  readonly id: string;
  readonly version: string;
  readonly effectiveYear: number;
  readonly createdAt: Date;
}

/** The newest stored version of a framework id (versions are free text, so "newest" is the last stored). */
export function latestVersionOf<T extends FrameworkVersionRef>(versions: readonly T[], id: string): T | undefined {
  return versions.filter((v) => v.id === id).sort(byCreatedAtDesc)[0];
}

/**
 * The framework a new assessment of `year` uses when the caller names none: the one in
 * force that year (highest `effectiveYear` not after it, newest version on a tie). This is
 * how a successor method added as data (Indeks Pemerintah Digital, 2026) takes over for later
 * years with no code change, while earlier years stay on PermenPANRB 59/2020.
 */
export function frameworkInForce<T extends FrameworkVersionRef>(versions: readonly T[], year: number): T | undefined {
  return versions
    .filter((v) => v.effectiveYear <= year)
    .sort((a, b) => b.effectiveYear - a.effectiveYear || byCreatedAtDesc(a, b))[0];
}

function byCreatedAtDesc(a: FrameworkVersionRef, b: FrameworkVersionRef): number {
  return b.createdAt.getTime() - a.createdAt.getTime();
}
