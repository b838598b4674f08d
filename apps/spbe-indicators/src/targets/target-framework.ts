/** A framework as a target names it. */
export interface TargetFrameworkRef {
  readonly id: string;
  readonly name: string;
}

/**
 * The framework a target should be set on when it is set on another: a target of a year whose
 * framework in force is not the target's own (a 2026-or-later target on Indeks SPBE, 59/2020)
 * needs one on the index in force (Indeks Pemdi: Pasal 11 of PermenPANRB 8/2026 is reported to
 * require instansi to move their IKU target from Indeks SPBE to Indeks Pemdi). Null when the
 * target is on the framework in force, or when no framework is in force that year.
 */
export function targetNeedsFramework(targetFrameworkId: string, inForce: TargetFrameworkRef | undefined): TargetFrameworkRef | null {
  return inForce && inForce.id !== targetFrameworkId ? { id: inForce.id, name: inForce.name } : null;
}
