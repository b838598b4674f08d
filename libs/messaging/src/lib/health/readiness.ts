import { joiningConsumerGroups } from '../metrics/consumer-registry';

const holds = new Map<string, string>();

/**
 * What keeps this process from taking traffic besides its database and broker: a consumer group
 * joining or rebalancing (its partitions are not being consumed), or a part of the service that
 * declares a hold while it moves (reporting switching to a rebuilt read-model generation).
 * `/health/ready` answers 503 while anything is listed; `/health/live` ignores all of it.
 */
export const readiness = {
  /** Declares a hold under a key; the same key again replaces its reason. */
  hold(key: string, reason: string): void {
    holds.set(key, reason);
  },
  release(key: string): void {
    holds.delete(key);
  },
  /** Why the process is not ready; empty when it is. */
  reasons(): string[] {
    return [...joiningConsumerGroups().map((g) => `consumer group ${g} is joining`), ...holds.values()];
  },
};
