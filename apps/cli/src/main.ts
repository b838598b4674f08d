import 'reflect-metadata';
import { Command, CommanderError } from 'commander';
import { CliError } from './cli-error';
import { benchCommand } from './commands/bench.command';
import { downCommand } from './commands/down.command';
import { statusCommand } from './commands/status.command';
import { loginCommand, logoutCommand, tokenCommand } from './commands/token.command';
import { importCommand } from './commands/import.command';
import { keysCommand } from './commands/keys.command';
import { replayCommand } from './commands/replay.command';
import { simulateCommand } from './commands/simulate.command';
import { startCommand } from './commands/start.command';
import { topicsCommand } from './commands/topics.command';
import { upCommand } from './commands/up.command';

export function buildProgram(): Command {
  return new Command('selaras')
    .description('Run, feed and inspect Selaras: the local stack, imports, simulated regencies, replays and tokens')
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) })
    .addCommand(startCommand())
    .addCommand(upCommand())
    .addCommand(downCommand())
    .addCommand(statusCommand())
    .addCommand(loginCommand())
    .addCommand(logoutCommand())
    .addCommand(tokenCommand())
    .addCommand(simulateCommand())
    .addCommand(importCommand())
    .addCommand(keysCommand())
    .addCommand(topicsCommand())
    .addCommand(replayCommand())
    .addCommand(benchCommand());
}

export async function run(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) process.exit(error.exitCode);
    const message = error instanceof CliError ? error.message : error instanceof Error && /ECONNREFUSED|fetch failed/.test(`${error.message}${(error as { cause?: Error }).cause?.message ?? ''}`) ? `cannot reach the service (${(error as Error).message}); is the stack up? Run: selaras up` : (error as Error).message;
    process.stderr.write(`selaras: ${message}\n`);
    process.exit(error instanceof CliError ? error.exitCode : 1);
  }
}

if (require.main === module) void run(process.argv);
