import { loadRegionDirectory } from '@selaras/domain-region';
import { DomainError } from '@selaras/service-kit';
import { resolveRegion } from './resolve-region';

function refusal(code: string): { code: string; kind: string } {
  try {
    resolveRegion(loadRegionDirectory(), code);
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, kind: error.kind };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe(resolveRegion.name, () => {
  it('finds Kota Ambon and Maluku', () => {
    expect(resolveRegion(loadRegionDirectory(), '81.71')).toMatchObject({ name: 'Kota Ambon', kind: 'kota', province: '81' });
    expect(resolveRegion(loadRegionDirectory(), '81')).toMatchObject({ level: 'provinsi' });
  });

  it('refuses a malformed code with 400 REGION_CODE_MALFORMED', () => {
    expect(refusal('8171')).toEqual({ code: 'REGION_CODE_MALFORMED', kind: 'invalid' });
    expect(refusal('81.7')).toEqual({ code: 'REGION_CODE_MALFORMED', kind: 'invalid' });
  });

  it('refuses a well-formed code that no region has with 404 REGION_UNKNOWN', () => {
    expect(refusal('81.99')).toEqual({ code: 'REGION_UNKNOWN', kind: 'not_found' });
  });
});
