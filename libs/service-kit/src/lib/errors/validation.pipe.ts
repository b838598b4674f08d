import { BadRequestException, ValidationPipe } from '@nestjs/common';
import { describeViolations, toViolations } from '@selaras/contracts';

/**
 * Request bodies are validated with the same class-validator classes as events; a bad body
 * gets 400 `REQUEST_INVALID` naming each field.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: (errors) => {
      const violations = toViolations(errors);
      return new BadRequestException({ code: 'REQUEST_INVALID', message: describeViolations(violations), violations });
    },
  });
}
