#!/usr/bin/env node
// Local Keycloak (the identity provider of the demo and of the tests) from Maven Central's
// server distribution, started and stopped like the Kafka broker. Plain Node.js ESM, no build step.
// See deploy/keycloak/README.md.
//
//   node deploy/keycloak/keycloak.mjs fetch|start|stop|status
//
// Library use: import { startKeycloak, stopKeycloak, keycloakStatus, keycloakConfig, ensureDist } from '.../keycloak.mjs'
//
// Environment:
//   SELARAS_HOME            state root (default <repo>/.selaras); Keycloak state in $SELARAS_HOME/keycloak
//   KEYCLOAK_PORT           HTTP port (default 18080; the management port is the next one)
//   KEYCLOAK_DATABASE       PostgreSQL database of its state (default keycloak), on DATABASE_URL's server
//   KEYCLOAK_DIST_HOME      where the distribution is unpacked (default <repo>/.selaras/dist, shared by
//                           the developer stack and the tests: it is 180 MB)
//   KEYCLOAK_START_TIMEOUT_MS  readiness wait (default 240000: a first start creates the schema)
//   JAVA_HOME               java from $JAVA_HOME/bin, else `java` on PATH

import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { ensurePostgres, parseDatabaseUrl } from '../../scripts/postgres.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..', '..');
const HOST = '127.0.0.1';
export const KEYCLOAK_VERSION = '26.7.3';
export const REALM = 'selaras';
const MAVEN_DEP_PLUGIN = 'org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy';
// Build-time options (`kc.sh build`); the runtime ones are given to `start --optimized`.
const BUILD_OPTIONS = ['--db=postgres', '--health-enabled=false', '--metrics-enabled=false'];

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function say(msg) {
  process.stdout.write(`[keycloak] ${msg}\n`);
}

/** Paths and ports (re-read from the environment on every call). */
export function keycloakConfig(env = process.env) {
  const home = path.resolve(env.SELARAS_HOME || path.join(REPO, '.selaras'));
  const dir = path.join(home, 'keycloak');
  const port = Number(env.KEYCLOAK_PORT || 18080);
  const distHome = path.resolve(env.KEYCLOAK_DIST_HOME || path.join(REPO, '.selaras', 'dist'));
  const url = `http://${HOST}:${port}`;
  return {
    port,
    managementPort: port + 1,
    url,
    issuer: `${url}/realms/${REALM}`,
    database: env.KEYCLOAK_DATABASE || 'keycloak',
    databaseUrl: env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/selaras',
    dir,
    distHome,
    dist: path.join(distHome, `keycloak-${KEYCLOAK_VERSION}`),
    logFile: path.join(dir, 'keycloak.log'),
    pidFile: path.join(dir, 'keycloak.pid'),
    adminFile: path.join(dir, 'admin.json'),
    realmFile: path.join(HERE, 'realm-selaras.json'),
  };
}

function javaBin(name = 'java') {
  return process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', name) : name;
}

// ---------------------------------------------------------------------------------------------
// distribution: fetched once from Maven Central, unpacked, built for PostgreSQL

async function withLock(lockDir, fn, waitMs = 600_000) {
  fs.mkdirSync(path.dirname(lockDir), { recursive: true });
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      fs.writeFileSync(path.join(lockDir, 'owner'), String(process.pid));
      break;
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
      let holder = 0;
      try {
        holder = Number(fs.readFileSync(path.join(lockDir, 'owner'), 'utf8'));
      } catch {
        /* being written */
      }
      if (holder && !isAlive(holder)) {
        fs.rmSync(lockDir, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for lock ${lockDir}`);
      await sleep(500);
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true });
  }
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...opts });
  if (r.error) throw new Error(`${cmd}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status}):\n${(r.stdout || '') + (r.stderr || '')}`.trim());
  return r.stdout;
}

/** The unpacked distribution, built for PostgreSQL (`kc.sh build`), fetched from Maven Central when missing. */
export async function ensureDist(cfg = keycloakConfig()) {
  const built = path.join(cfg.dist, '.selaras-built');
  if (fs.existsSync(built) && fs.readFileSync(built, 'utf8') === BUILD_OPTIONS.join(' ')) return cfg.dist;
  return withLock(path.join(cfg.distHome, '.lock-keycloak'), async () => {
    if (fs.existsSync(built) && fs.readFileSync(built, 'utf8') === BUILD_OPTIONS.join(' ')) return cfg.dist;
    const zip = path.join(cfg.distHome, `keycloak-quarkus-dist-${KEYCLOAK_VERSION}.zip`);
    if (!fs.existsSync(zip)) {
      say(`fetching org.keycloak:keycloak-quarkus-dist:${KEYCLOAK_VERSION} (zip, ~180 MB) from Maven Central`);
      run('mvn', ['-B', '-q', MAVEN_DEP_PLUGIN, `-Dartifact=org.keycloak:keycloak-quarkus-dist:${KEYCLOAK_VERSION}:zip`, `-DoutputDirectory=${cfg.distHome}`], { cwd: cfg.distHome, stdio: ['ignore', 'pipe', 'pipe'] });
    }
    fs.rmSync(cfg.dist, { recursive: true, force: true });
    say(`unpacking ${path.basename(zip)}`);
    const hasUnzip = spawnSync('unzip', ['-v'], { stdio: 'ignore' }).status === 0;
    if (hasUnzip) run('unzip', ['-q', '-o', zip, '-d', cfg.distHome]);
    else run(javaBin('jar'), ['xf', zip], { cwd: cfg.distHome });
    say(`building it for PostgreSQL (kc.sh build ${BUILD_OPTIONS.join(' ')})`);
    run('bash', [path.join(cfg.dist, 'bin', 'kc.sh'), 'build', ...BUILD_OPTIONS], { cwd: cfg.dist, env: { ...process.env, KC_LOG: 'console' } });
    fs.writeFileSync(built, BUILD_OPTIONS.join(' '));
    return cfg.dist;
  });
}

// ---------------------------------------------------------------------------------------------
// process

function isAlive(pid) {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
  } catch (err) {
    if (err.code !== 'EPERM') return false;
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state !== 'Z' && state !== 'X';
  } catch {
    return true;
  }
}

function isKeycloakProcess(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('keycloak');
  } catch {
    return isAlive(pid);
  }
}

/** Pid of the Keycloak this state directory started, when it still runs. */
export function keycloakPid(cfg = keycloakConfig()) {
  try {
    const pid = Number(fs.readFileSync(cfg.pidFile, 'utf8').trim());
    return isAlive(pid) && isKeycloakProcess(pid) ? pid : null;
  } catch {
    return null;
  }
}

async function discoveryAnswers(cfg, timeoutMs = 2000) {
  try {
    const res = await fetch(`${cfg.issuer}/.well-known/openid-configuration`, { signal: AbortSignal.timeout(timeoutMs) });
    return res.ok;
  } catch {
    return false;
  }
}

async function serverAnswers(cfg, timeoutMs = 2000) {
  try {
    await fetch(`${cfg.url}/realms/master`, { signal: AbortSignal.timeout(timeoutMs) });
    return true;
  } catch {
    return false;
  }
}

function tailFile(file, lines = 40) {
  try {
    return fs.readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

function adminCredentials(cfg) {
  try {
    return JSON.parse(fs.readFileSync(cfg.adminFile, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * The database of Keycloak's state. Its bootstrap admin's password lives in the state directory;
 * a database whose admin password is lost (state directory removed) is dropped and made anew,
 * which is harmless for the local stack: the realm is code and is imported again.
 */
async function prepareDatabase(cfg) {
  const db = parseDatabaseUrl(cfg.databaseUrl);
  // the maintenance database, not DATABASE_URL's: the test set-up drops and recreates that one meanwhile
  await ensurePostgres({ url: cfg.databaseUrl, databases: ['postgres'], quiet: true });
  const client = new pg.Client({ host: db.host, port: db.port, user: db.user, password: db.password, database: 'postgres' });
  await client.connect();
  try {
    const exists = (await client.query('select 1 from pg_database where datname = $1', [cfg.database])).rowCount > 0;
    if (exists && !adminCredentials(cfg)) {
      say(`database ${cfg.database} has no known admin password (state directory new): recreating it`);
      await client.query(`drop database "${cfg.database}" with (force)`);
    }
    if (!exists || !adminCredentials(cfg)) await client.query(`create database "${cfg.database}"`);
  } finally {
    await client.end();
  }
  if (!adminCredentials(cfg)) {
    fs.mkdirSync(cfg.dir, { recursive: true });
    fs.writeFileSync(cfg.adminFile, JSON.stringify({ username: 'admin', password: crypto.randomBytes(18).toString('base64url') }, null, 2), { mode: 0o600 });
  }
  return db;
}

/**
 * Starts Keycloak when this state directory's one is not running, waits until the realm's
 * discovery document answers, and brings the realm up to date with realm-selaras.json.
 * @returns {Promise<{url: string, issuer: string, pid: number|null, started: boolean}>}
 */
export async function startKeycloak({ timeoutMs = Number(process.env.KEYCLOAK_START_TIMEOUT_MS) || 240_000 } = {}) {
  const cfg = keycloakConfig();
  fs.mkdirSync(cfg.dir, { recursive: true });
  return withLock(path.join(cfg.dir, '.lock'), async () => {
    let pid = keycloakPid(cfg);
    if (pid && (await discoveryAnswers(cfg))) {
      await syncRealm(cfg);
      return { url: cfg.url, issuer: cfg.issuer, pid, started: false };
    }
    if (!pid && (await serverAnswers(cfg))) throw new Error(`port ${cfg.port} answers but not with a Keycloak this state directory started; set KEYCLOAK_PORT`);
    const t0 = Date.now();
    if (!pid) {
      const dist = await ensureDist(cfg);
      const db = await prepareDatabase(cfg);
      const admin = adminCredentials(cfg);
      const args = [
        path.join(dist, 'bin', 'kc.sh'),
        'start',
        '--optimized',
        `--db-url=jdbc:postgresql://${db.host}:${db.port}/${cfg.database}`,
        `--db-username=${db.user}`,
        ...(db.password ? [`--db-password=${db.password}`] : []),
        '--http-enabled=true',
        `--http-host=${HOST}`,
        `--http-port=${cfg.port}`,
        `--http-management-port=${cfg.managementPort}`,
        // one fixed hostname: every token carries the same `iss`, whatever address fetched it
        `--hostname=${cfg.url}`,
        '--cache=local',
      ];
      const out = fs.openSync(cfg.logFile, 'a');
      const child = spawn('bash', args, {
        cwd: cfg.dir,
        detached: true,
        stdio: ['ignore', out, out],
        env: {
          ...process.env,
          KC_BOOTSTRAP_ADMIN_USERNAME: admin.username,
          KC_BOOTSTRAP_ADMIN_PASSWORD: admin.password,
          JAVA_OPTS_KC_HEAP: process.env.KEYCLOAK_HEAP_OPTS || '-Xms64m -Xmx512m',
        },
      });
      child.unref();
      fs.closeSync(out);
      pid = child.pid;
      fs.writeFileSync(cfg.pidFile, `${pid}\n`);
      say(`starting Keycloak ${KEYCLOAK_VERSION} on ${cfg.url} (pid ${pid}, database ${cfg.database}, log ${cfg.logFile})`);
    }
    const deadline = Date.now() + timeoutMs;
    while (!(await serverAnswers(cfg))) {
      if (!isAlive(pid)) throw new Error(`Keycloak exited during start-up:\n${tailFile(cfg.logFile)}`);
      if (Date.now() > deadline) throw new Error(`Keycloak did not answer within ${timeoutMs / 1000} s:\n${tailFile(cfg.logFile)}`);
      await sleep(1000);
    }
    await syncRealm(cfg);
    say(`ready in ${((Date.now() - t0) / 1000).toFixed(0)} s: issuer ${cfg.issuer}`);
    return { url: cfg.url, issuer: cfg.issuer, pid, started: true };
  });
}

// ---------------------------------------------------------------------------------------------
// realm as code

/** An access token of the master realm's bootstrap admin, for the Admin REST API. */
export async function adminToken(cfg = keycloakConfig()) {
  const admin = adminCredentials(cfg);
  if (!admin) throw new Error(`no Keycloak admin credentials in ${cfg.adminFile}`);
  const res = await fetch(`${cfg.url}/realms/master/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'admin-cli', username: admin.username, password: admin.password }),
  });
  if (!res.ok) throw new Error(`Keycloak admin sign-in failed: HTTP ${res.status}`);
  return (await res.json()).access_token;
}

export function realmHash(cfg = keycloakConfig()) {
  return crypto.createHash('sha256').update(fs.readFileSync(cfg.realmFile)).digest('hex');
}

/**
 * Imports realm-selaras.json when the realm is missing, and imports it again (delete, create)
 * when the file changed since the last import: the hash of the imported file is kept as a realm
 * attribute, in Keycloak's own database. This replaces the demo realm whole, users and their
 * sessions included, which is right for a demo realm and wrong for a province's production realm
 * (README: "Realm as code").
 */
export async function syncRealm(cfg = keycloakConfig()) {
  const token = await adminToken(cfg);
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const hash = realmHash(cfg);
  const current = await fetch(`${cfg.url}/admin/realms/${REALM}`, { headers });
  if (current.ok) {
    const realm = await current.json();
    if (realm.attributes?.selarasRealmHash === hash) return { imported: false };
    say(`realm-selaras.json changed since it was imported: importing it again`);
    const del = await fetch(`${cfg.url}/admin/realms/${REALM}`, { method: 'DELETE', headers });
    if (!del.ok) throw new Error(`could not delete realm ${REALM}: HTTP ${del.status}`);
  } else if (current.status !== 404) {
    throw new Error(`could not read realm ${REALM}: HTTP ${current.status}`);
  }
  const realm = JSON.parse(fs.readFileSync(cfg.realmFile, 'utf8'));
  realm.attributes = { ...(realm.attributes ?? {}), selarasRealmHash: hash };
  const res = await fetch(`${cfg.url}/admin/realms`, { method: 'POST', headers, body: JSON.stringify(realm) });
  if (!res.ok) throw new Error(`could not import realm ${REALM}: HTTP ${res.status} ${await res.text()}`);
  say(`realm ${REALM} imported from ${path.relative(REPO, cfg.realmFile)}`);
  return { imported: true };
}

// ---------------------------------------------------------------------------------------------
// stop / status

export async function stopKeycloak({ timeoutMs = 30_000 } = {}) {
  const cfg = keycloakConfig();
  const pid = keycloakPid(cfg);
  if (!pid) {
    fs.rmSync(cfg.pidFile, { force: true });
    return { stopped: false };
  }
  try {
    process.kill(-pid, 'SIGTERM'); // its process group: bash kc.sh and the JVM
  } catch {
    process.kill(pid, 'SIGTERM');
  }
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid) && Date.now() < deadline) await sleep(200);
  if (isAlive(pid)) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
  fs.rmSync(cfg.pidFile, { force: true });
  say(`stopped (pid ${pid})`);
  return { stopped: true, pid };
}

export async function keycloakStatus() {
  const cfg = keycloakConfig();
  const pid = keycloakPid(cfg);
  const ready = await discoveryAnswers(cfg);
  return { running: Boolean(pid) || ready, ready, pid, url: cfg.url, issuer: cfg.issuer, database: cfg.database };
}

// ---------------------------------------------------------------------------------------------
// CLI

async function main([cmd = 'status']) {
  switch (cmd) {
    case 'fetch':
      await ensureDist();
      say(`distribution ready in ${keycloakConfig().dist}`);
      break;
    case 'start':
      await startKeycloak();
      break;
    case 'stop':
      await stopKeycloak();
      break;
    case 'status': {
      const s = await keycloakStatus();
      say(s.ready ? `up at ${s.url} (pid ${s.pid ?? '?'}), issuer ${s.issuer}` : s.running ? `starting (pid ${s.pid})` : 'not running');
      process.exitCode = s.ready ? 0 : 3;
      break;
    }
    default:
      process.stderr.write('usage: node deploy/keycloak/keycloak.mjs fetch|start|stop|status\n');
      process.exitCode = 2;
  }
}

function isMain() {
  try {
    return Boolean(process.argv[1]) && fs.realpathSync(process.argv[1]) === fs.realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) {
  main(process.argv.slice(2)).catch((err) => {
    process.stderr.write(`[keycloak] ERROR: ${err.message}\n`);
    process.exit(1);
  });
}
