import { Overlap, SyncReport } from '../sync/sync-report';
import { ExportTable } from './export-table';
import { KIND_LABELS, PAIR_BASIS_LABELS, PROBLEM_LABELS, VERDICT_LABELS, STAGE_LABELS, STAGES, STATUS_LABELS, STATUSES } from './labels';

/** `Terbuka` until reviewed; the verdict once reviewed; `Dibuka kembali (…)` after a change. */
function reviewLabel(o: Overlap): string {
  if (!o.review) return 'Terbuka';
  const verdict = VERDICT_LABELS[o.review.verdict];
  return o.open ? `Dibuka kembali (${verdict}: ${o.review.reopenReason ?? ''})` : verdict;
}

/** The sync report as sheets: the per-region summary first (the CSV), then the details behind it. */
export function syncReportTables(report: SyncReport): ExportTable[] {
  const region = (code: string) => report.regions.find((r) => r.region === code)?.name ?? code;
  return [
    {
      name: 'Sinkronisasi',
      columns: [
        { header: 'Kode wilayah' }, { header: 'Wilayah', width: 32 }, { header: 'Jenis' }, { header: 'Tahun', type: 'number' },
        { header: 'Jumlah usulan', type: 'number' },
        ...STATUSES.map((s) => ({ header: `Usulan ${STATUS_LABELS[s]}`, type: 'number' as const })),
        ...STAGES.map((s) => ({ header: `Tahap ${STAGE_LABELS[s]}`, type: 'number' as const })),
        { header: 'Tahap tercapai' }, { header: 'Pagu usulan aktif (Rp)', type: 'rupiah', width: 20 },
        { header: 'Keselarasan (%)', type: 'decimal' }, { header: 'Prioritas didukung', type: 'number' }, { header: 'Jumlah prioritas', type: 'number' },
        { header: 'Kesenjangan (kode prioritas)', width: 30 }, { header: 'Tumpang tindih', type: 'number' }, { header: 'Kode tidak valid', type: 'number' },
        { header: 'Indeks SPBE', type: 'decimal' }, { header: 'Predikat SPBE' }, { header: 'Target SPBE', type: 'decimal' }, { header: 'Selisih ke target', type: 'decimal' },
        { header: 'Indikator SPBE terlemah belum ditangani', width: 30 },
      ],
      rows: report.regions.map((r) => [
        r.region, r.name, KIND_LABELS[r.kind], report.year, r.proposals.total,
        ...STATUSES.map((s) => r.proposals.byStatus[s]),
        ...STAGES.map((s) => r.proposals.byStage[s]),
        r.proposals.stageReached ? STAGE_LABELS[r.proposals.stageReached] : null, r.pagu.total,
        r.alignment.percent, r.alignment.supported, r.alignment.priorities,
        r.gaps.map((g) => g.code).join('; '), r.overlaps.length, r.invalidCodes.length,
        r.spbe?.index ?? null, r.spbe?.predikat ?? null, r.spbe?.target ?? null, r.spbe?.gap ?? null,
        r.spbe ? r.spbe.weakest.filter((w) => !w.addressed).map((w) => w.no).join('; ') : null,
      ]),
    },
    {
      name: 'Pagu per bidang',
      columns: [{ header: 'Kode wilayah' }, { header: 'Wilayah', width: 32 }, { header: 'Kode bidang' }, { header: 'Bidang urusan', width: 50 }, { header: 'Pagu (Rp)', type: 'rupiah', width: 20 }, { header: 'Jumlah usulan', type: 'number' }],
      rows: report.regions.flatMap((r) => r.pagu.byBidang.map((l) => [r.region, r.name, l.code, l.name, l.pagu, l.count])),
    },
    {
      name: 'Pagu per program',
      columns: [{ header: 'Kode wilayah' }, { header: 'Wilayah', width: 32 }, { header: 'Kode program' }, { header: 'Program', width: 50 }, { header: 'Pagu (Rp)', type: 'rupiah', width: 20 }, { header: 'Jumlah usulan', type: 'number' }],
      rows: report.regions.flatMap((r) => r.pagu.byProgram.map((l) => [r.region, r.name, l.code, l.name, l.pagu, l.count])),
    },
    {
      name: 'Kesenjangan',
      columns: [{ header: 'Kode wilayah' }, { header: 'Wilayah', width: 32 }, { header: 'Kode prioritas' }, { header: 'Prioritas provinsi', width: 50 }],
      rows: report.regions.flatMap((r) => r.gaps.map((g) => [r.region, r.name, g.code, g.title])),
    },
    {
      name: 'Tumpang tindih',
      columns: [
        { header: 'Kode wilayah' }, { header: 'Wilayah', width: 32 }, { header: 'Dasar pasangan' }, { header: 'Lokasi bersama' },
        { header: 'Sub kegiatan provinsi' }, { header: 'Nama sub kegiatan provinsi', width: 50 }, { header: 'OPD provinsi', width: 32 }, { header: 'Status provinsi' }, { header: 'Pagu provinsi (Rp)', type: 'rupiah', width: 20 },
        { header: 'Sub kegiatan kab/kota' }, { header: 'Nama sub kegiatan kab/kota', width: 50 }, { header: 'OPD kab/kota', width: 32 }, { header: 'Status kab/kota' }, { header: 'Pagu kab/kota (Rp)', type: 'rupiah', width: 20 },
        { header: 'ID usulan provinsi', width: 38 }, { header: 'ID usulan kab/kota', width: 38 },
        { header: 'Tinjauan' }, { header: 'Catatan tinjauan', width: 50 }, { header: 'Ditinjau oleh' }, { header: 'Ditinjau pada' },
      ],
      rows: report.regions.slice(1).flatMap((r) => r.overlaps.map((o) => [
        o.region, region(o.region), PAIR_BASIS_LABELS[o.basis], o.locations.join('; '),
        o.provinceProposal.subKegiatan, o.provinceProposal.subKegiatanName, o.provinceProposal.opd, STATUS_LABELS[o.provinceProposal.status], o.provinceProposal.paguIndikatif,
        o.kabKotaProposal.subKegiatan, o.kabKotaProposal.subKegiatanName, o.kabKotaProposal.opd, STATUS_LABELS[o.kabKotaProposal.status], o.kabKotaProposal.paguIndikatif,
        o.provinceProposal.id, o.kabKotaProposal.id,
        reviewLabel(o), o.review?.note ?? null, o.review?.reviewedBy ?? null, o.review?.reviewedAt ?? null,
      ])),
    },
    {
      name: 'Kode tidak valid',
      columns: [
        { header: 'Kode wilayah' }, { header: 'Wilayah', width: 32 }, { header: 'ID usulan', width: 38 }, { header: 'Sub kegiatan' }, { header: 'Masalah', width: 30 },
        { header: 'Kode pengganti' }, { header: 'Status' }, { header: 'Pagu (Rp)', type: 'rupiah', width: 20 },
      ],
      rows: report.regions.flatMap((r) => r.invalidCodes.map((c) => [r.region, r.name, c.proposalId, c.subKegiatan, PROBLEM_LABELS[c.problem], c.successor, STATUS_LABELS[c.status], c.paguIndikatif])),
    },
    {
      name: 'SPBE terlemah',
      columns: [{ header: 'Kode wilayah' }, { header: 'Wilayah', width: 32 }, { header: 'No. indikator', type: 'number' }, { header: 'Indikator', width: 50 }, { header: 'Tingkat', type: 'number' }, { header: 'Bobot (%)', type: 'decimal' }, { header: 'Ditangani usulan' }],
      rows: report.regions.flatMap((r) => (r.spbe?.weakest ?? []).map((w) => [r.region, r.name, w.no, w.name, w.level, w.weight, w.addressed ? 'Ya' : 'Tidak'])),
    },
  ];
}
