import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError, ForbiddenError } from '../errors/domain-error';
import { IS_PUBLIC, REQUIRED_ROLES } from './auth.decorators';
import { Caller, hasAnyRole, Role, ROLES } from './caller';
import { TokenVerifier } from './token-verifier';

export const TOKEN_VERIFIER = Symbol('TOKEN_VERIFIER');

/** Verifies the bearer JWT on every route that is not `@Public()` and checks `@Roles`. */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector, @Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest();
    const caller = await this.verify(request.headers?.authorization);
    request.caller = caller;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (roles && !hasAnyRole(caller, roles)) {
      throw new ForbiddenError('ROLE_FORBIDDEN', `this action needs one of the roles ${roles.join(', ')}; the token has ${caller.roles.join(', ') || 'none'}`);
    }
    return true;
  }

  private async verify(header: unknown): Promise<Caller> {
    const match = typeof header === 'string' ? /^Bearer\s+(.+)$/i.exec(header) : null;
    if (!match) throw new DomainError('UNAUTHENTICATED', 'unauthenticated', 'send Authorization: Bearer <JWT> (sign in through the identity provider; locally: `selaras token --user opd.81.71`)');
    const claims = await this.verifier.verify(match[1]);
    const roles = Array.isArray(claims.roles) ? claims.roles.filter((r): r is Role => (ROLES as readonly string[]).includes(r as string)) : [];
    if (typeof claims.sub !== 'string' || typeof claims.region !== 'string' || roles.length === 0) {
      throw new DomainError('TOKEN_INVALID', 'unauthenticated', 'the token must carry sub, region and at least one known role');
    }
    // people are known by their user name (Keycloak's `sub` is an opaque id); systems by their client's service account
    const sub = typeof claims.preferred_username === 'string' ? claims.preferred_username : claims.sub;
    return { sub, region: claims.region, roles };
  }
}
