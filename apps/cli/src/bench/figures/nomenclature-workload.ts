import { normaliseText } from '@selaras/domain-nomenclature';
import { CatalogSample } from '../../simulation/catalog-sample';
import { Random } from '../../simulation/random';

/** Codes per validation call: a regency checking a page of its usulan. */
export const VALIDATE_BATCH = 200;

/**
 * What a regency system validates: mostly its own level's real codes, some of the other level
 * (wrong_level), some that do not exist, a few malformed. Deterministic, so both sides check
 * the same batches.
 */
export function validationBatches(catalog: CatalogSample, count: number): string[][] {
  const random = new Random(90);
  return Array.from({ length: count }, () =>
    Array.from({ length: VALIDATE_BATCH }, () => {
      const roll = random.next();
      if (roll < 0.8) return random.pick(catalog.kabKota).code;
      if (roll < 0.9) return random.pick(catalog.provinsi).code;
      if (roll < 0.97) return random.pick(catalog.kabKota).code.replace(/\d{4}$/, '9999');
      return '2.16.3.2.2.41';
    }),
  );
}

/** Search words as operators type them: one or two word beginnings from real sub kegiatan names. */
export function searchQueries(catalog: CatalogSample, count: number): string[] {
  const random = new Random(91);
  return Array.from({ length: count }, () => {
    const words = normaliseText(random.pick(catalog.kabKota).name).split(' ').filter((w) => w.length >= 4);
    const picked = [random.pick(words), random.pick(words)].map((w) => w.slice(0, random.int(4, w.length)));
    return [...new Set(picked)].join(' ');
  });
}
