import { Logger } from '@nestjs/common';
import { MessagingLogger } from '@selaras/messaging';

/** The messaging lib logs pino-style (object, message); this puts it on Nest's logger. */
export function messagingLogger(context: string): MessagingLogger {
  const logger = new Logger(context);
  return {
    debug: (obj, msg) => logger.debug({ msg, ...obj }),
    info: (obj, msg) => logger.log({ msg, ...obj }),
    warn: (obj, msg) => logger.warn({ msg, ...obj }),
    error: (obj, msg) => logger.error({ msg, ...obj }),
  };
}
