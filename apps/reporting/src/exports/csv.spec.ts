import { csvField, toCsv, UTF8_BOM } from './csv';

describe(csvField.name, () => {
  it('quotes commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvField('Penyediaan Fasilitas, Sarana')).toBe('"Penyediaan Fasilitas, Sarana"');
    expect(csvField('Dinas "Kominfo"')).toBe('"Dinas ""Kominfo"""');
    expect(csvField('baris\nbaru')).toBe('"baris\nbaru"');
  });

  it('keeps codes as they are written and numbers as numbers, every field quoted', () => {
    expect(csvField('81.71')).toBe('"81.71"');
    expect(csvField(150000000)).toBe('"150000000"');
    expect(csvField(null)).toBe('""');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    for (const start of ['+1', '-1+1', '@SUM(1)', '\tx', '\rx']) expect(csvField(start)).toBe(`"'${start}"`);
    expect(csvField(-5)).toBe('"-5"');
  });

  it('defuses a formula after a semicolon, the list separator of the Indonesian locale (issue 23)', () => {
    expect(csvField('SECTEST;=1+2;@SUM(1+1)')).toBe('"\'SECTEST;=1+2;@SUM(1+1)"');
    expect(csvField('a; -b')).toBe('"\'a; -b"');
    expect(csvField('Dinas A; Dinas B')).toBe('"Dinas A; Dinas B"');
  });
});

describe(toCsv.name, () => {
  it('starts with a byte order mark and ends every line with CRLF', () => {
    const csv = toCsv({ name: 'x', columns: [{ header: 'Kode' }, { header: 'Nama' }], rows: [['81.71', 'Kota Ambon']] });
    expect(csv).toBe(`${UTF8_BOM}"Kode","Nama"\r\n"81.71","Kota Ambon"\r\n`);
  });
});
