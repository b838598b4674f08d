import { Module } from '@nestjs/common';
import { UsulanModule } from '../usulan/usulan.module';
import { InboundConsumer } from './inbound-consumer';
import { InboundHttp } from './inbound-http.service';
import { InboundProcessor } from './inbound-processor.service';
import { InboundRejections } from './inbound-rejections.service';
import { InboundController } from './inbound.controller';
import { RegencyKeys } from './regency-keys.service';
import { IntegrationEvents } from '../integration-health/integration-events.service';

@Module({
  imports: [UsulanModule],
  controllers: [InboundController],
  providers: [IntegrationEvents, RegencyKeys, InboundProcessor, InboundRejections, InboundConsumer, InboundHttp],
})
export class InboundModule {}
