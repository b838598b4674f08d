import { Kafka, logLevel, Partitioners, Producer } from 'kafkajs';
import { TOPICS } from '@selaras/contracts';
import { packBatches } from './batch-packing';
import { ClientCredentials, ClientCredentialsTokens } from './client-credentials';
import { deliverWithRetry, DeliveryRetryOptions, isTransientStatus, retryAfterMs, TransientDeliveryError } from './delivery-retry';
import { InboundBatch, InboundEvent, InboundEventBuilder, SigningKey } from './event-builder';
import { RegencySdkError } from './sdk-error';
import { UsulanChange } from './usulan-change';

export interface RegencyClientOptions {
  /** Kode wilayah of your government, e.g. `81.71` (Kota Ambon). */
  region: string;
  /** CloudEvents `source`; defaults to `/regions/<region>/regency-system`. */
  source?: string;
  /** Publish to the `proposals.inbound` topic: needs the region's signing key. */
  kafka?: { brokers: string[]; key: SigningKey; clientId?: string };
  /**
   * Publish over `POST /v1/inbound` and read refusals: the proposals service URL, and either the
   * region's client at the province's identity provider (`issuer`, `clientId`, `clientSecret`:
   * the SDK fetches and renews its tokens itself) or a bearer `token` you obtained.
   */
  http?: { baseUrl: string } & ({ token: string } | ClientCredentials);
  /**
   * What happens when the province cannot be reached (restarting, overloaded, a proxy failing):
   * by default every event is sent again with growing pauses until the province accepts it or
   * refuses it for a reason, so nothing is dropped. Resending is safe: the province applies an
   * event id once and answers `duplicate` after that.
   */
  retry?: DeliveryRetryOptions;
}

export interface PublishReceipt {
  eventId: string;
  channel: 'kafka' | 'http';
  /**
   * Over HTTP the answer is immediate: accepted or duplicate (a refused single event throws; a
   * refused event of a batch is `refused` with the province's code and detail). Over Kafka it is
   * asynchronous: read `rejections()`.
   */
  outcome: 'queued' | 'accepted' | 'duplicate' | 'refused';
  code?: string;
  detail?: string;
}

export interface InboundRejection {
  eventId: string | null;
  externalId: string | null;
  code: string;
  reason: string;
  receivedAt: string;
}

/**
 * What a kab/kota planning system needs to keep the province in step: build a change from
 * plain fields, have it checked locally with the province's own contract classes, sign it and
 * publish it (Kafka or HTTP), and read back why the province refused anything.
 */
export class RegencyClient {
  private readonly builder: InboundEventBuilder;
  private producer?: Producer;
  private readonly tokens?: ClientCredentialsTokens;

  constructor(private readonly options: RegencyClientOptions) {
    if (!options.kafka && !options.http) throw new RegencySdkError('SDK_NOT_CONFIGURED', 'give kafka (brokers and signing key) or http (baseUrl and token, or issuer, clientId and clientSecret) options');
    if (options.http && !('token' in options.http)) this.tokens = new ClientCredentialsTokens(options.http);
    this.builder = new InboundEventBuilder(options.region, options.source ?? `/regions/${options.region}/regency-system`, options.kafka?.key);
  }

  /** A create-or-update of one usulan, validated (and signed for Kafka); throws `RegencySdkError` when invalid. */
  upsert(change: UsulanChange): InboundEvent {
    return this.builder.upsert(change);
  }

  withdraw(externalId: string): InboundEvent {
    return this.builder.withdraw(externalId);
  }

  /** Sends events in order; over Kafka they are keyed by region and externalId so one usulan's changes stay in order. */
  async publish(...events: InboundEvent[]): Promise<PublishReceipt[]> {
    if (this.options.kafka) {
      await this.sendToKafka(events.map((e) => ({ key: `${this.options.region}:${e.subject}`, value: JSON.stringify(e), headers: { 'content-type': 'application/cloudevents+json' } })));
      return events.map((e) => ({ eventId: e.id, channel: 'kafka', outcome: 'queued' }));
    }
    const receipts: PublishReceipt[] = [];
    for (const event of events) receipts.push(await this.postOne(event));
    return receipts;
  }

  /**
   * Many events at once (a whole snapshot re-synced): packed in order into as few batches as fit
   * a message (`proposals.usulan.batch.v1`, each signed once, at most ~250 KB and 1,000 events)
   * and sent one after another. The province applies each event as if it had come alone; over
   * Kafka the batches are keyed by the region, so they stay in order with each other (but not
   * with single events of the same usulan, which are keyed by usulan: send a usulan's changes
   * one way at a time).
   */
  async publishBatched(events: readonly InboundEvent[]): Promise<PublishReceipt[]> {
    const batches = packBatches(events, (e) => Buffer.byteLength(JSON.stringify(e))).map((run) => this.builder.batch(run));
    if (this.options.kafka) {
      for (const batch of batches) {
        await this.sendToKafka([{ key: this.options.region, value: JSON.stringify(batch), headers: { 'content-type': 'application/cloudevents+json' } }]);
      }
      return events.map((e) => ({ eventId: e.id, channel: 'kafka', outcome: 'queued' }));
    }
    const receipts: PublishReceipt[] = [];
    for (const batch of batches) receipts.push(...(await this.postBatch(batch)));
    return receipts;
  }

  /** The province's refusals for this region, newest first (needs the http options). */
  async rejections(limit = 100): Promise<InboundRejection[]> {
    const http = this.requireHttp();
    const response = await this.authorized((token) => fetch(`${http.baseUrl}/v1/inbound/rejections?region=${encodeURIComponent(this.options.region)}&limit=${limit}`, { headers: { authorization: `Bearer ${token}` } }));
    if (!response.ok) throw await remoteError(response);
    return (await response.json()) as InboundRejection[];
  }

  async close(): Promise<void> {
    await this.producer?.disconnect();
    this.producer = undefined;
  }

  private async postOne(event: InboundEvent): Promise<PublishReceipt> {
    const body = await this.postInbound<{ outcome: 'accepted' | 'duplicate' }>(event);
    return { eventId: event.id, channel: 'http', outcome: body.outcome };
  }

  private async postBatch(batch: InboundBatch): Promise<PublishReceipt[]> {
    const body = await this.postInbound<{ results: { outcome: 'accepted' | 'duplicate' | 'refused'; eventId: string | null; code?: string; detail?: string }[] }>(batch);
    return body.results.map((r, i) => ({ eventId: r.eventId ?? String(batch.data.events[i].id), channel: 'http', outcome: r.outcome, ...(r.code ? { code: r.code, detail: r.detail } : {}) }));
  }

  /**
   * `POST /v1/inbound` with the region's token; a refusal of the whole request is thrown as the
   * province's problem, an unreachable or failing province is tried again (`retry`).
   */
  private async postInbound<T>(event: InboundEvent | InboundBatch): Promise<T> {
    const http = this.requireHttp();
    const body = JSON.stringify(event);
    return deliverWithRetry(async () => {
      const response = await this.authorized((token) =>
        fetch(`${http.baseUrl}/v1/inbound`, {
          method: 'POST',
          headers: { 'content-type': 'application/cloudevents+json', authorization: `Bearer ${token}` },
          body,
        }),
      );
      if (isTransientStatus(response.status)) {
        await response.body?.cancel();
        throw new TransientDeliveryError(`HTTP_${response.status}`, `the province answered ${response.status}`, retryAfterMs(response.headers.get('retry-after')));
      }
      if (!response.ok) throw await remoteError(response);
      return (await response.json()) as T;
    }, this.options.retry);
  }

  /**
   * kafkajs retries inside one send for a while; past that (the broker down for longer, or not
   * reachable at connect) the producer is dropped and the send tried again on a new connection.
   */
  private async sendToKafka(messages: { key: string; value: string; headers: Record<string, string> }[]): Promise<void> {
    await deliverWithRetry(async () => {
      try {
        const producer = await this.connectedProducer();
        await producer.send({ topic: TOPICS.proposalsInbound.name, acks: -1, messages });
      } catch (error) {
        if ((error as { retriable?: unknown }).retriable !== true && !/KafkaJS(Connection|NumberOfRetriesExceeded|Broker|Request)/.test((error as Error).name)) throw error;
        await this.close().catch(() => undefined);
        throw new TransientDeliveryError('BROKER_UNAVAILABLE', (error as Error).message);
      }
    }, this.options.retry);
  }

  /** A request with the current token; a 401 to a token of our client is tried once more with a fresh one (revoked, or the clocks disagree). */
  private async authorized(send: (token: string) => Promise<Response>): Promise<Response> {
    const http = this.requireHttp();
    if ('token' in http) return send(http.token);
    const response = await send(await this.tokens!.token());
    if (response.status !== 401) return response;
    this.tokens!.invalidate();
    return send(await this.tokens!.token());
  }

  private requireHttp(): NonNullable<RegencyClientOptions['http']> {
    if (!this.options.http) throw new RegencySdkError('SDK_NOT_CONFIGURED', 'reading refusals or posting over HTTP needs the http options (baseUrl and token)');
    return this.options.http;
  }

  private async connectedProducer(): Promise<Producer> {
    if (!this.producer) {
      const kafka = new Kafka({ brokers: this.options.kafka!.brokers, clientId: this.options.kafka!.clientId ?? `regency-${this.options.region}`, logLevel: logLevel.ERROR });
      this.producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, createPartitioner: Partitioners.DefaultPartitioner, retry: { retries: Number.MAX_SAFE_INTEGER, maxRetryTime: 5000 } });
      await this.producer.connect();
    }
    return this.producer;
  }
}

async function remoteError(response: Response): Promise<RegencySdkError> {
  const problem = (await response.json().catch(() => ({}))) as { code?: string; detail?: string; violations?: { field: string; reason: string }[] };
  return new RegencySdkError(problem.code ?? `HTTP_${response.status}`, problem.detail ?? response.statusText, problem.violations ?? []);
}
