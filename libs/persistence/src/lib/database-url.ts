/** The default of DESIGN §7: the local server, database `selaras`. */
export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/selaras';

/** The same server with another database name (tests use `selaras_test`). */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
