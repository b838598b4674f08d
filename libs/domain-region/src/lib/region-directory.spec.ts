import { RegionDirectoryInvalidError } from './region-code.errors';
import { RegionDirectory } from './region-directory';
import { aRegion } from './testing/region.fixtures';

describe(RegionDirectory.name, () => {
  const sut = new RegionDirectory([
    aRegion({ code: '81.72', name: 'Kota Tual' }),
    aRegion({ code: '81', name: 'Maluku' }),
    aRegion({ code: '81.71', name: 'Kota Ambon' }),
    aRegion({ code: '82', name: 'Maluku Utara' }),
    aRegion({ code: '81.01', name: 'Kabupaten Maluku Tengah', kind: 'kabupaten' }),
  ]);

  it('looks a region up by code', () => {
    expect(sut.get('81.71')).toEqual(aRegion({ code: '81.71', name: 'Kota Ambon' }));
    expect(sut.get('81.73')).toBeUndefined();
  });

  it('gives the name of a region', () => {
    expect(sut.name('81')).toBe('Maluku');
    expect(sut.name('99')).toBeUndefined();
  });

  it('lists provinces in code order', () => {
    expect(sut.provinces().map((r) => r.code)).toEqual(['81', '82']);
  });

  it('lists the kab/kota of a province in code order', () => {
    expect(sut.kabKotaOf('81').map((r) => r.code)).toEqual(['81.01', '81.71', '81.72']);
  });

  it('gives no kab/kota for a province without any or an unknown one', () => {
    expect(sut.kabKotaOf('82')).toEqual([]);
    expect(sut.kabKotaOf('99')).toEqual([]);
  });

  it('does not let callers change its lists', () => {
    sut.kabKotaOf('81').pop();
    expect(sut.kabKotaOf('81')).toHaveLength(3);
  });

  it('counts every region', () => {
    expect(sut.size).toBe(5);
    expect(sut.has('81.01')).toBe(true);
    expect(sut.all()[0].code).toBe('81');
  });

  it('refuses duplicate codes', () => {
    expect(() => new RegionDirectory([aRegion({ code: '81' }), aRegion({ code: '81' })])).toThrow(/81 is listed twice/);
  });

  it('refuses a kab/kota whose province is missing', () => {
    expect(() => new RegionDirectory([aRegion({ code: '81.71' })])).toThrow(/81.71 belongs to province 81, which is not listed/);
  });

  it('refuses malformed codes and a level that contradicts the code, listing each problem', () => {
    const error = thrownBy(() => new RegionDirectory([aRegion({ code: '81' }), aRegion({ code: '81.7' }), aRegion({ code: '81.72', level: 'provinsi' })]));
    expect(error).toBeInstanceOf(RegionDirectoryInvalidError);
    expect(error).toMatchObject({
      code: 'REGION_DIRECTORY_INVALID',
      problems: ["kabupaten/kota part of '81.7' must be two digits, got '7'", '81.72 is a kabupaten_kota code but is listed as provinsi'],
    });
  });
});

function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}
