import { planSearch } from './search-plan';
import { searchStatement } from './search-sql';

const options = { schema: 'nomenclature', versionId: 'sipd-2027', level: 'KABKOT' as const, limit: 20, trigram: true };

describe(searchStatement.name, () => {
  it('requires every word to start a word of the name and ranks exact name, similarity, then length', () => {
    const { sql, parameters } = searchStatement(planSearch('spbe koordinasi'), options);
    expect(sql).toContain('"search_text" LIKE $6 AND "search_text" LIKE $7');
    expect(sql).toMatch(/ORDER BY \("name_key" = \$3\) DESC, word_similarity\(\$5::text, "search_text"\) DESC, length\("name"\)/);
    expect(parameters).toEqual(['sipd-2027', 'KABKOT', 'spbekoordinasi', 20, 'spbe koordinasi', '% spbe%', '% koordinasi%']);
  });

  it('ranks without trigram similarity where pg_trgm is missing', () => {
    expect(searchStatement(planSearch('spbe'), { ...options, trigram: false }).sql).not.toContain('word_similarity');
  });

  it('matches a code prefix on the four-digit and the source code', () => {
    const { sql, parameters } = searchStatement(planSearch('2.16.03'), { ...options, level: null });
    expect(sql).toContain('("code" LIKE $3 OR "source_code" LIKE $3)');
    expect(parameters).toEqual(['sipd-2027', null, '2.16.03%', 20]);
  });
});
