import { aTinyFramework } from '../testing/framework.fixtures';
import { frameworkFromIndicatorCsv } from './framework-from-csv';

const HEADER = 'domain_no,domain,domain_bobot_pct,aspek_no,aspek,aspek_bobot_pct,indikator_no,indikator,indikator_bobot_pct,catatan';
const { domains: _domains, ...METADATA } = aTinyFramework();

describe(frameworkFromIndicatorCsv.name, () => {
  it('groups indicator rows into domains and aspects in row order', () => {
    const csv = [HEADER, '1,Tata Kelola,50.0,1,Kebijakan,50.0,1,Kebijakan Data,50.0,', '2,Layanan,50.0,2,Layanan Digital,50.0,2,Layanan Publik,30.0,"from a blog, unverified"', '2,Layanan,50.0,2,Layanan Digital,50.0,3,Kepuasan Pengguna,20.0,'].join('\n');
    const definition = frameworkFromIndicatorCsv(csv, METADATA);
    expect(definition.domains.map((d) => [d.no, d.weightPct, d.aspects.map((a) => a.indicators.map((i) => i.no))])).toEqual([
      [1, 50, [[1]]],
      [2, 50, [[2, 3]]],
    ]);
    expect(definition.domains[1].aspects[0].indicators[0]).toEqual({ no: 2, name: 'Layanan Publik', weightPct: 30, note: 'from a blog, unverified' });
    expect(definition.levels).toBe(METADATA.levels);
  });

  it('refuses rows that disagree on a domain weight', () => {
    const csv = [HEADER, '1,Tata Kelola,50.0,1,Kebijakan,50.0,1,A,25.0,', '1,Tata Kelola,60.0,1,Kebijakan,50.0,2,B,25.0,'].join('\n');
    expect(() => frameworkFromIndicatorCsv(csv, METADATA)).toThrow('line 3: domain 1 is named or weighted differently than before');
  });

  it('names missing columns', () => {
    expect(() => frameworkFromIndicatorCsv('domain_no,domain\n1,A', METADATA)).toThrow(/missing column\(s\) domain_bobot_pct, aspek_no/);
  });
});
