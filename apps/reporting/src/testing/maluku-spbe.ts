import { SpbeWeakIndicator } from '@selaras/contracts';
import { frameworkInForceFor } from '@selaras/domain-spbe';

/**
 * The SPBE side of the Maluku scenario under the framework in force for a year: Indeks SPBE
 * (59/2020) before 2026, Indeks Pemdi (8/2026) from 2026, with weakest indicators that exist in
 * that framework and the indicator Kota Ambon's usulan a1 addresses.
 */
export function malukuSpbe(year: number) {
  const framework = frameworkInForceFor(year);
  if (!framework) throw new Error(`no SPBE framework in force in ${year}`);
  const pemdi = framework.id === 'permenpanrb-8-2026';
  const weakAmbon: (SpbeWeakIndicator & { weight: number })[] = pemdi
    ? [
        { no: 20, name: 'Tingkat Pengelolaan Kepuasan Pengguna Layanan Digital Pemerintah', level: 1, weight: 15, aspectNo: 7 },
        { no: 17, name: 'Portal Layanan Digital Pemerintah', level: 2, weight: 4, aspectNo: 6 },
      ]
    : [
        { no: 42, name: 'Tingkat Kematangan Layanan Pengaduan Pelayanan Publik', level: 1, weight: 3, domainNo: 4, aspectNo: 8 },
        { no: 32, name: 'Tingkat Kematangan Arsitektur SPBE', level: 2, weight: 2.5, domainNo: 3, aspectNo: 5 },
      ];
  const weakTual: SpbeWeakIndicator[] = pemdi
    ? [{ no: 9, name: 'Tingkat Kematangan Pelaksanaan Audit Keamanan Pemdi dan Teknologi Pemdi', level: 1, weight: 4, aspectNo: 4 }]
    : [{ no: 9, name: 'Kebijakan Internal Layanan Publik Berbasis Elektronik', level: 1, weight: 2, domainNo: 1, aspectNo: 1 }];
  return {
    frameworkId: framework.id,
    frameworkVersion: framework.definition.version,
    frameworkName: framework.definition.name,
    provisional: framework.provisional,
    weakAmbon,
    weakTual,
    /** The weakest Ambon indicator that its usulan a1 lists in `spbeIndicators`. */
    addressedByAmbon: weakAmbon[0].no,
  };
}
