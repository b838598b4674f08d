import { clock, escapeHtml as escape } from './format.js';

// "Cetak": fills the print header (province, year, stage, time printed) and opens the print
// dialog; print.css lays the report out on A4 landscape. The header is refreshed on every
// render and again just before printing, so a PDF made without the dialog has it too.
export function fillPrintHeader(report, stageLabel) {
  const printed = new Date();
  const date = printed.toLocaleDateString('id-ID', { day: 'numeric', month: 'long', year: 'numeric' });
  document.getElementById('print-header').innerHTML = `
    <span><b>Laporan sinkronisasi perencanaan · Provinsi ${escape(report.province.name)}</b><br>RKPD ${report.year} · ${escape(stageLabel || 'Semua tahap')}</span>
    <span>Dicetak ${date} pukul ${clock(printed)}</span>`;
}

export function wirePrint(current) {
  const refresh = () => {
    const { report, stageLabel } = current();
    if (report) fillPrintHeader(report, stageLabel);
  };
  window.addEventListener('beforeprint', refresh);
  document.getElementById('print').addEventListener('click', () => {
    refresh();
    window.print();
  });
}
