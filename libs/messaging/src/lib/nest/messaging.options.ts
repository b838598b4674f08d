import { TopicSpec } from '@selaras/contracts';
import type { KafkaSecurity } from '../core/kafka-client';
import type { OwnerKeys } from '../core/owner-keys';

export interface MessagingModuleOptions {
  brokers: string[];
  clientId: string;
  security?: KafkaSecurity;
  /** The service's schema: where its outbox and inbox live. */
  schema: string;
  databaseUrl: string;
  /** Topics this service creates at start-up if missing (its own and those it consumes). */
  topics: readonly TopicSpec[];
  /** Run the outbox relay in this process (services that publish). */
  relay: boolean;
  /** The service's owner signer (if it owns topics) and the owners' public keys its consumers check (issue 23). */
  ownerKeys?: OwnerKeys;
}

export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');
export const KAFKA = Symbol('KAFKA');
export const KAFKA_PRODUCER = Symbol('KAFKA_PRODUCER');
