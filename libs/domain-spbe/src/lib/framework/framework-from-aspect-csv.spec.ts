import { frameworkFromAspectCsv, AspectFrameworkMetadata } from './framework-from-aspect-csv';

const HEADER = 'no,aspek_no,aspek,indikator,bobot_persen,sumber';
const METADATA: AspectFrameworkMetadata = {
  id: 'kecil-2040',
  name: 'Indeks Kecil',
  regulation: 'none (test)',
  version: '1',
  effectiveYear: 2040,
  levels: [
    { level: 1, name: 'Satu' },
    { level: 2, name: 'Dua' },
  ],
  predikat: [{ min: 1, name: 'Ada' }],
  aspectWeights: { 1: 60, 2: 40 },
  scoredFrom: { 2: 'SDI' },
};

describe(frameworkFromAspectCsv.name, () => {
  it('groups the rows into aspects with their published weights, keeping notes and outside sources', () => {
    const csv = [HEADER, '1,1,Tata Kelola,Kebijakan,60,S1;S2', '2,2,Data,Satu Data,25,', '3,2,Data,Statistik,15,S1'].join('\n');
    const definition = frameworkFromAspectCsv(csv, METADATA);
    expect(definition.tiers).toEqual([{ key: 'aspect', name: 'Aspek' }]);
    expect(definition.groups).toEqual([
      { no: 1, name: 'Tata Kelola', weightPct: 60, indicators: [{ no: 1, name: 'Kebijakan', weightPct: 60, note: 'S1;S2' }] },
      {
        no: 2,
        name: 'Data',
        weightPct: 40,
        indicators: [
          { no: 2, name: 'Satu Data', weightPct: 25, scoredFrom: 'SDI' },
          { no: 3, name: 'Statistik', weightPct: 15, note: 'S1' },
        ],
      },
    ]);
    expect(definition).not.toHaveProperty('aspectWeights');
    expect(definition).not.toHaveProperty('scoredFrom');
  });

  it('refuses an aspect named two ways and an aspect without a published weight', () => {
    const csv = [HEADER, '1,1,Tata Kelola,A,60,', '2,1,Tata kelola,B,0,', '3,3,Lain,C,40,'].join('\n');
    expect(() => frameworkFromAspectCsv(csv, METADATA)).toThrow('line 3: aspect 1 is named differently than before; aspect 3 has no published weight');
  });

  it('names missing columns and refuses an empty table', () => {
    expect(() => frameworkFromAspectCsv('no,aspek\n1,A', METADATA)).toThrow(/missing column\(s\) aspek_no, indikator, bobot_persen/);
    expect(() => frameworkFromAspectCsv(HEADER, METADATA)).toThrow(/the indicator table is empty/);
  });
});
