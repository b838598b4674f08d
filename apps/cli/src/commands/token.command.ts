import { Command } from 'commander';
import { createInterface } from 'node:readline/promises';
import { ClientTokens, DEMO_PASSWORD, userToken } from '../stack/identity';
import { forgetSession, saveSession, sessionToken } from '../stack/session';
import { stackEnv } from '../stack/stack-env';

/** The password: --password, else SELARAS_PASSWORD, else asked on the terminal; the demo realm's when nothing is typed. */
async function passwordFor(username: string, given?: string): Promise<string> {
  if (given) return given;
  if (process.env.SELARAS_PASSWORD) return process.env.SELARAS_PASSWORD;
  if (!process.stdin.isTTY) return DEMO_PASSWORD;
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return (await rl.question(`password of ${username} (Enter: the demo password): `)) || DEMO_PASSWORD;
  } finally {
    rl.close();
  }
}

export function tokenCommand(): Command {
  return new Command('token')
    .description('print an access token of the identity provider (Keycloak): a person\'s (--user), a system client\'s (--client), or the signed-in person\'s')
    .option('--user <username>', 'a user of the realm, e.g. opd.81.71 (password grant: the demo realm\'s selaras-cli client)')
    .option('--password <password>', 'the user\'s password (default: SELARAS_PASSWORD, else asked; the demo users\' is printed by npm start)')
    .option('--client <clientId>', 'a confidential client, e.g. regency-81.71 (client credentials; secret from OIDC_CLIENT_SECRET_<ID> or the demo realm)')
    .action(async (opts: { user?: string; password?: string; client?: string }) => {
      const env = stackEnv();
      if (opts.client) return console.log(await new ClientTokens(env).token(opts.client));
      if (opts.user) return console.log((await userToken(env, opts.user, await passwordFor(opts.user, opts.password))).access_token);
      console.log(await sessionToken(env));
    });
}

export function loginCommand(): Command {
  return new Command('login')
    .description('sign in as a user of the realm (demo realm: password grant); `selaras token` then prints your access token, refreshed as needed')
    .requiredOption('--user <username>', 'e.g. koordinator.81')
    .option('--password <password>', 'default: SELARAS_PASSWORD, else asked')
    .action(async (opts: { user: string; password?: string }) => {
      const env = stackEnv();
      saveSession(env, opts.user, await userToken(env, opts.user, await passwordFor(opts.user, opts.password)));
      console.log(`signed in as ${opts.user}; selaras token prints the access token, selaras logout forgets it`);
    });
}

export function logoutCommand(): Command {
  return new Command('logout').description('forget the signed-in session').action(() => {
    forgetSession(stackEnv());
    console.log('signed out');
  });
}
