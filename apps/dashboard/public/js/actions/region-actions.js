import { escapeHtml, index } from '../format.js';
import { showDone, showProblem } from './form-errors.js';
import { renderOverlapReviews } from './overlap-review-form.js';

// The coordinator's actions on one kab/kota, inside its drill-down: its SPBE target for the
// year, the signing keys it requested (approve or revoke), and its latest refused events.
const KEYS = '/v1/actions/proposals/v1/inbound/keys';
const STATUS = { requested: 'Menunggu persetujuan', approved: 'Disetujui', revoked: 'Dicabut' };

const who = (party) => (party ? `${escapeHtml(party.sub)} <small class="muted">(${escapeHtml(party.region ?? '–')})</small>` : '–');

function keysTable(keys) {
  if (keys.length === 0) return '<p class="muted">Wilayah ini belum meminta kunci penandatanganan.</p>';
  const rows = keys.map((k) => `<tr data-key="${escapeHtml(k.keyId)}">
    <td><code>${escapeHtml(k.keyId)}</code><br>${escapeHtml(k.label)}</td>
    <td>${STATUS[k.status] ?? k.status}</td>
    <td>${who(k.requestedBy)}</td>
    <td>${who(k.approvedBy)}</td>
    <td class="buttons">${k.status === 'requested' ? '<button type="button" class="ghost" data-approve>Setujui</button>' : ''}${k.status !== 'revoked' ? '<button type="button" class="ghost danger" data-revoke>Cabut</button>' : ''}</td>
  </tr>`);
  return `<div class="table-wrap" tabindex="0" role="region" aria-label="Kunci penandatanganan"><table class="proposals"><thead><tr><th scope="col">Kunci</th><th scope="col">Status</th><th scope="col">Diminta oleh</th><th scope="col">Disetujui oleh</th><th scope="col">Tindakan</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

function refusalsList(items) {
  if (items.length === 0) return '<p class="muted">Tidak ada kiriman yang ditolak.</p>';
  return `<ul class="refusals">${items.map((r) => `<li><code>${escapeHtml(r.code)}</code> ${escapeHtml(r.reason)} <small class="muted">${new Date(r.receivedAt).toLocaleString('id-ID')} · ${escapeHtml(r.externalId ?? r.eventId ?? '')}</small></li>`).join('')}</ul>`;
}

export async function renderRegionActions(el, api, region, year) {
  const targetPath = `/v1/actions/spbe/v1/spbe/targets/${region.region}/${year}`;
  const current = region.spbe?.target;
  el.innerHTML = `<section class="panel region-actions" aria-labelledby="region-actions-title">
    <h3 id="region-actions-title">Tindakan koordinator untuk ${escapeHtml(region.name)}</h3>
    <form id="target-form" class="action-form" novalidate>
      <div class="fields">
        <label>Target indeks SPBE ${year}<input name="target" type="number" inputmode="decimal" min="1" max="5" step="0.01" value="${current ?? ''}" required></label>
      </div>
      <button type="submit" class="primary">Simpan target</button>
      <p class="form-message" role="status">${current != null ? `Target saat ini ${index(current)}.` : 'Belum ada target.'}</p>
    </form>
    <h4>Tinjau tumpang tindih</h4>
    <div id="overlap-reviews"></div>
    <h4>Kunci penandatanganan sistem daerah</h4>
    <form id="keys-form" class="action-form" novalidate><div id="keys-list">Memuat…</div><p class="form-message" role="status"></p></form>
    <h4>Kiriman yang ditolak</h4>
    <button type="button" class="ghost" id="show-refusals">Tampilkan penolakan terakhir</button>
    <div id="refusals"></div>
  </section>`;

  // Held here, not looked up later: the dialog may close (and these leave the page) while a request runs.
  const keysForm = el.querySelector('#keys-form');
  const keysList = el.querySelector('#keys-list');
  const loadKeys = async () => {
    try {
      keysList.innerHTML = keysTable(await api.get(`${KEYS}?region=${region.region}`));
    } catch (error) {
      keysList.replaceChildren();
      showProblem(keysForm, error);
    }
  };

  el.querySelector('#target-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const form = event.target;
    try {
      const raw = new FormData(form).get('target').toString().replace(',', '.');
      await api.send('PUT', targetPath, { target: raw === '' ? null : Number(raw) });
      showDone(form, 'Target tersimpan. Tabel diperbarui begitu perubahan tiba.');
    } catch (error) {
      showProblem(form, error);
    }
  });
  keysForm.addEventListener('submit', (event) => event.preventDefault());
  keysForm.addEventListener('click', async (event) => {
    const button = event.target.closest('[data-approve], [data-revoke]');
    if (!button) return;
    const keyId = button.closest('[data-key]').dataset.key;
    try {
      if (button.hasAttribute('data-approve')) await api.send('POST', `${KEYS}/${encodeURIComponent(keyId)}/approve`, {});
      else await api.send('DELETE', `${KEYS}/${encodeURIComponent(keyId)}`);
      await loadKeys();
      showDone(keysForm, button.hasAttribute('data-approve') ? `Kunci ${keyId} disetujui.` : `Kunci ${keyId} dicabut.`);
    } catch (error) {
      showProblem(keysForm, error);
    }
  });
  el.querySelector('#show-refusals').addEventListener('click', async () => {
    const target = el.querySelector('#refusals');
    try {
      target.innerHTML = refusalsList(await api.get(`/v1/actions/proposals/v1/inbound/rejections?region=${region.region}&limit=20`));
    } catch (error) {
      target.innerHTML = `<p class="error-text">${escapeHtml(error.message)}</p>`;
    }
  });
  renderOverlapReviews(el.querySelector('#overlap-reviews'), api, region);
  await loadKeys();
}
