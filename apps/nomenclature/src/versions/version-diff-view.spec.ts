import { CatalogEntry, diffCatalogs } from '@selaras/domain-nomenclature';
import { toVersionDiffView } from './version-diff-view';

const entry = (code: string, name: string, previous?: string): CatalogEntry => ({ level: 'KABKOT', code, name, previous: previous ? { code: previous } : null });

describe(toVersionDiffView.name, () => {
  const diff = diffCatalogs(
    [entry('2.16.03.2.02.0037', 'Koordinasi lama'), entry('2.16.03.2.02.0038', 'Dihapus'), entry('2.16.03.2.02.0001', 'Nama lama')],
    [entry('2.16.03.2.02.0041', 'Koordinasi SPBE', '2.16.03.2.02.0037'), entry('2.16.03.2.02.0001', 'Nama baru'), entry('2.16.03.2.02.0050', 'Tambahan')],
  );

  it('lists each retired code with its successors and keeps the full summary', () => {
    const view = toVersionDiffView('v2026', 'v2027', null, diff);
    expect(view.retired).toEqual([
      { level: 'KABKOT', code: '2.16.03.2.02.0037', name: 'Koordinasi lama', successors: [{ code: '2.16.03.2.02.0041', name: 'Koordinasi SPBE', reason: 'declared' }] },
      { level: 'KABKOT', code: '2.16.03.2.02.0038', name: 'Dihapus', successors: [] },
    ]);
    expect(view.renamed).toEqual([expect.objectContaining({ code: '2.16.03.2.02.0001', oldName: 'Nama lama', newName: 'Nama baru' })]);
    expect(view.summary).toMatchObject({ added: 2, retired: 2, renamed: 1, retiredWithSuccessor: 1 });
    expect(view.truncated).toBe(false);
  });

  it('cuts the lists to the limit and says so, the summary still counting everything', () => {
    const view = toVersionDiffView('v2026', 'v2027', 'KABKOT', diff, 1);
    expect(view.added).toHaveLength(1);
    expect(view.retired).toHaveLength(1);
    expect(view).toMatchObject({ truncated: true, level: 'KABKOT', summary: { added: 2 } });
  });
});
