import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

export interface SecurityHeaderOptions {
  /** The OIDC issuer the dashboard signs in with (OIDC_ISSUER): its origin joins `connect-src`. */
  oidcIssuer?: string;
  /** Express `trust proxy` (TRUST_PROXY): how far X-Forwarded-* are believed, for `req.secure` and `req.ip`. */
  trustProxy?: string;
}

const HSTS = 'max-age=31536000; includeSubDomains';

/** The origin of a URL, or nothing for a value that is not one (the config class validates it). */
function originOf(url: string | undefined): string[] {
  if (!url) return [];
  try {
    return [new URL(url).origin];
  } catch {
    return [];
  }
}

/**
 * The Content-Security-Policy of every response but the API docs: the dashboard's. Scripts only
 * from the service itself (the page has no inline script), inline `style=` attributes allowed
 * because the page writes bar widths and heat colours that way, images also from `data:` (the
 * icons), connections to the service and the OIDC issuer, never framed.
 */
export function dashboardCsp(oidcIssuer?: string): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'style-src-elem': ["'self'"],
    'style-src-attr': ["'unsafe-inline'"],
    'img-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...originOf(oidcIssuer)],
    'font-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
}

/** Swagger UI at /docs writes inline styles and one inline script of its own. */
const DOCS_CSP: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'unsafe-inline'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'frame-ancestors': ["'none'"],
};

function helmetWith(directives: Record<string, string[]>): RequestHandler {
  // HSTS is ours (below): only over TLS, where a browser heeds it.
  return helmet({ contentSecurityPolicy: { useDefaults: false, directives }, strictTransportSecurity: false, crossOriginEmbedderPolicy: false });
}

/**
 * helmet on every service (issue 23): CSP, X-Frame-Options, nosniff, no X-Powered-By, and HSTS
 * when the request came over TLS (directly, or through a proxy `trust proxy` believes).
 */
export function applySecurityHeaders(app: NestExpressApplication, options: SecurityHeaderOptions = {}): void {
  app.disable('x-powered-by');
  if (options.trustProxy) app.set('trust proxy', parseTrustProxy(options.trustProxy));
  const site = helmetWith(dashboardCsp(options.oidcIssuer));
  const docs = helmetWith(DOCS_CSP);
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.secure) res.setHeader('Strict-Transport-Security', HSTS);
    (req.path === '/docs' || req.path.startsWith('/docs/') ? docs : site)(req, res, next);
  });
}

/** `true`, a hop count, or Express' list of addresses/subnets (`loopback, 10.0.0.0/8`). */
function parseTrustProxy(value: string): boolean | number | string {
  if (value === 'true') return true;
  if (value === 'false') return false;
  return /^\d+$/.test(value) ? Number(value) : value;
}
