import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { Caller, Role } from './caller';

export const IS_PUBLIC = 'selaras:public';
export const REQUIRED_ROLES = 'selaras:roles';

/** No token needed: health, metrics, docs, open data. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** The caller needs one of these roles (admins always pass). */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

export const CurrentCaller = createParamDecorator((_: unknown, ctx: ExecutionContext): Caller => ctx.switchToHttp().getRequest().caller);
