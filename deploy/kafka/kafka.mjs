#!/usr/bin/env node
// Local single-node Apache Kafka (KRaft, combined broker + controller) from Maven Central jars.
// Plain Node.js ESM, no build step. See deploy/kafka/README.md.
//
//   node deploy/kafka/kafka.mjs start|stop|status|restart
//
// Library use (tests, scripts):
//   import { startKafka, stopKafka, kafkaStatus, kafkaPid, ensureJars } from '.../deploy/kafka/kafka.mjs';
//
// Environment:
//   SELARAS_HOME            state root (default <repo>/.selaras); Kafka state in $SELARAS_HOME/kafka
//   KAFKA_PORT              broker port (default: port of a single local KAFKA_BROKERS entry, else 9092)
//   KAFKA_CONTROLLER_PORT   KRaft controller port (default KAFKA_PORT + 1, i.e. 9093)
//   KAFKA_HEAP_OPTS         JVM heap flags (default "-Xms1g -Xmx1g", as Kafka's own scripts)
//   KAFKA_START_TIMEOUT_MS  readiness wait (default 60000)
//   JAVA_HOME               java from $JAVA_HOME/bin/java, else `java` on PATH

import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..', '..');
const HOST = '127.0.0.1';
const KAFKA_VERSION_DEFAULT = '3.9.2';
const KAFKA_VERSION_FALLBACK = '3.9.1';
const MAVEN_DEP_PLUGIN = 'org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies';

// ---------------------------------------------------------------------------------------------
// configuration / paths

function brokerPortFromEnv() {
  if (process.env.KAFKA_PORT) return parsePort(process.env.KAFKA_PORT, 'KAFKA_PORT');
  const brokers = (process.env.KAFKA_BROKERS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (brokers.length === 1) {
    const m = /^(?:127\.0\.0\.1|localhost):(\d+)$/.exec(brokers[0]);
    if (m) return parsePort(m[1], 'KAFKA_BROKERS');
  }
  return 9092;
}

function parsePort(value, name) {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0 || n > 65535) throw new Error(`${name}: invalid port "${value}"`);
  return n;
}

/** Paths and ports used by this module (re-read from the environment on every call). */
export function kafkaConfig() {
  const home = path.resolve(process.env.SELARAS_HOME || path.join(REPO, '.selaras'));
  const dir = path.join(home, 'kafka');
  const port = brokerPortFromEnv();
  const controllerPort = process.env.KAFKA_CONTROLLER_PORT
    ? parsePort(process.env.KAFKA_CONTROLLER_PORT, 'KAFKA_CONTROLLER_PORT')
    : port + 1;
  return {
    host: HOST,
    port,
    controllerPort,
    brokers: `${HOST}:${port}`,
    home,
    dir,
    libDir: path.join(dir, 'lib'),
    dataDir: path.join(dir, 'data'),
    propsFile: path.join(dir, 'server.properties'),
    logFile: path.join(dir, 'kafka.log'),
    pidFile: path.join(dir, 'kafka.pid'),
    clusterIdFile: path.join(dir, 'cluster.id'),
    lockDir: path.join(dir, '.lock'),
    pom: path.join(HERE, 'pom.xml'),
    log4j: path.join(HERE, 'log4j.properties'),
    template: path.join(HERE, 'server.properties.template'),
  };
}

function javaBin() {
  return process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

function say(msg) {
  process.stdout.write(`[kafka] ${msg}\n`);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------
// jars

function kafkaJar(libDir) {
  try {
    return fs.readdirSync(libDir).find((f) => /^kafka_2\.13-[\d.]+\.jar$/.test(f)) ?? null;
  } catch {
    return null;
  }
}

/** Kafka version of the resolved jars, e.g. "3.9.2", or null when not resolved yet. */
export function kafkaVersion() {
  const jar = kafkaJar(kafkaConfig().libDir);
  return jar ? jar.replace(/^kafka_2\.13-/, '').replace(/\.jar$/, '') : null;
}

/**
 * Resolve the broker jars from Maven Central into <state>/kafka/lib, only when that directory is
 * missing or has no kafka_2.13 jar. Downloads into a temp dir and renames, so an interrupted run
 * never leaves a half-filled lib dir behind. Returns the lib dir.
 */
export async function ensureJars() {
  const cfg = kafkaConfig();
  if (kafkaJar(cfg.libDir)) return cfg.libDir;
  fs.mkdirSync(cfg.dir, { recursive: true });
  say(`downloading Kafka ${KAFKA_VERSION_DEFAULT} jars from Maven Central into ${cfg.libDir} ...`);
  const t0 = Date.now();
  const tmp = `${cfg.libDir}.tmp-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  let lastErr = '';
  for (const version of [KAFKA_VERSION_DEFAULT, KAFKA_VERSION_FALLBACK]) {
    if (version !== KAFKA_VERSION_DEFAULT) say(`Kafka ${KAFKA_VERSION_DEFAULT} could not be resolved; trying ${version}`);
    const args = [
      '-B', '-q', '-f', cfg.pom, MAVEN_DEP_PLUGIN,
      '-DincludeScope=runtime', `-DoutputDirectory=${tmp}`, `-Dkafka.version=${version}`,
    ];
    const res = await run('mvn', args, { cwd: REPO });
    if (res.code === 0 && kafkaJar(tmp)) {
      fs.rmSync(cfg.libDir, { recursive: true, force: true });
      fs.renameSync(tmp, cfg.libDir);
      say(`resolved ${fs.readdirSync(cfg.libDir).length} jars (Kafka ${version}) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      return cfg.libDir;
    }
    lastErr = res.output;
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  throw new Error(`Maven could not resolve the Kafka jars (mvn ${MAVEN_DEP_PLUGIN}):\n${tail(lastErr, 40)}`);
}

function run(cmd, args, opts = {}) {
  return new Promise((resolve) => {
    let output = '';
    let child;
    try {
      child = spawn(cmd, args, { ...opts, stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (err) {
      resolve({ code: -1, output: String(err) });
      return;
    }
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (err) => resolve({ code: -1, output: `${output}\n${err.message}` }));
    child.on('close', (code) => resolve({ code, output }));
  });
}

// ---------------------------------------------------------------------------------------------
// server.properties + storage format

function renderProps(cfg) {
  const vars = {
    KAFKA_HOST: cfg.host,
    KAFKA_PORT: String(cfg.port),
    KAFKA_CONTROLLER_PORT: String(cfg.controllerPort),
    // properties files treat backslashes as escapes; forward slashes work on every OS
    KAFKA_DATA_DIR: cfg.dataDir.split(path.sep).join('/'),
  };
  const text = fs.readFileSync(cfg.template, 'utf8').replace(/\$\{(\w+)\}/g, (m, k) => {
    if (!(k in vars)) throw new Error(`server.properties.template: unknown variable ${m}`);
    return vars[k];
  });
  fs.writeFileSync(cfg.propsFile, text);
}

function readMetaClusterId(dataDir) {
  try {
    const meta = fs.readFileSync(path.join(dataDir, 'meta.properties'), 'utf8');
    return /^cluster\.id=(.+)$/m.exec(meta)?.[1]?.trim() ?? null;
  } catch {
    return null;
  }
}

function newClusterId() {
  // Kafka Uuid: 16 random bytes, URL-safe base64 without padding; Kafka itself avoids a leading '-'
  for (;;) {
    const id = crypto.randomBytes(16).toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}

function clusterId(cfg) {
  const fromData = readMetaClusterId(cfg.dataDir);
  if (fromData) return fromData;
  try {
    const stored = fs.readFileSync(cfg.clusterIdFile, 'utf8').trim();
    if (stored) return stored;
  } catch {
    /* none yet */
  }
  const id = newClusterId();
  fs.writeFileSync(cfg.clusterIdFile, `${id}\n`);
  return id;
}

async function formatStorage(cfg) {
  const id = clusterId(cfg);
  if (readMetaClusterId(cfg.dataDir)) return { clusterId: id, formatted: false };
  fs.writeFileSync(cfg.clusterIdFile, `${id}\n`);
  const t0 = Date.now();
  const res = await run(javaBin(), [
    `-Dlog4j.configuration=${pathToFileURL(cfg.log4j).href}`,
    '-cp', `${cfg.libDir}${path.sep}*`,
    'kafka.tools.StorageTool', 'format', '-t', id, '-c', cfg.propsFile, '--ignore-formatted',
  ]);
  if (res.code !== 0) throw new Error(`kafka-storage format failed (exit ${res.code}):\n${tail(res.output, 30)}`);
  say(`formatted storage ${cfg.dataDir} (cluster id ${id}) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return { clusterId: id, formatted: true };
}

// ---------------------------------------------------------------------------------------------
// process helpers

function isAlive(pid) {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
  } catch (err) {
    return err.code === 'EPERM';
  }
  // a zombie (exited, not reaped) counts as dead
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    if (state === 'Z' || state === 'X') return false;
  } catch {
    /* no procfs: trust kill(0) */
  }
  return true;
}

/** True when pid is a running Kafka broker JVM (guards against pid reuse after a reboot). */
function isKafkaProcess(pid) {
  if (!isAlive(pid)) return false;
  try {
    const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmd.includes('kafka.Kafka');
  } catch {
    return true; // no procfs (macOS): trust the pid file
  }
}

function readPidFile(cfg) {
  try {
    const pid = Number(fs.readFileSync(cfg.pidFile, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Pid of the broker started by this module (from kafka.pid) if it is running, else null. */
export function kafkaPid() {
  const cfg = kafkaConfig();
  const pid = readPidFile(cfg);
  return pid && isKafkaProcess(pid) ? pid : null;
}

function tail(text, lines = 30) {
  return String(text).trimEnd().split('\n').slice(-lines).join('\n');
}

function tailFile(file, lines = 40) {
  try {
    const size = fs.statSync(file).size;
    const fd = fs.openSync(file, 'r');
    const len = Math.min(size, 64 * 1024);
    const buf = Buffer.alloc(len);
    fs.readSync(fd, buf, 0, len, size - len);
    fs.closeSync(fd);
    return tail(buf.toString('utf8'), lines);
  } catch {
    return '(no log)';
  }
}

function portOpen(port, host = HOST, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const sock = net.connect({ port, host });
    const done = (v) => {
      sock.destroy();
      resolve(v);
    };
    sock.setTimeout(timeoutMs, () => done(false));
    sock.once('connect', () => done(true));
    sock.once('error', () => done(false));
  });
}

// Serialise start/stop across processes (e.g. parallel test runners) with a mkdir lock.
async function withLock(cfg, fn, waitMs = 180_000) {
  fs.mkdirSync(cfg.dir, { recursive: true });
  const owner = path.join(cfg.lockDir, 'owner');
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      fs.mkdirSync(cfg.lockDir);
      fs.writeFileSync(owner, String(process.pid));
      break;
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
      let holder = null;
      try {
        holder = Number(fs.readFileSync(owner, 'utf8'));
      } catch {
        /* being written or gone */
      }
      const age = (() => {
        try {
          return Date.now() - fs.statSync(cfg.lockDir).mtimeMs;
        } catch {
          return 0;
        }
      })();
      if ((holder && !isAlive(holder)) || (!holder && age > 10_000)) {
        fs.rmSync(cfg.lockDir, { recursive: true, force: true }); // stale lock
        continue;
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for lock ${cfg.lockDir} (held by pid ${holder})`);
      await sleep(200);
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(cfg.lockDir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// broker probe (kafkajs admin describeCluster)

let kafkajsModule;
async function loadKafkajs() {
  kafkajsModule ??= await import('kafkajs');
  return kafkajsModule.default ?? kafkajsModule;
}

/**
 * describeCluster against host:port with short timeouts; returns { clusterId, brokers, controller }
 * or null when no Kafka broker answers. Never throws.
 */
async function probeBroker(port, { timeoutMs = 3000 } = {}) {
  const { Kafka, logLevel } = await loadKafkajs();
  const kafka = new Kafka({
    clientId: 'selaras-kafka-probe',
    brokers: [`${HOST}:${port}`],
    logLevel: logLevel.NOTHING,
    connectionTimeout: 1000,
    authenticationTimeout: 1000,
    requestTimeout: 2000,
    retry: { retries: 1, initialRetryTime: 100, maxRetryTime: 300 },
  });
  const admin = kafka.admin({ retry: { retries: 1, initialRetryTime: 100, maxRetryTime: 300 } });
  let timer;
  try {
    const work = (async () => {
      await admin.connect();
      return admin.describeCluster();
    })();
    work.catch(() => {});
    const timeout = new Promise((resolve) => (timer = setTimeout(() => resolve(null), timeoutMs)));
    return await Promise.race([work, timeout]);
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
    await admin.disconnect().catch(() => {});
  }
}

// ---------------------------------------------------------------------------------------------
// public API

/**
 * Start the local broker, or reuse one that already answers on the broker port.
 * Resolves jars (first run), formats storage (first run), spawns a detached JVM and waits until a
 * kafkajs admin call succeeds.
 * @returns {Promise<{brokers: string, port: number, pid: number|null, reused: boolean, clusterId: string, logFile: string}>}
 */
export async function startKafka({ timeoutMs = Number(process.env.KAFKA_START_TIMEOUT_MS) || 60_000 } = {}) {
  const cfg = kafkaConfig();
  return withLock(cfg, async () => {
    const t0 = Date.now();
    const existing = await probeBroker(cfg.port);
    if (existing) {
      const pid = kafkaPid();
      say(
        `reusing the Kafka broker already running at ${cfg.brokers} ` +
          (pid ? `(pid ${pid}, started by this script)` : '(not started by this script)') +
          ` cluster ${existing.clusterId}`,
      );
      return { brokers: cfg.brokers, port: cfg.port, pid, reused: true, clusterId: existing.clusterId, logFile: cfg.logFile };
    }

    // our JVM may still be starting (or hung): wait for it rather than starting a second one
    const running = kafkaPid();
    if (running) {
      say(`broker pid ${running} is running but not answering yet; waiting ...`);
      const info = await waitReady(cfg, running, null, timeoutMs);
      return { brokers: cfg.brokers, port: cfg.port, pid: running, reused: true, clusterId: info.clusterId, logFile: cfg.logFile };
    }
    if (fs.existsSync(cfg.pidFile)) fs.rmSync(cfg.pidFile, { force: true }); // stale

    for (const [p, what] of [[cfg.port, 'broker'], [cfg.controllerPort, 'controller']]) {
      if (await portOpen(p)) {
        throw new Error(
          `port ${p} (Kafka ${what}) is taken by something that is not a Kafka broker started here; ` +
            `free it or set KAFKA_PORT / KAFKA_CONTROLLER_PORT`,
        );
      }
    }

    await ensureJars();
    fs.mkdirSync(cfg.dataDir, { recursive: true });
    renderProps(cfg);
    const { clusterId: id } = await formatStorage(cfg);

    // keep the previous run's log for post-mortems
    if (fs.existsSync(cfg.logFile)) fs.renameSync(cfg.logFile, `${cfg.logFile}.1`);
    const out = fs.openSync(cfg.logFile, 'a');
    const heap = (process.env.KAFKA_HEAP_OPTS || '-Xms1g -Xmx1g').split(/\s+/).filter(Boolean);
    const args = [
      ...heap,
      '-XX:+UseG1GC',
      '-XX:MaxGCPauseMillis=20',
      // Every produce request is read into one byte[]. With the 1 MB regions G1 picks for a small
      // heap, a request over 512 KB is a "humongous" object and each one started a collection:
      // the benchmark's burst saw 200 collections in 36 s, a third of the broker's CPU.
      '-XX:G1HeapRegionSize=8m',
      '-Djava.awt.headless=true',
      `-Dlog4j.configuration=${pathToFileURL(cfg.log4j).href}`,
      '-cp', `${cfg.libDir}${path.sep}*`,
      'kafka.Kafka', cfg.propsFile,
    ];
    const child = spawn(javaBin(), args, { cwd: cfg.dir, detached: true, stdio: ['ignore', out, out] });
    fs.closeSync(out);
    const exited = { code: undefined, signal: undefined, error: undefined };
    child.on('exit', (code, signal) => Object.assign(exited, { code, signal }));
    child.on('error', (error) => Object.assign(exited, { error }));
    if (!child.pid) {
      await sleep(50);
      throw new Error(`could not start ${javaBin()}: ${exited.error?.message ?? 'spawn failed'}`);
    }
    child.unref();
    fs.writeFileSync(cfg.pidFile, `${child.pid}\n`);
    say(`starting Kafka ${kafkaVersion()} (pid ${child.pid}) on ${cfg.brokers}, log ${cfg.logFile}`);

    try {
      await waitReady(cfg, child.pid, exited, timeoutMs);
    } catch (err) {
      if (isAlive(child.pid)) {
        try {
          process.kill(child.pid, 'SIGKILL');
        } catch {
          /* gone */
        }
      }
      fs.rmSync(cfg.pidFile, { force: true });
      throw err;
    }
    await warmUpCoordinator(cfg);
    say(`Kafka ready at ${cfg.brokers} in ${((Date.now() - t0) / 1000).toFixed(1)} s (cluster ${id})`);
    return { brokers: cfg.brokers, port: cfg.port, pid: child.pid, reused: false, clusterId: id, logFile: cfg.logFile };
  });
}

async function waitReady(cfg, pid, exited, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if ((exited && (exited.code !== undefined || exited.error)) || !isAlive(pid)) {
      const how = exited?.error
        ? exited.error.message
        : exited?.code !== undefined
          ? `exit code ${exited.code}${exited.signal ? `, signal ${exited.signal}` : ''}`
          : 'process gone';
      throw new Error(
        `Kafka broker (pid ${pid}) exited during startup (${how}). Last lines of ${cfg.logFile}:\n` +
          tailFile(cfg.logFile, 40),
      );
    }
    const info = await probeBroker(cfg.port, { timeoutMs: 2000 });
    if (info) return info;
    await sleep(250);
  }
  throw new Error(
    `Kafka broker (pid ${pid}) did not become ready on ${cfg.brokers} within ${Math.round(timeoutMs / 1000)} s. ` +
      `Last lines of ${cfg.logFile}:\n${tailFile(cfg.logFile, 40)}`,
  );
}

// The first FindCoordinator creates __consumer_offsets; until its leader is elected consumers get
// "The group coordinator is not available" (retried by kafkajs, but logged as ERROR). Do it here,
// bounded and best-effort, so the first test consumer joins at once.
async function warmUpCoordinator(cfg, timeoutMs = 15_000) {
  const { Kafka, logLevel } = await loadKafkajs();
  const kafka = new Kafka({
    clientId: 'selaras-kafka-warmup',
    brokers: [cfg.brokers],
    logLevel: logLevel.NOTHING,
    connectionTimeout: 1000,
    requestTimeout: 3000,
    retry: { retries: 0 },
  });
  const admin = kafka.admin({ retry: { retries: 0 } });
  const deadline = Date.now() + timeoutMs;
  try {
    await admin.connect();
    while (Date.now() < deadline) {
      try {
        await admin.describeGroups(['selaras-kafka-warmup']);
        return true;
      } catch {
        await sleep(200);
      }
    }
  } catch {
    /* best effort */
  } finally {
    await admin.disconnect().catch(() => {});
  }
  return false;
}

/**
 * Stop the broker started by this module: SIGTERM, wait up to `timeoutMs` (default 30 s), then
 * SIGKILL; removes the pid file. A stale pid file is removed. A broker that this module did not
 * start is left alone.
 * @returns {Promise<{stopped: boolean, pid: number|null, killed?: boolean}>}
 */
export async function stopKafka({ timeoutMs = 30_000 } = {}) {
  const cfg = kafkaConfig();
  return withLock(cfg, async () => {
    const pid = readPidFile(cfg);
    if (!pid) {
      const other = await portOpen(cfg.port);
      say(other ? `no pid file; something listens on ${cfg.brokers} but was not started by this script - left alone` : 'not running');
      return { stopped: false, pid: null };
    }
    if (!isKafkaProcess(pid)) {
      fs.rmSync(cfg.pidFile, { force: true });
      say(`not running (removed stale pid file, pid ${pid})`);
      return { stopped: false, pid: null };
    }
    const t0 = Date.now();
    say(`stopping Kafka (pid ${pid}) ...`);
    process.kill(pid, 'SIGTERM');
    let killed = false;
    while (isAlive(pid)) {
      if (Date.now() - t0 > timeoutMs) {
        say(`pid ${pid} still alive after ${Math.round(timeoutMs / 1000)} s; sending SIGKILL`);
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          /* gone */
        }
        killed = true;
        const t1 = Date.now();
        while (isAlive(pid) && Date.now() - t1 < 5000) await sleep(100);
        break;
      }
      await sleep(100);
    }
    fs.rmSync(cfg.pidFile, { force: true });
    say(`stopped (pid ${pid}) in ${((Date.now() - t0) / 1000).toFixed(1)} s${killed ? ' (SIGKILL)' : ''}`);
    return { stopped: true, pid, killed };
  });
}

/** Stop (if ours) and start again. */
export async function restartKafka(opts) {
  await stopKafka();
  return startKafka(opts);
}

/**
 * @returns {Promise<{running: boolean, reachable: boolean, pid: number|null, ours: boolean, port: number,
 *   controllerPort: number, brokers: string, clusterId: string|null, version: string|null,
 *   stateDir: string, logFile: string}>}
 */
export async function kafkaStatus() {
  const cfg = kafkaConfig();
  const pid = kafkaPid();
  const info = await probeBroker(cfg.port);
  return {
    running: Boolean(pid || info),
    reachable: Boolean(info),
    pid,
    ours: Boolean(pid),
    port: cfg.port,
    controllerPort: cfg.controllerPort,
    brokers: cfg.brokers,
    clusterId: info?.clusterId ?? null,
    version: kafkaVersion(),
    stateDir: cfg.dir,
    logFile: cfg.logFile,
  };
}

// ---------------------------------------------------------------------------------------------
// CLI

async function main(argv) {
  const cmd = argv[0] ?? 'status';
  switch (cmd) {
    case 'start':
      await startKafka();
      break;
    case 'stop':
      await stopKafka();
      break;
    case 'restart':
      await restartKafka();
      break;
    case 'status': {
      const s = await kafkaStatus();
      if (s.reachable) {
        say(
          `running at ${s.brokers} (pid ${s.pid ?? 'unknown - not started by this script'}, controller port ${s.controllerPort}, ` +
            `cluster ${s.clusterId}, Kafka ${s.version ?? '?'})`,
        );
      } else if (s.pid) {
        say(`process pid ${s.pid} is running but the broker does not answer on ${s.brokers} (starting or hung; log ${s.logFile})`);
      } else {
        say(`not running (port ${s.port}, state ${s.stateDir})`);
      }
      say(`log: ${s.logFile}`);
      process.exitCode = s.reachable ? 0 : 3;
      break;
    }
    case 'jars':
      say(`jars in ${await ensureJars()} (Kafka ${kafkaVersion()})`);
      break;
    case 'pid': {
      const pid = kafkaPid();
      if (pid) process.stdout.write(`${pid}\n`);
      else process.exitCode = 1;
      break;
    }
    default:
      process.stderr.write('usage: node deploy/kafka/kafka.mjs start|stop|restart|status|jars|pid\n');
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
    process.stderr.write(`[kafka] ERROR: ${err.message}\n`);
    process.exit(1);
  });
}
