import { escapeHtml, index, rupiahShort, shortName } from './format.js';

// Bar charts as HTML tables: a few dozen bars at most, so no chart library is needed. Being a
// table, each chart is its own text alternative (label, value and target are text a screen
// reader reads and a printer prints), and labels wrap instead of being clipped at any width.

function chartTable(caption, head, rows) {
  return `<table class="bar-chart"><caption class="visually-hidden">${escapeHtml(caption)}</caption>
    <thead class="visually-hidden"><tr>${head.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead>
    <tbody>${rows.join('')}</tbody></table>`;
}

function bar(share, { color = '', alt = false, target = null } = {}) {
  const fill = `<span class="fill${alt ? ' alt' : ''}" style="width:${Math.max(1, share * 100).toFixed(1)}%${color ? `;background:${color}` : ''}"></span>`;
  const tick = target === null ? '' : `<span class="target" style="left:${(target * 100).toFixed(1)}%"></span>`;
  return `<span class="track" aria-hidden="true">${fill}${tick}</span>`;
}

/** Pagu by bidang, largest first; beyond eight bidang the rest is one "Lainnya" bar. */
export function renderBidangChart(el, lines) {
  if (lines.length === 0) {
    el.innerHTML = '<p class="chart-note">Belum ada usulan aktif.</p>';
    return;
  }
  const top = lines.slice(0, 8);
  const rest = lines.slice(8);
  if (rest.length > 0) top.push({ code: '', name: `Lainnya (${rest.length} bidang)`, pagu: rest.reduce((s, l) => s + l.pagu, 0), count: rest.reduce((s, l) => s + l.count, 0) });
  const max = Math.max(...top.map((l) => l.pagu), 1);
  const rows = top.map((l, i) => {
    const label = l.code ? shortName(l.name, l.code) : l.name;
    return `<tr title="${escapeHtml(`${l.code} ${l.name ?? ''}`.trim())}: ${l.count} usulan">
      <th scope="row">${escapeHtml(label)}</th>
      <td class="bar-cell">${bar(l.pagu / max, { alt: i % 2 === 1 })}</td>
      <td class="value">${rupiahShort(l.pagu)}<span class="visually-hidden"> (${l.count} usulan)</span></td></tr>`;
  });
  el.innerHTML = chartTable('Pagu usulan aktif per bidang urusan', ['Bidang urusan', 'Batang', 'Pagu'], rows);
}

const PREDIKAT_COLORS = { Memuaskan: '#15803d', 'Sangat Baik': '#047857', Baik: '#0369a1', Cukup: '#b45309', Kurang: '#b91c1c' };

/** SPBE index on the 0–5 scale with each region's target as a tick; unassessed regions are counted below. */
export function renderSpbeChart(el, ranking) {
  const rated = ranking.items.filter((i) => i.index !== null);
  const unrated = ranking.items.length - rated.length;
  const note = unrated > 0 ? `<p class="chart-note">${unrated} wilayah belum memiliki indeks SPBE.</p>` : '';
  if (rated.length === 0) {
    el.innerHTML = `<p class="chart-note">Belum ada penilaian SPBE.</p>${note}`;
    return;
  }
  const rows = rated.map((item) => {
    const name = item.name.replace(/^Kabupaten /, 'Kab. ');
    const target = item.target !== null ? ` <span class="muted">target ${index(item.target)}</span>` : '';
    return `<tr>
      <th scope="row">${item.rank}. ${escapeHtml(name)}</th>
      <td class="bar-cell">${bar(item.index / 5, { color: PREDIKAT_COLORS[item.predikat] ?? '#0f766e', target: item.target !== null ? item.target / 5 : null })}</td>
      <td class="value">${index(item.index)}<span class="visually-hidden"> ${escapeHtml(item.predikat)}</span>${target}</td></tr>`;
  });
  const legend = '<p class="chart-note"><span class="target-key" aria-hidden="true"></span> garis gelap = target</p>';
  el.innerHTML = chartTable('Peringkat indeks SPBE dan target', ['Wilayah', 'Batang', 'Indeks dan target'], rows) + legend + note;
}
