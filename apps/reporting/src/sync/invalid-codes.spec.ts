import { invalidCode, invalidCodes } from './invalid-codes';
import { aCodeFact } from './testing/sync-facts.builders';

describe(invalidCode.name, () => {
  it('names the successor of a retired code', () => {
    expect(invalidCode(aCodeFact({ retired: true, successor: '2.16.03.2.02.0042' }), true)).toMatchObject({ problem: 'retired', successor: '2.16.03.2.02.0042' });
  });

  it('takes an entry that replaces the code as its successor when the activation named none', () => {
    expect(invalidCode(aCodeFact({ replacedBy: '2.16.03.2.02.0044' }), true)).toMatchObject({ problem: 'retired', successor: '2.16.03.2.02.0044' });
  });

  it('refuses a provincial (level-1) code in a kab/kota usulan as wrong level', () => {
    const result = invalidCode(aCodeFact({ subKegiatan: '2.16.03.1.02.0041' }), true);
    expect(result).toMatchObject({ problem: 'wrong_level', successor: null });
    expect(result!.reason).toContain('level-2');
  });

  it('refuses a level-2 code in a provincial usulan as wrong level', () => {
    expect(invalidCode(aCodeFact({ region: '81', subKegiatan: '2.16.03.2.02.0041' }), true)).toMatchObject({ problem: 'wrong_level' });
  });

  it('calls a code missing from a loaded catalog unknown, and says nothing before a catalog arrived', () => {
    expect(invalidCode(aCodeFact(), true)).toMatchObject({ problem: 'unknown', successor: null });
    expect(invalidCode(aCodeFact(), false)).toBeNull();
  });
});

describe(invalidCodes.name, () => {
  it('orders by code', () => {
    const result = invalidCodes([aCodeFact({ id: 'b', subKegiatan: '2.16.03.2.02.0099' }), aCodeFact({ id: 'a', subKegiatan: '1.02.02.2.01.0099' })], true);
    expect(result.map((r) => r.proposalId)).toEqual(['a', 'b']);
  });
});
