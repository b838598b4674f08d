import { Controller, Get, Logger, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, Matches } from 'class-validator';
import { Request, Response } from 'express';
import { Caller, CurrentCaller, Roles } from '@selaras/service-kit';
import { provinceWithKabKota } from '../regions/region-refs';
import { assertProvinceReader } from '../sync/report-query';
import { StreamSlots } from './stream-slots';
import { ChangeStreamHub } from './change-stream.hub';
import { parseLastEventId, sseComment } from './sse';

export class StreamQuery {
  @IsString() @Matches(/^\d{2}$/, { message: 'province must be a province code such as 81' })
  province!: string;

  /** Same as the Last-Event-ID header, for a first connection that resumes a previous page's stream. */
  @IsOptional() @IsString()
  lastEventId?: string;
}

@ApiTags('stream')
@ApiBearerAuth()
@Controller('v1/stream')
export class StreamController {
  private readonly logger = new Logger(StreamController.name);

  constructor(private readonly hub: ChangeStreamHub, private readonly slots: StreamSlots) {}

  @Get()
  @Roles('coordinator', 'viewer')
  @ApiOperation({ summary: 'Server-sent events: every change to the read models of a province; resumes after Last-Event-ID' })
  @ApiQuery({ name: 'access_token', required: false, description: 'the bearer token, for EventSource (it cannot send headers)' })
  async stream(@CurrentCaller() caller: Caller, @Query() query: StreamQuery, @Req() req: Request, @Res() res: Response): Promise<void> {
    assertProvinceReader(caller, query.province);
    provinceWithKabKota(query.province);
    const release = this.slots.take(caller.sub);
    res.on('close', release);
    res.status(200).set({
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    res.flushHeaders();
    res.write(`retry: 3000\n${sseComment('terhubung')}`);
    const lastEventId = parseLastEventId(req.headers['last-event-id']) ?? parseLastEventId(query.lastEventId);
    try {
      const client = await this.hub.open(query.province, lastEventId, res);
      // The response (not the request) closes when the client goes away.
      if (res.destroyed) this.hub.close(client);
      else res.on('close', () => this.hub.close(client));
    } catch (error) {
      // Headers are sent, so no problem JSON can follow: end the stream and let EventSource
      // reconnect (with its Last-Event-ID, so nothing is missed).
      this.logger.warn({ err: error, province: query.province }, 'stream could not start');
      release();
      res.end();
    }
  }
}
