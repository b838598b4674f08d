import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * The lint rules that keep the layers apart, tried on code that breaks them: a rule that
 * silently stopped matching (a moved folder, a renamed glob) fails here, not in review.
 * ESLint loads its ESM config in a plain Node process (jest's module sandbox cannot).
 */
const root = join(__dirname, '../..');

const probes: { code: string; file: string }[] = [
  { code: "import { Injectable } from '@nestjs/common';\nexport const probe = [Injectable];\n", file: 'libs/domain-spbe/src/lib/index/probe.ts' },
  { code: "import { DataSource } from 'typeorm';\nexport const probe = [DataSource];\n", file: 'libs/domain-nomenclature/src/lib/probe.ts' },
  { code: "import { Kafka } from 'kafkajs';\nexport const probe = [Kafka];\n", file: 'libs/domain-region/src/lib/probe.ts' },
  { code: "import { Injectable } from '@nestjs/common';\nexport const probe = [Injectable];\n", file: 'libs/messaging/src/lib/core/probe.ts' },
  { code: "import { Injectable } from '@nestjs/common';\nexport const probe = [Injectable];\n", file: 'libs/messaging/src/lib/nest/probe.ts' },
];

function restrictedImportsFound(): Record<string, boolean> {
  const script = `
    import { ESLint } from 'eslint';
    const probes = JSON.parse(process.argv[1]);
    const eslint = new ESLint({ cwd: process.cwd() });
    const found = {};
    for (const p of probes) {
      const [result] = await eslint.lintText(p.code, { filePath: p.file });
      found[p.file] = result.messages.some((m) => m.severity === 2 && m.ruleId === 'no-restricted-imports');
    }
    process.stdout.write('\\nlayer-rules:' + JSON.stringify(found) + '\\n');`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(probes.map((p) => ({ ...p, file: join(root, p.file) })))], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`eslint could not run: ${run.stderr}`);
  return Object.fromEntries(Object.entries(JSON.parse(resultLine(run.stdout)) as Record<string, boolean>).map(([file, found]) => [file.slice(root.length + 1), found]));
}

/** Nx's plugin may print its own warnings on stdout; the result is the line after them. */
function resultLine(stdout: string): string {
  const line = stdout.split('\n').find((l) => l.startsWith('layer-rules:'));
  if (!line) throw new Error(`eslint printed no result: ${stdout}`);
  return line.slice('layer-rules:'.length);
}

describe('layer rules (eslint.config.mjs)', () => {
  it('refuses a framework, the database or the broker in domain libs, and Nest in the messaging core; allows Nest in its wiring', () => {
    expect(restrictedImportsFound()).toEqual({
      'libs/domain-spbe/src/lib/index/probe.ts': true,
      'libs/domain-nomenclature/src/lib/probe.ts': true,
      'libs/domain-region/src/lib/probe.ts': true,
      'libs/messaging/src/lib/core/probe.ts': true,
      'libs/messaging/src/lib/nest/probe.ts': false,
    });
  });
});
