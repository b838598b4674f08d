import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { InjectConfig, NotFoundError, Public } from '@selaras/service-kit';
import { ReportingConfig } from '../config';
import { listDashboardFiles, resolveVendorFiles } from './dashboard-files';

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
