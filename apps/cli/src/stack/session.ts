import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CliError } from '../cli-error';
import { issuerOf, refreshUserToken } from './identity';
import { selarasHome } from './paths';

/** What `selaras login` keeps: the tokens of one signed-in person, readable by this user only. */
interface Session {
  issuer: string;
  username: string;
  accessToken: string;
  accessExpiresAt: number;
  refreshToken: string;
}

const sessionFile = (env: NodeJS.ProcessEnv) => join(selarasHome(env), 'cli-session.json');

export function saveSession(env: NodeJS.ProcessEnv, username: string, tokens: { access_token: string; expires_in: number; refresh_token?: string }): void {
  if (!tokens.refresh_token) throw new CliError('the identity provider gave no refresh token');
  const file = sessionFile(env);
  mkdirSync(dirname(file), { recursive: true });
  const session: Session = { issuer: issuerOf(env), username, accessToken: tokens.access_token, accessExpiresAt: Date.now() + tokens.expires_in * 1000, refreshToken: tokens.refresh_token };
  writeFileSync(file, JSON.stringify(session), { mode: 0o600 });
}

export function forgetSession(env: NodeJS.ProcessEnv): void {
  rmSync(sessionFile(env), { force: true });
}

/** The signed-in person's access token, refreshed when it has less than a minute left. */
export async function sessionToken(env: NodeJS.ProcessEnv): Promise<string> {
  const file = sessionFile(env);
  if (!existsSync(file)) throw new CliError('nobody is signed in: run `selaras login --user <name>` (or `selaras token --user <name>`)');
  const session = JSON.parse(readFileSync(file, 'utf8')) as Session;
  if (session.issuer !== issuerOf(env)) throw new CliError(`the session is of ${session.issuer}, the stack trusts ${issuerOf(env)}: run selaras login again`);
  if (Date.now() < session.accessExpiresAt - 60_000) return session.accessToken;
  const refreshed = await refreshUserToken(env, session.refreshToken);
  saveSession(env, session.username, { ...refreshed, refresh_token: refreshed.refresh_token ?? session.refreshToken });
  return refreshed.access_token;
}
