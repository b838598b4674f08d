import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { loadConfig } from '@selaras/service-kit';
import { ReportingAppModule } from '../app.module';
import { REPORTING_DEFAULTS, ReportingConfig } from '../config';
import { ReplayService, ReplayStatus } from './replay.service';

/**
 * A replay without the HTTP server, for the CLI (`selaras replay` runs `replay.main.ts`) and for
 * operators when the service is down. It joins the running instances like one more instance:
 * they follow the switch through LISTEN/NOTIFY.
 */
export async function replayReadModels(env: NodeJS.ProcessEnv): Promise<ReplayStatus> {
  const config = loadConfig(ReportingConfig, env, REPORTING_DEFAULTS);
  const app = await NestFactory.createApplicationContext(ReportingAppModule.register(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  try {
    await app.init();
    return await app.get(ReplayService).run();
  } finally {
    await app.close();
  }
}
