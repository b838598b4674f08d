import { loadRegionDirectory, Region } from '@selaras/domain-region';
import { loadPermenPanRb59Framework, SpbeFramework } from '@selaras/domain-spbe';

export const permenPanRb59 = (): SpbeFramework => loadPermenPanRb59Framework();

export function kotaAmbon(): Region {
  return loadRegionDirectory().get('81.71') as Region;
}

/**
 * A mixed assessment worked by hand (weights in basis points: ind. 1–10 = 130, 11–20 = 250,
 * 21–31 = 150, 32–41 = 275, 42–47 = 300):
 * - domain 1, ind. 1–10 at 4:                    10·130·4                   =  5200 / 1300 = 4.00
 * - domain 2, 11–14 at 2, 15–18 at 3, 19–20 at 5: 4·250·2 + 4·250·3 + 2·250·5 =  7500 / 2500 = 3.00
 *   (aspects 2.00, 3.00, 5.00)
 * - domain 3, 21–28 at 1, 29–31 at 4:            8·150·1 + 3·150·4           =  3000 / 1650 = 1.818… → 1.82
 *   (aspects 1.00, 4.00)
 * - domain 4, 32–41 at 2, 42–47 at 3:            10·275·2 + 6·300·3          = 10900 / 4550 = 2.395… → 2.40
 *   (aspects 2.00, 3.00)
 * - index (5200 + 7500 + 3000 + 10900) / 10000 = 2.66 → Baik (≥ 2.6)
 * - weakest: level 1 first, heavier first, then by number: 21, 22, 23, 24, 25
 */
export const MIXED_ASSESSMENT: readonly [number, number, number][] = [
  [1, 10, 4],
  [11, 14, 2],
  [15, 18, 3],
  [19, 20, 5],
  [21, 28, 1],
  [29, 31, 4],
  [32, 41, 2],
  [42, 47, 3],
];
export const MIXED_EXPECTED = {
  indexText: '2.66',
  predikat: 'Baik',
  domains: ['4.00', '3.00', '1.82', '2.40'],
  aspects: ['4.00', '2.00', '3.00', '5.00', '1.00', '4.00', '2.00', '3.00'],
  weakest: [21, 22, 23, 24, 25],
};
