import { Queryable } from './queryable';
import { READ_MODEL_VERSION, readModelDdl } from './read-model.ddl';

/**
 * Generations of the read models. Each generation is a schema `reporting_g<n>` holding every
 * read-model table, filled by its own consumer groups. Exactly one generation is `live` (served
 * and streamed); a replay builds the next one beside it and switches the pointer in one
 * transaction once the new one has caught up. See `replay/replay.service.ts` for the protocol.
 */
export type GenerationStatus = 'building' | 'live' | 'retired';

export interface Generation {
  generation: number;
  schema: string;
  version: number;
  status: GenerationStatus;
}

/** Other instances LISTEN on this channel and move to the new live generation. */
export const GENERATION_CHANNEL = 'reporting_generation';

/** Serialises creating and switching generations across instances. */
const GENERATION_LOCK = "hashtext('reporting.read_model_generation')";

export function schemaOfGeneration(generation: number): string {
  return `reporting_g${generation}`;
}

interface GenerationRow {
  generation: number;
  schema_name: string;
  version: number;
  status: GenerationStatus;
}

function toGeneration(row: GenerationRow): Generation {
  return { generation: Number(row.generation), schema: row.schema_name, version: Number(row.version), status: row.status };
}

export async function listGenerations(db: Queryable): Promise<Generation[]> {
  const rows: GenerationRow[] = await db.query(`SELECT generation, schema_name, version, status FROM "reporting"."read_model_generation" ORDER BY generation`);
  return rows.map(toGeneration);
}

export async function liveGeneration(db: Queryable): Promise<Generation | undefined> {
  return (await listGenerations(db)).find((g) => g.status === 'live');
}

/** Creates the tables of a new generation (DDL is transactional, so a failure leaves nothing behind). */
export async function createGeneration(tx: Queryable, status: 'building' | 'live'): Promise<Generation> {
  await tx.query(`SELECT pg_advisory_xact_lock(${GENERATION_LOCK})`);
  const [{ next }] = await tx.query(`SELECT COALESCE(MAX(generation), 0) + 1 AS next FROM "reporting"."read_model_generation"`);
  const generation = Number(next);
  const schema = schemaOfGeneration(generation);
  for (const sql of readModelDdl(schema)) await tx.query(sql);
  await tx.query(
    `INSERT INTO "reporting"."read_model_generation" (generation, schema_name, version, status, switched_at) VALUES ($1, $2, $3, $4, CASE WHEN $4 = 'live' THEN now() END)`,
    [generation, schema, READ_MODEL_VERSION, status],
  );
  return { generation, schema, version: READ_MODEL_VERSION, status };
}

/** The first start of a service: the live generation, created if there is none yet. */
export async function ensureLiveGeneration(tx: Queryable): Promise<Generation> {
  await tx.query(`SELECT pg_advisory_xact_lock(${GENERATION_LOCK})`);
  return (await liveGeneration(tx)) ?? createGeneration(tx, 'live');
}

/**
 * The atomic switch: the building generation becomes live and the live one retired, in one
 * transaction, announced to every instance at commit.
 */
export async function switchToGeneration(tx: Queryable, generation: number): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(${GENERATION_LOCK})`);
  await tx.query(`UPDATE "reporting"."read_model_generation" SET status = 'retired' WHERE status = 'live'`);
  // TypeORM returns [rows, rowCount] for UPDATE.
  const [updated] = await tx.query(
    `UPDATE "reporting"."read_model_generation" SET status = 'live', switched_at = now() WHERE generation = $1 AND status = 'building' RETURNING generation`,
    [generation],
  );
  if (updated.length === 0) throw new Error(`generation ${generation} is not building; cannot switch to it`);
  await tx.query(`SELECT pg_notify($1, $2)`, [GENERATION_CHANNEL, String(generation)]);
}

export async function markCaughtUp(db: Queryable, generation: number): Promise<void> {
  await db.query(`UPDATE "reporting"."read_model_generation" SET caught_up_at = now() WHERE generation = $1`, [generation]);
}

/** Drops a generation that is no longer served (or was abandoned mid-build) with its bookkeeping. */
export async function dropGeneration(tx: Queryable, generation: Generation, groupIds: readonly string[]): Promise<void> {
  await tx.query(`DROP SCHEMA IF EXISTS "${generation.schema}" CASCADE`);
  await tx.query(`DELETE FROM "reporting"."inbox" WHERE consumer_group = ANY($1::text[])`, [groupIds]);
  await tx.query(`DELETE FROM "reporting"."projection_position" WHERE consumer_group = ANY($1::text[])`, [groupIds]);
  await tx.query(`DELETE FROM "reporting"."read_model_generation" WHERE generation = $1 AND status <> 'live'`, [generation.generation]);
}
