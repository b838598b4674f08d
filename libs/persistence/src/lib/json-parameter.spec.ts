import { joinedParameter, jsonArrayParameter, jsonTextsParameter, jsonTextsSql } from './json-parameter';

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

describe('jsonTextsParameter', () => {
  it('holds each value as its JSON text, in order, split by U+001E and nowhere else', () => {
    const values = [{ justification: 'raw \u001e separator in a value', opd: 'Dinas — Ambon' }, 'é', [1, 2], null];
    const texts = jsonTextsParameter(values).toString('utf8').split('\u001e');
    expect(texts).toEqual(values.map((v) => JSON.stringify(v)));
    expect(texts.map((t) => JSON.parse(t))).toEqual(values);
  });

  it('reads back in SQL as one text per row, by the same separator', () => {
    expect(jsonTextsSql('$2')).toBe('unnest(string_to_array($2::text, chr(30)))');
  });
});
