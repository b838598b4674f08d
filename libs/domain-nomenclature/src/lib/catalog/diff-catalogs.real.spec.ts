import { diffCatalogs } from './diff-catalogs';
import { loadReferenceCatalog } from './reference-catalogs';

describe(`${diffCatalogs.name} (050-3708/2020 → 2027, real data)`, () => {
  const diff = diffCatalogs(loadReferenceCatalog('kepmendagri-050-3708-2020').rows, loadReferenceCatalog('sipd-2027').rows);

  it('finds the codes kept, retired and added', () => {
    expect(diff.summary).toMatchObject({ unchanged: 1918, renamed: 148, renamedCosmetic: 375, retired: 2585, added: 5140 });
    expect(diff.summary.unchanged + diff.summary.renamed + diff.summary.renamedCosmetic).toBe(2441);
  });

  it('counts reworded names as renamed and case or punctuation changes apart', () => {
    expect(diff.renamed).toHaveLength(148);
    expect(diff.renamedCosmetic).toHaveLength(375);
    expect(diff.renamed).toContainEqual(
      expect.objectContaining({ code: '5.03.02.2.01.0003', newName: 'Koordinasi dan Fasilitasi Pengadaan PNS dan PPPK', cosmetic: false }),
    );
    expect(diff.renamed.every((r) => !r.cosmetic) && diff.renamedCosmetic.every((r) => r.cosmetic)).toBe(true);
  });

  it('gives KABKOT 2.19.03.2.05.0006 its same-name successor 0008 and reports the 0013 declaration of another name', () => {
    const successors = diff.replacedBy.filter((r) => r.level === 'KABKOT' && r.retiredCode === '2.19.03.2.05.0006');
    expect(successors).toEqual([expect.objectContaining({ successorCode: '2.19.03.2.05.0008', reason: 'same-name' })]);
    expect(diff.declarationMismatches).toContainEqual({
      level: 'KABKOT', retiredCode: '2.19.03.2.05.0006', retiredName: 'Pemanfaatan Olahraga Tradisional dalam Masyarakat',
      declaringCode: '2.19.03.2.05.0013', declaredName: 'Pemberdayaan Perkumpulan Olahraga Rekreasi',
    });
  });

  it('follows declarations whose name differs only by a corrected spelling or the level words', () => {
    const declared = (level: string, code: string) => diff.replacedBy.filter((r) => r.level === level && r.retiredCode === code && r.reason === 'declared').map((r) => r.successorCode);
    expect(declared('KABKOT', '1.02.02.2.02.0028')).toEqual(['1.02.02.2.02.0053']); // "Lab" → "Laboratorium"
    expect(declared('PROV', '2.19.04.1.01.0004')).toEqual(['2.19.04.1.01.0012']); // "Perlatihan" → "Pelatihan"
    expect(diff.declarationMismatches.map((m) => `${m.level}:${m.retiredCode}`).sort()).toEqual(['KABKOT:2.19.03.2.05.0006', 'PROV:2.19.02.1.01.0005']);
  });

  it('finds successors of retired codes, declared or by the same name at a new code', () => {
    expect(diff.summary).toMatchObject({ retiredWithSuccessor: 1081, replacedDeclared: 53, replacedSameName: 1111, declarationMismatches: 2 });
    expect(diff.replacedBy).toContainEqual(expect.objectContaining({ level: 'PROV', retiredCode: '9.01.04.1.03.0003', successorCode: '9.01.04.7.03.0003' }));
    expect(diff.replacedBy).toContainEqual(expect.objectContaining({ level: 'PROV', retiredCode: '2.14.02.1.01.0010', successorCode: '2.14.02.1.01.0018' }));
  });
});
