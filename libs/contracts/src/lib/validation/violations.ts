import { ValidationError } from 'class-validator';
import { FieldViolation } from '../contract-error';

/** Flattens class-validator's nested errors into `field: reason` pairs with dotted paths. */
export function toViolations(errors: ValidationError[], prefix = ''): FieldViolation[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((reason) => ({ field, reason }));
    return [...own, ...toViolations(error.children ?? [], field)];
  });
}

export function describeViolations(violations: readonly FieldViolation[]): string {
  return violations.map((v) => `${v.field}: ${v.reason}`).join('; ');
}
