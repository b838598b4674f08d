import { mintToken } from '@selaras/service-kit';

/**
 * The two parties a regency key needs (issue 22 item 5): the region's own system requests it,
 * its province's coordinator approves it. Development tokens from the stack's secret, with a
 * `sub` of their own each, since proposals refuses a key approved by whoever requested it.
 */
export interface KeyParties {
  /** A token of `region` that may request its key (`admin` of that region). */
  requester(region: string): string | Promise<string>;
  /** A token of the province's coordinator covering `region`. */
  approver(region: string): string | Promise<string>;
}

export function devKeyParties(jwtSecret: string, who: string): KeyParties {
  return {
    requester: (region) => mintToken(jwtSecret, { sub: `${who}-sistem@${region}`, region, roles: ['admin'] }),
    approver: (region) => mintToken(jwtSecret, { sub: `${who}-koordinator@${region.slice(0, 2)}`, region: region.slice(0, 2), roles: ['coordinator'] }),
  };
}
