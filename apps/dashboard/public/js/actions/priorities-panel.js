import { escapeHtml } from '../format.js';
import { clearErrors, showDone, showProblem } from './form-errors.js';

// The province's priorities for the year: declare, change the title, withdraw. Writes go to
// proposals through reporting's forwarding layer; the table follows through the live stream.
const BASE = '/v1/actions/proposals/v1/priorities';

function declareForm() {
  return `<form id="priority-form" class="action-form" novalidate>
    <h4>Tetapkan prioritas baru</h4>
    <div class="fields">
      <label>Judul prioritas<input name="title" required maxlength="300" autocomplete="off"></label>
      <label>Kode program/kegiatan<input name="code" required placeholder="2.16.03" autocomplete="off" spellcheck="false"></label>
      <label>Pagu (Rp, boleh kosong)<input name="pagu" inputmode="numeric" autocomplete="off"></label>
    </div>
    <button type="submit" class="primary">Tetapkan prioritas</button>
    <p class="form-message" role="status"></p>
  </form>`;
}

function item(p) {
  const withdrawn = p.status === 'withdrawn';
  return `<li data-priority="${p.id}">
    <form class="action-form inline" id="priority-${p.id}" novalidate>
      <label>Judul <code>${escapeHtml(p.code)}</code>${withdrawn ? ' <span class="tag">ditarik</span>' : ''}<input name="title" value="${escapeHtml(p.title)}" maxlength="300" ${withdrawn ? 'disabled' : ''}></label>
      <div class="buttons">
        <button type="submit" class="ghost" ${withdrawn ? 'disabled' : ''}>Simpan</button>
        <button type="button" class="ghost danger" data-withdraw ${withdrawn ? 'disabled' : ''}>Tarik</button>
      </div>
      <p class="form-message" role="status"></p>
    </form>
  </li>`;
}

export function createPrioritiesPanel(el, api) {
  let current = { province: null, year: null, items: [] };

  async function refresh(province, year) {
    current = { province, year, items: await api.get(`${BASE}?province=${province}&year=${year}`) };
    el.innerHTML = `<div class="priority-admin"><div><h4>Prioritas provinsi ${year}</h4>${current.items.length ? `<ul class="priority-list">${current.items.map(item).join('')}</ul>` : '<p class="muted">Belum ada prioritas untuk tahun ini.</p>'}</div>${declareForm()}</div>`;
  }

  el.addEventListener('submit', async (event) => {
    event.preventDefault();
    const form = event.target;
    const data = Object.fromEntries(new FormData(form));
    try {
      if (form.id === 'priority-form') {
        const body = { province: current.province, year: current.year, title: data.title.trim(), code: data.code.trim() };
        if (data.pagu.trim()) body.pagu = Number(data.pagu.replace(/\D/g, ''));
        await api.send('POST', BASE, body);
      } else {
        const li = form.closest('[data-priority]');
        const p = current.items.find((x) => x.id === li.dataset.priority);
        await api.send('PATCH', `${BASE}/${p.id}`, { expectedRevision: p.revision, title: data.title.trim() });
      }
      showDone(form, 'Tersimpan. Tabel diperbarui begitu perubahan tiba.');
      await refresh(current.province, current.year);
    } catch (error) {
      showProblem(form, error);
    }
  });

  el.addEventListener('click', async (event) => {
    const button = event.target.closest('[data-withdraw]');
    if (!button) return;
    const form = button.closest('form');
    const p = current.items.find((x) => x.id === button.closest('[data-priority]').dataset.priority);
    clearErrors(form);
    try {
      await api.send('PATCH', `${BASE}/${p.id}`, { expectedRevision: p.revision, status: 'withdrawn' });
      await refresh(current.province, current.year);
    } catch (error) {
      showProblem(form, error);
    }
  });

  /** The list could not be read (proposals unreachable, or the token refused there): say so. */
  function failed(error) {
    el.innerHTML = `<p class="error-text">Prioritas provinsi tidak dapat dimuat: ${escapeHtml(error.message)} <code>${escapeHtml(error.code ?? '')}</code></p>`;
  }

  return { refresh, failed };
}
