import 'reflect-metadata';
import { loadConfig, startService } from '@selaras/service-kit';
import { SpbeIndicatorsAppModule } from './app.module';
import { SPBE_INDICATORS_DEFAULTS, SpbeIndicatorsConfig } from './config';

async function main(): Promise<void> {
  const config = loadConfig(SpbeIndicatorsConfig, process.env, SPBE_INDICATORS_DEFAULTS);
  await startService(SpbeIndicatorsAppModule.register(config), {
    title: 'Selaras SPBE indicators',
    description: 'SPBE frameworks as data, indicator assessments (self and final) per region and year, the SPBE index and targets',
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
