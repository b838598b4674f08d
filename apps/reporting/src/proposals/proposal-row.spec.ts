import { latestByRevision, proposalKeys } from './proposal-row';

describe(proposalKeys.name, () => {
  it('derives province, bidang, program and the kegiatan meaning without the level digit', () => {
    expect(proposalKeys({ region: '81.71', subKegiatan: '1.02.02.2.01.0003' })).toEqual({ province: '81', bidangKey: '1.02', programKey: '1.02.02', kegiatanKey: '1.02.02.01' });
  });

  it('keeps codes as text: bidang 2.20 is not 2.2', () => {
    expect(proposalKeys({ region: '11.10', subKegiatan: '2.20.02.2.01.0001' })).toMatchObject({ province: '11', bidangKey: '2.20', programKey: '2.20.02' });
  });

  it('puts program penunjang under the bidang it is written under', () => {
    expect(proposalKeys({ region: '81.71', subKegiatan: '2.16.01.2.01.0001' })).toMatchObject({ bidangKey: '2.16', programKey: '2.16.01' });
  });

  it('puts an old X.XX penunjang usulan under its OPD\'s bidang', () => {
    expect(proposalKeys({ region: '81.71', subKegiatan: 'X.XX.01.2.01.0001', opd: { code: '2.16.0.00.0.00.01.0000' } })).toMatchObject({ bidangKey: '2.16', programKey: '2.16.01' });
  });
});

describe(latestByRevision.name, () => {
  it('keeps the highest revision of each usulan whatever the order', () => {
    const items = [2, 3, 1].map((revision) => ({ state: { id: 'u', revision }, eventId: `e${revision}`, type: 't' }));
    expect(latestByRevision(items)).toEqual([{ state: { id: 'u', revision: 3 }, eventId: 'e3', type: 't' }]);
  });
});
