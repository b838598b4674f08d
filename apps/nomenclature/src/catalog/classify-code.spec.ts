import { CodeFacts, classifyCode } from './classify-code';

const entry = (level: 'PROV' | 'KABKOT', sourceCode = '2.16.03.2.02.0041') => ({ level, sourceCode, name: 'Koordinasi SPBE', indikator: 'Jumlah dokumen', satuan: 'Dokumen' });
const facts = (known: Record<string, CodeFacts>) => (code: string): CodeFacts => known[code] ?? { entries: [] };
const options = { versionId: 'sipd-2027' };

describe(classifyCode.name, () => {
  it('finds a code of the right level valid, with what a proposal needs', () => {
    const result = classifyCode('KABKOT', '2.16.03.2.02.0041', facts({ '2.16.03.2.02.0041': { entries: [entry('KABKOT')] } }), options);
    expect(result).toMatchObject({ code: '2.16.03.2.02.0041', status: 'valid', satuan: 'Dokumen', indikator: 'Jumlah dokumen' });
  });

  it('refuses a provincial (.1.) code for a kab/kota as wrong_level, even when the code exists', () => {
    const result = classifyCode('KABKOT', '2.16.03.1.02.0041', facts({ '2.16.03.1.02.0041': { entries: [entry('PROV')] } }), options);
    expect(result.status).toBe('wrong_level');
    expect(result.reason).toContain('level-2');
  });

  it('refuses a special-regime code outside its region, and without a region', () => {
    expect(classifyCode('KABKOT', '9.01.04.7.03.0003', facts({}), { ...options, region: '81.71' }).status).toBe('wrong_level');
    expect(classifyCode('KABKOT', '9.01.04.7.03.0003', facts({}), options).reason).toContain('region');
  });

  it('accepts a special-regime code inside its region', () => {
    const known = facts({ '9.01.04.7.03.0003': { entries: [entry('KABKOT', '9.01.04.7.03.0003')] } });
    expect(classifyCode('KABKOT', '9.01.04.7.03.0003', known, { ...options, region: '11.01' }).status).toBe('valid');
  });

  it('reports a retired code with its successors', () => {
    const known = facts({ '1.02.02.1.02.0013': { entries: [], retired: { successorCodes: ['1.02.02.1.02.0035'], retiredInVersionId: 'sipd-2027' } } });
    expect(classifyCode('PROV', '1.02.02.1.02.0013', known, options)).toMatchObject({ status: 'retired', successor: '1.02.02.1.02.0035', successors: ['1.02.02.1.02.0035'] });
    const withoutSuccessor = facts({ '1.01.02.1.01.0002': { entries: [], retired: { successorCodes: [], retiredInVersionId: 'sipd-2027' } } });
    const result = classifyCode('PROV', '1.01.02.1.01.0002', withoutSuccessor, options);
    expect(result).toMatchObject({ status: 'retired', reason: expect.stringContaining('no successor') });
    expect(result).not.toHaveProperty('successor');
  });

  it('reports an unknown code, saying where it exists when it is only at the other level', () => {
    expect(classifyCode('KABKOT', '2.16.03.2.02.0999', facts({}), options).status).toBe('unknown');
    const onlyProv = facts({ '1.01.02.3.04.0030': { entries: [entry('PROV', '1.01.02.3.04.0030')] } });
    expect(classifyCode('KABKOT', '1.01.02.3.04.0030', onlyProv, { ...options, region: '91.01' }).reason).toContain('only for PROV');
  });

  it('explains a malformed code, and the two-digit form of the old list', () => {
    expect(classifyCode('KABKOT', '2.16.3.2.2.41', facts({}), options)).toMatchObject({ status: 'malformed', reason: expect.stringContaining('segment 3') });
    expect(classifyCode('KABKOT', '2.16.03.2.02.41', facts({}), options)).toMatchObject({ status: 'malformed', reason: expect.stringContaining('2.16.03.2.02.0041') });
  });

  it('accepts the two-digit form where the version itself writes it so (050-3708/2020)', () => {
    const old = facts({ '2.16.03.2.02.0041': { entries: [entry('KABKOT', '2.16.03.2.02.41')] } });
    expect(classifyCode('KABKOT', '2.16.03.2.02.41', old, options).status).toBe('valid');
  });

  it('ignores surrounding spaces but answers with the code as sent', () => {
    const result = classifyCode('KABKOT', ' 2.16.03.2.02.0041 ', facts({ '2.16.03.2.02.0041': { entries: [entry('KABKOT')] } }), options);
    expect(result).toMatchObject({ code: ' 2.16.03.2.02.0041 ', status: 'valid' });
  });
});
