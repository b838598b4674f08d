import { buildEvent } from './build-event';
import { ContractError } from './contract-error';
import { PROPOSAL_EVENT_TYPES, ProposalStateV1 } from './proposals/proposal-state.v1';
import { INBOUND_EVENT_TYPES } from './inbound/usulan-inbound.v1';
import { parseEvent, parsePayload, MAX_EVENT_BYTES } from './parse-event';
import { aProposalState, aUsulan, contractErrorCodeOf as codeOf } from './testing/fixtures';

function drafted(overrides: Partial<ProposalStateV1> = {}) {
  return buildEvent(PROPOSAL_EVENT_TYPES.drafted, aProposalState(overrides), { source: '/services/proposals', subject: 'p-1', region: '81.71' });
}

describe(parseEvent.name, () => {
  it('accepts a valid drafted event from a JSON buffer and types its payload as a class instance', () => {
    const event = parseEvent(Buffer.from(JSON.stringify(drafted())));
    expect(event.type).toBe(PROPOSAL_EVENT_TYPES.drafted);
    expect(event.data).toBeInstanceOf(ProposalStateV1);
    expect((event.data as ProposalStateV1).opd.code).toBe('2.16.0.00.0.00.01.0000');
  });

  it('refuses text that is not JSON with EVENT_NOT_JSON', () => {
    expect(codeOf(() => parseEvent('{"specversion":'))).toBe('EVENT_NOT_JSON');
  });

  it('refuses an oversized message before parsing it', () => {
    expect(codeOf(() => parseEvent('x'.repeat(MAX_EVENT_BYTES + 1)))).toBe('EVENT_TOO_LARGE');
  });

  it('refuses an envelope without id and with a wrong specversion, naming both fields', () => {
    const { id: _id, ...rest } = drafted();
    try {
      parseEvent({ ...rest, specversion: '0.3' });
      throw new Error('expected a ContractError');
    } catch (error) {
      expect(error).toBeInstanceOf(ContractError);
      const e = error as ContractError;
      expect(e.code).toBe('EVENT_ENVELOPE_INVALID');
      expect(e.violations.map((v) => v.field).sort()).toEqual(['id', 'specversion']);
    }
  });

  it('refuses an unknown type with EVENT_TYPE_UNKNOWN', () => {
    expect(codeOf(() => parseEvent({ ...drafted(), type: 'proposals.proposal.exploded.v1' }))).toBe('EVENT_TYPE_UNKNOWN');
  });

  it('refuses a known type that the consumer did not expect', () => {
    expect(codeOf(() => parseEvent(drafted(), [INBOUND_EVENT_TYPES.upserted]))).toBe('EVENT_TYPE_UNKNOWN');
  });

  it('validates nested objects as their class and names the nested field', () => {
    const event = drafted();
    (event.data as unknown as { target: unknown }).target = { value: 'dua', satuan: '' };
    try {
      parseEvent(event);
      throw new Error('expected a ContractError');
    } catch (error) {
      const e = error as ContractError;
      expect(e.code).toBe('EVENT_PAYLOAD_INVALID');
      expect(e.violations.map((v) => v.field)).toEqual(expect.arrayContaining(['data.target.value', 'data.target.satuan']));
    }
  });

  it('refuses a payload without its nested target or opd, naming them', () => {
    const event = drafted();
    delete (event.data as Partial<ProposalStateV1>).target;
    delete (event.data as Partial<ProposalStateV1>).opd;
    try {
      parseEvent(event);
      throw new Error('expected a ContractError');
    } catch (error) {
      expect((error as ContractError).violations.map((v) => v.field)).toEqual(expect.arrayContaining(['data.target', 'data.opd']));
    }
  });

  it('refuses pagu with decimals: money is whole rupiah', () => {
    expect(codeOf(() => parseEvent(drafted({ paguIndikatif: 1500.5 })))).toBe('EVENT_PAYLOAD_INVALID');
  });

  it('refuses a region code sent as a number', () => {
    expect(codeOf(() => parseEvent(drafted({ region: 81.71 as unknown as string })))).toBe('EVENT_PAYLOAD_INVALID');
  });

  it('strips fields the contract does not know, so newer producers do not break older consumers', () => {
    const event = drafted();
    (event.data as unknown as Record<string, unknown>).futureField = 'x';
    const parsed = parseEvent(event);
    expect(parsed.data).not.toHaveProperty('futureField');
  });
});

describe(parsePayload.name, () => {
  it('accepts a valid inbound usulan and refuses an unknown stage naming the field', () => {
    expect(() => parsePayload(ProposalStateV1, aProposalState())).not.toThrow();
    const bad = { ...aUsulan(), stage: 'musrenbang_desa' };
    expect(() => parsePayload(ProposalStateV1, bad)).toThrow(/data.stage/);
  });
});
