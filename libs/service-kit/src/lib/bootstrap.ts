import { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { buildAsyncApiDocument } from '@selaras/contracts';
import { applySecurityHeaders, SecurityHeaderOptions } from './http/security-headers';
import { httpMetricsMiddleware } from './metrics/http-metrics.middleware';
import { applyHeapGrowingPercent } from './runtime/heap-growth';

export interface BootstrapOptions extends SecurityHeaderOptions {
  title: string;
  description: string;
  port: number;
  /** The address to listen on (HOST); 127.0.0.1 unless told otherwise (issue 23). */
  host?: string;
  /** The service's HEAP_GROWING_PERCENT, applied before the app is built (runtime/heap-growth.ts). */
  heapGrowingPercent?: number;
}

/**
 * Creates and initialises a service: pino logs, OpenAPI at `/docs`, graceful shutdown.
 * `init()` runs migrations and starts consumers (onApplicationBootstrap) before the HTTP
 * port opens, so a healthy port means a ready service.
 */
export async function createService(module: Type<unknown> | DynamicModule, options: Omit<BootstrapOptions, 'port' | 'host' | 'heapGrowingPercent'>): Promise<INestApplication> {
  // No body parser as middleware: bodies are read after the guards (http/body-reader.interceptor.ts).
  const app = await NestFactory.create<NestExpressApplication>(module, { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(Logger));
  applySecurityHeaders(app, options);
  app.use(httpMetricsMiddleware);
  app.enableShutdownHooks();
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder().setTitle(options.title).setDescription(options.description).setVersion('1').addBearerAuth().build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json' });
  // The event contract beside the HTTP one (DESIGN §4), generated from the contract classes.
  const asyncApi = buildAsyncApiDocument();
  app.getHttpAdapter().get('/docs/asyncapi.json', (_req, res) => app.getHttpAdapter().reply(res, asyncApi, 200));
  await app.init();
  return app;
}

export async function startService(module: Type<unknown> | DynamicModule, options: BootstrapOptions): Promise<INestApplication> {
  if (options.heapGrowingPercent !== undefined) applyHeapGrowingPercent(options.heapGrowingPercent);
  const app = await createService(module, options);
  await app.listen(options.port, options.host ?? '127.0.0.1');
  app.get(Logger).log({ msg: `${options.title} listening`, url: `http://127.0.0.1:${options.port}`, docs: `http://127.0.0.1:${options.port}/docs` });
  return app;
}
