import { DomainError } from '@selaras/service-kit';
import { pickEntry } from './pick-entry';

const at = (level: 'PROV' | 'KABKOT') => ({ level, code: '1.01.02.3.04.0030' });

describe(pickEntry.name, () => {
  it('takes the asked level, or nothing when the code is not there', () => {
    expect(pickEntry([at('PROV'), at('KABKOT')], 'KABKOT', null)).toEqual(at('KABKOT'));
    expect(pickEntry([at('PROV')], 'KABKOT', null)).toBeUndefined();
  });

  it('takes the only entry, or the one of the code\'s own level digit, when no level is asked', () => {
    expect(pickEntry([at('PROV')], undefined, null)).toEqual(at('PROV'));
    expect(pickEntry([at('PROV'), at('KABKOT')], undefined, 'KABKOT')).toEqual(at('KABKOT'));
  });

  it('asks for the level when a special-regime code is listed for both', () => {
    expect(() => pickEntry([at('PROV'), at('KABKOT')], undefined, null)).toThrow(DomainError);
  });
});
