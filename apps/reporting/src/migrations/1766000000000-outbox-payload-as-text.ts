import { MigrationInterface, QueryRunner } from 'typeorm';
import { outboxPayloadAsTextDown, outboxPayloadAsTextUp } from '@selaras/persistence';

/** The outbox keeps each event as the JSON text it publishes (see outboxPayloadAsTextUp). */
export class OutboxPayloadAsText1766000000000 implements MigrationInterface {
  name = 'OutboxPayloadAsText1766000000000';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of outboxPayloadAsTextUp('reporting')) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of outboxPayloadAsTextDown('reporting')) await q.query(sql);
  }
}
