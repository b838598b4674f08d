import { anEntryRecord } from '../testing/entry.fixtures';
import { entryContractProblems } from './entry-contract-check';

describe(entryContractProblems.name, () => {
  it('accepts entries the catalog topic can carry', () => {
    expect(entryContractProblems([anEntryRecord()], 'sipd-2027')).toEqual([]);
  });

  it('refuses text longer than the contract allows, naming the line and the CSV column', () => {
    const problems = entryContractProblems([anEntryRecord({ line: 7, name: 'x'.repeat(1001), satuan: 's'.repeat(201) })], 'sipd-2027');
    expect(problems).toEqual([
      { line: 7, code: 'NOMENCLATURE_CSV_VALUE_INVALID', column: 'nama_sub_kegiatan', reason: 'nama_sub_kegiatan: at most 1000 characters, has 1001' },
      { line: 7, code: 'NOMENCLATURE_CSV_VALUE_INVALID', column: 'satuan', reason: 'satuan: at most 200 characters, has 201' },
    ]);
  });
});
