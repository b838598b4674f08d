import A11yDialog from '/dashboard/vendor/a11y-dialog.js';

// The drill-down is a modal dialog: a11y-dialog (vendored, see apps/reporting's dashboard-files)
// sets role="dialog" and aria-modal, traps Tab inside, closes on Escape and on the backdrop, and
// gives focus back to what opened it. Rows may be re-rendered by live updates while it is open,
// so the opener is found again by its region when the original element is gone.
const el = () => document.getElementById('drawer');
let dialog = null;
let onHide = () => {};

export function initRegionDialog({ hidden }) {
  dialog = new A11yDialog(el());
  onHide = hidden;
  dialog.on('hide', () => {
    const region = el().dataset.region;
    delete el().dataset.region;
    onHide(region);
    // 'hide' fires before a11y-dialog gives focus back; if what it gives it to was replaced
    // meanwhile (a live update rewrote the row), focus lands on the body: move it to the region.
    setTimeout(() => {
      if (!document.activeElement || document.activeElement === document.body) {
        document.querySelector(`[data-open-region="${CSS.escape(region ?? '')}"]`)?.focus();
      }
    });
  });
}

export function showDialog(region) {
  el().dataset.region = region;
  if (!dialog.shown) dialog.show();
}

export function hideDialog() {
  if (dialog?.shown) dialog.hide();
}

/** The region shown, or null when the dialog is closed. */
export function shownRegion() {
  return dialog?.shown ? (el().dataset.region ?? null) : null;
}
