import { ProposalStateV1 } from '@selaras/contracts';
import { regionName } from '../regions/region-refs';
import { ExportTable } from './export-table';
import { STAGE_LABELS, STATUS_LABELS } from './labels';

/** An usulan list as one sheet; who changed it last is left out (personal data). */
export function proposalListTable(items: readonly ProposalStateV1[], names: Record<string, string>): ExportTable {
  return {
    name: 'Usulan',
    columns: [
      { header: 'ID usulan', width: 38 }, { header: 'Kode wilayah' }, { header: 'Wilayah', width: 28 }, { header: 'Tahun', type: 'number' }, { header: 'Tahap' },
      { header: 'Status' }, { header: 'Kode OPD', width: 24 }, { header: 'OPD', width: 36 }, { header: 'Sub kegiatan', width: 20 }, { header: 'Nama sub kegiatan', width: 50 },
      { header: 'Pagu indikatif (Rp)', type: 'rupiah', width: 20 }, { header: 'Target', type: 'decimal' }, { header: 'Satuan' }, { header: 'Lokasi', width: 24 },
      { header: 'Sumber' }, { header: 'Indikator SPBE/Pemdi (kerangka tahun usulan)', width: 24 }, { header: 'Revisi', type: 'number' }, { header: 'Diperbarui', width: 24 },
    ],
    rows: items.map((p) => [
      p.id, p.region, regionName(p.region) ?? null, p.year, STAGE_LABELS[p.stage], STATUS_LABELS[p.status], p.opd.code, p.opd.name, p.subKegiatan,
      names[p.subKegiatan] ?? null, p.paguIndikatif, p.target.value, p.target.satuan, p.locations.join('; '), p.source, (p.spbeIndicators ?? []).join('; '),
      p.revision, p.updatedAt,
    ]),
  };
}
