/** The structured logger messaging needs: pino's call shape (object of ids, then message). */
export interface MessagingLogger {
  debug(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export const silentLogger: MessagingLogger = { debug() {}, info() {}, warn() {}, error() {} };
