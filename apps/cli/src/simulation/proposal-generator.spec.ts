import { parseSubKegiatanCode } from '@selaras/domain-nomenclature';
import { loadCatalogSample } from './catalog-sample';
import { plausiblePagu, ProposalGenerator, spbeIndicatorCount } from './proposal-generator';
import { Random } from './random';

describe(ProposalGenerator.name, () => {
  const catalog = loadCatalogSample();

  it('draws kab/kota proposals from real level-2 codes with their satuan', () => {
    const sut = new ProposalGenerator(catalog, new Random(1), 'r');
    for (let i = 0; i < 50; i++) {
      const change = sut.create('81.71', 2027);
      const parsed = parseSubKegiatanCode(change.subKegiatan);
      expect(parsed.ok && parsed.value.levelDigit).toBe(2);
      expect(catalog.kabKota.some((r) => r.code === change.subKegiatan && r.satuan === change.target.satuan)).toBe(true);
    }
  });

  it('draws provincial proposals from level-1 codes', () => {
    const change = new ProposalGenerator(catalog, new Random(2), 'r').create('81', 2027);
    expect(change.subKegiatan.split('.')[3]).toBe('1');
  });

  it('is deterministic for a seed and gives every usulan its own externalId', () => {
    const a = new ProposalGenerator(catalog, new Random(7), 'r');
    const b = new ProposalGenerator(catalog, new Random(7), 'r');
    const first = [a.create('81.01', 2027), a.create('81.01', 2027)];
    expect([b.create('81.01', 2027), b.create('81.01', 2027)]).toEqual(first);
    expect(first[0].externalId).not.toBe(first[1].externalId);
  });

  it('makes wrong-level changes for the invalid share', () => {
    const change = new ProposalGenerator(catalog, new Random(3), 'r').invalid('81.71', 2027, 'wrong_level');
    expect(change.subKegiatan.split('.')[3]).toBe('1');
  });
});

describe(plausiblePagu.name, () => {
  it('stays between 50 million and 5 billion whole rupiah', () => {
    const random = new Random(9);
    for (let i = 0; i < 1000; i++) {
      const pagu = plausiblePagu(random);
      expect(Number.isInteger(pagu)).toBe(true);
      expect(pagu).toBeGreaterThanOrEqual(50_000_000);
      expect(pagu).toBeLessThanOrEqual(5_000_000_000);
    }
  });
});

describe(spbeIndicatorCount.name, () => {
  it('numbers an usulan’s SPBE indicators under the framework in force for its year', () => {
    expect([spbeIndicatorCount(2025), spbeIndicatorCount(2026), spbeIndicatorCount(2027)]).toEqual([47, 20, 20]);
  });

  it('names only Indeks Pemdi indicators (1–20) in a 2027 usulan', () => {
    const generator = new ProposalGenerator(loadCatalogSample(), new Random(3), 'spec');
    const named = Array.from({ length: 400 }, () => generator.create('81.71', 2027)).flatMap((u) => u.spbeIndicators ?? []);
    expect(named.length).toBeGreaterThan(0);
    expect(named.every((no) => no >= 1 && no <= 20)).toBe(true);
  });
});
