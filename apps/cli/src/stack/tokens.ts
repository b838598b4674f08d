import { mintToken, Role } from '@selaras/service-kit';
import { ClientCredentials } from '@selaras/regency-sdk';
import { devKeyParties, KeyParties } from '../simulation/key-parties';
import { ADMIN_CLIENT, APPROVER_CLIENT, clientSecret, ClientTokens, issuerOf, regencyClient } from './identity';

/** Where the CLI's commands get their bearer tokens. */
export interface TokenSource {
  /** A token acting for `region` with (at least) these roles; `admin` is the administration client's. */
  token(region: string, ...roles: Role[]): Promise<string>;
}

/** Whether the stack runs in the test suites' shared-secret mode (services allow it only under NODE_ENV=test). */
export function sharedSecretMode(env: NodeJS.ProcessEnv): boolean {
  return env.NODE_ENV === 'test' && !!env.JWT_SECRET && !env.OIDC_ISSUER;
}

/**
 * Tokens of the identity provider's clients: `selaras-admin` for administration, and each
 * region's regency system client (`regency-81.71`, `regency-81`) for its own work. In the test
 * suites' shared-secret mode, tokens minted with that secret instead.
 */
export function cliTokens(env: NodeJS.ProcessEnv): TokenSource {
  if (sharedSecretMode(env)) {
    return { token: async (region, ...roles) => mintToken(env.JWT_SECRET!, { sub: `selaras-cli@${region}`, region, roles }) };
  }
  const clients = new ClientTokens(env);
  return { token: (region, ...roles) => clients.token(roles.includes('admin') ? ADMIN_CLIENT : regencyClient(region)) };
}

/** A region's regency client for the SDK to fetch and renew its own tokens; none in shared-secret mode. */
export function regencyCredentials(env: NodeJS.ProcessEnv, region: string): ClientCredentials | undefined {
  if (sharedSecretMode(env)) return undefined;
  const clientId = regencyClient(region);
  return { issuer: issuerOf(env), clientId, clientSecret: clientSecret(clientId, env) };
}

/**
 * The two parties of a regency key (requested, then approved by someone else): in the demo realm
 * the administration client requests and the client `selaras-approver` approves; in the test
 * suites' shared-secret mode, tokens minted with that secret.
 */
export function cliKeyParties(env: NodeJS.ProcessEnv, who: string): KeyParties {
  if (sharedSecretMode(env) || (env.JWT_SECRET && !env.OIDC_ISSUER)) return devKeyParties(env.JWT_SECRET!, who);
  const clients = new ClientTokens(env);
  return { requester: () => clients.token(ADMIN_CLIENT), approver: () => clients.token(APPROVER_CLIENT) };
}
