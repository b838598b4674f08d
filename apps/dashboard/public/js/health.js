// Integration health per kab/kota (issue 28): when each region's systems last sent, per channel,
// how much of it was refused in 24 hours, its signing keys, and a plain verdict. A row opens the
// latest refusals with their reasons. Data: the sync report's `integration` part; the refusals
// from /v1/reports/regions/:region/refusals.
import { clock, escapeHtml } from './format.js';

const CHANNELS = [['kafka', 'Kafka'], ['http', 'HTTP'], ['operator', 'Operator']];
const VERDICT_CLASS = { aktif: 'ok', sepi: 'warn', 'banyak ditolak': 'bad', 'belum ada data': 'muted' };

function when(iso) {
  if (!iso) return '<span class="muted">—</span>';
  const date = new Date(iso);
  const sameDay = date.toDateString() === new Date().toDateString();
  const text = sameDay ? clock(date) : date.toLocaleDateString('id-ID', { day: 'numeric', month: 'short' });
  return `<time datetime="${escapeHtml(iso)}" title="${escapeHtml(date.toLocaleString('id-ID'))}">${escapeHtml(text)}</time>`;
}

function row(r) {
  const codes = r.topRefusalCodes.map((c) => `${escapeHtml(c.code)} (${c.count})`).join(', ') || '<span class="muted">—</span>';
  const keys = `${r.keys.active} aktif${r.keys.pending ? `, ${r.keys.pending} menunggu` : ''}${r.keys.revoked ? `, ${r.keys.revoked} dicabut` : ''}`;
  return `<tr data-health-row="${escapeHtml(r.region)}">
    <th scope="row"><button type="button" class="link" data-health-region="${escapeHtml(r.region)}" aria-expanded="false">${escapeHtml(r.name)}</button></th>
    <td data-label="Penilaian"><span class="verdict verdict-${VERDICT_CLASS[r.verdict] ?? 'muted'}" data-verdict="${escapeHtml(r.verdict)}">${escapeHtml(r.verdict)}</span></td>
    ${CHANNELS.map(([c, label]) => `<td data-label="Terakhir via ${label}">${when(r.lastReceived[c])}</td>`).join('')}
    <td class="num" data-label="Event 24 jam">${r.events24h}</td>
    <td class="num" data-label="Ditolak 24 jam">${r.refusals24h}</td>
    <td data-label="Kode penolakan teratas">${codes}</td>
    <td data-label="Kunci">${keys}</td>
  </tr>`;
}

/** Renders the table; keeps the open region's refusals open across live refreshes. */
export function renderHealth(container, report, api) {
  const health = report.integration;
  if (!health) {
    container.hidden = true;
    return;
  }
  container.hidden = false;
  const open = container.dataset.open ?? '';
  const body = container.querySelector('tbody');
  body.innerHTML = health.regions.map(row).join('');
  if (!container.dataset.wired) {
    container.dataset.wired = 'true';
    body.addEventListener('click', (event) => {
      const button = event.target.closest('[data-health-region]');
      if (!button) return;
      const region = button.dataset.healthRegion;
      const closing = container.dataset.open === region;
      container.dataset.open = closing ? '' : region;
      void showRefusals(container, closing ? null : region, api, health);
    });
  }
  if (open) void showRefusals(container, open, api, health);
}

async function showRefusals(container, region, api, health) {
  const detail = container.querySelector('.health-detail');
  for (const b of container.querySelectorAll('[data-health-region]')) b.setAttribute('aria-expanded', String(b.dataset.healthRegion === region));
  if (!region) {
    detail.hidden = true;
    return;
  }
  const name = health.regions.find((r) => r.region === region)?.name ?? region;
  detail.hidden = false;
  detail.innerHTML = `<h4>Penolakan terakhir · ${escapeHtml(name)}</h4><p class="muted">Memuat…</p>`;
  try {
    const refusals = await api.get(`/v1/reports/regions/${encodeURIComponent(region)}/refusals?limit=20`);
    detail.innerHTML = `<h4>Penolakan terakhir · ${escapeHtml(name)}</h4>` + (refusals.length === 0
      ? '<p class="muted">Tidak ada event yang ditolak.</p>'
      : `<ol class="refusals">${refusals.map((r) => `<li data-code="${escapeHtml(r.code)}">
          <strong>${escapeHtml(r.code)}</strong> · ${when(r.refusedAt)} · ${escapeHtml(r.channel)}${r.externalId ? ` · <code>${escapeHtml(r.externalId)}</code>` : ''}
          <p class="reason">${escapeHtml(r.reason)}</p></li>`).join('')}</ol>`);
  } catch (error) {
    detail.innerHTML = `<h4>Penolakan terakhir · ${escapeHtml(name)}</h4><p class="muted">Gagal memuat: ${escapeHtml(error.message)}</p>`;
  }
}
