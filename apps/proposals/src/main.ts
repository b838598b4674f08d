import 'reflect-metadata';
import { loadConfig, startService } from '@selaras/service-kit';
import { ProposalsAppModule } from './app.module';
import { PROPOSALS_DEFAULTS, ProposalsConfig } from './config';

async function main(): Promise<void> {
  const config = loadConfig(ProposalsConfig, process.env, PROPOSALS_DEFAULTS);
  await startService(ProposalsAppModule.register(config), {
    title: 'Selaras proposals',
    description: 'Usulan, Forum Perangkat Daerah decisions, provincial priorities and inbound events from regency systems',
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
