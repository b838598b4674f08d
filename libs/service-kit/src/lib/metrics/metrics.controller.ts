import { Controller, Get, Header } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Registry } from 'prom-client';
import { messagingMetricsRegistry } from '@selaras/messaging';
import { Public } from '../auth/auth.decorators';
import { metricsRegistry } from './metrics';

@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  /** The service's metrics and the messaging lib's (consumers, outbox, lag), merged per scrape so late-registered metrics show. */
  @Get()
  @Public()
  @Header('Content-Type', 'text/plain; version=0.0.4')
  metrics(): Promise<string> {
    return Registry.merge([metricsRegistry, messagingMetricsRegistry]).metrics();
  }
}
