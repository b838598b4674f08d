import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { readiness } from '@selaras/messaging';

/** Up unless a consumer group is joining or a part of the service holds readiness (messaging's `readiness`). */
@Injectable()
export class ReadinessIndicator {
  constructor(private readonly health: HealthIndicatorService) {}

  check(key = 'consumers') {
    const indicator = this.health.check(key);
    const reasons = readiness.reasons();
    return reasons.length === 0 ? indicator.up() : indicator.down({ reasons });
  }
}
