import { aRow } from '../testing/nomenclature.fixtures';
import { diffCatalogs } from './diff-catalogs';

describe(diffCatalogs.name, () => {
  it('finds nothing between identical versions', () => {
    const rows = [aRow({ code: '2.16.03.2.02.0041' }), aRow({ code: '2.16.03.2.02.0042', name: 'Other' })];
    const diff = diffCatalogs(rows, rows);
    expect([diff.added, diff.retired, diff.renamed, diff.replacedBy]).toEqual([[], [], [], []]);
    expect(diff.summary.unchanged).toBe(2);
  });

  it('lists codes only in the new version as added and only in the old one as retired', () => {
    const kept = aRow({ code: '2.16.03.2.02.0001', name: 'Kept' });
    const gone = aRow({ code: '2.16.03.2.02.0002', name: 'Gone' });
    const fresh = aRow({ code: '2.16.03.2.02.0003', name: 'Fresh' });
    const diff = diffCatalogs([kept, gone], [kept, fresh]);
    expect(diff.added).toEqual([fresh]);
    expect(diff.retired).toEqual([gone]);
    expect(diff.replacedBy).toEqual([]);
  });

  it('keys on level as well as code', () => {
    const prov = aRow({ level: 'PROV', code: '9.01.04.7.03.0003' });
    const kab = aRow({ level: 'KABKOT', code: '9.01.04.7.03.0003' });
    const diff = diffCatalogs([prov], [prov, kab]);
    expect(diff.added).toEqual([kab]);
  });

  it('reports a renamed code and whether the change is only cosmetic', () => {
    const diff = diffCatalogs(
      [aRow({ code: '5.03.02.2.01.0003', name: 'Pengelolaan Sistem Informasi Kepegawaian' }), aRow({ code: '5.01.02.2.01.0005', name: 'Pelaksanaan Musrenbang Kabupaten/Kota' })],
      [aRow({ code: '5.03.02.2.01.0003', name: 'Koordinasi dan Fasilitasi Pengadaan PNS dan PPPK' }), aRow({ code: '5.01.02.2.01.0005', name: 'Pelaksanaan MUSRENBANG Kabupaten / Kota' })],
    );
    expect(diff.renamed).toEqual([
      { level: 'KABKOT', code: '5.03.02.2.01.0003', oldName: 'Pengelolaan Sistem Informasi Kepegawaian', newName: 'Koordinasi dan Fasilitasi Pengadaan PNS dan PPPK', cosmetic: false },
    ]);
    expect(diff.renamedCosmetic).toEqual([
      { level: 'KABKOT', code: '5.01.02.2.01.0005', oldName: 'Pelaksanaan Musrenbang Kabupaten/Kota', newName: 'Pelaksanaan MUSRENBANG Kabupaten / Kota', cosmetic: true },
    ]);
    expect(diff.summary).toMatchObject({ renamed: 1, renamedCosmetic: 1, unchanged: 0 });
  });

  it('links a retired code to the successor that names it in sub_kegiatan_sebelumnya', () => {
    const old = aRow({ code: '2.16.03.2.02.0037', name: 'Koordinasi penyusunan kebijakan tata kelola SPBE' });
    const successor = aRow({ code: '2.16.03.2.02.0041', name: 'Koordinasi Pelaksanaan SPBE', previous: { code: '2.16.03.2.02.0037', name: 'Koordinasi Penyusunan Kebijakan Tata Kelola SPBE' } });
    expect(diffCatalogs([old], [successor]).replacedBy).toEqual([
      {
        level: 'KABKOT',
        retiredCode: '2.16.03.2.02.0037',
        retiredName: 'Koordinasi penyusunan kebijakan tata kelola SPBE',
        successorCode: '2.16.03.2.02.0041',
        successorName: 'Koordinasi Pelaksanaan SPBE',
        reason: 'declared',
      },
    ]);
  });

  it('links a retired code to every successor when it was split', () => {
    const old = aRow({ code: '1.02.02.2.01.0001', name: 'Old' });
    const a = aRow({ code: '1.02.02.2.01.0030', name: 'A', previous: { code: '1.02.02.2.01.0001', name: 'Old' } });
    const b = aRow({ code: '1.02.02.2.01.0031', name: 'B', previous: { code: '1.02.02.2.01.0001', name: 'Old' } });
    expect(diffCatalogs([old], [a, b]).replacedBy.map((r) => r.successorCode)).toEqual(['1.02.02.2.01.0030', '1.02.02.2.01.0031']);
  });

  it('does not follow a declaration made at the other level', () => {
    const old = aRow({ level: 'PROV', code: '2.16.03.1.02.0037', name: 'X' });
    const other = aRow({ level: 'KABKOT', code: '2.16.03.2.02.0041', name: 'Y', previous: { code: '2.16.03.1.02.0037', name: 'old' } });
    expect(diffCatalogs([old], [other]).replacedBy).toEqual([]);
  });

  it('links a retired code to an added code with the same name at the same level', () => {
    const old = aRow({ level: 'PROV', code: '2.14.02.1.01.0010', name: 'Pengelolaan Arsip  Dinamis' });
    const moved = aRow({ level: 'PROV', code: '2.14.02.1.01.0018', name: 'pengelolaan arsip dinamis' });
    const elsewhere = aRow({ level: 'KABKOT', code: '2.14.02.2.01.0018', name: 'Pengelolaan Arsip Dinamis' });
    expect(diffCatalogs([old], [moved, elsewhere]).replacedBy).toEqual([expect.objectContaining({ successorCode: '2.14.02.1.01.0018', reason: 'same-name' })]);
  });

  it('prefers a declared successor over a same-name one', () => {
    const old = aRow({ code: '2.16.03.2.02.0037', name: 'Koordinasi' });
    const declared = aRow({ code: '2.16.03.2.02.0041', name: 'Koordinasi SPBE', previous: { code: '2.16.03.2.02.0037', name: 'Koordinasi' } });
    const sameName = aRow({ code: '2.16.03.2.02.0050', name: 'Koordinasi' });
    const diff = diffCatalogs([old], [declared, sameName]);
    expect(diff.replacedBy.map((r) => [r.successorCode, r.reason])).toEqual([['2.16.03.2.02.0041', 'declared']]);
    expect(diff.summary).toMatchObject({ added: 2, retired: 1, retiredWithSuccessor: 1, replacedDeclared: 1, replacedSameName: 0 });
  });

  it('follows a same-name successor and reports a declaration that names the retired code under another name', () => {
    const old = aRow({ code: '2.19.03.2.05.0006', name: 'Pemanfaatan Olahraga Tradisional dalam Masyarakat' });
    const reused = aRow({ code: '2.19.03.2.05.0013', name: 'Pemberdayaan Perkumpulan Olahraga Rekreasi', previous: { code: '2.19.03.2.05.0006', name: 'Pemberdayaan Perkumpulan Olahraga Rekreasi' } });
    const sameName = aRow({ code: '2.19.03.2.05.0008', name: 'Pemanfaatan Olahraga Tradisional dalam Masyarakat' });
    const diff = diffCatalogs([old], [reused, sameName]);
    expect(diff.replacedBy.map((r) => [r.successorCode, r.reason])).toEqual([['2.19.03.2.05.0008', 'same-name']]);
    expect(diff.declarationMismatches).toEqual([
      { level: 'KABKOT', retiredCode: '2.19.03.2.05.0006', retiredName: old.name, declaringCode: '2.19.03.2.05.0013', declaredName: 'Pemberdayaan Perkumpulan Olahraga Rekreasi' },
    ]);
    expect(diff.summary.declarationMismatches).toBe(1);
  });

  it('follows a declaration without a name', () => {
    const old = aRow({ code: '2.16.03.2.02.0037', name: 'Koordinasi' });
    const next = aRow({ code: '2.16.03.2.02.0041', name: 'Lain', previous: { code: '2.16.03.2.02.0037', name: '' } });
    expect(diffCatalogs([old], [next]).replacedBy).toEqual([expect.objectContaining({ successorCode: '2.16.03.2.02.0041', reason: 'declared' })]);
  });

  it('does not treat a code that still exists as moved', () => {
    const kept = aRow({ code: '2.16.03.2.02.0001', name: 'Same' });
    const twin = aRow({ code: '2.16.03.2.02.0002', name: 'Same' });
    expect(diffCatalogs([kept], [kept, twin]).replacedBy).toEqual([]);
  });
});
