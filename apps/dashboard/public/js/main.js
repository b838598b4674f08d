import { mountCoordinatorActions } from './actions/coordinator-actions.js';
import { announceChanged } from './announcer.js';
import { ApiError, createApi } from './api.js';
import { openStreamSession, signIn, signInAgain, signOut } from './auth.js';
import { renderBidangChart, renderSpbeChart } from './charts.js';
import { closeRegion, openRegion, showRegion } from './drilldown.js';
import { clock } from './format.js';
import { renderHealth } from './health.js';
import { connectLive } from './live.js';
import { fillPrintHeader, wirePrint } from './print.js';
import { initRegionDialog } from './region-dialog.js';
import { applySpbeLabels } from './spbe-labels.js';
import { renderCards, renderPriorities } from './summary.js';
import { renderSyncTable, resetSyncTable, statusLegend } from './sync-table.js';
import { saveToken } from './token.js';

const DEFAULT_PROVINCE = '81';
const DEFAULT_YEAR = 2027;
/** Changes arrive in bursts (a regency re-syncs at once); one refresh per burst is enough. */
const REFRESH_DEBOUNCE_MS = 300;

const $ = (id) => document.getElementById(id);
const state = { api: null, province: DEFAULT_PROVINCE, year: DEFAULT_YEAR, stage: '', report: null, live: null, actions: null };
const pending = { regions: new Set(), ids: new Set(), timer: null, running: false };

function readFiltersFromUrl(claims) {
  const url = new URL(window.location.href);
  const fromToken = claims?.region && /^\d{2}/.test(claims.region) ? claims.region.slice(0, 2) : null;
  state.province = url.searchParams.get('province') ?? fromToken ?? DEFAULT_PROVINCE;
  state.year = Number(url.searchParams.get('year') ?? DEFAULT_YEAR);
  state.stage = url.searchParams.get('stage') ?? '';
}

function writeFiltersToUrl() {
  const url = new URL(window.location.href);
  url.searchParams.set('province', state.province);
  url.searchParams.set('year', String(state.year));
  if (state.stage) url.searchParams.set('stage', state.stage);
  else url.searchParams.delete('stage');
  history.replaceState(null, '', url);
}

function showTokenPanel(reason) {
  $('app').hidden = true;
  $('token-panel').hidden = false;
  if (reason) $('token-reason').textContent = reason;
  setLive('down', 'Tanpa token');
}

function setLive(status, label) {
  const labels = { live: 'Langsung', connecting: 'Menghubungkan…', down: 'Terputus' };
  $('live').dataset.state = status;
  $('live').querySelector('.label').textContent = label ?? labels[status];
}

function toast(message) {
  const el = $('toast');
  el.textContent = message;
  el.hidden = false;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => (el.hidden = true), 4000);
}

async function fillProvinces() {
  const response = await fetch('/v1/public/provinces');
  const { items } = await response.json();
  $('province').innerHTML = items.map((p) => `<option value="${p.code}">${p.code} · ${p.name} (${p.kabKota})</option>`).join('');
  $('province').value = state.province;
  const years = new Set([2025, 2026, 2027, 2028, 2029, 2030, state.year]);
  $('year').innerHTML = [...years].sort().map((y) => `<option value="${y}">${y}</option>`).join('');
  $('year').value = String(state.year);
  $('stage').value = state.stage;
}

function query() {
  const params = new URLSearchParams({ year: String(state.year) });
  if (state.stage) params.set('stage', state.stage);
  return params;
}

async function load({ changed = new Set(), changedIds = new Set() } = {}) {
  const [report, ranking] = await Promise.all([
    state.api.get(`/v1/reports/provinces/${state.province}/sync?${query()}`),
    state.api.get(`/v1/reports/spbe/ranking?province=${state.province}&year=${state.year}`),
  ]);
  state.report = report;
  $('app').hidden = false;
  $('token-panel').hidden = true;
  $('title').textContent = `Provinsi ${report.province.name} · RKPD ${report.year}`;
  const kabKota = report.regions.length - 1;
  $('subtitle').textContent = `${kabKota} kabupaten/kota dan pemerintah provinsi${state.stage ? ` · tahap ${$('stage').selectedOptions[0].textContent}` : ''}`;
  renderCards($('cards'), report);
  renderSyncTable($('sync-table').tBodies[0], report, { selected: openRegion(), changed });
  renderBidangChart($('bidang-chart'), report.totals.pagu.byBidang);
  renderSpbeChart($('spbe-chart'), ranking);
  applySpbeLabels(document, report, ranking);
  renderPriorities($('priorities'), report);
  renderHealth($('health'), report, state.api);
  fillPrintHeader(report, stageLabel());
  state.actions?.reportLoaded(report, state.year);
  const named = [...changed].map((code) => report.regions.find((r) => r.region === code)?.name).filter(Boolean);
  if (named.length > 0) announceChanged(named);
  const catalog = report.catalog.activeVersion ? `nomenklatur aktif ${report.catalog.activeVersion} (${report.catalog.entries.toLocaleString('id-ID')} entri)` : 'nomenklatur belum dimuat';
  $('footer').textContent = `Diperbarui pukul ${clock(new Date(report.generatedAt))} · ${catalog} · pagu dihitung dari usulan yang tidak ditarik atau ditolak`;
  const open = openRegion();
  if (open && (changed.has(open) || changed.has('*'))) await openDrillDown(open, changedIds);
}

function stageLabel() {
  return state.stage ? $('stage').selectedOptions[0].textContent : '';
}

async function openDrillDown(region, flashIds = new Set()) {
  await showRegion({ api: state.api, report: state.report, region, year: state.year, stage: state.stage, flashIds });
  state.actions?.regionShown(state.report.regions.find((r) => r.region === region), state.year);
}

async function loadSafely(options) {
  try {
    await load(options);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      if (!(await signInAgain())) showTokenPanel('Token tidak berlaku atau sudah kedaluwarsa. Buat token baru:');
    } else if (error instanceof ApiError && error.status === 403) {
      toast(`Token ini tidak berhak membaca provinsi ${state.province}.`);
    } else {
      toast(`Gagal memuat data: ${error.message}`);
    }
  }
}

/** A change of another year concerns this view only when it is catalog or SPBE data (latest assessment up to the year). */
function concernsView(change) {
  if (change.kind === 'catalog' || change.kind === 'integration') return true;
  if (change.kind === 'spbe') return change.year <= state.year;
  return change.year === state.year;
}

function onChange(change) {
  if (!concernsView(change)) return;
  pending.regions.add(change.region ?? '*');
  if (change.id) pending.ids.add(change.id);
  clearTimeout(pending.timer);
  pending.timer = setTimeout(flushChanges, REFRESH_DEBOUNCE_MS);
}

async function flushChanges() {
  if (pending.running) {
    pending.timer = setTimeout(flushChanges, REFRESH_DEBOUNCE_MS);
    return;
  }
  pending.running = true;
  const changed = pending.regions;
  const changedIds = pending.ids;
  pending.regions = new Set();
  pending.ids = new Set();
  try {
    await loadSafely({ changed, changedIds });
  } finally {
    pending.running = false;
  }
}

function connect() {
  state.live?.close();
  state.live = connectLive({ province: state.province, prepare: openStreamSession, onChange, onResync: () => void loadSafely(), onState: (s) => setLive(s) });
}

async function selectionChanged() {
  state.province = $('province').value;
  state.year = Number($('year').value);
  state.stage = $('stage').value;
  writeFiltersToUrl();
  closeRegion();
  resetSyncTable($('sync-table').tBodies[0]);
  connect();
  await loadSafely();
}

function wire() {
  $('filters').addEventListener('change', selectionChanged);
  // The region's button opens it (Enter and Space too, being a button); a click anywhere on the row as well.
  $('sync-table').tBodies[0].addEventListener('click', async (event) => {
    const row = event.target.closest('tr[data-region]');
    if (!row) return;
    const button = row.querySelector('[data-open-region]');
    if (document.activeElement !== button) button.focus();
    await openDrillDown(row.dataset.region);
    renderSyncTable($('sync-table').tBodies[0], state.report, { selected: row.dataset.region, changed: new Set() });
  });
  initRegionDialog({
    hidden: () => {
      state.actions?.regionHidden();
      if (state.report) renderSyncTable($('sync-table').tBodies[0], state.report, { selected: null, changed: new Set() });
    },
  });
  wirePrint(() => ({ report: state.report, stageLabel: stageLabel() }));
  document.querySelectorAll('[data-export]').forEach((button) =>
    button.addEventListener('click', () => state.api.download(`/v1/reports/provinces/${state.province}/sync?${query()}&format=${button.dataset.export}`).catch((e) => toast(e.message))),
  );
  $('drawer-export').addEventListener('click', () => {
    const params = new URLSearchParams({ region: openRegion(), exact: 'true', year: String(state.year), format: 'csv' });
    if (state.stage) params.set('stage', state.stage);
    state.api.download(`/v1/reports/proposals?${params}`).catch((e) => toast(e.message));
  });
  $('token-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const token = $('token-input').value.trim();
    if (!token) return;
    saveToken(token);
    window.location.reload();
  });
  $('sign-out').addEventListener('click', () => void signOut());
}

async function start(session) {
  state.api = createApi();
  $('user').textContent = session.name ?? session.claims?.preferred_username ?? session.claims?.sub ?? '';
  $('sign-out').hidden = false;
  const claims = session.claims;
  readFiltersFromUrl(claims);
  state.actions = mountCoordinatorActions({ api: state.api, claims, province: () => state.province });
  await fillProvinces();
  writeFiltersToUrl();
  connect();
  await loadSafely();
}

async function main() {
  statusLegend($('status-legend'));
  wire();
  const session = await signIn();
  if (!session.signedIn) {
    if (session.mode === 'oidc') return; // on the way to the issuer's login page
    readFiltersFromUrl(null);
    await fillProvinces();
    showTokenPanel();
    return;
  }
  await start(session);
}

main();
