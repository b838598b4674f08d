/**
 * What can be checked of the deployment files without Docker or Kubernetes (none runs on the
 * development machines): the Dockerfile builds with CI's own commands and starts a service from the
 * compiled JavaScript CI's benchmark smoke spec runs; docker-compose.yml, .env.example and deploy/k8s parse, use the services'
 * configuration names, keep secrets out of literals and carry the fields that matter in production
 * (replicas, probes on /health/live and /health/ready, resources, non-root, graceful termination).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  configChoices, configNames, configPattern, listDir, localServices, quantity, readRepoFile,
  readYaml, REPO_ROOT, RUNTIME_ENV, SECRET_NAMES, sharedConfigNames,
} from './deploy-files';

const SERVICES = localServices();
const K8S = 'deploy/k8s';

interface DockerStage {
  name: string;
  from: string;
  instructions: { op: string; args: string }[];
}

/** Dockerfile instructions per stage, continuation lines joined, comments dropped. */
function dockerStages(): DockerStage[] {
  const text = readRepoFile('Dockerfile').replace(/\\\n/g, ' ');
  const stages: DockerStage[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const [, op, args] = /^(\w+)\s+(.*)$/.exec(line) ?? [];
    if (!op) continue;
    if (op.toUpperCase() === 'FROM') {
      const [, from, name] = /^(\S+)(?:\s+AS\s+(\S+))?/i.exec(args) ?? [];
      stages.push({ name: name ?? `stage${stages.length}`, from, instructions: [] });
    } else if (stages.length > 0) {
      stages[stages.length - 1].instructions.push({ op: op.toUpperCase(), args: args.replace(/\s+/g, ' ').trim() });
    }
  }
  return stages;
}

const runsOf = (stage: DockerStage) => stage.instructions.filter((i) => i.op === 'RUN').map((i) => i.args);

/** The npm install command of scripts/bootstrap.mjs, e.g. `npm ci --no-audit --no-fund`. */
function bootstrapInstallCommand(): string {
  const m = /spawnSync\('npm', \[([^\]]*)\]/.exec(readRepoFile('scripts/bootstrap.mjs'));
  if (!m) throw new Error('scripts/bootstrap.mjs no longer runs npm through spawnSync: update this spec and the Dockerfile');
  return ['npm', ...[...m[1].matchAll(/'([^']*)'/g)].map((a) => a[1])].join(' ');
}

/** The stages of scripts/test.mjs as shell commands (without the pass-through `...extra`). */
function testStages(): Map<string, string> {
  const stages = new Map<string, string>();
  for (const m of readRepoFile('scripts/test.mjs').matchAll(/\{ name: '([^']+)', command: (?:bin\('([^']+)'\)|'([^']+)'), args: \[([^\]]*)\] \}/g)) {
    const args = [...m[4].matchAll(/'([^']*)'/g)].map((a) => a[1]);
    stages.set(m[1], [m[2] ? `node_modules/.bin/${m[2]}` : m[3], ...args].join(' '));
  }
  return stages;
}

function envFile(): Map<string, string | undefined> {
  const vars = new Map<string, string | undefined>();
  for (const line of readRepoFile('.env.example').split('\n')) {
    const set = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line);
    const mentioned = /^#\s*([A-Z][A-Z0-9_]*)=/.exec(line);
    if (set) vars.set(set[1], set[2]);
    else if (mentioned && !vars.has(mentioned[1])) vars.set(mentioned[1], undefined);
  }
  return vars;
}

function allowedEnv(service: string): Set<string> {
  return new Set([...configNames(service), ...RUNTIME_ENV]);
}

describe('Dockerfile', () => {
  const stages = dockerStages();
  const stage = (name: string) => {
    const found = stages.find((s) => s.name === name);
    if (!found) throw new Error(`Dockerfile has no stage ${name}`);
    return found;
  };
  const runtime = stages[stages.length - 1];

  it('is multi-stage, and the image it ends with depends on the verify stage', () => {
    expect(stages.map((s) => s.name)).toEqual(expect.arrayContaining(['install', 'verify', 'prune', 'runtime']));
    expect(runtime.name).toBe('runtime');
    expect(runtime.instructions.some((i) => i.op === 'COPY' && i.args.startsWith('--from=verify '))).toBe(true);
  });

  it('installs the dependencies with the npm command of scripts/bootstrap.mjs', () => {
    expect(runsOf(stage('install'))).toContain(bootstrapInstallCommand());
  });

  it('copies the dependency patches before installing, so postinstall can apply them', () => {
    const { instructions } = stage('install');
    const copied = instructions.findIndex((i) => i.op === 'COPY' && /^patches\/? /.test(i.args));
    const installed = instructions.findIndex((i) => i.op === 'RUN' && i.args === bootstrapInstallCommand());
    expect(JSON.parse(readRepoFile('package.json')).scripts.postinstall).toBe('patch-package');
    expect(copied).toBeGreaterThanOrEqual(0);
    expect(copied).toBeLessThan(installed);
  });

  it('runs the unit specs and the type check exactly as scripts/test.mjs does', () => {
    const ci = testStages();
    expect(ci.get('unit specs')).toBeDefined();
    expect(ci.get('type check')).toBeDefined();
    expect(runsOf(stage('verify'))).toEqual([ci.get('unit specs'), ci.get('type check'), 'touch /tmp/verified']);
  });

  it('runs no build step of its own beyond installing npm, pruning devDependencies and the CI commands', () => {
    const ci = [...testStages().values()];
    const allowed = [/^npm install -g npm@\d+\.\d+\.\d+$/, /^npm prune --omit=dev --no-audit --no-fund$/, /^touch \/tmp\/verified$/];
    for (const run of stages.flatMap(runsOf)) {
      const known = run === bootstrapInstallCommand() || ci.includes(run) || allowed.some((re) => re.test(run));
      expect({ run, known }).toEqual({ run, known: true });
    }
  });

  it('pins the npm version of the development machines and a Node that satisfies package.json engines', () => {
    const engines = JSON.parse(readRepoFile('package.json')).engines.node as string;
    const [, minMajor, minMinor] = /^>=(\d+)\.(\d+)/.exec(engines) ?? [];
    const nodeImage = /ARG NODE_IMAGE=node:(\d+)\.(\d+)\.(\d+)-/.exec(readRepoFile('Dockerfile'));
    expect(nodeImage).not.toBeNull();
    const [major, minor] = [Number(nodeImage![1]), Number(nodeImage![2])];
    expect(major > Number(minMajor) || (major === Number(minMajor) && minor >= Number(minMinor))).toBe(true);
    expect(stages.every((s) => s.from === '${NODE_IMAGE}' || stages.some((o) => o.name === s.from))).toBe(true);
  });

  it('compiles the services with the build stage of scripts/test.mjs, whose output CI runs', () => {
    const build = testStages().get('build');
    expect(build).toBe('node scripts/build.mjs');
    expect(runsOf(stage('install'))).toContain(build);
  });

  it('starts the chosen service from its compiled JavaScript, as the benchmark runs it; the Nx serve targets run the sources', () => {
    const cmd = runtime.instructions.find((i) => i.op === 'CMD')?.args ?? '';
    expect(cmd).toContain('exec node \\"dist/apps/${SERVICE}/src/main.js\\"');
    expect(readRepoFile('apps/cli/src/bench/stack/service-process.ts')).toContain("join(REPO_ROOT, 'dist', entry.replace(/\\.ts$/, '.js'))");
    for (const s of SERVICES) {
      expect(s.entry).toBe(`apps/${s.name}/src/main.ts`);
      const serve = JSON.parse(readRepoFile(`apps/${s.name}/project.json`)).targets.serve.options.command;
      expect(serve).toBe(`node -r @swc-node/register ${s.entry}`);
    }
    const defaultService = /ARG SERVICE=(\S+)/.exec(runtime.instructions.map((i) => `${i.op} ${i.args}`).join('\n'))?.[1];
    expect(SERVICES.map((s) => s.name)).toContain(defaultService);
  });

  it('runs as a numeric non-root user with a health check on /health', () => {
    const user = runtime.instructions.filter((i) => i.op === 'USER').map((i) => i.args);
    expect(user).toEqual(['1000:1000']);
    expect(runtime.instructions.find((i) => i.op === 'HEALTHCHECK')?.args).toContain('deploy/docker/healthcheck.js');
    const healthcheck = readRepoFile('deploy/docker/healthcheck.js');
    expect(healthcheck).toContain('/health');
    for (const s of SERVICES) expect(healthcheck).toMatch(new RegExp(`'?${s.name}'?: ${s.port}\\b`));
  });
});

describe('.dockerignore', () => {
  const patterns = readRepoFile('.dockerignore').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));

  it('keeps installed modules, git data, local state and secrets out of the build context', () => {
    expect(patterns).toEqual(expect.arrayContaining(['.git', 'node_modules', '.selaras', '.env', '.env.*', '!.env.example']));
  });

  it('keeps in what the image build needs (the unit specs read the deploy files)', () => {
    const needed = ['package.json', 'package-lock.json', '.npmrc', '.swcrc', 'tsconfig.json', 'tsconfig.base.json', 'jest.unit.config.js', 'jest.preset.js',
      'apps', 'libs', 'patches', 'scripts', 'deploy', 'test', 'Dockerfile', 'docker-compose.yml', '.env.example', '.dockerignore'];
    for (const path of needed) expect({ path, excluded: patterns.includes(path) || patterns.includes(`${path}/`) }).toEqual({ path, excluded: false });
  });
});

describe('docker-compose.yml', () => {
  const compose = readYaml('docker-compose.yml', { merge: true })[0];
  const services = compose.services as Record<string, any>;

  it('runs Apache Kafka 3.9 in KRaft mode and PostgreSQL 16', () => {
    expect(services.kafka.image).toMatch(/^apache\/kafka:3\.9\.\d+$/);
    expect(services.kafka.environment.KAFKA_PROCESS_ROLES).toBe('broker,controller');
    expect(JSON.stringify(services.kafka.environment)).not.toMatch(/ZOOKEEPER/i);
    expect(services.postgres.image).toMatch(/^postgres:16(\.|-|$)/);
  });

  it('creates the topics with the production script before any service starts', () => {
    expect(services['kafka-topics'].entrypoint).toEqual(['sh', '/opt/selaras/kafka-cluster/create-topics.sh']);
    expect(services['kafka-topics'].volumes).toContain('./deploy/kafka-cluster:/opt/selaras/kafka-cluster:ro');
  });

  it.each(SERVICES.map((s) => [s.name, s] as const))('runs %s from the one image with the local start’s variable names', (name, svc) => {
    const service = services[name];
    expect(service.image).toBe(services.proposals.image);
    expect(service.build.context).toBe('.');
    const env = service.environment as Record<string, string | number>;
    expect(env.SERVICE).toBe(name);
    expect(String(env.PORT)).toBe(String(svc.port));
    // Published on this machine only (issue 23).
    expect(service.ports).toEqual([`127.0.0.1:${svc.port}:${svc.port}`]);
    expect(env.HOST).toBe('0.0.0.0');
    const allowed = allowedEnv(name);
    for (const key of Object.keys(env)) expect({ key, known: allowed.has(key) }).toEqual({ key, known: true });
    expect(String(env.DATABASE_URL)).toMatch(/^postgres:\/\/[^@]+@postgres:5432\/selaras$/);
    expect(String(env.KAFKA_BROKERS)).toMatch(configPattern('KAFKA_BROKERS'));
    // Tokens of the compose stack's Keycloak; no shared secret (the services allow one only under NODE_ENV=test).
    expect(String(env.OIDC_ISSUER)).toMatch(/^http:\/\/localhost:8080\/realms\/selaras$/);
    expect(String(env.OIDC_JWKS_URI)).toMatch(/^http:\/\/keycloak:8080\/realms\/selaras\//);
    expect(env.JWT_SECRET).toBeUndefined();
    expect(service.depends_on).toEqual({
      postgres: { condition: 'service_healthy' },
      kafka: { condition: 'service_healthy' },
      'kafka-topics': { condition: 'service_completed_successfully' },
      'kafka-acls': { condition: 'service_completed_successfully' },
      'owner-keys': { condition: 'service_completed_successfully' },
    });
    // Its own SCRAM principal, the one the ACLs of deploy/kafka-cluster name (issue 23).
    expect(env.KAFKA_SASL_MECHANISM).toBe('scram-sha-512');
    expect(env.KAFKA_SASL_USERNAME).toBe(`svc-${name}`);
    expect(env.KAFKA_SASL_PASSWORD).toMatch(/^\$\{KAFKA_PASSWORD_[A-Z_]+:\?[^}]+\}$/);
    expect(env.OWNER_KEYS_DIR).toBe('/var/lib/selaras/owner-keys');
    expect(service.volumes).toContain('owner-keys:/var/lib/selaras/owner-keys');
    expect(service.healthcheck.test).toEqual(['CMD', 'node', 'deploy/docker/healthcheck.js']);
  });

  it('authenticates every Kafka client with SCRAM and authorizes with ACLs; only the node\'s loopback listeners are unauthenticated (issue 23)', () => {
    const kafka = services.kafka.environment as Record<string, string>;
    const protocols = new Map(kafka.KAFKA_LISTENER_SECURITY_PROTOCOL_MAP.split(',').map((p) => p.split(':') as [string, string]));
    const listeners = new Map(kafka.KAFKA_LISTENERS.split(',').map((l) => /^([A-Z]+):\/\/(.*)$/.exec(l)!.slice(1, 3) as [string, string]));
    for (const [name, address] of listeners) {
      if (protocols.get(name) === 'PLAINTEXT') expect({ name, address }).toEqual({ name, address: expect.stringMatching(/^127\.0\.0\.1:/) });
      else expect({ name, protocol: protocols.get(name) }).toEqual({ name, protocol: 'SASL_PLAINTEXT' });
    }
    expect(kafka.KAFKA_SASL_ENABLED_MECHANISMS).toBe('SCRAM-SHA-512');
    expect(kafka.KAFKA_AUTHORIZER_CLASS_NAME).toBe('org.apache.kafka.metadata.authorizer.StandardAuthorizer');
    expect(String(kafka.KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND)).toBe('false');
    expect(services.kafka.ports).toEqual(['127.0.0.1:9092:29092']);
    const setup = services['kafka-acls'];
    expect(setup.network_mode).toBe('service:kafka');
    const script = (setup.entrypoint as string[]).join('\n');
    expect(script).toContain('/opt/selaras/kafka-cluster/scram-users.sh');
    expect(script).toContain('/opt/selaras/kafka-cluster/acls.sh');
    expect(setup.depends_on).toEqual({ 'kafka-topics': { condition: 'service_completed_successfully' } });
  });

  it('publishes no port beyond 127.0.0.1', () => {
    for (const [name, service] of Object.entries(services)) {
      for (const port of (service.ports ?? []) as string[]) expect({ name, port }).toEqual({ name, port: expect.stringMatching(/^127\.0\.0\.1:/) });
    }
  });

  it('gives every long-running container a health check', () => {
    for (const [name, service] of Object.entries(services)) {
      if (service.restart === 'no') continue;
      expect({ name, healthcheck: Boolean(service.healthcheck?.test) }).toEqual({ name, healthcheck: true });
    }
  });

  it('takes every interpolated variable from .env.example, secrets without defaults', () => {
    const used = new Set([...readRepoFile('docker-compose.yml').matchAll(/\$\{([A-Z][A-Z0-9_]*)(:?[-?][^}]*)?\}/g)].map((m) => m[1]));
    const env = envFile();
    for (const name of used) expect({ name, inEnvExample: env.has(name) }).toEqual({ name, inEnvExample: true });
    for (const secret of ['KEYCLOAK_ADMIN_PASSWORD', 'POSTGRES_PASSWORD']) {
      expect(readRepoFile('docker-compose.yml')).not.toMatch(new RegExp(`\\$\\{${secret}:?-`));
    }
  });
});

describe('.env.example', () => {
  const env = envFile();

  it('names every setting of every service', () => {
    const names = new Set([...sharedConfigNames(), ...SERVICES.flatMap((s) => [...configNames(s.name)])]);
    for (const name of names) expect({ name, listed: env.has(name) }).toEqual({ name, listed: true });
  });

  it('gives secrets no value', () => {
    for (const secret of ['JWT_SECRET', 'KEYCLOAK_ADMIN_PASSWORD', 'POSTGRES_PASSWORD', 'KAFKA_SASL_PASSWORD']) {
      expect({ secret, value: env.get(secret) ?? '' }).toEqual({ secret, value: '' });
    }
  });
});

describe('deploy/k8s', () => {
  const files = listDir(K8S).filter((f) => f.endsWith('.yaml'));
  const docs = files.flatMap((f) => readYaml(`${K8S}/${f}`).map((doc) => ({ file: f, doc })));
  const find = (kind: string, name: string) => {
    const found = docs.find((d) => d.doc.kind === kind && d.doc.metadata?.name === name)?.doc;
    if (!found) throw new Error(`no ${kind} ${name} in ${K8S}`);
    return found;
  };
  const kustomization = readYaml(`${K8S}/kustomization.yaml`)[0];
  const configMap = find('ConfigMap', 'selaras-config');

  it('parses, and every object has an apiVersion, a kind and a name', () => {
    for (const { file, doc } of docs) {
      if (doc.kind === 'Kustomization') continue;
      expect({ file, apiVersion: typeof doc.apiVersion, kind: typeof doc.kind, name: typeof doc.metadata?.name }).toEqual({
        file, apiVersion: 'string', kind: 'string', name: 'string',
      });
    }
  });

  it('applies every manifest but the Ingress example through kustomization.yaml', () => {
    const expected = files.filter((f) => !['kustomization.yaml', 'ingress.yaml'].includes(f)).sort();
    expect([...kustomization.resources].sort()).toEqual(expected);
    expect(kustomization.namespace).toBe('selaras');
    expect(kustomization.images.map((i: { name: string }) => i.name)).toEqual(['selaras']);
  });

  it('keeps KAFKA_BROKERS and LOG_LEVEL in the ConfigMap, valid for the config class, and no secret there', () => {
    expect(configMap.data.KAFKA_BROKERS).toMatch(configPattern('KAFKA_BROKERS'));
    expect(configMap.data.KAFKA_BROKERS.split(',')).toHaveLength(3);
    expect(configChoices('LOG_LEVEL')).toContain(configMap.data.LOG_LEVEL);
    for (const secret of SECRET_NAMES) expect(Object.keys(configMap.data)).not.toContain(secret);
  });

  describe.each(SERVICES.map((s) => [s.name, s] as const))('%s', (name, svc) => {
    const deployment = find('Deployment', name);
    const pod = deployment.spec.template.spec;
    const container = pod.containers.find((c: { name: string }) => c.name === name);
    const env = new Map<string, any>((container.env as any[]).map((e) => [e.name, e]));

    it('runs at least two replicas spread over nodes, selected by its own labels', () => {
      expect(deployment.spec.replicas).toBeGreaterThanOrEqual(2);
      expect(deployment.spec.selector.matchLabels).toEqual({ 'app.kubernetes.io/name': name });
      expect(deployment.spec.template.metadata.labels).toMatchObject(deployment.spec.selector.matchLabels);
      expect(pod.topologySpreadConstraints[0].labelSelector.matchLabels).toEqual(deployment.spec.selector.matchLabels);
      expect(deployment.spec.strategy.rollingUpdate.maxUnavailable).toBe(0);
    });

    it('runs the shared image as this service on its port', () => {
      expect(container.image).toBe('selaras');
      expect(env.get('SERVICE').value).toBe(name);
      expect(env.get('PORT').value).toBe(String(svc.port));
      expect(container.ports).toEqual([{ name: 'http', containerPort: svc.port }]);
    });

    it('probes /health/live for start-up and liveness, /health/ready for readiness', () => {
      const paths = { startupProbe: '/health/live', readinessProbe: '/health/ready', livenessProbe: '/health/live' };
      for (const [probe, path] of Object.entries(paths)) {
        expect({ probe, httpGet: container[probe]?.httpGet }).toEqual({ probe, httpGet: { path, port: 'http' } });
      }
      // Liveness tolerates at least a minute of a dependency outage before restarting.
      expect(container.livenessProbe.periodSeconds * container.livenessProbe.failureThreshold).toBeGreaterThanOrEqual(60);
    });

    it('requests the 256 MB of DESIGN §8 with headroom in the limit, and caps the V8 heap below it', () => {
      const { requests, limits } = container.resources;
      expect(quantity(requests.memory)).toBe(256 * 1024 ** 2);
      expect(quantity(limits.memory)).toBeGreaterThan(quantity(requests.memory));
      expect(quantity(limits.memory)).toBeLessThanOrEqual(512 * 1024 ** 2);
      expect(quantity(requests.cpu)).toBeGreaterThan(0);
      expect(quantity(limits.cpu)).toBeGreaterThanOrEqual(quantity(requests.cpu));
      const heapMb = Number(/--max-old-space-size=(\d+)/.exec(env.get('NODE_OPTIONS').value)?.[1]);
      expect(heapMb * 1024 ** 2).toBeLessThan(quantity(limits.memory) - 128 * 1024 ** 2);
    });

    it('runs non-root, without privileges, on a read-only root filesystem', () => {
      expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 1000, seccompProfile: { type: 'RuntimeDefault' } });
      expect(container.securityContext).toEqual({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } });
      expect(container.volumeMounts).toContainEqual({ name: 'tmp', mountPath: '/tmp' });
      expect(pod.automountServiceAccountToken).toBe(false);
    });

    it('terminates gracefully: leaves the endpoints first, then has time to stop consumers and relay', () => {
      expect(pod.terminationGracePeriodSeconds).toBeGreaterThanOrEqual(30);
      expect(container.lifecycle.preStop.exec.command).toEqual(['sleep', '5']);
    });

    it('takes its settings from the ConfigMap and its secrets from Secrets, under the config class’s names', () => {
      expect(container.envFrom).toEqual([{ configMapRef: { name: 'selaras-config' } }]);
      const allowed = allowedEnv(name);
      for (const key of [...env.keys(), ...Object.keys(configMap.data)]) expect({ key, known: allowed.has(key) }).toEqual({ key, known: true });
      for (const secret of SECRET_NAMES) {
        expect({ secret, from: env.get(secret)?.valueFrom?.secretKeyRef?.key }).toEqual({ secret, from: secret });
        expect(env.get(secret).value).toBeUndefined();
      }
      expect(env.get('DATABASE_URL').valueFrom.secretKeyRef.name).toBe(`selaras-${name}`);
      expect(env.has('JWT_SECRET')).toBe(false);
      const required = [...configNames(name)].filter((n) => ['PORT', 'OIDC_ISSUER', 'DATABASE_URL', 'KAFKA_BROKERS'].includes(n));
      for (const n of required) expect({ n, set: env.has(n) || n in configMap.data }).toEqual({ n, set: true });
    });

    it('is reached through a Service and kept available by a PodDisruptionBudget', () => {
      const service = find('Service', name);
      expect(service.spec.selector).toEqual(deployment.spec.selector.matchLabels);
      expect(service.spec.ports).toEqual([{ name: 'http', port: svc.port, targetPort: 'http' }]);
      const pdb = find('PodDisruptionBudget', name);
      expect(pdb.spec.selector.matchLabels).toEqual(deployment.spec.selector.matchLabels);
      expect(pdb.spec.minAvailable).toBeGreaterThanOrEqual(1);
      expect(pdb.spec.minAvailable).toBeLessThan(deployment.spec.replicas);
    });
  });

  it('documents every Secret the manifests reference in deploy/README.md', () => {
    const readme = readRepoFile('deploy/README.md');
    const secretNames = new Set<string>();
    for (const { doc } of docs) {
      const text = JSON.stringify(doc);
      for (const m of text.matchAll(/"secretKeyRef":\{"name":"([^"]+)"/g)) secretNames.add(m[1]);
      for (const m of text.matchAll(/"secret":\{"secretName":"([^"]+)"/g)) secretNames.add(m[1]);
    }
    expect(secretNames.size).toBeGreaterThan(0);
    for (const secret of secretNames) expect({ secret, documented: readme.includes(secret) }).toEqual({ secret, documented: true });
  });

  it('lets pods listen beyond loopback, trusts one proxy hop, and names the owners\' public keys in the ConfigMap', () => {
    expect(configMap.data.HOST).toBe('0.0.0.0');
    expect(configMap.data.TRUST_PROXY).toBe('1');
    expect(configMap.data.EVENT_OWNER_KEYS.split(',').map((p: string) => p.split('=')[0])).toEqual(['proposals', 'nomenclature', 'spbe-indicators']);
  });

  it.each(['proposals', 'nomenclature', 'spbe-indicators'])('gives %s, an owner of topics, its signing key from its own Secret', (name) => {
    const container = find('Deployment', name).spec.template.spec.containers[0];
    const key = (container.env as any[]).find((e) => e.name === 'EVENT_SIGNING_KEY');
    expect(key.valueFrom.secretKeyRef).toEqual({ name: `selaras-${name}`, key: 'EVENT_SIGNING_KEY' });
  });

  it('routes only the public paths through the Ingress: never /metrics, /docs, /health or /v1/admin (issue 23)', () => {
    const ingress = find('Ingress', 'selaras');
    const paths = ingress.spec.rules.flatMap((r: any) => r.http.paths as { path: string; pathType: string }[]);
    const routed = (url: string) => paths.some((p: { path: string; pathType: string }) => (p.pathType === 'Exact' ? url === p.path : url === p.path || url.startsWith(p.path.endsWith('/') ? p.path : `${p.path}/`)));
    for (const hidden of ['/metrics', '/docs', '/docs/openapi.json', '/health', '/v1/admin/replay']) expect({ hidden, routed: routed(hidden) }).toEqual({ hidden, routed: false });
    for (const open of ['/', '/dashboard/js/main.js', '/v1/proposals', '/v1/public/provinces', '/v1/stream', '/v1/nomenclature/search']) expect({ open, routed: routed(open) }).toEqual({ open, routed: true });
  });

  it('routes the Ingress example only to existing Services and ports', () => {
    const ingress = find('Ingress', 'selaras');
    for (const rule of ingress.spec.rules) {
      for (const path of rule.http.paths) {
        const service = find('Service', path.backend.service.name);
        expect(service.spec.ports.map((p: { name: string }) => p.name)).toContain(path.backend.service.port.name);
      }
    }
  });

  it('ships no generated or secret file', () => {
    expect(existsSync(join(REPO_ROOT, K8S, 'secrets.yaml'))).toBe(false);
    for (const { doc } of docs) expect(doc.kind).not.toBe('Secret');
  });
});
