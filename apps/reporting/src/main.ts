import 'reflect-metadata';
import { loadConfig, startService } from '@selaras/service-kit';
import { ReportingAppModule } from './app.module';
import { REPORTING_DEFAULTS, ReportingConfig } from './config';

async function main(): Promise<void> {
  const config = loadConfig(ReportingConfig, process.env, REPORTING_DEFAULTS);
  await startService(ReportingAppModule.register(config), {
    title: 'Selaras reporting',
    description: 'Read models built from events: synchronisation reports, live stream, exports and the dashboard',
    port: config.PORT,
    host: config.HOST,
    trustProxy: config.TRUST_PROXY,
    oidcIssuer: config.OIDC_ISSUER,
    heapGrowingPercent: config.HEAP_GROWING_PERCENT,
  });
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
