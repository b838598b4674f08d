import { escapeHtml } from '../format.js';
import { VERDICT_LABELS } from '../overlaps.js';
import { showDone, showProblem } from './form-errors.js';

// The coordinator's review of each overlap of a region (issue 26): sinergi (with a note on how
// the two co-fund it), duplikasi (the kab/kota should revise; it sees this on its usulan) or
// bukan tumpang tindih. Proposals owns reviews; the page sends them through reporting's actions.
const REVIEWS = '/v1/actions/proposals/v1/overlaps/reviews';

function reviewForm(o, i) {
  const id = `overlap-review-${i}`;
  const current = o.open ? null : o.review?.verdict;
  const options = Object.entries(VERDICT_LABELS)
    .map(([value, label]) => `<option value="${value}"${value === current ? ' selected' : ''}>${escapeHtml(label)}</option>`)
    .join('');
  return `<form class="action-form overlap-review-form" id="${id}" data-overlap="${escapeHtml(o.id)}" novalidate>
    <p><code>${escapeHtml(o.provinceProposal.subKegiatan)}</code> ↔ <code>${escapeHtml(o.kabKotaProposal.subKegiatan)}</code> ${escapeHtml(o.kabKotaProposal.subKegiatanName ?? '')} <small class="muted">di ${o.locations.map(escapeHtml).join(', ')}</small></p>
    <div class="fields">
      <label>Hasil tinjauan<select name="verdict" required><option value="">Pilih…</option>${options}</select></label>
      <label>Catatan (wajib untuk sinergi)<textarea name="note" rows="2" maxlength="4000">${escapeHtml(o.open ? '' : o.review?.note ?? '')}</textarea></label>
    </div>
    <button type="submit" class="primary">Simpan tinjauan</button>
    <p class="form-message" role="status">${o.open ? (o.review ? 'Dibuka kembali: perlu ditinjau lagi.' : 'Belum ditinjau.') : 'Sudah ditinjau; simpan lagi untuk mengubah.'}</p>
  </form>`;
}

/** The review forms of a region's overlaps, or nothing when it has none. */
export function renderOverlapReviews(el, api, region) {
  const overlaps = region.overlaps ?? [];
  if (overlaps.length === 0) {
    el.innerHTML = '<p class="muted">Tidak ada tumpang tindih untuk ditinjau.</p>';
    return;
  }
  el.innerHTML = overlaps.map(reviewForm).join('');
  el.addEventListener('submit', async (event) => {
    const form = event.target.closest('.overlap-review-form');
    if (!form) return;
    event.preventDefault();
    const [provinceProposalId, kabKotaProposalId] = form.dataset.overlap.split('~');
    const data = new FormData(form);
    const note = data.get('note').toString().trim();
    try {
      await api.send('POST', REVIEWS, { provinceProposalId, kabKotaProposalId, verdict: data.get('verdict').toString(), ...(note ? { note } : {}) });
      showDone(form, 'Tinjauan tersimpan. Tabel diperbarui begitu perubahan tiba.');
    } catch (error) {
      showProblem(form, error);
    }
  });
}
