import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Client } from 'pg';
import { InjectConfig } from '@selaras/service-kit';
import { ReportingConfig } from '../config';
import { CHANGE_CHANNEL } from './change-log';
import { GENERATION_CHANNEL } from './generations';

const CHANNELS = [CHANGE_CHANNEL, GENERATION_CHANNEL];

/**
 * One dedicated PostgreSQL connection per instance that LISTENs for changes and generation
 * switches, so every reporting instance learns of commits made by any other. A dropped
 * connection is re-opened with backoff; subscribers are told, because notifications sent
 * while it was down are lost and they must look at the tables again.
 */
@Injectable()
export class PgListener implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(PgListener.name);
  private readonly handlers = new Map<string, ((payload: string) => void)[]>();
  private readonly reconnectHandlers: (() => void)[] = [];
  private client?: Client;
  private closed = false;

  constructor(@InjectConfig() private readonly config: ReportingConfig) {}

  on(channel: string, handler: (payload: string) => void): void {
    this.handlers.set(channel, [...(this.handlers.get(channel) ?? []), handler]);
  }

  onReconnect(handler: () => void): void {
    this.reconnectHandlers.push(handler);
  }

  async onModuleInit(): Promise<void> {
    this.client = await this.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    await this.client?.end().catch(() => undefined);
  }

  private async connect(): Promise<Client> {
    const client = new Client({ connectionString: this.config.DATABASE_URL, application_name: 'reporting-listener' });
    client.on('notification', (n) => this.handlers.get(n.channel)?.forEach((handle) => handle(n.payload ?? '')));
    client.on('error', (error) => {
      this.logger.warn({ err: error }, 'listener connection failed; reconnecting');
      this.reconnect(client);
    });
    client.on('end', () => this.reconnect(client));
    await client.connect();
    for (const channel of CHANNELS) await client.query(`LISTEN "${channel}"`);
    return client;
  }

  private reconnect(failed: Client): void {
    if (this.closed || failed !== this.client) return;
    this.client = undefined;
    failed.end().catch(() => undefined);
    void this.retry(0);
  }

  private async retry(attempt: number): Promise<void> {
    if (this.closed) return;
    await new Promise((resolve) => setTimeout(resolve, Math.min(200 * 2 ** attempt, 5000)));
    try {
      this.client = await this.connect();
      if (this.closed) await this.client.end();
      else this.reconnectHandlers.forEach((handle) => handle());
    } catch (error) {
      this.logger.warn({ err: error, attempt }, 'listener cannot reconnect yet');
      await this.retry(attempt + 1);
    }
  }
}
