import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { FieldViolation } from '@selaras/contracts';
import { InvalidInputError } from './domain-error';

/** A path or query value longer than this is no code, id or search anyone types (issue 23). */
export const MAX_PARAMETER_LENGTH = 512;

/**
 * Runs before validation on every `@Param`, `@Query` and `@Body`: a NUL byte anywhere (PostgreSQL
 * text cannot hold one, so it surfaced as a 500) and an overlong path or query value are 400
 * `PARAMETER_INVALID` naming the field, whatever the route's own DTO says.
 */
@Injectable()
export class InputSanityPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type !== 'param' && metadata.type !== 'query' && metadata.type !== 'body') return value;
    const violations: FieldViolation[] = [];
    const root = metadata.type === 'body' ? '' : (metadata.data ?? '');
    inspect(value, root, metadata.type !== 'body', violations, 0);
    if (violations.length > 0) {
      throw new InvalidInputError('PARAMETER_INVALID', violations.map((v) => `${v.field}: ${v.reason}`).join('; '), violations);
    }
    return value;
  }
}

function inspect(value: unknown, path: string, capLength: boolean, out: FieldViolation[], depth: number): void {
  if (out.length >= 10 || depth > 32) return;
  if (typeof value === 'string') {
    if (value.includes('\u0000')) out.push({ field: path || '(value)', reason: 'must not contain a NUL byte' });
    else if (capLength && value.length > MAX_PARAMETER_LENGTH) out.push({ field: path || '(value)', reason: `must be at most ${MAX_PARAMETER_LENGTH} characters` });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => inspect(item, `${path}[${i}]`, capLength, out, depth + 1));
    return;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes('\u0000')) out.push({ field: path || '(value)', reason: 'a field name must not contain a NUL byte' });
      inspect(item, path ? `${path}.${key}` : key, capLength, out, depth + 1);
    }
  }
}
