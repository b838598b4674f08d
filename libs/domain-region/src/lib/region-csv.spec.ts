import { parseRegionCsv, regionDirectoryFromCsv } from './region-csv';

const HEADER = 'kode,nama,level,jenis,kode_provinsi,nama_provinsi';

describe(parseRegionCsv.name, () => {
  it('reads rows and trims names', () => {
    const rows = parseRegionCsv(`${HEADER}\n81,Maluku,provinsi,provinsi,81,Maluku\n81.72,Kota Tual ,kabupaten_kota,kota,81,Maluku\n`);
    expect(rows).toEqual([
      { code: '81', name: 'Maluku', level: 'provinsi', kind: 'provinsi', province: '81' },
      { code: '81.72', name: 'Kota Tual', level: 'kabupaten_kota', kind: 'kota', province: '81' },
    ]);
  });

  it('accepts a byte order mark', () => {
    expect(parseRegionCsv(`\uFEFF${HEADER}\n81,Maluku,provinsi,provinsi,81,Maluku`)).toHaveLength(1);
  });

  it('names missing columns', () => {
    expect(() => parseRegionCsv('kode,nama\n81,Maluku')).toThrow(/line 1: missing column\(s\) level, jenis, kode_provinsi, nama_provinsi/);
  });

  it('names the line of a bad row', () => {
    expect(() => parseRegionCsv(`${HEADER}\n81,Maluku,provinsi,provinsi,81,Maluku\n81.71,Kota Ambon,kota,kota,81,Maluku`)).toThrow(
      /line 3: level must be provinsi or kabupaten_kota, got 'kota'/,
    );
  });
});

describe(regionDirectoryFromCsv.name, () => {
  it('keeps codes as text', () => {
    const directory = regionDirectoryFromCsv(`${HEADER}\n11,Aceh,provinsi,provinsi,11,Aceh\n11.10,Kabupaten Aceh Singkil,kabupaten_kota,kabupaten,11,Aceh`);
    expect(directory.name('11.10')).toBe('Kabupaten Aceh Singkil');
    expect(directory.get('11.1')).toBeUndefined();
  });
});
