import { aProposalState } from '@selaras/contracts';
import { toPublicUsulan } from './public-usulan';

describe(toPublicUsulan.name, () => {
  it('publishes the plan without who changed or decided it', () => {
    const state = aProposalState({
      status: 'agreed',
      externalId: 'sipd-123',
      decision: { outcome: 'agreed_as_proposed', beritaAcara: 'BA/12/2026', reason: 'catatan internal', decidedBy: 'sekretariat@81.71', decidedAt: '2026-03-01T00:00:00Z' },
    } as never);
    const published = toPublicUsulan(state, 'Koordinasi SPBE');
    const text = JSON.stringify(published);
    expect(text).not.toContain('operator@81.71');
    expect(text).not.toContain('sekretariat@81.71');
    expect(text).not.toContain('sipd-123');
    expect(text).not.toContain('catatan internal');
    expect(published).toMatchObject({ subKegiatanName: 'Koordinasi SPBE', decision: { outcome: 'agreed_as_proposed', beritaAcara: 'BA/12/2026' }, paguIndikatif: 150_000_000 });
  });
});
