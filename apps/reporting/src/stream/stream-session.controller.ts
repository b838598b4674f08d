import { Controller, Delete, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { Public, Roles } from '@selaras/service-kit';

/** The cookie that carries the bearer token to `GET /v1/stream` (EventSource cannot send headers). */
export const STREAM_COOKIE = 'selaras_stream';
export const STREAM_COOKIE_PATH = '/v1/stream';

/** Seconds until the token's `exp` (already verified by the guard; read here only for the cookie's lifetime). */
function secondsLeft(token: string): number {
  try {
    const { exp } = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { exp?: number };
    return Math.max(0, (exp ?? 0) - Math.floor(Date.now() / 1000));
  } catch {
    return 0;
  }
}

/**
 * The dashboard's live stream authenticates by an HttpOnly, SameSite=Strict cookie holding the
 * page's current access token, scoped to /v1/stream and expiring with the token: no token in
 * any URL, no server-side session state (any reporting instance verifies it like a bearer
 * token), and page scripts cannot read it back. The page sets it again after each refresh.
 */
@ApiTags('stream')
@Controller('v1/stream/session')
export class StreamSessionController {
  @Post()
  @HttpCode(204)
  @Roles('coordinator', 'viewer')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Put the bearer token into the HttpOnly cookie the live stream reads (for EventSource, which cannot send headers)' })
  open(@Req() req: Request, @Res({ passthrough: true }) res: Response): void {
    const token = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')![1];
    res.cookie(STREAM_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure: req.secure, path: STREAM_COOKIE_PATH, maxAge: secondsLeft(token) * 1000 });
  }

  @Delete()
  @HttpCode(204)
  @Public()
  @ApiOperation({ summary: 'Remove the stream cookie (sign-out)' })
  close(@Req() req: Request, @Res({ passthrough: true }) res: Response): void {
    res.clearCookie(STREAM_COOKIE, { httpOnly: true, sameSite: 'strict', secure: req.secure, path: STREAM_COOKIE_PATH });
  }
}

/** The stream cookie's value in a Cookie header, if any. */
export function streamCookie(header: string | undefined): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === STREAM_COOKIE && value.length) return value.join('=');
  }
  return undefined;
}
