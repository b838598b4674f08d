import { randomUUID } from 'node:crypto';
import { loadRegionDirectory } from '@selaras/domain-region';
import { ClientCredentials, RegencyClient, RegencySdkError, SigningKey, UsulanChange } from '@selaras/regency-sdk';
import { Role } from '@selaras/service-kit';
import { CliError } from '../cli-error';
import { TokenSource } from '../stack/tokens';
import { KeyParties } from './key-parties';
import { callApi } from '../stack/api-client';
import { CatalogSample, loadCatalogSample } from './catalog-sample';
import { ProposalGenerator } from './proposal-generator';
import { Random } from './random';
import { ensureRegencyKey } from './regency-keys';
import { spbeSeeds } from './spbe-seed';

export interface SimulationOptions {
  province: string;
  year: number;
  /** Inbound events per second, over all regions together. */
  rate: number;
  durationSeconds: number;
  brokers: string[];
  proposalsUrl: string;
  spbeUrl?: string;
  /** Bearer tokens of the regions (and of the administration client for `admin`). */
  tokens: TokenSource;
  /** Who requests and who approves the regions' signing keys. */
  keyParties: KeyParties;
  /** A region's client at the identity provider, for the SDK to publish over HTTP with tokens it renews itself. */
  regencyCredentials?: (region: string) => ClientCredentials | undefined;
  seed: number;
  /** Called about once a second with the running totals. */
  onProgress?: (stats: SimulationStats, elapsedSeconds: number) => void;
}

export interface SimulationStats {
  published: number;
  revisions: number;
  withdrawals: number;
  invalidSent: number;
  refusedLocally: number;
  decisions: number;
  /** Forum sessions skipped because proposals could not be reached or answered; held later. */
  forumSessionsMissed: number;
  byRegion: Record<string, number>;
}

interface RegionState {
  code: string;
  client: RegencyClient;
  /** Another region's key, to send events the province must refuse as not covered. */
  foreignClient: RegencyClient;
  open: UsulanChange[];
}

/**
 * Every kab/kota of a province and the province itself publish realistic usulan through the
 * regency SDK at a steady rate: new ones, revisions, withdrawals, a share of invalid ones the
 * province must refuse (wrong level, unknown code, another region's key) and a few the SDK
 * refuses locally; Bappeda of each region records forum decisions from time to time.
 */
export class Simulator {
  private readonly random: Random;
  private readonly generator: ProposalGenerator;
  private readonly catalog: CatalogSample;
  readonly stats: SimulationStats = { published: 0, revisions: 0, withdrawals: 0, invalidSent: 0, refusedLocally: 0, decisions: 0, forumSessionsMissed: 0, byRegion: {} };

  constructor(private readonly options: SimulationOptions) {
    this.random = new Random(options.seed);
    this.catalog = loadCatalogSample();
    this.generator = new ProposalGenerator(this.catalog, this.random, randomUUID().slice(0, 6));
  }

  token(region: string, ...roles: Role[]): Promise<string> {
    return this.options.tokens.token(region, ...roles);
  }

  async run(): Promise<SimulationStats> {
    const regions = await this.prepareRegions();
    await this.declarePriorities();
    await this.seedSpbe(regions.map((r) => r.code));
    const started = Date.now();
    const deadline = started + this.options.durationSeconds * 1000;
    let sent = 0;
    let lastForum = Date.now();
    let lastProgress = 0;
    try {
      while (Date.now() < deadline) {
        const due = Math.floor(((Date.now() - started) / 1000) * this.options.rate) + 1;
        // Round-robin first, so every region publishes within the first seconds of any run.
        while (sent < due) await this.act(regions[sent++ % regions.length]);
        if (Date.now() - lastForum > 3000) {
          lastForum = Date.now();
          await this.forumSession(this.random.pick(regions).code);
        }
        if (Date.now() - lastProgress > 1000) {
          lastProgress = Date.now();
          this.options.onProgress?.(this.stats, (Date.now() - started) / 1000);
        }
        await new Promise((r) => setTimeout(r, 50));
      }
    } finally {
      await Promise.all(regions.flatMap((r) => [r.client.close(), r.foreignClient.close()]));
    }
    return this.stats;
  }

  private async prepareRegions(): Promise<RegionState[]> {
    const directory = loadRegionDirectory();
    const codes = [this.options.province, ...directory.kabKotaOf(this.options.province).map((r) => r.code)];
    const keys = new Map<string, SigningKey>();
    for (const code of codes) keys.set(code, await ensureRegencyKey(code, this.options.proposalsUrl, this.options.keyParties));
    const regions: RegionState[] = [];
    for (const [i, code] of codes.entries()) {
      const neighbour = codes[(i + 1) % codes.length];
      const credentials = this.options.regencyCredentials?.(code);
      const http = credentials ? { baseUrl: this.options.proposalsUrl, ...credentials } : { baseUrl: this.options.proposalsUrl, token: await this.token(code, 'opd') };
      regions.push({
        code,
        client: new RegencyClient({ region: code, kafka: { brokers: this.options.brokers, key: keys.get(code)! }, http }),
        foreignClient: new RegencyClient({ region: code, kafka: { brokers: this.options.brokers, key: keys.get(neighbour)! } }),
        open: [],
      });
    }
    return regions;
  }

  private async act(region: RegionState): Promise<void> {
    const roll = this.random.next();
    const year = this.options.year;
    try {
      if (roll < 0.05) {
        // Deliberately broken before it leaves: the SDK refuses it with the server's code.
        region.client.upsert({ ...this.generator.create(region.code, year), paguIndikatif: 1_000_000.5 });
      } else if (roll < 0.15) {
        const kind = this.random.pick(['wrong_level', 'unknown_code', 'other_region_key'] as const);
        const change = this.generator.invalid(region.code, year, kind);
        const client = kind === 'other_region_key' ? region.foreignClient : region.client;
        await client.publish(client.upsert(change));
        this.stats.invalidSent++;
      } else if (roll < 0.33 && region.open.length > 0) {
        const index = this.random.int(0, region.open.length - 1);
        region.open[index] = this.generator.revise(region.open[index]);
        await region.client.publish(region.client.upsert(region.open[index]));
        this.stats.revisions++;
      } else if (roll < 0.37 && region.open.length > 0) {
        const [withdrawn] = region.open.splice(this.random.int(0, region.open.length - 1), 1);
        await region.client.publish(region.client.withdraw(withdrawn.externalId));
        this.stats.withdrawals++;
      } else {
        const change = this.generator.create(region.code, year);
        region.open.push(change);
        await region.client.publish(region.client.upsert(change));
      }
      this.stats.published++;
      this.stats.byRegion[region.code] = (this.stats.byRegion[region.code] ?? 0) + 1;
    } catch (error) {
      if (!(error instanceof RegencySdkError)) throw error;
      this.stats.refusedLocally++;
    }
  }

  /**
   * Bappeda of a region decides on a few submitted usulan, with a Berita Acara number. A session
   * that cannot happen now (proposals restarting, a revision arriving between reading and
   * deciding: 409) is simply held later: the simulation, like a regency system, keeps running.
   */
  private async forumSession(region: string): Promise<void> {
    try {
      await this.decideSome(region);
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      this.stats.forumSessionsMissed++;
    }
  }

  private async decideSome(region: string): Promise<void> {
    const token = await this.token(region, 'bappeda');
    const { items } = await callApi<{ items: { id: string; revision: number }[] }>(this.options.proposalsUrl, 'GET', `/v1/proposals?region=${region}&year=${this.options.year}&status=submitted&limit=8`, token);
    if (items.length === 0) return;
    const beritaAcara = `BA/FPD/${region}/${this.options.year - 1}/${this.random.int(1, 999)}`;
    const decisions = items.map((p) => {
      const roll = this.random.next();
      if (roll < 0.6) return { proposalId: p.id, outcome: 'agreed_as_proposed', expectedRevision: p.revision };
      if (roll < 0.7) return { proposalId: p.id, outcome: 'agreed_with_changes', expectedRevision: p.revision, changes: { paguIndikatif: 50_000_000 } };
      if (roll < 0.85) return { proposalId: p.id, outcome: 'rejected', expectedRevision: p.revision, reason: 'Tidak sesuai prioritas daerah' };
      return { proposalId: p.id, outcome: 'deferred', expectedRevision: p.revision, reason: 'Menunggu kepastian pagu' };
    });
    await callApi(this.options.proposalsUrl, 'POST', '/v1/forum/decisions', token, { beritaAcara, decisions });
    this.stats.decisions += decisions.length;
  }

  /** The province's priorities for the year: programs that exist at both levels, declared once. */
  private async declarePriorities(): Promise<void> {
    const token = await this.token(this.options.province, 'coordinator');
    const existing = await callApi<unknown[]>(this.options.proposalsUrl, 'GET', `/v1/priorities?province=${this.options.province}&year=${this.options.year}`, token);
    if (existing.length > 0) return;
    const provincePrograms = new Map(this.catalog.provinsi.map((r) => [r.programCode, r.programName]));
    const shared = [...new Set(this.catalog.kabKota.map((r) => r.programCode))].filter((p) => provincePrograms.has(p));
    for (const code of ['2.16.03', '1.02.02', '1.03.03', '3.27.03'].filter((c) => shared.includes(c)).concat(shared.slice(0, 1)).slice(0, 4)) {
      await callApi(this.options.proposalsUrl, 'POST', '/v1/priorities', token, { province: this.options.province, year: this.options.year, title: provincePrograms.get(code)!.slice(0, 300), code });
    }
  }

  /**
   * Self-assessments of every region for the planning year and the three before it, each under
   * the framework in force that year (Indeks SPBE to 2025, Indeks Pemdi from 2026), and the
   * province's targets on the same framework, when spbe-indicators runs.
   */
  private async seedSpbe(regions: string[]): Promise<void> {
    const spbeUrl = this.options.spbeUrl;
    if (!spbeUrl) return;
    for (const seed of spbeSeeds(regions, this.options.year, this.random)) {
      try {
        const { region, year, frameworkId, levels, target } = seed;
        await callApi(spbeUrl, 'PUT', `/v1/spbe/assessments/${region}/${year}`, await this.token(region, 'opd'), { kind: 'self', frameworkId, levels });
        await callApi(spbeUrl, 'PUT', `/v1/spbe/targets/${region}/${year}`, await this.token(this.options.province, 'coordinator'), { target, frameworkId });
      } catch {
        // SPBE is optional for the simulation: without the service the proposals still flow.
        // (A year already pinned to another framework is refused too; the others still go.)
      }
    }
  }
}
