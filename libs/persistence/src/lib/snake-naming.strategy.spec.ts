import { SnakeNamingStrategy } from './snake-naming.strategy';

describe(SnakeNamingStrategy.name, () => {
  const sut = new SnakeNamingStrategy();

  it('turns camelCase properties into snake_case columns', () => {
    expect(sut.columnName('paguIndikatif', undefined, [])).toBe('pagu_indikatif');
    expect(sut.columnName('opdCode', undefined, [])).toBe('opd_code');
  });

  it('drops the Entity suffix from class names', () => {
    expect(sut.tableName('ProposalRevisionEntity', undefined)).toBe('proposal_revision');
  });

  it('keeps an explicit name', () => {
    expect(sut.tableName('ProposalEntity', 'usulan')).toBe('usulan');
  });
});
