import { ProposalStateV1 } from '@selaras/contracts';
import { isPenunjangTemplate, kegiatanMeaningKey, opdBidangOf, programKey } from '@selaras/domain-nomenclature';
import { provinceOf } from '@selaras/domain-region';

/** The columns reports group and match by, derived once when the state is stored. */
export interface ProposalKeys {
  province: string;
  /** `U.BB`, e.g. `2.16` (Komunikasi dan Informatika). */
  bidangKey: string;
  /** `U.BB.PP`, e.g. `2.16.03`. */
  programKey: string | null;
  /** Kegiatan without its level digit, e.g. `2.16.03.02`: how province and kab/kota usulan are compared. */
  kegiatanKey: string | null;
}

export function proposalKeys(state: Pick<ProposalStateV1, 'region' | 'subKegiatan'> & { opd?: { code: string } }): ProposalKeys {
  const keys = codeKeys(state.subKegiatan);
  // An usulan stored before issue 26 may carry the catalog's X.XX penunjang form: its pagu goes
  // under the OPD's own bidang (from the OPD code), as the same usulan written today would.
  const opdBidang = isPenunjangTemplate(state.subKegiatan) && state.opd ? opdBidangOf(state.opd.code)[0] : undefined;
  if (opdBidang) return { province: provinceOf(state.region), ...keys, bidangKey: opdBidang, programKey: `${opdBidang}.01` };
  return { province: provinceOf(state.region), ...keys };
}

type CodeKeys = Omit<ProposalKeys, 'province'>;

/**
 * Parsing a code three times cost a replay ~10 µs per event; usulan use a few thousand codes,
 * so each code's keys are derived once. Bounded, in case a producer ever sends many more.
 */
const keysByCode = new Map<string, CodeKeys>();
const MAX_CACHED_CODES = 50_000;

function codeKeys(code: string): CodeKeys {
  let keys = keysByCode.get(code);
  if (!keys) {
    if (keysByCode.size >= MAX_CACHED_CODES) keysByCode.clear();
    keys = { bidangKey: code.split('.').slice(0, 2).join('.'), programKey: orNull(() => programKey(code)), kegiatanKey: orNull(() => kegiatanMeaningKey(code)) };
    keysByCode.set(code, keys);
  }
  return keys;
}

/** The contract already checked the code's shape; a code the domain lib still refuses has no key. */
function orNull(derive: () => string): string | null {
  try {
    return derive();
  } catch {
    return null;
  }
}

/** Within one batch only the highest revision of each usulan matters. */
export function latestByRevision<T extends { id: string; revision: number }>(items: readonly { state: T; eventId: string; type: string }[]) {
  const byId = new Map<string, { state: T; eventId: string; type: string }>();
  for (const item of items) {
    const current = byId.get(item.state.id);
    if (!current || current.state.revision < item.state.revision) byId.set(item.state.id, item);
  }
  return [...byId.values()];
}
