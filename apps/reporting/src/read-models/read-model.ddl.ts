import { integrationHealthDdl } from '../integration-health/integration-health.ddl';

/**
 * The shape of every read model, created in one generation schema (`reporting_g<n>`).
 *
 * Read models are disposable: they are rebuilt from the topics, never migrated. Changing a
 * table here means bumping `READ_MODEL_VERSION`; a service that finds the live generation on an
 * older version rebuilds into a new generation at start-up and switches when it has caught up
 * (the old tables are served meanwhile). This is why these statements are not in a migration.
 */
// 2: nomenclature_entry keeps kinerja and indikator, which pairing sub kegiatan by meaning needs,
// and overlap_review holds the coordinators' reviews of overlaps (issue 26).
// 3: spbe_target.framework_id (issue 27: a target belongs to a framework).
// 4: the integration health tables (issue 28).
export const READ_MODEL_VERSION = 4;

export function readModelDdl(schema: string): string[] {
  const s = `"${schema}"`;
  return [
    `CREATE SCHEMA ${s}`,
    // Latest full state of each usulan; the keys are derived once here so reports group by them.
    // `state` is json, not jsonb: stored as received (no conversion on the replay's hot path) and
    // only read whole or for one field.
    //
    // fillfactor 70: a revision rewrites the whole row, but never an indexed column (id, region,
    // province, year), so with room left on its page the new version is a HOT update: no index
    // entries, and the old version's space is reclaimed on that page without a VACUUM. Full
    // pages sent every revision to another page with three index entries, and a rebuild left
    // 2.6 dead versions per usulan scattered through the table (bench/README.md, item 41).
    `CREATE TABLE ${s}."proposal_view" (
      "id" uuid PRIMARY KEY,
      "region" text NOT NULL,
      "province" text NOT NULL,
      "year" integer NOT NULL,
      "stage" text NOT NULL,
      "status" text NOT NULL,
      "sub_kegiatan" text NOT NULL,
      "bidang_key" text,
      "program_key" text,
      "kegiatan_key" text,
      "pagu_indikatif" bigint NOT NULL,
      "locations" text[] NOT NULL,
      "spbe_indicators" integer[] NOT NULL,
      "revision" integer NOT NULL,
      "state" json NOT NULL,
      "last_event_type" text NOT NULL,
      "updated_at" timestamptz NOT NULL
    ) WITH (fillfactor = 70)`,
    `CREATE INDEX "proposal_view_province_year_idx" ON ${s}."proposal_view" ("province", "year")`,
    `CREATE INDEX "proposal_view_region_year_idx" ON ${s}."proposal_view" ("region", "year")`,
    `CREATE TABLE ${s}."priority_view" (
      "id" uuid PRIMARY KEY,
      "province" text NOT NULL,
      "year" integer NOT NULL,
      "code" text NOT NULL,
      "title" text NOT NULL,
      "status" text NOT NULL,
      "revision" integer NOT NULL,
      "state" jsonb NOT NULL,
      "updated_at" timestamptz NOT NULL
    )`,
    `CREATE INDEX "priority_view_province_year_idx" ON ${s}."priority_view" ("province", "year")`,
    // The latest revision of each overlap review (proposals.overlap-reviews), key: the overlap id.
    `CREATE TABLE ${s}."overlap_review" (
      "id" text PRIMARY KEY,
      "province" text NOT NULL,
      "region" text NOT NULL,
      "year" integer NOT NULL,
      "status" text NOT NULL,
      "verdict" text NOT NULL,
      "revision" integer NOT NULL,
      "state" jsonb NOT NULL
    )`,
    `CREATE INDEX "overlap_review_province_year_idx" ON ${s}."overlap_review" ("province", "year")`,
    // The active catalog: one row per live key of the compacted topic; a tombstone deletes it.
    `CREATE TABLE ${s}."nomenclature_entry" (
      "level" text NOT NULL,
      "code" text NOT NULL,
      "name" text NOT NULL,
      "bidang_code" text NOT NULL,
      "program_code" text NOT NULL,
      "kegiatan_code" text NOT NULL,
      "satuan" text,
      "kinerja" text,
      "indikator" text,
      "replaces" text,
      "version_id" text NOT NULL,
      CONSTRAINT "nomenclature_entry_pk" PRIMARY KEY ("level", "code")
    )`,
    `CREATE INDEX "nomenclature_entry_replaces_idx" ON ${s}."nomenclature_entry" ("level", "replaces") WHERE "replaces" IS NOT NULL`,
    // Names of bidang, program and kegiatan by code; kept after retirement so old usulan still read well.
    `CREATE TABLE ${s}."nomenclature_name" (
      "code" text PRIMARY KEY,
      "kind" text NOT NULL,
      "name" text NOT NULL
    )`,
    `CREATE TABLE ${s}."nomenclature_retired" (
      "level" text NOT NULL,
      "code" text NOT NULL,
      "successor" text,
      "version_id" text NOT NULL,
      CONSTRAINT "nomenclature_retired_pk" PRIMARY KEY ("level", "code")
    )`,
    `CREATE TABLE ${s}."nomenclature_version" (
      "version_id" text PRIMARY KEY,
      "label" text NOT NULL,
      "entry_count" integer NOT NULL,
      "activated_at" timestamptz NOT NULL
    )`,
    `CREATE TABLE ${s}."spbe_index" (
      "region" text NOT NULL,
      "year" integer NOT NULL,
      "kind" text NOT NULL,
      "province" text NOT NULL,
      "framework_id" text NOT NULL,
      "index" numeric(4,2) NOT NULL,
      "index_text" text NOT NULL,
      "predikat" text NOT NULL,
      "target" numeric(4,2),
      "weakest" jsonb NOT NULL,
      "computed_at" timestamptz NOT NULL,
      CONSTRAINT "spbe_index_pk" PRIMARY KEY ("region", "year", "kind")
    )`,
    `CREATE INDEX "spbe_index_province_idx" ON ${s}."spbe_index" ("province", "year")`,
    `CREATE TABLE ${s}."spbe_target" (
      "region" text NOT NULL,
      "year" integer NOT NULL,
      "province" text NOT NULL,
      "target" numeric(4,2) NOT NULL,
      "framework_id" text NOT NULL,
      "set_at" timestamptz NOT NULL,
      CONSTRAINT "spbe_target_pk" PRIMARY KEY ("region", "year")
    )`,
    ...integrationHealthDdl(s),
  ];
}
