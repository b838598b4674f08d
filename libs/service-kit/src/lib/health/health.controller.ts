import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { KafkaHealthIndicator } from '@selaras/messaging';
import { Public } from '../auth/auth.decorators';
import { ReadinessIndicator } from './readiness.indicator';

@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly kafka: KafkaHealthIndicator,
    private readonly readiness: ReadinessIndicator,
  ) {}

  /** 200 when PostgreSQL and Kafka answer, 503 with the failing part otherwise. */
  @Get()
  @Public()
  @HealthCheck()
  check() {
    return this.health.check([() => this.database.pingCheck('database', { timeout: 2000 }), () => this.kafka.isHealthy('kafka')]);
  }

  /**
   * Liveness: the process answers HTTP. Nothing outside it is checked, so a broker or database
   * outage does not make the orchestrator restart every pod (they recover by themselves).
   */
  @Get('live')
  @Public()
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /**
   * Readiness: PostgreSQL and Kafka answer, no consumer group of this process is joining or
   * rebalancing, and nothing holds readiness (reporting while a replay switches generations).
   * 503 takes the pod out of the Service's endpoints until it passes again.
   */
  @Get('ready')
  @Public()
  @HealthCheck()
  ready() {
    return this.health.check([
      () => this.database.pingCheck('database', { timeout: 2000 }),
      () => this.kafka.isHealthy('kafka'),
      () => this.readiness.check('consumers'),
    ]);
  }
}
