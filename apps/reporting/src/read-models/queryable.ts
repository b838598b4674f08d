/** What TypeORM's DataSource, EntityManager and QueryRunner have in common: raw SQL. */
export interface Queryable {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query(sql: string, parameters?: unknown[]): Promise<any>;
}
