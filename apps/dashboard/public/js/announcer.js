// Live updates announced to screen readers politely (aria-live="polite" on #announcer), at most
// once per interval and naming the regions that changed since the last announcement, so a
// burst of changes (a regency re-syncing) is one sentence, not one per flashing row.
const INTERVAL_MS = 8000;
const pending = new Set();
let timer = null;
let last = 0;

function say() {
  timer = null;
  last = Date.now();
  const names = [...pending];
  pending.clear();
  if (names.length === 0) return;
  const shown = names.slice(0, 3).join(', ');
  const more = names.length > 3 ? ` dan ${names.length - 3} wilayah lain` : '';
  document.getElementById('announcer').textContent = `Data diperbarui: ${shown}${more}.`;
}

export function announceChanged(regionNames) {
  for (const name of regionNames) pending.add(name);
  if (pending.size === 0 || timer) return;
  timer = setTimeout(say, Math.max(0, last + INTERVAL_MS - Date.now()));
}
