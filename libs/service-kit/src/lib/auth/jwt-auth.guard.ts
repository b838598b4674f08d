import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { DomainError, ForbiddenError } from '../errors/domain-error';
import { IS_PUBLIC, REQUIRED_ROLES } from './auth.decorators';
import { Caller, hasAnyRole, Role, ROLES } from './caller';

/** Verifies the bearer JWT on every route that is not `@Public()` and checks `@Roles`. */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector, private readonly jwt: JwtService) {}

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
    if (!match) throw new DomainError('UNAUTHENTICATED', 'unauthenticated', 'send Authorization: Bearer <JWT> (mint a development token with `selaras token --region 81.71 --role opd`)');
    let claims: Record<string, unknown>;
    try {
      claims = await this.jwt.verifyAsync(match[1]);
    } catch (error) {
      throw new DomainError('TOKEN_INVALID', 'unauthenticated', `the bearer token is not valid: ${(error as Error).message}`);
    }
    const roles = Array.isArray(claims.roles) ? claims.roles.filter((r): r is Role => (ROLES as readonly string[]).includes(r as string)) : [];
    if (typeof claims.sub !== 'string' || typeof claims.region !== 'string' || roles.length === 0) {
      throw new DomainError('TOKEN_INVALID', 'unauthenticated', 'the token must carry sub, region and at least one known role');
    }
    return { sub: claims.sub, region: claims.region, roles };
  }
}
