import { JwtService } from '@nestjs/jwt';
import { Role } from './caller';

/** A signed JWT with Selaras claims, for development, tests and the CLI's `token` command. */
export function mintToken(secret: string, claims: { sub: string; region: string; roles: Role[] }, ttlSeconds = 12 * 3600): string {
  return new JwtService({ secret }).sign({ ...claims }, { expiresIn: ttlSeconds });
}
