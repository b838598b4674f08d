import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Counter, Gauge } from 'prom-client';
import { DataSource } from 'typeorm';
import { InjectConfig, metricsRegistry } from '@selaras/service-kit';
import { ReportingConfig } from '../config';
import { CHANGE_CHANNEL } from '../read-models/change-log';
import { PgListener } from '../read-models/pg-listener.service';
import { sseComment, sseEvent } from './sse';

/** What the hub needs of an HTTP response. */
export interface StreamSink {
  write(chunk: string): boolean;
  end(): void;
  readonly writableLength: number;
  readonly destroyed: boolean;
}

export interface StreamClient {
  province: string;
  /** The last change id this client has been sent. */
  lastId: bigint;
  /**
   * It resumed from a Last-Event-ID that may be older than what the change log keeps; its first
   * delivery reads the horizon with the page. A client that has been connected since never needs
   * to: the prune removes only changes older than the retention, which it was sent long ago.
   */
  resumed: boolean;
  sink: StreamSink;
}

/** A row of a page of changes; read with the horizon, each also carries it. */
interface ChangeRow {
  /** Every change up to this id has been pruned (change-log-retention.ts). */
  horizon?: string;
  /** Null on the one row of an empty page read with the horizon. */
  id: string | null;
  province: string | null;
  region: string | null;
  year: number | null;
  kind: string;
  data: Record<string, unknown>;
  created_at: Date;
}

const PAGE = 500;
/** A client this far behind is cut off; it reconnects with Last-Event-ID and catches up from the table. */
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;

const streamClients = new Gauge({ name: 'reporting_stream_clients', help: 'Open server-sent event streams', registers: [metricsRegistry] });
const changesSent = new Counter({ name: 'reporting_stream_changes_sent_total', help: 'Changes written to stream clients', registers: [metricsRegistry] });
const resyncsSent = new Counter({ name: 'reporting_stream_resyncs_total', help: 'Stream clients told to reload: they resumed from before the pruned part of the change log', registers: [metricsRegistry] });

/**
 * Delivers the change log to connected dashboards. The table is the source of truth: a client
 * is sent every change after its last id, read from `change_log`, whether it just connected
 * with a Last-Event-ID or was woken by a NOTIFY from any reporting instance. Deliveries per
 * province run one at a time, so each client gets its changes once and in id order. Heartbeats
 * also re-check the table, which covers notifications lost while the listener reconnected.
 */
@Injectable()
export class ChangeStreamHub implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(ChangeStreamHub.name);
  private readonly clients = new Map<string, Set<StreamClient>>();
  private readonly deliveries = new Map<string, { running: Promise<void> | null; again: boolean }>();
  private heartbeat?: NodeJS.Timeout;

  constructor(
    private readonly dataSource: DataSource,
    private readonly listener: PgListener,
    @InjectConfig() private readonly config: ReportingConfig,
  ) {}

  onModuleInit(): void {
    this.listener.on(CHANGE_CHANNEL, (payload) => {
      const provinces = payload.split(',');
      if (provinces.includes('*')) this.deliverAll();
      else provinces.forEach((p) => void this.deliver(p));
    });
    this.listener.onReconnect(() => this.deliverAll());
    this.heartbeat = setInterval(() => this.beat(), this.config.STREAM_HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.heartbeat);
    for (const set of this.clients.values()) for (const c of set) c.sink.end();
    this.clients.clear();
  }

  /**
   * Registers a client and sends it what it missed: every change after `lastEventId`, or none
   * when it starts fresh. When the change log no longer keeps what came after `lastEventId`, the
   * client is sent `resync` first (reload, then follow the stream).
   */
  async open(province: string, lastEventId: bigint | null, sink: StreamSink): Promise<StreamClient> {
    const client: StreamClient = { province, lastId: lastEventId ?? (await this.latestId()), resumed: lastEventId !== null, sink };
    this.clients.set(province, new Set([...(this.clients.get(province) ?? []), client]));
    streamClients.inc();
    await this.deliver(province);
    return client;
  }

  close(client: StreamClient): void {
    if (this.clients.get(client.province)?.delete(client)) streamClients.dec();
  }

  private async latestId(): Promise<bigint> {
    const [row] = await this.dataSource.query(`SELECT COALESCE(max(id), 0)::text AS id FROM "reporting"."change_log"`);
    return BigInt(row.id);
  }

  private beat(): void {
    for (const set of this.clients.values()) for (const c of set) this.send(c, sseComment(`heartbeat ${new Date().toISOString()}`));
    this.deliverAll();
  }

  private deliverAll(): void {
    for (const province of this.clients.keys()) void this.deliver(province);
  }

  /** One delivery per province at a time; a request arriving meanwhile runs once more after it. */
  private deliver(province: string): Promise<void> {
    const state = this.deliveries.get(province) ?? { running: null, again: false };
    this.deliveries.set(province, state);
    if (state.running) {
      state.again = true;
      return state.running;
    }
    state.running = (async () => {
      do {
        state.again = false;
        await this.deliverOnce(province);
      } while (state.again);
    })()
      .catch((error) => this.logger.warn({ err: error, province }, 'stream delivery failed; the next notification or heartbeat retries'))
      .finally(() => (state.running = null));
    return state.running;
  }

  private async deliverOnce(province: string): Promise<void> {
    const clients = [...(this.clients.get(province) ?? [])];
    if (clients.length === 0) return;
    let from = clients.reduce((min, c) => (c.lastId < min ? c.lastId : min), clients[0].lastId);
    for (;;) {
      const resumed = clients.filter((c) => c.resumed);
      const { horizon, rows } = await this.readPage(from, province, resumed.length > 0);
      for (const client of resumed) client.resumed = false;
      // A page goes to each client as one write: one write per change was one syscall and one
      // TCP segment per change, a burst of 40,000 usulan 40,000 of each.
      const pending = new Map<StreamClient, string[]>();
      for (const client of resumed) {
        if (client.lastId >= horizon) continue;
        // It resumed from before what the change log still keeps: the changes in between are gone,
        // so it must reload what it shows; it goes on from the horizon (the event's id).
        pending.set(client, [sseEvent(horizon.toString(), 'resync', { kind: 'resync', prunedThrough: horizon.toString(), reason: `changes up to id ${horizon} are older than the change log keeps; reload the report, then follow the stream from here` })]);
        client.lastId = horizon;
        resyncsSent.inc();
      }
      for (const row of rows) {
        const id = BigInt(row.id);
        const text = sseEvent(row.id, 'change', { kind: row.kind, province: row.province, region: row.region, year: row.year, at: row.created_at, ...row.data });
        for (const client of clients) {
          if (client.lastId >= id) continue;
          let texts = pending.get(client);
          if (!texts) pending.set(client, (texts = []));
          texts.push(text);
          client.lastId = id;
          changesSent.inc();
        }
      }
      for (const [client, texts] of pending) this.send(client, texts.join(''));
      if (rows.length < PAGE) return;
      from = BigInt(rows[rows.length - 1].id);
    }
  }

  /**
   * Changes after `from` for the province. With `withHorizon`, the horizon is read in the same
   * statement, so in the same snapshot as the page: a page read after a prune could otherwise
   * start past changes a resuming client never got. Without it (every other delivery, the
   * event path) the plain query: the join cost the latency p99 tens of milliseconds at 500 events/s.
   */
  private async readPage(from: bigint, province: string, withHorizon: boolean): Promise<{ horizon: bigint; rows: (ChangeRow & { id: string })[] }> {
    // `id` stays bigint (node-postgres hands int8 over as text anyway): with `id::text` in the
    // select list, ORDER BY id sorted the text ("100" before "98"), and a page spanning 99 → 100
    // moved the client past 98 and 99 without sending them.
    const changes = `SELECT id, province, region, year, kind, data, created_at FROM "reporting"."change_log"
      WHERE id > $1 AND (province = $2 OR province IS NULL) ORDER BY id LIMIT ${PAGE}`;
    if (!withHorizon) return { horizon: 0n, rows: await this.dataSource.query(changes, [from.toString(), province]) };
    const page: ChangeRow[] = await this.dataSource.query(
      `SELECT h.horizon, c.* FROM (SELECT COALESCE((SELECT pruned_through FROM "reporting"."change_log_horizon"), 0)::text AS horizon) h
       LEFT JOIN LATERAL (${changes}) c ON true ORDER BY c.id`,
      [from.toString(), province],
    );
    return { horizon: BigInt(page[0]?.horizon ?? 0), rows: page.filter((row): row is ChangeRow & { id: string } => row.id !== null) };
  }

  private send(client: StreamClient, text: string): void {
    if (client.sink.destroyed) return this.close(client);
    client.sink.write(text);
    if (client.sink.writableLength > MAX_BUFFERED_BYTES) {
      this.logger.warn({ province: client.province }, 'stream client too slow; closing it (it resumes with Last-Event-ID)');
      this.close(client);
      client.sink.end();
    }
  }
}
