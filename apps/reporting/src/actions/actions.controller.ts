import { All, Controller, Param, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { DomainError, InjectConfig, NotFoundError } from '@selaras/service-kit';
import { ReportingConfig } from '../config';
import { ActionService, isAllowedAction } from './action-routes';

const TIMEOUT_MS = 15000;

/**
 * `/v1/actions/<service>/<path>`: forwards the dashboard's allow-listed writes (action-routes.ts)
 * to the service that owns them, with the caller's own Authorization header, and hands back
 * that service's answer as it is (status, problem JSON and all). Reporting decides nothing
 * here: the owning service checks the caller's token and rules.
 */
@ApiExcludeController()
@Controller('v1/actions')
export class ActionsController {
  constructor(@InjectConfig() private readonly config: ReportingConfig) {}

  @All(':service/*path')
  async forward(@Param('service') service: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const url = new URL(req.originalUrl, 'http://reporting');
    const path = url.pathname.slice(`/v1/actions/${service}`.length);
    if (!isAllowedAction(service, req.method, path)) {
      throw new NotFoundError('ACTION_NOT_ALLOWED', `${req.method} ${path} of ${service} is not an action the dashboard may forward`);
    }
    const base = this.baseUrl(service);
    const hasBody = !['GET', 'DELETE'].includes(req.method);
    let upstream: globalThis.Response;
    try {
      upstream = await fetch(`${base}${path}${url.search}`, {
        method: req.method,
        headers: { authorization: req.headers.authorization ?? '', accept: 'application/json', ...(hasBody ? { 'content-type': 'application/json' } : {}) },
        body: hasBody ? JSON.stringify(req.body ?? {}) : undefined,
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      throw new DomainError('ACTION_UPSTREAM_UNREACHABLE', 'unavailable', `${service} did not answer (${(error as Error).message}); try again`);
    }
    res.status(upstream.status);
    const type = upstream.headers.get('content-type');
    if (type) res.setHeader('content-type', type);
    res.send(Buffer.from(await upstream.arrayBuffer()));
  }

  private baseUrl(service: ActionService): string {
    return (service === 'proposals' ? this.config.PROPOSALS_URL : this.config.SPBE_URL).replace(/\/$/, '');
  }
}
