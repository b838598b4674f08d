import 'reflect-metadata';
import { loadConfig, startService } from '@selaras/service-kit';
import { NomenclatureAppModule } from './app.module';
import { NOMENCLATURE_DEFAULTS, NomenclatureConfig } from './config';

async function main(): Promise<void> {
  const config = loadConfig(NomenclatureConfig, process.env, NOMENCLATURE_DEFAULTS);
  await startService(NomenclatureAppModule.register(config), {
    title: 'Selaras nomenclature',
    description: 'The national sub kegiatan nomenclature: versions, import, activation, lookup, search, validation and version diff',
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
