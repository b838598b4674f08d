import { AspectFrameworkMetadata } from './framework-from-aspect-csv';

/**
 * What `data/permenpanrb-8-2026.json` carries beside its indicator table, each figure from
 * `data/pemdi-2026-findings.md` (third-party sources; the regulation text was not seen, hence
 * `provisional`). Kept in the lib, not the script, so the spec checks the JSON against it.
 */
export const PEMDI_8_2026_METADATA: AspectFrameworkMetadata = {
  id: 'permenpanrb-8-2026',
  name: 'Indeks Pemdi',
  regulation: 'Peraturan Menteri PANRB Nomor 8 Tahun 2026 tentang Evaluasi Kinerja Pemerintah Digital',
  version: '8/2026',
  // Ditetapkan 1 Juni 2026; evaluations of 2026 onward use it (Pasal 12 is reported to revoke 59/2020).
  effectiveYear: 2026,
  provisional: true,
  sourceNote:
    'Provisional until checked against the JDIH salinan: compiled from third-party public repositories (S1 edukasi-pemdi-permenpanrb-8-2026, S2 PemdiAcehTengah, S3 Eval_Pemdi agree on all 20 numbers, aspects and weights); the regulation text itself was not seen. See pemdi-2026-findings.md.',
  // Merintis … Unggul [S1, S2 Panduan, S4]; the English labels conflict between sources, so none are kept.
  levels: [
    { level: 1, name: 'Merintis' },
    { level: 2, name: 'Membangun' },
    { level: 3, name: 'Berkembang' },
    { level: 4, name: 'Melembaga' },
    { level: 5, name: 'Unggul' },
  ],
  // Kurang 1,00–<1,50, Cukup 1,50–<2,50, Baik 2,50–<3,50, Sangat Baik 3,50–<4,00, Memuaskan 4,00–5,00 [S1 Tabel 4, S2 §3.3].
  predikat: [
    { min: 4, name: 'Memuaskan' },
    { min: 3.5, name: 'Sangat Baik' },
    { min: 2.5, name: 'Baik' },
    { min: 1.5, name: 'Cukup' },
    { min: 1, name: 'Kurang' },
  ],
  // 10/10/15/15/10/15/25 [S1, S2, S3, S4, S7, S8]; each equals the sum of its indicators' weights.
  aspectWeights: { 1: 10, 2: 10, 3: 15, 4: 15, 5: 10, 6: 15, 7: 25 },
  // Per the KemenPANRB module titles read by S2 (S1 says so only in general terms; the exact list
  // is uncertain). The level is taken as entered: no source publishes a conversion.
  scoredFrom: { 5: 'SDI', 6: 'SJIG', 7: 'EPSS', 10: 'IKASANDI', 11: 'IKASANDI', 12: 'IKASANDI' },
};
