import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { Type } from 'class-transformer';
import { IsRegionCode } from '@selaras/contracts';
import { Caller, CurrentCaller, Roles } from '@selaras/service-kit';
import { InboundHttp } from './inbound-http.service';
import { InboundRejections } from './inbound-rejections.service';
import { keyStatus, RegencyKeyEntity } from './regency-key.entity';
import { RegencyKeys } from './regency-keys.service';

export class RegisterKeyDto {
  @IsRegionCode() region!: string;
  /** Ed25519 public key, SPKI PEM. */
  @IsString() @IsNotEmpty() @MaxLength(2000) publicKey!: string;
  @IsString() @IsNotEmpty() @MaxLength(200) label!: string;
}

export class RejectionsQuery {
  @IsOptional() @IsRegionCode() region?: string;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(1000) limit?: number;
}

@ApiTags('inbound')
@ApiBearerAuth()
@Controller('v1/inbound')
export class InboundController {
  constructor(private readonly inbound: InboundHttp, private readonly rejections: InboundRejections, private readonly keys: RegencyKeys) {}

  @Post()
  @HttpCode(202)
  @Roles('opd')
  @ApiOperation({
    summary: 'A regency system posts one CloudEvent (proposals.usulan.upserted.v1 or .withdrawn.v1), or a proposals.usulan.batch.v1 of many; same rules as the topic',
    description: 'One event answers { outcome: accepted | duplicate, eventId, proposal }. A batch answers { outcome: batch, eventId, accepted, duplicate, refused, results }, one result per event in its order; a refused event is recorded under GET /v1/inbound/rejections like any other.',
  })
  @ApiBody({ description: 'A CloudEvents 1.0 envelope in structured JSON mode' })
  receive(@CurrentCaller() caller: Caller, @Body() body: unknown) {
    return this.inbound.receive(caller, body);
  }

  @Get('rejections')
  @ApiOperation({ summary: 'Why inbound events of a region were refused, newest first' })
  async listRejections(@CurrentCaller() caller: Caller, @Query() query: RejectionsQuery) {
    const rows = await this.rejections.list(caller, query.region, query.limit);
    return rows.map((r) => ({ id: r.id, channel: r.channel, eventId: r.eventId, eventType: r.eventType, region: r.region, externalId: r.externalId, code: r.code, reason: r.reason, violations: r.violations ?? [], receivedAt: r.receivedAt.toISOString(), raw: r.raw }));
  }

  @Post('keys')
  @Roles('admin', 'opd')
  @ApiOperation({
    summary: 'A region requests a signing key for its regency system (Ed25519 public key); 201, pending',
    description: 'Requested by the region itself (its admin, or its regency system\'s opd token); the key signs nothing until the province\'s coordinator approves it with POST /v1/inbound/keys/:keyId/approve.',
  })
  async registerKey(@CurrentCaller() caller: Caller, @Body() body: RegisterKeyDto) {
    return keyView(await this.keys.request(caller, body.region, body.publicKey, body.label));
  }

  @Post('keys/:keyId/approve')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOperation({ summary: 'The province\'s coordinator approves a key a region requested; from then on it signs that region\'s events' })
  async approveKey(@CurrentCaller() caller: Caller, @Param('keyId') keyId: string) {
    return keyView(await this.keys.approve(caller, keyId));
  }

  @Get('keys')
  @ApiOperation({ summary: 'A region\'s keys with who requested, approved and revoked each' })
  async listKeys(@CurrentCaller() caller: Caller, @Query('region') region: string) {
    const keys = await this.keys.list(caller, region ?? caller.region);
    return keys.map(keyView);
  }

  @Delete('keys/:keyId')
  @HttpCode(204)
  @Roles('admin', 'opd', 'coordinator')
  @ApiOperation({ summary: 'Revoke a key: the region that requested it, or its province\'s coordinator' })
  revokeKey(@CurrentCaller() caller: Caller, @Param('keyId') keyId: string) {
    return this.keys.revoke(caller, keyId);
  }
}

function party(sub: string | null, region: string | null) {
  return sub ? { sub, region } : null;
}

/** A key as listed: both parties named, `status` one of requested | approved | revoked. */
function keyView(k: RegencyKeyEntity) {
  return {
    keyId: k.keyId, region: k.region, label: k.label, status: keyStatus(k),
    registeredAt: k.registeredAt, requestedBy: party(k.registeredBy, k.requestedByRegion),
    approvedAt: k.approvedAt, approvedBy: party(k.approvedBy, k.approvedByRegion),
    revokedAt: k.revokedAt, revokedBy: party(k.revokedBy, k.revokedByRegion),
  };
}
