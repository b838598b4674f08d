import { escapeHtml } from '../format.js';

// The API's problem JSON shown where it belongs: each violation next to the field it names
// (aria-invalid + aria-describedby), anything else in the form's own message line.
export function clearErrors(form) {
  form.querySelectorAll('.field-error').forEach((el) => el.remove());
  form.querySelectorAll('[aria-invalid]').forEach((el) => {
    el.removeAttribute('aria-invalid');
    el.removeAttribute('aria-describedby');
  });
  const message = form.querySelector('.form-message');
  if (message) message.textContent = '';
}

export function showProblem(form, error) {
  clearErrors(form);
  const problem = error.problem ?? { detail: error.message };
  const unplaced = [];
  for (const violation of problem.violations ?? []) {
    const field = form.querySelector(`[name="${CSS.escape(String(violation.field).split('.')[0])}"]`);
    if (!field) {
      unplaced.push(`${violation.field}: ${violation.reason}`);
      continue;
    }
    const id = `${form.id || 'form'}-${field.name}-error`;
    field.setAttribute('aria-invalid', 'true');
    field.setAttribute('aria-describedby', id);
    field.insertAdjacentHTML('afterend', `<p class="field-error" id="${id}">${escapeHtml(violation.reason)}</p>`);
  }
  const message = form.querySelector('.form-message');
  const placed = (problem.violations ?? []).length > unplaced.length;
  if (message) message.innerHTML = placed && unplaced.length === 0 ? `<span class="error-text">Periksa isian yang ditandai. <code>${escapeHtml(problem.code ?? '')}</code></span>` : `<span class="error-text">${escapeHtml(problem.detail ?? 'Gagal')} ${unplaced.map(escapeHtml).join('; ')} <code>${escapeHtml(problem.code ?? '')}</code></span>`;
}

export function showDone(form, text) {
  clearErrors(form);
  const message = form.querySelector('.form-message');
  if (message) message.textContent = text;
}
