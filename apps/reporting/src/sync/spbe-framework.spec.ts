import { spbeFrameworkLabel, spbeFrameworkOfYear } from './spbe-framework';

describe(spbeFrameworkOfYear.name, () => {
  it('is Indeks SPBE to 2025 and Indeks Pemdi, provisional, from 2026', () => {
    expect(spbeFrameworkOfYear(2025)).toEqual({
      id: 'permenpanrb-59-2020',
      name: 'Indeks SPBE',
      version: '59/2020',
      regulation: expect.stringContaining('Nomor 59 Tahun 2020'),
      effectiveYear: 2020,
      provisional: false,
    });
    expect(spbeFrameworkOfYear(2026)).toMatchObject({ id: 'permenpanrb-8-2026', name: 'Indeks Pemdi', version: '8/2026', effectiveYear: 2026, provisional: true });
  });

  it('is none before the first framework', () => {
    expect(spbeFrameworkOfYear(2019)).toBeNull();
  });
});

describe(spbeFrameworkLabel.name, () => {
  it('labels an event’s framework id, 59/2020 when the event names none', () => {
    expect(spbeFrameworkLabel('permenpanrb-8-2026').name).toBe('Indeks Pemdi');
    expect(spbeFrameworkLabel(undefined).name).toBe('Indeks SPBE');
  });

  it('shows an id the lib does not carry as itself', () => {
    expect(spbeFrameworkLabel('indeks-contoh-2031')).toEqual({ id: 'indeks-contoh-2031', name: 'indeks-contoh-2031', version: '', regulation: '', effectiveYear: 0, provisional: false });
  });
});
