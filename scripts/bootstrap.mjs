#!/usr/bin/env node
// First step of `npm start` and `npm test` on a fresh clone: check the machine's tools and
// install the npm dependencies when they are missing or stale, then fetch Keycloak. Uses only
// Node built-ins, because it runs before node_modules exists.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stamp = join(root, 'node_modules', '.selaras-lock-hash');

function fail(message) {
  process.stderr.write(`bootstrap: ${message}\n`);
  process.exit(1);
}

function has(command, args) {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) fail(`Node ${process.versions.node} is too old; Selaras needs Node 20.19 or newer`);
if (!has('java', ['-version'])) fail('Java (JDK 17) is missing: the local Kafka broker runs on the JVM. Install openjdk-17-jdk-headless.');
if (!has('mvn', ['-v'])) fail('Maven is missing: it fetches the Kafka jars from Maven Central. Install maven.');

// The dashboard's browser test drives Debian's Chromium (no browser download is possible here).
// Only `npm test` needs it; `npm start` does not.
if (process.argv.includes('--with-browser') && !has('sh', ['-c', 'command -v chromium']) && !process.env.CHROMIUM_PATH) {
  if (process.getuid?.() !== 0) fail('Chromium is missing for the dashboard test: install it with `sudo apt-get install -y chromium` (or set CHROMIUM_PATH)');
  process.stdout.write('bootstrap: installing Debian chromium for the browser test (apt-get)…\n');
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  const install = update.status === 0 && spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (!install || install.status !== 0) fail('apt-get could not install chromium; install it by hand or set CHROMIUM_PATH');
}

const lockHash = createHash('sha256').update(readFileSync(join(root, 'package-lock.json'))).digest('hex');
const installed = existsSync(stamp) ? readFileSync(stamp, 'utf8') : '';
if (installed !== lockHash) {
  // Not `npm ci`: the registry reachable here has no other-platform builds of some optional
  // native packages (@swc/core-darwin-arm64 …), so the lockfile cannot list them and `npm ci`
  // refuses it as out of sync. `npm install` installs the locked versions all the same.
  process.stdout.write('bootstrap: installing npm dependencies (npm install)…\n');
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) fail('npm install failed; see the output above');
  writeFileSync(stamp, lockHash);
}

// Keycloak (the identity provider of the local stack and of the tests) from Maven Central:
// fetched, unpacked and built once (~180 MB, a minute or two), so the first `npm start` or
// `npm test` of a fresh clone does not fail half-way for want of it.
if (!process.env.OIDC_ISSUER) {
  const keycloak = spawnSync(process.execPath, [join(root, 'deploy', 'keycloak', 'keycloak.mjs'), 'fetch'], { cwd: root, stdio: 'inherit' });
  if (keycloak.status !== 0) fail('could not fetch Keycloak from Maven Central; see the output above');
}
