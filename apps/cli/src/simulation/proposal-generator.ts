import type { NomenclatureRow } from '@selaras/domain-nomenclature';
import { frameworkInForceFor } from '@selaras/domain-spbe';
import type { UsulanChange } from '@selaras/regency-sdk';
import { CatalogSample } from './catalog-sample';
import { Random } from './random';

const STAGES = ['rancangan_awal', 'rancangan', 'rancangan_akhir'] as const;
const SOURCES = ['musrenbang', 'pokir', 'renstra', 'forum_pd', 'aspirasi'] as const;
const MILLION = 1_000_000;

/** An OPD named after the bidang urusan it serves, with a SIPD-shaped code. */
export function opdFor(row: NomenclatureRow): { code: string; name: string } {
  const bidang = row.bidangName.replace(/^URUSAN PEMERINTAHAN BIDANG /i, '').toLowerCase().replace(/\b\w/g, (c) => c.toUpperCase());
  return { code: `${row.bidangCode}.0.00.0.00.01.0000`, name: `Dinas ${bidang}`.slice(0, 200) };
}

/** Pagu indikatif between 50 million and 5 billion rupiah, rounded to a million as budgets are. */
export function plausiblePagu(random: Random): number {
  const magnitude = random.next() ** 2; // most usulan are small, a few are large
  return Math.max(50, Math.round((50 + magnitude * 4950) / 5) * 5) * MILLION;
}

export type InvalidKind = 'wrong_level' | 'unknown_code' | 'other_region_key';

/**
 * Realistic usulan of one region: a real sub kegiatan of its level, its satuan, a plausible
 * pagu and target, a planning stage and source. Deterministic for a given seed.
 */
export class ProposalGenerator {
  private counter = 0;

  constructor(private readonly catalog: CatalogSample, private readonly random: Random, private readonly runId: string) {}

  create(region: string, year: number): UsulanChange {
    const isProvince = !region.includes('.');
    const row = this.random.pick(isProvince ? this.catalog.provinsi : this.catalog.kabKota);
    this.counter += 1;
    return {
      externalId: `sim-${this.runId}-${region}-${this.counter}`,
      opd: opdFor(row),
      year,
      stage: this.random.pick(STAGES),
      subKegiatan: row.code,
      target: { value: this.random.int(1, 24), satuan: row.satuan! },
      paguIndikatif: plausiblePagu(this.random),
      locations: [region],
      source: this.random.pick(SOURCES),
      // Numbered as the framework in force for the usulan's year numbers them (Indeks Pemdi 1–20 from 2026, 59/2020 1–47 before).
      ...(row.bidangCode === '2.16' ? { spbeIndicators: [this.random.int(1, spbeIndicatorCount(year))] } : {}),
      justification: `Mendukung ${row.kegiatanName}`.slice(0, 4000),
      status: this.random.chance(0.6) ? 'submitted' : 'draft',
    };
  }

  /** A revision the way OPDs make them between forum sessions: pagu and target adjusted. */
  revise(change: UsulanChange): UsulanChange {
    const factor = 0.8 + this.random.next() * 0.4;
    return { ...change, paguIndikatif: Math.max(MILLION, Math.round((change.paguIndikatif * factor) / MILLION) * MILLION), target: { ...change.target, value: Math.max(1, Math.round(change.target.value * factor)) } };
  }

  /** A change the province must refuse, although it passes the SDK's local checks. */
  invalid(region: string, year: number, kind: InvalidKind): UsulanChange {
    const change = this.create(region, year);
    const isProvince = !region.includes('.');
    switch (kind) {
      case 'wrong_level': {
        const other = this.random.pick(isProvince ? this.catalog.kabKota : this.catalog.provinsi);
        return { ...change, subKegiatan: other.code, target: { ...change.target, satuan: other.satuan! } };
      }
      case 'unknown_code':
        return { ...change, subKegiatan: change.subKegiatan.replace(/\d{4}$/, '9999') };
      case 'other_region_key':
        return change;
      default: {
        const unreachable: never = kind;
        throw new Error(`unknown kind ${unreachable}`);
      }
    }
  }
}

/** How many indicators the SPBE framework in force for a year has (47 under 59/2020, 20 under Indeks Pemdi). */
export function spbeIndicatorCount(year: number): number {
  return frameworkInForceFor(year)?.indicators.length ?? 47;
}
