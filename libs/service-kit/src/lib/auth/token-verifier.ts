import { createLocalJWKSet, createRemoteJWKSet, errors, ExportedJWKSCache, FlattenedJWSInput, JWKSCacheInput, jwksCache, JWSHeaderParameters, JWTPayload, jwtVerify } from 'jose';
import { DomainError } from '../errors/domain-error';

/** Claims of a token whose signature and registered claims were checked. */
export type VerifiedClaims = JWTPayload & Record<string, unknown>;

export interface TokenVerifier {
  verify(token: string): Promise<VerifiedClaims>;
}

/** Clock skew allowed between the issuer and this service, for exp and nbf. */
export const CLOCK_TOLERANCE_S = 30;
/** How long the last good key set is used while the issuer cannot be reached (the issue asks ≥ 1 h). */
export const STALE_JWKS_MAX_AGE_MS = 24 * 3600_000;
/** Keys are fetched again after this long, so removed keys stop being trusted. */
const JWKS_MAX_AGE_MS = 10 * 60_000;
/** An unknown `kid` fetches the key set again, at most this often (a stream of forged kids must not hammer the issuer). */
const JWKS_COOLDOWN_MS = 5_000;

export function tokenInvalid(check: string): DomainError {
  return new DomainError('TOKEN_INVALID', 'unauthenticated', `the bearer token is not valid: ${check}`);
}

/** The issuer cannot be asked for a key the token names: the token may be good, so 503, not 401. */
export function issuerUnreachable(detail: string): DomainError {
  return new DomainError('ISSUER_UNREACHABLE', 'unavailable', `the token names a signing key this service does not know and the issuer cannot be reached to fetch it (${detail}); try again shortly`);
}

/** Names the check a token failed, from jose's error (its codes and claim names are stable). */
export function describeFailure(error: unknown): DomainError {
  if (error instanceof DomainError) return error;
  if (error instanceof errors.JWTExpired) return tokenInvalid(`expired (exp is past, ${CLOCK_TOLERANCE_S} s tolerance)`);
  if (error instanceof errors.JWTClaimValidationFailed) {
    switch (error.claim) {
      case 'exp':
        return tokenInvalid(error.reason === 'missing' ? 'it has no exp (expiry) claim' : `exp: ${error.message}`);
      case 'nbf':
        return tokenInvalid(`not yet valid (nbf is in the future, ${CLOCK_TOLERANCE_S} s tolerance)`);
      case 'iat':
        return tokenInvalid('issued in the future (iat)');
      case 'iss':
        return tokenInvalid('wrong issuer (iss)');
      case 'aud':
        return tokenInvalid('wrong audience (aud)');
      default:
        return tokenInvalid(`claim ${error.claim}: ${error.message}`);
    }
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return tokenInvalid('signature algorithm not allowed (alg must be RS256 or ES256)');
  if (error instanceof errors.JWKSNoMatchingKey) return tokenInvalid('unknown signing key (kid): not in the issuer\'s key set');
  if (error instanceof errors.JWSSignatureVerificationFailed) return tokenInvalid('signature does not verify');
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) return tokenInvalid(`malformed (${error.message})`);
  if (error instanceof errors.JOSENotSupported) return tokenInvalid(`unsupported (${error.message})`);
  return tokenInvalid((error as Error)?.message ?? 'unreadable');
}

export interface IssuerKeysOptions {
  /** The key set's URL; discovered from the issuer when unset. */
  jwksUri?: string;
  /** Least time between two fetches caused by unknown kids (tests shorten it). */
  cooldownMs?: number;
}

type KeyResolver = (header: JWSHeaderParameters, token: FlattenedJWSInput) => Promise<CryptoKey>;

/**
 * The issuer's key set, fetched with jose's `createRemoteJWKSet` (cached, fetched again after
 * 10 minutes and whenever a token names an unknown `kid`, so a rotated key is picked up without a
 * restart). When the issuer cannot be reached, the last key set fetched is used for up to
 * STALE_JWKS_MAX_AGE_MS: tokens signed with a known key keep working through an outage; a token
 * with a key not in it gets 503 ISSUER_UNREACHABLE.
 */
export class IssuerKeys {
  private remote?: ReturnType<typeof createRemoteJWKSet>;
  /** jose writes every successfully fetched key set and its time (uat) here. */
  private readonly cache: Partial<ExportedJWKSCache> = {};

  constructor(private readonly issuer: string, private readonly options: IssuerKeysOptions = {}, private readonly now: () => number = Date.now) {}

  readonly resolve: KeyResolver = async (header, token) => {
    try {
      this.remote ??= createRemoteJWKSet(new URL(this.options.jwksUri ?? (await this.discoverJwksUri())), {
        cacheMaxAge: JWKS_MAX_AGE_MS,
        cooldownDuration: this.options.cooldownMs ?? JWKS_COOLDOWN_MS,
        timeoutDuration: 5000,
        [jwksCache]: this.cache as JWKSCacheInput,
      });
      return await this.remote(header, token);
    } catch (error) {
      if (!isUnreachable(error)) throw error;
      const { jwks, uat } = this.cache;
      if (!jwks || !uat || this.now() - uat > STALE_JWKS_MAX_AGE_MS) throw issuerUnreachable((error as Error).message);
      try {
        return await createLocalJWKSet(jwks)(header, token);
      } catch (staleError) {
        if (staleError instanceof errors.JWKSNoMatchingKey) throw issuerUnreachable((error as Error).message);
        throw staleError;
      }
    }
  };

  private async discoverJwksUri(): Promise<string> {
    const url = `${this.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
    const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
    if (!response.ok) throw new UnreachableError(`discovery document ${url} answered ${response.status}`);
    const { jwks_uri: jwksUri } = (await response.json()) as { jwks_uri?: string };
    if (!jwksUri) throw new UnreachableError(`discovery document ${url} has no jwks_uri`);
    return jwksUri;
  }
}

class UnreachableError extends Error {}

function isUnreachable(error: unknown): boolean {
  if (error instanceof UnreachableError || error instanceof errors.JWKSTimeout) return true;
  // by name, not instanceof: fetch's errors may come from another realm (jest's vm context)
  const { name, message } = (error ?? {}) as Error;
  if (name === 'TypeError' && /fetch failed/i.test(message)) return true; // undici: connection refused, DNS
  if (name === 'TimeoutError' || name === 'AbortError') return true;
  // jose's "Expected 200 OK from the JSON Web Key Set HTTP response": the issuer answers but not with keys
  return error instanceof errors.JOSEError && error.constructor === errors.JOSEError;
}

/** Tokens of an OpenID Connect issuer: RS256/ES256, exp required, iss and aud checked. */
export class OidcTokenVerifier implements TokenVerifier {
  private readonly keys: IssuerKeys;

  constructor(private readonly issuer: string, private readonly audience: string, options: IssuerKeysOptions = {}) {
    this.keys = new IssuerKeys(issuer, options);
  }

  async verify(token: string): Promise<VerifiedClaims> {
    try {
      const { payload } = await jwtVerify(token, this.keys.resolve, {
        issuer: this.issuer,
        audience: this.audience,
        algorithms: ['RS256', 'ES256'],
        requiredClaims: ['exp'],
        clockTolerance: CLOCK_TOLERANCE_S,
      });
      return payload as VerifiedClaims;
    } catch (error) {
      throw describeFailure(error);
    }
  }
}

/** HS256 tokens of one shared secret: the test suites only (config refuses it outside NODE_ENV=test). */
export class SharedSecretVerifier implements TokenVerifier {
  private readonly key: Uint8Array;

  constructor(secret: string) {
    this.key = new TextEncoder().encode(secret);
  }

  async verify(token: string): Promise<VerifiedClaims> {
    try {
      const { payload } = await jwtVerify(token, this.key, { algorithms: ['HS256'], requiredClaims: ['exp'], clockTolerance: CLOCK_TOLERANCE_S });
      return payload as VerifiedClaims;
    } catch (error) {
      throw describeFailure(error);
    }
  }
}
