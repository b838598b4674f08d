// Indonesian formatting and labels shared by the dashboard's views.
const number = new Intl.NumberFormat('id-ID');
const oneDecimal = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 });
const twoDecimals = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export const STATUSES = ['draft', 'submitted', 'agreed', 'deferred', 'rejected', 'withdrawn'];
export const STATUS_LABELS = { draft: 'Draf', submitted: 'Diajukan', agreed: 'Disepakati', rejected: 'Ditolak', deferred: 'Ditunda', withdrawn: 'Ditarik' };
export const STAGES = ['rancangan_awal', 'rancangan', 'rancangan_akhir', 'penetapan'];
export const STAGE_LABELS = { rancangan_awal: 'Rancangan Awal', rancangan: 'Rancangan', rancangan_akhir: 'Rancangan Akhir', penetapan: 'Penetapan' };
export const KIND_LABELS = { provinsi: 'Provinsi', kabupaten: 'Kabupaten', kota: 'Kota' };
export const PROBLEM_LABELS = { retired: 'kode sudah tidak berlaku', unknown: 'kode tidak dikenal', wrong_level: 'kode tingkat pemerintahan salah' };

export function count(n) {
  return number.format(n);
}

/** Full rupiah, as on a budget document: Rp 150.000.000. */
export function rupiah(n) {
  return `Rp ${number.format(n)}`;
}

/** Short rupiah for tables and charts: Rp 150 jt, Rp 2,5 M, Rp 1,2 T. */
export function rupiahShort(n) {
  if (n >= 1e12) return `Rp ${oneDecimal.format(n / 1e12)} T`;
  if (n >= 1e9) return `Rp ${oneDecimal.format(n / 1e9)} M`;
  if (n >= 1e6) return `Rp ${oneDecimal.format(n / 1e6)} jt`;
  return `Rp ${number.format(n)}`;
}

export function percent(n) {
  return n === null || n === undefined ? '–' : `${oneDecimal.format(n)}%`;
}

export function index(n) {
  return n === null || n === undefined ? '–' : twoDecimals.format(n);
}

export function escapeHtml(text) {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

/** `URUSAN PEMERINTAHAN BIDANG KESEHATAN` → `Kesehatan`; `PROGRAM PENGELOLAAN …` → `Pengelolaan …`. */
export function shortName(name, fallback) {
  if (!name) return fallback;
  const stripped = name.replace(/^URUSAN PEMERINTAHAN BIDANG\s+/i, '').replace(/^URUSAN PEMERINTAHAN\s+/i, '').replace(/^PROGRAM\s+/i, '');
  return stripped === stripped.toUpperCase() ? titleCase(stripped) : stripped;
}

const SMALL_WORDS = new Set(['dan', 'atau', 'di', 'ke', 'dari', 'untuk', 'yang', 'serta', 'pada', 'dengan']);
function titleCase(text) {
  return text.toLowerCase().split(' ').map((w, i) => (i > 0 && SMALL_WORDS.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1))).join(' ');
}

export function predikatClass(predikat) {
  return predikat ? `p-${predikat.toLowerCase().replace(/\s+/g, '-')}` : 'p-none';
}

/** Alignment heat: red at 0 %, amber around half, green at 100 %. */
export function alignmentColor(value) {
  if (value === null || value === undefined) return { background: '#f1f5f9', color: '#475569' };
  const hue = Math.round((value / 100) * 135);
  return { background: `hsl(${hue} 75% 90%)`, color: `hsl(${hue} 70% 26%)` };
}

export function clock(date) {
  return date.toLocaleTimeString('id-ID', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}
