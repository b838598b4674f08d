import { randomUUID } from 'node:crypto';
import { ContractError } from '../contract-error';
import { UsulanFields } from '../proposals/proposal-fields';
import { ProposalStateV1 } from '../proposals/proposal-state.v1';

/** A valid usulan of Diskominfo Kota Ambon; pass overrides for the case under test. */
export function aUsulan(overrides: Partial<UsulanFields> = {}): UsulanFields {
  return {
    region: '81.71',
    opd: { code: '2.16.0.00.0.00.01.0000', name: 'Dinas Komunikasi dan Informatika' },
    year: 2027,
    stage: 'rancangan_awal',
    subKegiatan: '2.16.03.2.02.0041',
    target: { value: 2, satuan: 'Dokumen' },
    paguIndikatif: 150_000_000,
    locations: ['81.71'],
    source: 'musrenbang',
    spbeIndicators: [32, 41],
    justification: 'Koordinasi SPBE lintas OPD',
    ...overrides,
  };
}

export function aProposalState(overrides: Partial<ProposalStateV1> = {}): ProposalStateV1 {
  const now = new Date().toISOString();
  return {
    ...aUsulan(),
    id: randomUUID(),
    status: 'draft',
    revision: 1,
    updatedBy: 'operator@81.71',
    createdAt: now,
    updatedAt: now,
    ...overrides,
  } as ProposalStateV1;
}

/** For specs: the ContractError code `fn` throws, or undefined when it throws nothing (anything else is rethrown). */
export function contractErrorCodeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof ContractError) return error.code;
    throw error;
  }
  return undefined;
}
