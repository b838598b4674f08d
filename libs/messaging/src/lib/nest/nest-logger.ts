import { Logger } from '@nestjs/common';
import { MessagingLogger } from '../core/log';

/** Bridges the pino-shaped messaging logger onto Nest's logger (pino underneath in the services). */
export function nestMessagingLogger(context: string): MessagingLogger {
  const logger = new Logger(context);
  return {
    debug: (obj, msg) => logger.debug({ msg, ...obj }),
    info: (obj, msg) => logger.log({ msg, ...obj }),
    warn: (obj, msg) => logger.warn({ msg, ...obj }),
    error: (obj, msg) => logger.error({ msg, ...obj }),
  };
}
