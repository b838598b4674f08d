import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { INTEGRATION_CHANNELS, IntegrationChannel } from '@selaras/contracts';
import { LiveSchema } from '../read-models/live-schema.service';
import { IntegrationHealthReport, RefusalView, RegionIntegrationHealth } from './integration-health';
import { integrationVerdict } from './integration-verdict';

const TOP_CODES = 3;

/**
 * Reads integration health from the live generation. "24 hours" of accepted events is counted in
 * whole hours (the activity is summed per hour), so it may reach back up to 25 hours; refusals
 * are counted to the second.
 */
@Injectable()
export class IntegrationHealthRepository {
  constructor(private readonly dataSource: DataSource, private readonly liveSchema: LiveSchema) {}

  async report(province: string, regions: readonly { code: string; name: string }[], year: number, now = new Date()): Promise<IntegrationHealthReport> {
    const s = `"${this.liveSchema.current()}"`;
    const codes = regions.map((r) => r.code);
    const [activity, refusals, topCodes, keys, stages] = await this.dataSource.transaction('REPEATABLE READ', async (tx) => [
      (await tx.query(
        `SELECT region, channel, max(last_at) AS last_at, COALESCE(sum(accepted) FILTER (WHERE hour > $2::timestamptz - interval '25 hours'), 0)::int AS n
         FROM ${s}."integration_activity" WHERE region = ANY($1) GROUP BY 1, 2`, [codes, now],
      )) as { region: string; channel: IntegrationChannel; last_at: Date; n: number }[],
      (await tx.query(
        `SELECT region, channel, max(refused_at) AS last_at, count(*) FILTER (WHERE refused_at > $2::timestamptz - interval '24 hours')::int AS n
         FROM ${s}."integration_refusal" WHERE region = ANY($1) GROUP BY 1, 2`, [codes, now],
      )) as { region: string; channel: IntegrationChannel; last_at: Date; n: number }[],
      (await tx.query(
        `SELECT region, code, count(*)::int AS n FROM ${s}."integration_refusal"
         WHERE region = ANY($1) AND refused_at > $2::timestamptz - interval '24 hours' GROUP BY 1, 2 ORDER BY 3 DESC, 2`, [codes, now],
      )) as { region: string; code: string; n: number }[],
      (await tx.query(`SELECT region, state, max(changed_at) AS last, count(*)::int AS n FROM ${s}."integration_key" WHERE region = ANY($1) GROUP BY 1, 2`, [codes])) as {
        region: string; state: string; last: Date; n: number;
      }[],
      (await tx.query(
        `SELECT region, bool_or(stage = 'penetapan') AS fixed FROM ${s}."proposal_view"
         WHERE province = $1 AND year = $2 AND status NOT IN ('withdrawn', 'rejected') GROUP BY 1`, [province, year],
      )) as { region: string; fixed: boolean }[],
    ]);
    const fixed = new Map(stages.map((r) => [r.region, r.fixed]));
    // A stage is open while the year's plan is still being prepared and the region has not reached penetapan.
    const yearOpen = year >= now.getFullYear();
    const rows: RegionIntegrationHealth[] = regions.map((region) => {
      const lastReceived = Object.fromEntries(INTEGRATION_CHANNELS.map((c) => [c, null])) as Record<IntegrationChannel, string | null>;
      let accepted = 0;
      let refused = 0;
      let last: Date | null = null;
      for (const row of [...activity, ...refusals].filter((r) => r.region === region.code)) {
        const previous = lastReceived[row.channel];
        if (!previous || previous < row.last_at.toISOString()) lastReceived[row.channel] = row.last_at.toISOString();
        if (!last || last < row.last_at) last = row.last_at;
      }
      for (const row of activity) if (row.region === region.code) accepted += row.n;
      for (const row of refusals) if (row.region === region.code) refused += row.n;
      const regionKeys = keys.filter((k) => k.region === region.code);
      const lastKey = regionKeys.reduce<Date | null>((m, k) => (!m || m < k.last ? k.last : m), null);
      const events24h = accepted + refused;
      return {
        region: region.code,
        name: region.name,
        verdict: integrationVerdict({ lastEventAt: last, events24h, refusals24h: refused, stageOpen: yearOpen && !fixed.get(region.code), now }),
        lastReceived,
        lastEventAt: last?.toISOString() ?? null,
        events24h,
        refusals24h: refused,
        topRefusalCodes: topCodes.filter((t) => t.region === region.code).slice(0, TOP_CODES).map((t) => ({ code: t.code, count: t.n })),
        keys: {
          active: regionKeys.find((k) => k.state === 'active')?.n ?? 0,
          pending: regionKeys.find((k) => k.state === 'pending')?.n ?? 0,
          revoked: regionKeys.find((k) => k.state === 'revoked')?.n ?? 0,
          lastChangedAt: lastKey?.toISOString() ?? null,
        },
      };
    });
    return { generatedAt: now.toISOString(), regions: rows };
  }

  async latestRefusals(region: string, limit: number): Promise<RefusalView[]> {
    const s = `"${this.liveSchema.current()}"`;
    const rows: { refused_at: Date; channel: string; code: string; reason: string; event_type: string | null; inbound_event_id: string | null; external_id: string | null }[] = await this.dataSource.query(
      `SELECT refused_at, channel, code, reason, event_type, inbound_event_id, external_id FROM ${s}."integration_refusal"
       WHERE region = $1 ORDER BY refused_at DESC LIMIT $2`,
      [region, limit],
    );
    return rows.map((r) => ({ refusedAt: r.refused_at.toISOString(), channel: r.channel, code: r.code, reason: r.reason, eventType: r.event_type, eventId: r.inbound_event_id, externalId: r.external_id }));
  }
}
