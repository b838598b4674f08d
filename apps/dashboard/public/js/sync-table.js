import {
  alignmentColor, count, escapeHtml, index, KIND_LABELS, percent, predikatClass, rupiah, rupiahShort, STAGE_LABELS, STAGES, STATUS_LABELS, STATUSES,
} from './format.js';
import { overlapTitle } from './overlaps.js';
import { indexName, spbeNotes } from './spbe-labels.js';

// Rows are keyed by region code and only rewritten when their content changed, so a live update
// touches the one row it concerns (and can flash it) instead of rebuilding the table.
const rendered = new Map();

function statusBar(proposals) {
  if (proposals.total === 0) return '<span class="muted">belum ada</span>';
  const parts = STATUSES.filter((s) => proposals.byStatus[s] > 0)
    .map((s) => `<span class="st-${s}" style="width:${(proposals.byStatus[s] / proposals.total) * 100}%"></span>`)
    .join('');
  const title = STATUSES.filter((s) => proposals.byStatus[s] > 0).map((s) => `${STATUS_LABELS[s]} ${proposals.byStatus[s]}`).join(' · ');
  return `<div class="statusbar" role="img" aria-label="${escapeHtml(title)}" title="${escapeHtml(title)}">${parts}</div>`;
}

function stages(reached) {
  const at = reached ? STAGES.indexOf(reached) : -1;
  const pills = STAGES.map((s, i) => `<i class="${i <= at ? 'on' : ''}" title="${STAGE_LABELS[s]}"></i>`).join('');
  return `<div class="stages"><span class="pills" aria-hidden="true">${pills}</span><em>${reached ? STAGE_LABELS[reached] : '–'}</em></div>`;
}

function countCell(n, level, title) {
  const cls = n === 0 ? 'zero' : level;
  return `<span class="count ${cls}" title="${escapeHtml(title)}">${count(n)}</span>`;
}

function spbeCell(spbe) {
  const notes = spbeNotes(spbe);
  const note = notes.length ? `<small class="muted">${notes.join(' · ')}</small>` : '';
  if (!spbe || spbe.index === null) return `<div class="spbe"><span class="badge p-none">belum dinilai</span>${note}</div>`;
  return `<div class="spbe"><b>${index(spbe.index)}</b><span class="badge ${predikatClass(spbe.predikat)}">${escapeHtml(spbe.predikat)}</span>${note}</div>`;
}

/** One region's row; `framework` is the report year's (the column is named after it even where a region has no assessment yet). */
export function rowHtml(r, framework = r.spbe?.framework) {
  // A region that sent nothing yet is shown apart from one whose usulan miss the priorities.
  const heat = r.proposals.total === 0 ? alignmentColor(null) : alignmentColor(r.alignment.percent);
  const gapTitle = r.gaps.map((g) => `${g.code} ${g.title}`).join('\n') || 'Semua prioritas didukung';
  const invalidTitle = r.invalidCodes.map((c) => `${c.subKegiatan}${c.successor ? ` → ${c.successor}` : ''}`).join('\n') || 'Tidak ada';
  // The region's name is a real button (Enter/Space open the drill-down); data-label names each
  // figure where the narrow layout shows a row as a card (responsive.css).
  return `
    <th scope="row" data-label="Wilayah"><button type="button" class="region-open" data-open-region="${r.region}"><span class="region-name">${escapeHtml(r.name)}<small>${r.region} · ${KIND_LABELS[r.kind]}</small></span></button></th>
    <td class="num" data-label="Usulan" data-cell="total">${count(r.proposals.total)}</td>
    <td data-label="Status">${statusBar(r.proposals)}</td>
    <td data-label="Tahap tercapai">${stages(r.proposals.stageReached)}</td>
    <td class="num" data-label="Pagu aktif" title="${rupiah(r.pagu.total)}">${rupiahShort(r.pagu.total)}</td>
    <td class="num" data-label="Keselarasan"><span class="heat" style="background:${heat.background};color:${heat.color}" title="${r.alignment.supported} dari ${r.alignment.priorities} prioritas">${percent(r.alignment.percent)}</span></td>
    <td class="num" data-label="Kesenjangan">${countCell(r.gaps.length, 'warn', gapTitle)}</td>
    <td class="num" data-label="Tumpang tindih">${countCell(r.overlaps.length, 'warn', overlapTitle(r))}</td>
    <td class="num" data-label="Kode tidak valid">${countCell(r.invalidCodes.length, 'bad', invalidTitle)}</td>
    <td data-label="${escapeHtml(indexName(r.spbe?.framework ?? framework))}">${spbeCell(r.spbe)}</td>`;
}

function flash(tr) {
  tr.classList.remove('flash');
  void tr.offsetWidth; // restart the animation when the same row changes again
  tr.classList.add('flash');
}

export function renderSyncTable(tbody, report, { selected, changed }) {
  const wanted = new Set(report.regions.map((r) => r.region));
  for (const [region, entry] of rendered) {
    if (!wanted.has(region) || entry.tr.parentElement !== tbody) {
      entry.tr.remove();
      rendered.delete(region);
    }
  }
  let previous = null;
  for (const r of report.regions) {
    let entry = rendered.get(r.region);
    const html = rowHtml(r, report.spbeFramework);
    if (!entry) {
      const tr = document.createElement('tr');
      tr.dataset.region = r.region;
      if (r.kind === 'provinsi') tr.classList.add('province');
      entry = { tr, html: '' };
      rendered.set(r.region, entry);
    }
    if (entry.html !== html) {
      const isUpdate = entry.html !== '';
      entry.tr.innerHTML = html;
      entry.html = html;
      if (isUpdate || changed.has(r.region)) flash(entry.tr);
    } else if (changed.has(r.region)) {
      flash(entry.tr);
    }
    entry.tr.classList.toggle('selected', r.region === selected);
    entry.tr.classList.toggle('no-data', r.proposals.total === 0);
    const expectedPosition = previous ? previous.nextSibling : tbody.firstChild;
    if (expectedPosition !== entry.tr) tbody.insertBefore(entry.tr, expectedPosition);
    previous = entry.tr;
  }
}

export function resetSyncTable(tbody) {
  rendered.clear();
  tbody.replaceChildren();
}

export function statusLegend(el) {
  el.innerHTML = STATUSES.map((s) => `<span><i class="st-${s}"></i>${STATUS_LABELS[s]}</span>`).join('');
}
