import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Observable, tap } from 'rxjs';
import { httpRequestDuration } from './metrics';

@Injectable()
export class HttpMetricsInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest();
    const end = httpRequestDuration.startTimer({ method: request.method, route: request.route?.path ?? 'unknown' });
    const response = context.switchToHttp().getResponse();
    return next.handle().pipe(tap({ next: () => end({ status: response.statusCode }), error: () => end({ status: 'error' }) }));
  }
}
