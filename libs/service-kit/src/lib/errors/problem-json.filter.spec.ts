import { BadRequestException, NotFoundException } from '@nestjs/common';
import { ContractError } from '@selaras/contracts';
import { ConflictError, DomainError, ForbiddenError } from './domain-error';
import { statusOf, toProblem } from './problem-json.filter';

describe(toProblem.name, () => {
  it('maps a domain error to its status with its stable code and extras', () => {
    const problem = toProblem(new ConflictError('PROPOSAL_REVISION_STALE', 'revision 3 is current', { currentRevision: 3 }), '/v1/proposals/x');
    expect(problem).toMatchObject({ status: 409, code: 'PROPOSAL_REVISION_STALE', detail: 'revision 3 is current', currentRevision: 3, instance: '/v1/proposals/x' });
  });

  it('never lets an error\'s extra fields override the HTTP status or code', () => {
    const problem = toProblem(new ConflictError('PROPOSAL_TRANSITION_INVALID', 'no', { status: 'draft', code: 'X' }));
    expect(problem.status).toBe(409);
    expect(problem.code).toBe('PROPOSAL_TRANSITION_INVALID');
  });

  it('maps a contract error to 400 with its violations', () => {
    const problem = toProblem(new ContractError('EVENT_PAYLOAD_INVALID', 'data.year: bad', [{ field: 'data.year', reason: 'bad' }]));
    expect(problem.status).toBe(400);
    expect(problem.violations).toEqual([{ field: 'data.year', reason: 'bad' }]);
  });

  it('keeps the code a validation pipe put in a 400', () => {
    const problem = toProblem(new BadRequestException({ code: 'REQUEST_INVALID', message: 'year: must be an integer', violations: [{ field: 'year', reason: 'must be an integer' }] }));
    expect(problem).toMatchObject({ status: 400, code: 'REQUEST_INVALID', detail: 'year: must be an integer' });
  });

  it('gives framework errors a code too', () => {
    expect(toProblem(new NotFoundException()).code).toBe('ROUTE_NOT_FOUND');
  });

  it('hides internals of unexpected errors', () => {
    const problem = toProblem(new Error('password=hunter2'));
    expect(problem.status).toBe(500);
    expect(problem.detail).not.toContain('hunter2');
  });

  it('maps forbidden to 403', () => {
    expect(toProblem(new ForbiddenError('REGION_FORBIDDEN', 'no')).status).toBe(403);
    expect(statusOf(new DomainError('X', 'unavailable', 'down').kind)).toBe(503);
  });
});
