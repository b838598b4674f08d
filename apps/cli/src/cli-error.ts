/** An error the CLI reports as one line and exit code 1 (no stack trace: the user can act on it). */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(message: string, readonly exitCode = 1) {
    super(message);
  }
}
