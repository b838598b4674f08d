import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { catchError, Observable, throwError } from 'rxjs';
import { asDomainError } from './spbe-domain-error';

/** Lets use cases call the SPBE lib directly and still answer with problem JSON and the lib's codes. */
@Injectable()
export class SpbeErrorsInterceptor implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(catchError((error: unknown) => throwError(() => asDomainError(error))));
  }
}
