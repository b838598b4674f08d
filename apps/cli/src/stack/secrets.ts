import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { selarasHome } from './paths';

/**
 * The local stack's JWT secret: taken from JWT_SECRET when set, otherwise generated once and
 * kept in .selaras/secrets.json so tokens minted by `selaras token` keep working across restarts.
 * Production secrets never come from here (deploy/ reads them from the cluster's secret store).
 */
export function localJwtSecret(env: NodeJS.ProcessEnv = process.env): string {
  if (env.JWT_SECRET) return env.JWT_SECRET;
  const file = join(selarasHome(env), 'secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')).jwtSecret;
  const jwtSecret = randomBytes(32).toString('base64url');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ jwtSecret }, null, 2), { mode: 0o600 });
  return jwtSecret;
}
