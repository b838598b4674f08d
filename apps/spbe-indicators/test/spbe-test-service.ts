import { RunningService, startTestService } from '@selaras/testing';
import { SpbeIndicatorsAppModule } from '../src/app.module';
import { SpbeIndicatorsConfig } from '../src/config';

/** The real service in this process: real PostgreSQL (schema spbe, real migrations) and the real test broker. */
export function startSpbeIndicators(): Promise<RunningService> {
  return startTestService(SpbeIndicatorsConfig, (config) => SpbeIndicatorsAppModule.register(config));
}

/** `[{ no, level }]` from `[from, to, level]` ranges, the body of a bulk PUT. */
export function levelItems(ranges: readonly (readonly [number, number, number])[]): { no: number; level: number }[] {
  return ranges.flatMap(([from, to, level]) => Array.from({ length: to - from + 1 }, (_, i) => ({ no: from + i, level })));
}
