import type { GovernmentLevel } from '@selaras/contracts';
import { LevelRequiredError } from '../nomenclature.errors';

/**
 * The entry a lookup means. With a level: that level's. Without: the only one, or the one of
 * the code's own level digit (1 PROV, 2 KABKOT); a special-regime code listed for both levels
 * needs the level said.
 */
export function pickEntry<T extends { level: GovernmentLevel; code: string }>(found: readonly T[], level: GovernmentLevel | undefined, levelOfDigit: GovernmentLevel | null): T | undefined {
  if (level) return found.find((e) => e.level === level);
  if (found.length <= 1) return found[0];
  const own = found.find((e) => e.level === levelOfDigit);
  if (own) return own;
  throw new LevelRequiredError(found[0].code, found.map((e) => e.level));
}
