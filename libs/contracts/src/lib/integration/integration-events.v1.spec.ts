import { buildEvent } from '../build-event';
import { ContractError } from '../contract-error';
import { topicOf } from '../event-map';
import { parseEvent } from '../parse-event';
import { InboundRefusedV1, INTEGRATION_EVENT_TYPES, IntegrationActivityV1 } from './integration-events.v1';

const refused = (overrides: Partial<InboundRefusedV1> = {}): InboundRefusedV1 => ({
  region: '81.71', claimedRegion: '81.71', channel: 'kafka', code: 'NOMENCLATURE_CODE_UNKNOWN', reason: 'no such sub kegiatan', eventType: 'proposals.usulan.upserted.v1',
  eventId: 'e-1', externalId: 'x-1', refusedAt: '2026-12-07T10:00:00.000Z', ...overrides,
});

describe('integration events v1', () => {
  it('publishes all three types on proposals.integration', () => {
    expect(Object.values(INTEGRATION_EVENT_TYPES).map(topicOf)).toEqual(['proposals.integration', 'proposals.integration', 'proposals.integration']);
  });

  it('accepts an activity and a refusal through the envelope', () => {
    const activity = buildEvent(INTEGRATION_EVENT_TYPES.activity, { region: '81.71', channel: 'operator', accepted: 3, at: '2026-12-07T10:00:00.000Z' }, { source: '/regions/81.71/proposals/integration', subject: '81.71' });
    expect(parseEvent(JSON.stringify(activity), [INTEGRATION_EVENT_TYPES.activity]).data).toBeInstanceOf(IntegrationActivityV1);
    const event = buildEvent(INTEGRATION_EVENT_TYPES.refused, refused({ region: 'unknown' }), { source: '/regions/unknown/proposals/integration', subject: 'unknown' });
    expect(parseEvent(JSON.stringify(event), [INTEGRATION_EVENT_TYPES.refused]).data.region).toBe('unknown');
  });

  it('refuses a refusal counted under anything but a kode wilayah or unknown, and an unknown channel', () => {
    for (const data of [refused({ region: 'Kota Ambon' }), refused({ channel: 'ftp' as never })]) {
      const event = buildEvent(INTEGRATION_EVENT_TYPES.refused, data, { source: '/x', subject: 'x' });
      expect(() => parseEvent(JSON.stringify(event), [INTEGRATION_EVENT_TYPES.refused])).toThrow(ContractError);
    }
  });
});
