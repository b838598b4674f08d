import { DynamicModule, INestApplication } from '@nestjs/common';
import { createService, loadConfig, mintToken, Role, ServiceConfig } from '@selaras/service-kit';
import { testEnv } from '@selaras/test-infra';

export interface RunningService {
  app: INestApplication;
  url: string;
  close(): Promise<void>;
}

/** Starts a service in this process on a free port, configured for the test stack. */
export async function startTestService<C extends ServiceConfig>(
  configClass: new () => C,
  register: (config: C) => DynamicModule,
  overrides: Record<string, string> = {},
): Promise<RunningService> {
  const config = loadConfig(configClass, { ...testEnv(), ...overrides }, { PORT: 1 } as Partial<Record<keyof C, unknown>>);
  const app = await createService(register(config), { title: 'test', description: 'test', trustProxy: config.TRUST_PROXY, oidcIssuer: config.OIDC_ISSUER });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  return { app, url: `http://127.0.0.1:${address.port}`, close: () => app.close() };
}

export function testToken(region: string, ...roles: Role[]): string {
  return mintToken(testEnv().JWT_SECRET, { sub: `test-${roles.join('+')}@${region}`, region, roles });
}
