import { BadRequestException, PayloadTooLargeException } from '@nestjs/common';
import { DomainError } from './domain-error';
import { toProblem } from './problem-json.filter';

describe('problem titles and refusals that used to be 500s', () => {
  it('titles a problem with a sentence per code and keeps the code', () => {
    expect(toProblem(new DomainError('UNAUTHENTICATED', 'unauthenticated', 'x'))).toMatchObject({ title: 'Authentication is required.', code: 'UNAUTHENTICATED', status: 401 });
    expect(toProblem(new BadRequestException({ code: 'REQUEST_INVALID', message: 'x' }))).toMatchObject({ title: 'The request is invalid.', code: 'REQUEST_INVALID' });
    expect(toProblem(new PayloadTooLargeException())).toMatchObject({ title: 'The request body is too large.', code: 'PAYLOAD_TOO_LARGE', status: 413 });
  });

  it('gives a code without its own sentence the sentence of its status', () => {
    expect(toProblem(new DomainError('SOMETHING_NEW', 'conflict', 'x')).title).toBe('The request conflicts with the current state.');
  });

  it('answers a body too large for its parser with 413 and a malformed one with 400', () => {
    const tooLarge = Object.assign(new Error('request entity too large'), { status: 413, expose: true, type: 'entity.too.large', limit: 1048576 });
    expect(toProblem(tooLarge)).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
    const broken = Object.assign(new Error('Unexpected end of JSON input'), { status: 400, expose: true, type: 'entity.parse.failed' });
    expect(toProblem(broken)).toMatchObject({ status: 400, code: 'BODY_MALFORMED' });
  });

  it('answers a PostgreSQL data exception (out of range, NUL) with 400, anything else with 500', () => {
    const outOfRange = Object.assign(new Error('value "99999999999" is out of range for type integer'), { name: 'QueryFailedError', driverError: { code: '22003' } });
    expect(toProblem(outOfRange)).toMatchObject({ status: 400, code: 'PARAMETER_INVALID' });
    const deadlock = Object.assign(new Error('deadlock detected'), { name: 'QueryFailedError', driverError: { code: '40P01' } });
    expect(toProblem(deadlock)).toMatchObject({ status: 500, code: 'INTERNAL_ERROR', title: 'An unexpected error occurred.' });
  });
});
