import { levelRule } from './level-rule';

describe(levelRule.name, () => {
  it('lets a kab/kota use a level-2 code', () => {
    expect(levelRule('KABKOT', '2.16.03.2.02.0041')).toEqual({ ok: true, value: { levelDigit: 2, specialRegime: null } });
  });

  it('lets a province use a level-1 code', () => {
    expect(levelRule('PROV', '2.16.03.1.02.0041').ok).toBe(true);
  });

  it('accepts region level names as well as PROV/KABKOT', () => {
    expect(levelRule('kabupaten_kota', '2.16.03.2.02.0041').ok).toBe(true);
    expect(levelRule('provinsi', '2.16.03.2.02.0041').ok).toBe(false);
  });

  it('refuses a level-1 code for a kab/kota and says why', () => {
    const result = levelRule('KABKOT', '2.16.03.1.02.0041');
    expect(!result.ok && result.error.code).toBe('NOMENCLATURE_LEVEL_MISMATCH');
    expect(!result.ok && result.error.message).toBe("a kabupaten/kota may only use level-2 codes; '2.16.03.1.02.0041' has level digit 1 (provinsi)");
  });

  it('refuses a level-2 code for a province', () => {
    const result = levelRule('PROV', '5.01.02.2.01.0005');
    expect(!result.ok && result.error.message).toBe("a provinsi may only use level-1 codes; '5.01.02.2.01.0005' has level digit 2 (kabupaten/kota)");
  });

  it('checks kegiatan codes too', () => {
    expect(levelRule('KABKOT', '2.16.03.2.02').ok).toBe(true);
    expect(levelRule('KABKOT', '2.16.03.1.02').ok).toBe(false);
  });

  it('lets any level use a program code', () => {
    expect(levelRule('PROV', '2.16.03')).toEqual({ ok: true, value: { levelDigit: null, specialRegime: null } });
  });

  it('passes a malformed code through as NOMENCLATURE_CODE_MALFORMED', () => {
    const result = levelRule('KABKOT', '2.16.03.x.02.0041');
    expect(!result.ok && result.error.code).toBe('NOMENCLATURE_CODE_MALFORMED');
  });

  it('lets an Aceh kab/kota use an Aceh special-regime code', () => {
    const result = levelRule('KABKOT', '9.01.04.7.03.0003', { region: '11.01' });
    expect(result.ok && [result.value.levelDigit, result.value.specialRegime?.id]).toEqual([7, 'aceh']);
  });

  it('refuses a special-regime code outside its provinces', () => {
    const result = levelRule('KABKOT', '9.01.04.7.03.0003', { region: '81.71' });
    expect(!result.ok && result.error.code).toBe('NOMENCLATURE_SPECIAL_REGIME_NOT_ALLOWED');
    expect(!result.ok && result.error.message).toBe(
      "'9.01.04.7.03.0003' has level digit 7 (Kekhususan Aceh, provinces 11); region '81.71' is not in that regime",
    );
  });

  it('refuses a special-regime code when the region is not given', () => {
    const result = levelRule('PROV', '1.01.02.5.01.0001');
    expect(!result.ok && result.error.message).toMatch(/level digit 5 \(Keistimewaan Daerah Istimewa Yogyakarta, provinces 34\); give the region/);
  });

  it('treats the 2022 Papua provinces as part of their regime', () => {
    expect(levelRule('PROV', '1.01.02.3.01.0001', { region: '95' }).ok).toBe(true);
    expect(levelRule('KABKOT', '1.01.02.4.01.0001', { region: '96.01' }).ok).toBe(true);
    expect(levelRule('PROV', '1.01.02.4.01.0001', { region: '91' }).ok).toBe(false);
  });

  it('refuses a province-only regime digit for a kab/kota even inside the regime', () => {
    const result = levelRule('KABKOT', '7.01.02.6.01.0001', { region: '31.71' });
    expect(!result.ok && result.error.code).toBe('NOMENCLATURE_LEVEL_MISMATCH');
  });

  it('refuses a malformed region for a special-regime code', () => {
    expect(levelRule('PROV', '9.01.04.7.03.0003', { region: '1' }).ok).toBe(false);
  });
});
