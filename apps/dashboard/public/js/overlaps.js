import { escapeHtml, rupiah, STATUS_LABELS } from './format.js';

// Overlaps (DESIGN §6, issue 26): the province and a kab/kota funding the same thing at the same
// place. Kept in a module of its own; the drill-down and the table call the two functions below.

export const BASIS_LABELS = {
  'same-name': 'nama sama',
  'similar-name': 'nama mirip',
  'same-indikator': 'indikator dan satuan sama',
  'same-kinerja': 'kinerja dan satuan sama',
};

export const VERDICT_LABELS = { sinergi: 'Sinergi', duplikasi: 'Duplikasi — kab/kota diminta merevisi', bukan_tumpang_tindih: 'Bukan tumpang tindih' };

function review(o) {
  if (!o.review) return '<div class="overlap-review open">Belum ditinjau koordinator</div>';
  const who = `${escapeHtml(o.review.reviewedBy)}, ${escapeHtml(new Date(o.review.reviewedAt).toLocaleString('id-ID'))}`;
  const note = o.review.note ? ` — “${escapeHtml(o.review.note)}”` : '';
  if (o.open) return `<div class="overlap-review open">Dibuka kembali (sebelumnya ${VERDICT_LABELS[o.review.verdict] ?? escapeHtml(o.review.verdict)}): ${escapeHtml(o.review.reopenReason ?? '')}</div>`;
  return `<div class="overlap-review ${escapeHtml(o.review.verdict)}"><b>${VERDICT_LABELS[o.review.verdict] ?? escapeHtml(o.review.verdict)}</b>${note} <span class="muted">(${who})</span></div>`;
}

function side(label, p) {
  return `<div class="overlap-side"><span class="muted">${label}</span>
    <div><code>${escapeHtml(p.subKegiatan)}</code> ${escapeHtml(p.subKegiatanName ?? '')}</div>
    <div>${escapeHtml(p.opd)} · <span class="status ${escapeHtml(p.status)}">${STATUS_LABELS[p.status] ?? escapeHtml(p.status)}</span> · ${rupiah(p.paguIndikatif)}</div></div>`;
}

/** One `<li>` per overlap of the region: both usulan with codes, names, OPD, status, pagu; the basis and the shared places. */
export function overlapItems(r) {
  return r.overlaps.map((o) => `<li class="overlap" data-overlap="${escapeHtml(o.id)}">
    <div>Di ${o.locations.map((l) => `<code>${escapeHtml(l)}</code>`).join(', ')} · dipasangkan karena ${BASIS_LABELS[o.basis] ?? escapeHtml(o.basis)}${o.region === r.region ? '' : ` · ${escapeHtml(o.region)}`}</div>
    ${side('Provinsi', o.provinceProposal)}
    ${side('Kab/kota', o.kabKotaProposal)}
    ${review(o)}
  </li>`);
}

/** Plain text for a title attribute: one line per overlap. */
export function overlapTitle(r) {
  return r.overlaps.map((o) => `${o.provinceProposal.subKegiatan} ↔ ${o.kabKotaProposal.subKegiatan} ${o.kabKotaProposal.subKegiatanName ?? ''} di ${o.locations.join(', ')}`).join('\n') || 'Tidak ada';
}

/** The summary card's line: open and reviewed overlaps counted apart. */
export function overlapSubtitle(t) {
  if (t.overlaps === 0) return 'provinsi & kab/kota di lokasi sama';
  return `${t.overlapsOpen ?? t.overlaps} terbuka · ${t.overlapsReviewed ?? 0} sudah ditinjau`;
}
