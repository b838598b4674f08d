import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { dirname, join } from 'node:path';
import type { Response } from 'express';
import { InjectConfig, NotFoundError, Public } from '@selaras/service-kit';
import { ReportingConfig } from '../config';
import { listDashboardFiles, resolveVendorFiles } from './dashboard-files';

const OIDC_CLIENT_DIR = join(dirname(require.resolve('oidc-client-ts/package.json')), 'dist', 'browser');

/**
 * Serves apps/dashboard (plain HTML, CSS and ES modules, no build step) at `/`. The page reads
 * the API of this same service, so it needs no CORS and no separate web server.
 */
@ApiExcludeController()
@Controller()
export class DashboardController {
  private readonly files: Set<string>;
  private readonly vendor = resolveVendorFiles();

  constructor(@InjectConfig() private readonly config: ReportingConfig) {
    this.files = listDashboardFiles(config.DASHBOARD_DIR);
  }

  @Get()
  @Public()
  index(@Res() res: Response): void {
    this.send(res, 'index.html');
  }

  /** How the page signs in: at the issuer (OIDC) or, in the test suites' shared-secret mode, with a pasted token. */
  @Get('v1/public/dashboard-auth')
  @Public()
  authConfig() {
    if (!this.config.OIDC_ISSUER) return { mode: 'token' };
    return { mode: 'oidc', issuer: this.config.OIDC_ISSUER, clientId: this.config.DASHBOARD_OIDC_CLIENT_ID, scope: 'openid' };
  }

  /** oidc-client-ts's browser bundle, from node_modules (no CDN: the page loads nothing from elsewhere but the issuer). */
  @Get('dashboard/vendor/oidc-client-ts.min.js')
  @Public()
  oidcClient(@Res() res: Response): void {
    res.sendFile('oidc-client-ts.min.js', { root: OIDC_CLIENT_DIR, headers: { 'Cache-Control': 'no-cache' } });
  }

  @Get('dashboard/*path')
  @Public()
  asset(@Param('path') path: string | string[], @Res() res: Response): void {
    this.send(res, Array.isArray(path) ? path.join('/') : path);
  }

  private send(res: Response, file: string): void {
    const vendored = this.vendor.get(file);
    if (vendored) return res.sendFile(vendored, { headers: { 'Cache-Control': 'no-cache', 'Content-Type': 'text/javascript; charset=utf-8' } });
    if (!this.files.has(file)) throw new NotFoundError('DASHBOARD_FILE_NOT_FOUND', `the dashboard has no file ${file}`);
    // Revalidated on every load (ETag), so a new version shows without a hard refresh.
    res.sendFile(file, { root: this.config.DASHBOARD_DIR, headers: { 'Cache-Control': 'no-cache' } });
  }
}
