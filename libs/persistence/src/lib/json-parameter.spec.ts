import { joinedParameter, jsonArrayParameter } from './json-parameter';

describe('jsonArrayParameter', () => {
  it('holds exactly the bytes of JSON.stringify of the array, non-ASCII text included', () => {
    const rows = [{ id: 'a', name: 'Dinas Pendidikan — Kota Ambon’s', n: 1, list: ['81.71'], nested: { ok: true, none: null } }, { id: 'b', note: 'é\u001e' }, []];
    const parameter = jsonArrayParameter(rows);
    expect(parameter.toString('utf8')).toBe(JSON.stringify(rows));
    expect(parameter.length).toBe(Buffer.byteLength(JSON.stringify(rows)));
  });

  it('makes an empty array of no items', () => {
    expect(jsonArrayParameter([]).toString()).toBe('[]');
  });
});

describe('joinedParameter', () => {
  it('joins texts by the separator without a trailing one', () => {
    expect(joinedParameter(['{"a":1}', 'ü', ''], '\u001e').toString('utf8')).toBe('{"a":1}\u001eü\u001e');
    expect(joinedParameter(['x'], ',', '(', ')').toString()).toBe('(x)');
    expect(joinedParameter([], ',').length).toBe(0);
  });
});
