import { AspectDefinition, DOMAIN_ASPECT_TIERS, FrameworkDefinition, GroupDefinition, TierDefinition } from './framework-definition';

/** The tree of a definition in one shape, whichever shape it was written in. */
export interface DefinitionTree {
  readonly tiers: readonly TierDefinition[];
  readonly groups: readonly GroupDefinition[];
}

/**
 * Reads `domains` → `aspects` (59/2020) as groups of the tiers domain and aspect; `groups`
 * with their own `tiers` as they are. Structure is checked by `validateFramework`, not here.
 */
export function definitionTree(definition: FrameworkDefinition): DefinitionTree {
  if (definition.groups !== undefined) return { tiers: definition.tiers ?? [], groups: definition.groups };
  const domains = Array.isArray(definition.domains) ? definition.domains : [];
  return {
    tiers: DOMAIN_ASPECT_TIERS,
    groups: domains.map((d) => ({ no: d.no, name: d.name, weightPct: d.weightPct, groups: Array.isArray(d.aspects) ? d.aspects.map((a: AspectDefinition) => ({ no: a.no, name: a.name, weightPct: a.weightPct, indicators: a.indicators })) : undefined })),
  };
}

/** Every group of a tree with its depth, parents before children. */
export function* walkGroups(groups: readonly GroupDefinition[], depth = 0): Generator<{ group: GroupDefinition; depth: number }> {
  for (const group of groups) {
    yield { group, depth };
    if (Array.isArray(group.groups)) yield* walkGroups(group.groups, depth + 1);
  }
}
