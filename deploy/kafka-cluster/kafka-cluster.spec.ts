/**
 * The production Kafka settings stay true to the code: the generated topic and ACL scripts match
 * the topic registry, a regency principal can only write the inbound topic, every service principal
 * gets what it produces and consumes and nothing else, the consumer groups the apps use fall under
 * their ACL prefix, and the broker settings keep the durability and security promised in DESIGN §7.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { allTopicSpecs, deadLetterTopicOf, TOPICS } from '@selaras/contracts';
import { listDir, readRepoFile, readYaml, REPO_ROOT } from '../deploy-files';
import {
  ACCESS, AclRule, generatedFiles, REGENCY_PRINCIPAL_PREFIX, REGENCY_TOPIC, servicePrincipal, ServiceName, serviceAcls, topicPlan,
} from './generate';

const DIR = 'deploy/kafka-cluster';
const SERVICE_NAMES = Object.keys(ACCESS) as ServiceName[];

/** `allow PRINCIPAL OPERATION topic|group NAME [prefixed]` lines of acls.sh, loops included. */
function aclLines(): AclRule[] {
  return [...readRepoFile(`${DIR}/acls.sh`).matchAll(/^\s*allow\s+("?[\w.$-]+"?)\s+(\w+)\s+(topic|group)\s+(\S+)(\s+prefixed)?\s*$/gm)].map((m) => ({
    principal: m[1].replace(/"/g, ''),
    operation: m[2] as AclRule['operation'],
    resource: m[3] as AclRule['resource'],
    name: m[4],
    pattern: m[5] ? 'prefixed' : 'literal',
  }));
}

function properties(path: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of readRepoFile(path).split('\n')) {
    const m = /^([a-z][\w.-]*)=(.*)$/.exec(line.trim());
    if (m) map.set(m[1], m[2]);
  }
  return map;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(REPO_ROOT, dir)).flatMap((entry) => {
    const path = `${dir}/${entry}`;
    if (statSync(join(REPO_ROOT, path)).isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(entry) && !/spec\.ts$/.test(entry) ? [path] : [];
  });
}

describe('deploy/kafka-cluster generated files', () => {
  it.each(Object.entries(generatedFiles()))('%s is up to date with the topic registry (run generate.ts)', (file, expected) => {
    expect(readRepoFile(`${DIR}/${file}`)).toBe(expected);
  });

  it('plans every registry topic and its dead-letter twin with the registry’s partitions', () => {
    const plan = topicPlan();
    expect(plan.topics.map((t) => [t.name, t.partitions])).toEqual(allTopicSpecs().map((s) => [s.name, s.partitions]));
    for (const spec of allTopicSpecs()) {
      const planned = plan.topics.find((t) => t.name === spec.name)!;
      expect({ topic: spec.name, policy: planned.config['cleanup.policy'] }).toEqual({ topic: spec.name, policy: spec.compacted ? 'compact' : 'delete' });
    }
  });

  it('defaults to replication factor 3 and min.insync.replicas 2', () => {
    const script = readRepoFile(`${DIR}/create-topics.sh`);
    expect(script).toContain('REPLICATION_FACTOR="${REPLICATION_FACTOR:-3}"');
    expect(script).toContain('MIN_INSYNC_REPLICAS="${MIN_INSYNC_REPLICAS:-2}"');
    expect(script).toContain('--replication-factor "$REPLICATION_FACTOR"');
    expect(script).toContain('configs="min.insync.replicas=$MIN_INSYNC_REPLICAS,');
  });

  it('keeps the canonical streams for ever, so reporting can replay them', () => {
    for (const t of [TOPICS.proposalsEvents, TOPICS.proposalsPriorities, TOPICS.nomenclatureEvents, TOPICS.spbeEvents]) {
      expect(topicPlan().topics.find((p) => p.name === t.name)?.config['retention.ms']).toBe('-1');
    }
  });

  it('ships the scripts executable', () => {
    for (const file of ['create-topics.sh', 'acls.sh', 'scram-users.sh']) {
      expect({ file, executable: (statSync(join(REPO_ROOT, DIR, file)).mode & 0o111) !== 0 }).toEqual({ file, executable: true });
    }
  });
});

describe('deploy/kafka-cluster ACLs', () => {
  const rules = aclLines();
  const registry = allTopicSpecs().map((t) => t.name);

  it('acls.sh has exactly the generated rules plus the regency loop', () => {
    const regency = rules.filter((r) => r.principal.startsWith(REGENCY_PRINCIPAL_PREFIX));
    expect(rules.filter((r) => !r.principal.startsWith(REGENCY_PRINCIPAL_PREFIX))).toEqual(serviceAcls());
    expect(regency).toEqual([
      { principal: `${REGENCY_PRINCIPAL_PREFIX}$code`, operation: 'Write', resource: 'topic', name: REGENCY_TOPIC, pattern: 'literal' },
      { principal: `${REGENCY_PRINCIPAL_PREFIX}$code`, operation: 'Describe', resource: 'topic', name: REGENCY_TOPIC, pattern: 'literal' },
    ]);
    expect(REGENCY_TOPIC).toBe(TOPICS.proposalsInbound.name);
  });

  it('names only registry topics, literally, and prefixes groups with the service name', () => {
    for (const r of rules) {
      if (r.resource === 'topic') {
        expect({ rule: r, known: registry.includes(r.name) && r.pattern === 'literal' }).toEqual({ rule: r, known: true });
      } else {
        const service = SERVICE_NAMES.find((s) => r.principal === servicePrincipal(s));
        expect({ rule: r, own: r.name === `${service}.` && r.pattern === 'prefixed' }).toEqual({ rule: r, own: true });
      }
    }
  });

  it.each(SERVICE_NAMES)('lets %s write exactly what it produces and the dead letters of what it consumes', (service) => {
    const principal = servicePrincipal(service);
    const produced = Object.values(TOPICS).filter((t) => t.producer === service).map((t) => t.name);
    const consumed = ACCESS[service].consumes.map((t) => t.name);
    const of = (operation: string) => rules.filter((r) => r.principal === principal && r.resource === 'topic' && r.operation === operation).map((r) => r.name).sort();
    expect(of('Write')).toEqual([...produced, ...consumed.map(deadLetterTopicOf)].sort());
    expect(of('Read')).toEqual([...consumed].sort());
    expect(of('Delete')).toEqual([]);
    // Describe only fills in the topics it checks at start-up and neither writes nor reads.
    for (const name of of('Describe')) expect([...produced, ...consumed]).not.toContain(name);
  });

  it('lets no service write a topic another service owns', () => {
    const serviceWrites = rules.filter((x) => !x.principal.startsWith(REGENCY_PRINCIPAL_PREFIX) && x.operation === 'Write' && !x.name.endsWith('.dlq'));
    expect(serviceWrites.length).toBeGreaterThan(0);
    for (const r of serviceWrites) {
      const owner = Object.values(TOPICS).find((t) => t.name === r.name)!.producer;
      expect({ rule: r, owner: servicePrincipal(owner as ServiceName) }).toEqual({ rule: r, owner: r.principal });
    }
  });

  it.each(SERVICE_NAMES)('covers every consumer group that apps/%s names', (service) => {
    const groups: string[] = [];
    for (const file of sourceFiles(`apps/${service}/src`)) {
      const text = readRepoFile(file);
      for (const m of text.matchAll(/groupId:\s*'([^']+)'|_GROUP\s*=\s*'([^']+)'|groupId:\s*`([^`$]+)\$\{/g)) groups.push(m[1] ?? m[2] ?? m[3]);
      for (const m of text.matchAll(/return `([a-z-]+\.)[^`]*-projection/g)) groups.push(m[1]);
      // libs/nomenclature-client names its throw-away groups `<clientName>.nomenclature-catalog.<uuid>`.
      for (const m of text.matchAll(/new NomenclatureCatalogClient\([^,]+,\s*'([^']+)'/g)) groups.push(`${m[1]}.nomenclature-catalog.`);
    }
    for (const group of groups) expect({ group, prefixed: group.startsWith(`${service}.`) }).toEqual({ group, prefixed: true });
    if (groups.length > 0) expect(rules).toContainEqual({ principal: servicePrincipal(service), operation: 'Read', resource: 'group', name: `${service}.`, pattern: 'prefixed' });
  });

  it('creates a SCRAM user for every principal that has ACLs', () => {
    const script = readRepoFile(`${DIR}/scram-users.sh`);
    for (const service of SERVICE_NAMES) expect(script).toContain(servicePrincipal(service));
    expect(script).toContain(`${REGENCY_PRINCIPAL_PREFIX}$code`);
    expect(script).toContain('SCRAM-SHA-512=[iterations=8192,password=');
  });
});

describe('deploy/kafka-cluster broker settings', () => {
  const broker = properties(`${DIR}/broker.properties`);

  it('is a KRaft node of a three-voter quorum', () => {
    expect(broker.get('process.roles')).toBe('broker,controller');
    expect(broker.get('controller.quorum.voters')?.split(',')).toHaveLength(3);
    expect([...broker.keys()].some((k) => k.startsWith('zookeeper'))).toBe(false);
  });

  it('keeps three copies, acknowledges with two, and never elects an unclean leader', () => {
    expect(broker.get('default.replication.factor')).toBe('3');
    expect(broker.get('min.insync.replicas')).toBe('2');
    expect(broker.get('unclean.leader.election.enable')).toBe('false');
    expect(broker.get('auto.create.topics.enable')).toBe('false');
    expect(broker.get('offsets.topic.replication.factor')).toBe('3');
    expect(broker.get('transaction.state.log.min.isr')).toBe('2');
  });

  it('serves clients only over SASL_SSL with SCRAM-SHA-512, and brokers over mutual TLS', () => {
    const protocols = new Map(broker.get('listener.security.protocol.map')!.split(',').map((p) => p.split(':') as [string, string]));
    const listeners = broker.get('listeners')!.split(',').map((l) => l.split(':')[0]);
    for (const l of listeners) expect(['SASL_SSL', 'SSL']).toContain(protocols.get(l));
    expect(protocols.get('CLIENT')).toBe('SASL_SSL');
    expect(broker.get('listener.name.client.sasl.enabled.mechanisms')).toBe('SCRAM-SHA-512');
    expect(broker.get('listener.name.internal.ssl.client.auth')).toBe('required');
    expect(broker.get('listener.name.controller.ssl.client.auth')).toBe('required');
  });

  it('denies whatever no ACL allows', () => {
    expect(broker.get('authorizer.class.name')).toBe('org.apache.kafka.metadata.authorizer.StandardAuthorizer');
    expect(broker.get('allow.everyone.if.no.acl.found')).toBe('false');
    expect(broker.get('super.users')?.split(';').sort()).toEqual(['User:admin', 'User:kafka-broker']);
  });

  it('matches the producers: acks from all in-sync replicas, idempotent', () => {
    const client = readRepoFile('libs/messaging/src/lib/core/kafka-client.ts');
    expect(client).toMatch(/idempotent: true/);
    expect(client).toMatch(/maxInFlightRequests: 1/);
    // kafkajs sends with acks=-1 (all in-sync replicas) unless told otherwise.
    expect(sourceFiles('libs/messaging/src').map(readRepoFile).join('\n')).not.toMatch(/acks:\s*(0|1)\b/);
  });
});

describe('deploy/kafka-cluster Jobs', () => {
  const jobs = readYaml(`${DIR}/jobs.yaml`);
  const env = (job: Record<string, any>) => new Map<string, string>(job.spec.template.spec.containers[0].env.map((e: { name: string; value: string }) => [e.name, e.value]));
  const kustomization = readYaml(`${DIR}/kustomization.yaml`)[0];

  it('runs the generated scripts from the ConfigMap kustomize builds of them', () => {
    const scripts = kustomization.configMapGenerator[0].files as string[];
    expect(scripts.sort()).toEqual(['acls.sh', 'create-topics.sh']);
    for (const file of scripts) expect(listDir(DIR)).toContain(file);
    expect(jobs.map((j) => j.spec.template.spec.containers[0].command)).toEqual([
      ['sh', '/opt/selaras/create-topics.sh'],
      ['sh', '/opt/selaras/acls.sh'],
    ]);
  });

  it('uses the Kafka image of docker-compose.yml and the production replication', () => {
    const composeImage = readYaml('docker-compose.yml', { merge: true })[0].services.kafka.image;
    for (const job of jobs) expect(job.spec.template.spec.containers[0].image).toBe(composeImage);
    expect(env(jobs[0]).get('REPLICATION_FACTOR')).toBe('3');
    expect(env(jobs[0]).get('MIN_INSYNC_REPLICAS')).toBe('2');
  });

  it('grants regency access only to real kab/kota codes', () => {
    const directory = readFileSync(join(REPO_ROOT, 'libs/domain-region/data/wilayah_provinsi_kabkota.csv'), 'utf8');
    const kabKota = new Set([...directory.matchAll(/^(\d{2}\.\d{2}),[^,]*,kabupaten_kota,/gm)].map((m) => m[1]));
    const codes = env(jobs[1]).get('REGENCY_CODES')!.split(' ');
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes) expect({ code, kabKota: kabKota.has(code) }).toEqual({ code, kabKota: true });
  });
});
