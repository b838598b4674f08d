// The page's SPBE/Pemdi label logic (apps/dashboard/public/js/spbe-labels.js), run in node:
// the browser spec checks the page, this one every label rule.
import { applySpbeLabels, historyHtml, indexName, seriesBreakText, shortIndexName, spbeNotes } from '../public/js/spbe-labels.js';

const SPBE = { id: 'permenpanrb-59-2020', name: 'Indeks SPBE', version: '59/2020', effectiveYear: 2020, provisional: false };
const PEMDI = { id: 'permenpanrb-8-2026', name: 'Indeks Pemdi', version: '8/2026', effectiveYear: 2026, provisional: true };

/** The few DOM calls applySpbeLabels makes, on plain objects. */
function fakeDocument() {
  const els: Record<string, { textContent: string; hidden: boolean }> = {
    'spbe-col': { textContent: 'Indeks SPBE', hidden: false },
    'spbe-chart-title': { textContent: '', hidden: false },
    'spbe-note': { textContent: '', hidden: true },
  };
  return { els, doc: { getElementById: (id: string) => els[id] ?? null } };
}

describe('spbe-labels.js', () => {
  it('names the index after the framework, Indeks SPBE when a report names none', () => {
    expect([indexName(PEMDI), indexName(SPBE), indexName(null)]).toEqual(['Indeks Pemdi', 'Indeks SPBE', 'Indeks SPBE']);
    expect(shortIndexName(PEMDI)).toBe('Pemdi');
  });

  it('labels the break from 2026 and none for 59/2020', () => {
    expect(seriesBreakText(SPBE)).toBeNull();
    expect(seriesBreakText(PEMDI)).toBe(
      'Sejak 2026: Indeks Pemdi (PermenPANRB 8/2026) menggantikan Indeks SPBE (PermenPANRB 59/2020). Nilai dan predikatnya tidak disambung dengan tahun sebelumnya.',
    );
  });

  it('says when a target was set on another framework', () => {
    expect(spbeNotes({ kind: 'self', target: null, needsTargetUnder: { id: PEMDI.id, name: 'Indeks Pemdi' } })).toEqual(['penilaian mandiri', 'perlu target Indeks Pemdi']);
    expect(spbeNotes({ kind: 'final', target: 3.5, needsTargetUnder: null })).toEqual(['target 3,50']);
  });

  it('renames the column and the ranking for a 2026+ report, with the break and the provisional note', () => {
    const { els, doc } = fakeDocument();
    applySpbeLabels(doc, { spbeFramework: PEMDI }, { framework: PEMDI });
    expect(els['spbe-col'].textContent).toBe('Indeks Pemdi');
    expect(els['spbe-chart-title'].textContent).toBe('Peringkat indeks Pemdi dan target');
    expect(els['spbe-note'].hidden).toBe(false);
    expect(els['spbe-note'].textContent).toMatch(/^Sejak 2026: Indeks Pemdi .* Catatan: bobot dan predikat sementara, menunggu naskah resmi\.$/);
  });

  it('keeps Indeks SPBE and no note for a 2025 report', () => {
    const { els, doc } = fakeDocument();
    applySpbeLabels(doc, { spbeFramework: SPBE }, { framework: SPBE });
    expect([els['spbe-col'].textContent, els['spbe-chart-title'].textContent, els['spbe-note'].hidden]).toEqual(['Indeks SPBE', 'Peringkat indeks SPBE dan target', true]);
  });

  it('draws a region’s history as two series with the break between them', () => {
    const html = historyHtml({
      series: [
        { framework: SPBE, points: [{ year: 2025, kind: 'final', index: 3.6, indexText: '3.60', predikat: 'Sangat Baik' }] },
        { framework: PEMDI, points: [{ year: 2026, kind: 'self', index: 2.9, indexText: '2.90', predikat: 'Baik' }] },
      ],
    });
    expect(html.indexOf('data-series="permenpanrb-59-2020"')).toBeLessThan(html.indexOf('data-series-break'));
    expect(html.indexOf('data-series-break')).toBeLessThan(html.indexOf('data-series="permenpanrb-8-2026"'));
    expect(html).toContain('2025: <b>3,60</b> Sangat Baik');
    expect(html).toContain('2026: <b>2,90</b> Baik <small class="muted">(mandiri)</small>');
  });
});
