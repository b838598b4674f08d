import { count, percent, rupiah, rupiahShort } from './format.js';
import { overlapSubtitle } from './overlaps.js';

function card(label, value, sub, tone = '', title = '') {
  return `<div class="card ${tone}" title="${title}"><div class="k">${label}</div><div class="v">${value}</div><div class="s">${sub}</div></div>`;
}

/** The province-wide figures above the table. */
export function renderCards(el, report) {
  const t = report.totals;
  const active = t.proposals.total - t.proposals.byStatus.withdrawn - t.proposals.byStatus.rejected;
  const kabKota = report.regions.length - 1;
  const withData = report.regions.slice(1).filter((r) => r.proposals.total > 0).length;
  el.innerHTML = [
    card('Usulan', count(t.proposals.total), `${count(active)} aktif · ${count(t.proposals.byStatus.agreed)} disepakati`),
    card('Pagu usulan aktif', rupiahShort(t.pagu.total), `${t.pagu.byBidang.length} bidang urusan`, '', rupiah(t.pagu.total)),
    card('Keselarasan rata-rata', percent(t.alignmentPercent), `${report.priorities.length} prioritas provinsi`, t.alignmentPercent !== null && t.alignmentPercent < 50 ? 'warn' : ''),
    card('Kab/kota berdata', `${withData}/${kabKota}`, 'mengirim usulan tahun ini', withData < kabKota ? 'warn' : ''),
    card('Tumpang tindih', count(t.overlaps), overlapSubtitle(t), (t.overlapsOpen ?? t.overlaps) > 0 ? 'warn' : ''),
    card('Kode tidak valid', count(t.invalidCodes), 'sudah dicabut, tak dikenal, atau salah tingkat', t.invalidCodes > 0 ? 'bad' : ''),
  ].join('');
}

export function renderPriorities(el, report) {
  const kabKota = report.regions.length - 1;
  if (report.priorities.length === 0) {
    el.innerHTML = '<li class="muted">Provinsi belum menetapkan prioritas untuk tahun ini.</li>';
    return;
  }
  el.innerHTML = report.priorities
    .map((p) => {
      const share = kabKota ? (p.supportedBy.length / kabKota) * 100 : 0;
      return `<li><span class="t">${escape(p.title)}</span><span class="n">${p.supportedBy.length}/${kabKota}</span>
        <span class="c">${p.kind === 'program' ? 'Program' : 'Kegiatan'} <code>${p.code}</code> · didukung kab/kota</span>
        <span class="meter"><span style="width:${share}%"></span></span></li>`;
    })
    .join('');
}

function escape(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}
