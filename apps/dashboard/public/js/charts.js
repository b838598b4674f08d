import { escapeHtml, index, rupiahShort, shortName } from './format.js';
import { indexName, shortIndexName } from './spbe-labels.js';

// Bar charts drawn as SVG by hand: a few dozen bars at most, so no chart library is needed.
const WIDTH = 360;
const LABEL = 146;
const ROW = 26;

function svg(height, body) {
  return `<svg viewBox="0 0 ${WIDTH} ${height}" role="img" xmlns="http://www.w3.org/2000/svg">${body}</svg>`;
}

function clip(text, max) {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Pagu by bidang, largest first; beyond eight bidang the rest is one "Lainnya" bar. */
export function renderBidangChart(el, lines) {
  if (lines.length === 0) {
    el.innerHTML = svg(40, '<text class="empty" x="0" y="24">Belum ada usulan aktif.</text>');
    return;
  }
  const top = lines.slice(0, 8);
  const rest = lines.slice(8);
  if (rest.length > 0) top.push({ code: '', name: `Lainnya (${rest.length} bidang)`, pagu: rest.reduce((s, l) => s + l.pagu, 0), count: rest.reduce((s, l) => s + l.count, 0) });
  const max = Math.max(...top.map((l) => l.pagu), 1);
  const barWidth = WIDTH - LABEL - 74;
  const body = top
    .map((l, i) => {
      const y = i * ROW;
      const w = Math.max(2, (l.pagu / max) * barWidth);
      const label = l.code ? shortName(l.name, l.code) : l.name;
      return `<g><title>${escapeHtml(`${l.code} ${l.name ?? ''}`.trim())}: ${rupiahShort(l.pagu)} (${l.count} usulan)</title>
        <text x="0" y="${y + 16}">${escapeHtml(clip(label, 24))}</text>
        <rect class="track" x="${LABEL}" y="${y + 5}" width="${barWidth}" height="14" rx="4"/>
        <rect class="bar${i % 2 ? ' alt' : ''}" x="${LABEL}" y="${y + 5}" width="${w}" height="14" rx="4"/>
        <text class="value" x="${LABEL + barWidth + 6}" y="${y + 16}">${rupiahShort(l.pagu)}</text></g>`;
    })
    .join('');
  el.innerHTML = svg(top.length * ROW + 4, body);
}

const PREDIKAT_COLORS = { Memuaskan: '#15803d', 'Sangat Baik': '#059669', Baik: '#0284c7', Cukup: '#d97706', Kurang: '#dc2626' };

/** SPBE index on the 0–5 scale with each region's target as a tick; unassessed regions are counted below. */
export function renderSpbeChart(el, ranking) {
  const rated = ranking.items.filter((i) => i.index !== null);
  const unrated = ranking.items.length - rated.length;
  const name = indexName(ranking.framework);
  const note = unrated > 0 ? `<p class="chart-note">${unrated} wilayah belum memiliki ${escapeHtml(name.replace(/^Indeks/, 'indeks'))}.</p>` : '';
  if (rated.length === 0) {
    el.innerHTML = svg(40, `<text class="empty" x="0" y="24">Belum ada penilaian ${escapeHtml(shortIndexName(ranking.framework))}.</text>`) + note;
    return;
  }
  const barWidth = WIDTH - LABEL - 46;
  const x = (value) => LABEL + (value / 5) * barWidth;
  const body = rated
    .map((item, i) => {
      const y = i * ROW;
      const color = PREDIKAT_COLORS[item.predikat] ?? '#0f766e';
      const target = item.target !== null ? `<line class="target" x1="${x(item.target)}" x2="${x(item.target)}" y1="${y + 2}" y2="${y + 22}"><title>Target ${index(item.target)}</title></line>` : '';
      const name = item.name.replace(/^Kabupaten /, 'Kab. ');
      return `<g><title>${escapeHtml(item.name)}: ${index(item.index)} ${escapeHtml(item.predikat)}${item.target !== null ? `, target ${index(item.target)}` : ''}</title>
        <text x="0" y="${y + 16}">${item.rank}. ${escapeHtml(clip(name, 19))}</text>
        <rect class="track" x="${LABEL}" y="${y + 5}" width="${barWidth}" height="14" rx="4"/>
        <rect x="${LABEL}" y="${y + 5}" width="${x(item.index) - LABEL}" height="14" rx="4" fill="${color}"/>
        ${target}
        <text class="value" x="${LABEL + barWidth + 6}" y="${y + 16}">${index(item.index)}</text></g>`;
    })
    .join('');
  const legend = `<text x="${LABEL}" y="${rated.length * ROW + 16}" class="empty">▍ garis hitam = target</text>`;
  el.innerHTML = svg(rated.length * ROW + 24, body + legend) + note;
}
