import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProposalStateV1 } from '@selaras/contracts';
import { Caller, CurrentCaller, InvalidInputError, Roles } from '@selaras/service-kit';
import { BulkDecisionsDto, CreateUsulanDto, DecisionDto, LifecycleDto, ListUsulanQuery, ReviseUsulanDto } from './dtos/usulan.dtos';
import { ForumDecisions } from './forum-decisions.service';
import { UsulanCommands } from './usulan-commands.service';
import { UsulanQueries } from './usulan-queries.service';

const Id = () => Param('id', new ParseUUIDPipe({ version: '4' }));

@ApiTags('usulan')
@ApiBearerAuth()
@Controller('v1')
export class UsulanController {
  constructor(private readonly commands: UsulanCommands, private readonly decisions: ForumDecisions, private readonly queries: UsulanQueries) {}

  @Post('proposals')
  @Roles('opd')
  @ApiOperation({ summary: 'Create a draft usulan (OPD operator of the region)' })
  create(@CurrentCaller() caller: Caller, @Body() body: CreateUsulanDto): Promise<ProposalStateV1> {
    return this.commands.create(caller, body);
  }

  @Get('proposals')
  @ApiOperation({ summary: 'List usulan of a region, year and status' })
  list(@CurrentCaller() caller: Caller, @Query() query: ListUsulanQuery) {
    return this.queries.list(caller, query);
  }

  @Get('proposals/:id')
  get(@CurrentCaller() caller: Caller, @Id() id: string): Promise<ProposalStateV1> {
    return this.queries.get(caller, id);
  }

  @Get('proposals/:id/history')
  @ApiOperation({ summary: 'Every revision of an usulan, oldest first' })
  history(@CurrentCaller() caller: Caller, @Id() id: string) {
    return this.queries.history(caller, id);
  }

  @Patch('proposals/:id')
  @Roles('opd')
  @ApiOperation({ summary: 'Revise an usulan; 409 when expectedRevision is stale' })
  revise(@CurrentCaller() caller: Caller, @Id() id: string, @Body() body: ReviseUsulanDto): Promise<ProposalStateV1> {
    return this.commands.revise(caller, id, body);
  }

  @Post('proposals/:id/submit')
  @HttpCode(200)
  @Roles('opd')
  submit(@CurrentCaller() caller: Caller, @Id() id: string, @Body() body: LifecycleDto) {
    return this.commands.submit(caller, id, body);
  }

  @Post('proposals/:id/withdraw')
  @HttpCode(200)
  @Roles('opd')
  withdraw(@CurrentCaller() caller: Caller, @Id() id: string, @Body() body: LifecycleDto) {
    return this.commands.withdraw(caller, id, body);
  }

  @Post('proposals/:id/agree')
  @HttpCode(200)
  @Roles('bappeda')
  @ApiOperation({ summary: 'Forum PD agrees (as proposed, or with changes)' })
  agree(@CurrentCaller() caller: Caller, @Id() id: string, @Body() body: DecisionDto) {
    const outcome = body.changes ? 'agreed_with_changes' : 'agreed_as_proposed';
    return this.decisions.decide(caller, body.beritaAcara, { ...body, proposalId: id, outcome });
  }

  @Post('proposals/:id/reject')
  @HttpCode(200)
  @Roles('bappeda')
  @ApiOperation({ summary: 'Forum PD rejects (reason required) or merges into another usulan' })
  reject(@CurrentCaller() caller: Caller, @Id() id: string, @Body() body: DecisionDto) {
    if (!body.reason?.trim()) throw new InvalidInputError('DECISION_REASON_REQUIRED', 'a rejection needs a reason', [{ field: 'reason', reason: 'required' }]);
    return this.decisions.decide(caller, body.beritaAcara, { ...body, proposalId: id, outcome: body.mergedInto ? 'merged' : 'rejected' });
  }

  @Post('proposals/:id/defer')
  @HttpCode(200)
  @Roles('bappeda')
  defer(@CurrentCaller() caller: Caller, @Id() id: string, @Body() body: DecisionDto) {
    return this.decisions.decide(caller, body.beritaAcara, { ...body, proposalId: id, outcome: 'deferred' });
  }

  @Post('forum/decisions')
  @HttpCode(200)
  @Roles('bappeda')
  @ApiOperation({ summary: 'Record a whole Forum PD session (one Berita Acara) at once; all or nothing' })
  decideAll(@CurrentCaller() caller: Caller, @Body() body: BulkDecisionsDto) {
    return this.decisions.decideAll(caller, body);
  }
}
