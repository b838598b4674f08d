import { diffCatalogs } from './diff-catalogs';
import { loadReferenceCatalog } from './reference-catalogs';

describe(`${diffCatalogs.name} (050-3708/2020 → 2027, real data)`, () => {
  const diff = diffCatalogs(loadReferenceCatalog('kepmendagri-050-3708-2020').rows, loadReferenceCatalog('sipd-2027').rows);

  it('finds the codes kept, retired and added', () => {
    expect(diff.summary).toMatchObject({ unchanged: 1918, renamed: 523, retired: 2585, added: 5140 });
    expect(diff.summary.unchanged + diff.summary.renamed).toBe(2441);
  });

  it('tells reworded names from cosmetic changes', () => {
    expect(diff.summary.renamedCosmetic).toBe(375);
    expect(diff.renamed).toContainEqual(
      expect.objectContaining({ code: '5.03.02.2.01.0003', newName: 'Koordinasi dan Fasilitasi Pengadaan PNS dan PPPK', cosmetic: false }),
    );
  });

  it('finds successors of retired codes, declared or by the same name at a new code', () => {
    expect(diff.summary).toMatchObject({ retiredWithSuccessor: 1082, replacedDeclared: 55, replacedSameName: 1110 });
    expect(diff.replacedBy).toContainEqual(expect.objectContaining({ level: 'PROV', retiredCode: '9.01.04.1.03.0003', successorCode: '9.01.04.7.03.0003' }));
    expect(diff.replacedBy).toContainEqual(expect.objectContaining({ level: 'PROV', retiredCode: '2.14.02.1.01.0010', successorCode: '2.14.02.1.01.0018' }));
  });
});
