import {
  count, escapeHtml, index, KIND_LABELS, percent, PROBLEM_LABELS, rupiah, rupiahShort, shortName, STAGE_LABELS, STATUS_LABELS,
} from './format.js';
import { hideDialog, showDialog, shownRegion } from './region-dialog.js';

// The drill-down into one region: its issues and its usulan, in a modal drawer over the page.
const LIMIT = 1000;

function list(items, empty) {
  return items.length ? `<ul>${items.join('')}</ul>` : `<p class="muted">${empty}</p>`;
}

function issues(r) {
  const gaps = r.gaps.map((g) => `<li><code>${g.code}</code> ${escapeHtml(g.title)}</li>`);
  const overlaps = r.overlaps.map((o) => `<li>Kegiatan <code>${o.kegiatanKey}</code> di ${o.locations.map((l) => `<code>${l}</code>`).join(', ')}:
    provinsi <code>${o.provinceProposal.subKegiatan}</code> (${rupiahShort(o.provinceProposal.paguIndikatif)}) dan ${o.region === r.region ? 'wilayah ini' : escapeHtml(o.region)} <code>${o.kabKotaProposal.subKegiatan}</code> (${rupiahShort(o.kabKotaProposal.paguIndikatif)})</li>`);
  const invalid = r.invalidCodes.map((c) => `<li><code>${c.subKegiatan}</code> ${PROBLEM_LABELS[c.problem]}${c.successor ? ` → ganti dengan <code>${c.successor}</code>` : ''}</li>`);
  const weak = (r.spbe?.weakest ?? []).map((w) => `<li>No. ${w.no} ${escapeHtml(w.name)} (tingkat ${w.level}) — ${w.addressed ? '<span class="ok">ditangani usulan</span>' : '<span class="no">belum ditangani</span>'}</li>`);
  return `<div class="issues">
    <section class="panel"><h3>Kesenjangan prioritas</h3>${list(gaps, 'Semua prioritas provinsi didukung.')}</section>
    <section class="panel"><h3>Tumpang tindih dengan provinsi</h3>${list(overlaps, 'Tidak ada.')}</section>
    <section class="panel"><h3>Kode tidak valid</h3>${list(invalid, 'Semua kode sesuai nomenklatur aktif.')}</section>
    <section class="panel"><h3>Indikator SPBE terlemah</h3>${list(weak, 'Belum ada penilaian SPBE.')}</section>
  </div>`;
}

function cards(r) {
  const spbe = r.spbe?.index != null ? `${index(r.spbe.index)} <small>${escapeHtml(r.spbe.predikat)}</small>` : '–';
  return `<div class="cards">
    <div class="card"><div class="k">Usulan</div><div class="v">${count(r.proposals.total)}</div><div class="s">${count(r.proposals.byStatus.agreed)} disepakati</div></div>
    <div class="card"><div class="k">Pagu aktif</div><div class="v">${rupiahShort(r.pagu.total)}</div><div class="s">${rupiah(r.pagu.total)}</div></div>
    <div class="card"><div class="k">Keselarasan</div><div class="v">${percent(r.alignment.percent)}</div><div class="s">${r.alignment.supported} dari ${r.alignment.priorities} prioritas</div></div>
    <div class="card"><div class="k">Indeks SPBE</div><div class="v">${spbe}</div><div class="s">${r.spbe?.target != null ? `target ${index(r.spbe.target)}` : 'tanpa target'}</div></div>
  </div>`;
}

function proposalsTable(items, names, invalidIds, flashIds) {
  if (items.length === 0) return '<p class="muted">Belum ada usulan untuk filter ini.</p>';
  const rows = items
    .map((p) => `<tr data-id="${p.id}" class="${flashIds.has(p.id) ? 'flash' : ''}">
      <td><span class="status ${p.status}">${STATUS_LABELS[p.status]}</span></td>
      <td><code>${p.subKegiatan}</code>${invalidIds.has(p.id) ? '<span class="tag">tidak valid</span>' : ''}<br>${escapeHtml(names[p.subKegiatan] ?? '')}</td>
      <td>${escapeHtml(p.opd.name)}</td>
      <td>${STAGE_LABELS[p.stage]}</td>
      <td class="num">${rupiah(p.paguIndikatif)}</td>
      <td class="num">${p.revision}</td>
    </tr>`)
    .join('');
  return `<div class="table-wrap" tabindex="0" role="region" aria-label="Daftar usulan"><table class="proposals"><thead><tr><th scope="col">Status</th><th scope="col">Sub kegiatan</th><th scope="col">OPD</th><th scope="col">Tahap</th><th scope="col" class="num">Pagu indikatif</th><th scope="col" class="num">Revisi</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

/** Opens (or refreshes) the drawer for a region; `flashIds` marks usulan that just changed. */
export async function showRegion({ api, report, region, year, stage, flashIds = new Set() }) {
  const r = report.regions.find((x) => x.region === region);
  if (!r) return;
  const params = new URLSearchParams({ region, exact: 'true', year: String(year), limit: String(LIMIT) });
  if (stage) params.set('stage', stage);
  const { items, total, names } = await api.get(`/v1/reports/proposals?${params}`);
  const invalidIds = new Set(r.invalidCodes.map((c) => c.proposalId));
  document.getElementById('drawer-title').textContent = r.name;
  document.getElementById('drawer-subtitle').textContent = `${r.region} · ${KIND_LABELS[r.kind]} · RKPD ${year}${stage ? ` · ${STAGE_LABELS[stage]}` : ''}`;
  const more = total > LIMIT ? `<p class="notice">Menampilkan ${count(LIMIT)} usulan terbaru dari ${count(total)}; unduh CSV untuk semuanya.</p>` : '';
  const bidang = r.pagu.byBidang.map((b) => `${escapeHtml(shortName(b.name, b.code))} ${rupiahShort(b.pagu)}`).join(' · ');
  document.getElementById('drawer-content').innerHTML = `${cards(r)}${issues(r)}
    <section class="panel"><header class="panel-head"><h3>Usulan (${count(total)})</h3><p class="muted">${bidang || ''}</p></header>${more}${proposalsTable(items, names, invalidIds, flashIds)}</section>`;
  showDialog(region);
}

export function openRegion() {
  return shownRegion();
}

export function closeRegion() {
  hideDialog();
}
