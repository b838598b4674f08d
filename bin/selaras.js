#!/usr/bin/env node
// Runs the `selaras` CLI from source (TypeScript through SWC), from any working directory.
const { join } = require('node:path');
const root = join(__dirname, '..');
process.env.SWC_NODE_PROJECT = process.env.SWC_NODE_PROJECT || join(root, 'tsconfig.json');
process.chdir(process.env.SELARAS_CWD || process.cwd());
require(require.resolve('@swc-node/register', { paths: [root] }));
void require(join(root, 'apps/cli/src/main.ts')).run(process.argv);
