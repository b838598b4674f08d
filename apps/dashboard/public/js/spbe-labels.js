// What the SPBE parts of the page are called follows the framework in force for the year:
// "Indeks SPBE" (PermenPANRB 59/2020) up to 2025, "Indeks Pemdi" (PermenPANRB 8/2026) from 2026,
// each with its own predikat. The two are different series, so the page says where one ends.
import { escapeHtml, index } from './format.js';

const FIRST_FRAMEWORK = 'permenpanrb-59-2020';

/** `Indeks Pemdi`, `Indeks SPBE` (the latter when the report names no framework: older servers). */
export function indexName(framework) {
  return framework?.name ?? 'Indeks SPBE';
}

/** `Pemdi`, `SPBE`: for "Indikator Pemdi terlemah", "Predikat SPBE". */
export function shortIndexName(framework) {
  return indexName(framework).replace(/^Indeks /, '');
}

/** Said beside a framework whose figures await a check against the regulation text. */
export function provisionalText(framework) {
  return framework?.provisional ? 'bobot dan predikat sementara, menunggu naskah resmi' : '';
}

/** The break between two series: null for the first framework, else what replaced what and from when. */
export function seriesBreakText(framework) {
  if (!framework || framework.id === FIRST_FRAMEWORK) return null;
  return `Sejak ${framework.effectiveYear}: ${framework.name} (PermenPANRB ${framework.version}) menggantikan Indeks SPBE (PermenPANRB 59/2020). Nilai dan predikatnya tidak disambung dengan tahun sebelumnya.`;
}

/** The note under a region's index: self-assessment, target, or a target set on another framework. */
export function spbeNotes(spbe) {
  const notes = [];
  if (spbe?.kind === 'self') notes.push('penilaian mandiri');
  if (spbe?.target != null) notes.push(`target ${index(spbe.target)}`);
  if (spbe?.needsTargetUnder) notes.push(`perlu target ${spbe.needsTargetUnder.name}`);
  return notes;
}

/**
 * A region's history as separate series, one per framework, oldest first, with the break
 * labelled: `history` is `GET /v1/reports/spbe/history?region=`.
 */
export function historyHtml(history) {
  if (!history?.series?.length) return '<p class="muted">Belum ada penilaian.</p>';
  return history.series
    .map((s, i) => {
      const rows = s.points.map((p) => `<li>${p.year}: <b>${index(p.index)}</b> ${escapeHtml(p.predikat)}${p.kind === 'self' ? ' <small class="muted">(mandiri)</small>' : ''}</li>`).join('');
      const brk = i > 0 ? `<p class="series-break" data-series-break>${escapeHtml(seriesBreakText(s.framework) ?? `Kerangka berganti: ${s.framework.name}`)}</p>` : '';
      const provisional = provisionalText(s.framework);
      return `${brk}<h4 data-series="${escapeHtml(s.framework.id)}">${escapeHtml(indexName(s.framework))}${provisional ? ` <small class="muted">(${provisional})</small>` : ''}</h4><ul>${rows}</ul>`;
    })
    .join('');
}

/** Names the SPBE column, the ranking panel and its note after the year's framework. */
export function applySpbeLabels(doc, report, ranking) {
  const framework = report?.spbeFramework ?? ranking?.framework ?? null;
  const name = indexName(framework);
  const set = (id, text) => {
    const el = doc.getElementById(id);
    if (el) el.textContent = text;
  };
  set('spbe-col', name);
  set('spbe-chart-title', `Peringkat ${name.replace(/^Indeks/, 'indeks')} dan target`);
  const note = doc.getElementById('spbe-note');
  if (note) {
    const text = [seriesBreakText(framework), provisionalText(framework) ? `Catatan: ${provisionalText(framework)}.` : null].filter(Boolean).join(' ');
    note.textContent = text;
    note.hidden = text === '';
  }
}
