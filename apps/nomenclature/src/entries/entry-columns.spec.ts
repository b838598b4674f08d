import { anEntryRecord } from '../testing/entry.fixtures';
import { ENTRY_COLUMNS, ENTRY_SELECT, entryInsertArrays, entryInsertStatement } from './entry-columns';

describe(entryInsertStatement.name, () => {
  it('inserts a whole batch with one unnest, one typed array per column after the version id', () => {
    const sql = entryInsertStatement('nomenclature');
    expect(sql).toContain('INSERT INTO "nomenclature"."entry" ("version_id", "level", "code", "source_code"');
    expect(sql).toContain(`SELECT $1, * FROM unnest($2::text[]`);
    expect(sql).toContain(`$${ENTRY_COLUMNS.length + 1}::text[])`);
    expect(sql).toContain('::boolean[]');
    expect(sql).toContain('::jsonb[]');
  });
});

describe(entryInsertArrays.name, () => {
  it('gives one array per column in column order, with tags as JSON text', () => {
    const arrays = entryInsertArrays([anEntryRecord({ tags: ['ASTACITA'] }), anEntryRecord({ code: '2.16.03.2.02.0042' })]);
    expect(arrays).toHaveLength(ENTRY_COLUMNS.length);
    expect(arrays[ENTRY_COLUMNS.findIndex(([p]) => p === 'code')]).toEqual(['2.16.03.2.02.0041', '2.16.03.2.02.0042']);
    expect(arrays[ENTRY_COLUMNS.findIndex(([p]) => p === 'tags')]).toEqual(['["ASTACITA"]', '[]']);
  });
});

describe('ENTRY_SELECT', () => {
  it('aliases snake_case columns to the record properties', () => {
    expect(ENTRY_SELECT).toContain('"source_code" AS "sourceCode"');
    expect(ENTRY_SELECT).toContain('"code"');
  });
});
