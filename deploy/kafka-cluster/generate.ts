/**
 * Generates the operator files of the production Kafka cluster from the topic registry
 * (`libs/contracts/src/lib/topics.ts`), so topics and ACLs cannot drift from the code:
 *
 *   topics.json       every topic with partitions and production settings (review aid)
 *   create-topics.sh  kafka-topics.sh / kafka-configs.sh calls, replication factor 3 by default
 *   acls.sh           kafka-acls.sh calls: each service principal gets what it produces and consumes,
 *                     a regency principal may only write `proposals.inbound`
 *
 * Regenerate after changing the registry or ACCESS below (deploy/kafka-cluster/kafka-cluster.spec.ts
 * fails until you do):
 *
 *   node -r @swc-node/register deploy/kafka-cluster/generate.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allTopicSpecs, deadLetterTopicOf, TOPICS, TopicSpec } from '@selaras/contracts';

export type ServiceName = 'proposals' | 'nomenclature' | 'spbe-indicators' | 'reporting';

type RegistryTopic = (typeof TOPICS)[keyof typeof TOPICS];

export interface ServiceAccess {
  /** Topics it consumes (its consumer groups are all named `<service>.<purpose>`). */
  consumes: readonly RegistryTopic[];
  /**
   * Topics whose metadata it reads without producing or consuming them. Today every service
   * except nomenclature calls `ensureTopics(allTopicSpecs())` at start-up, which lists every
   * topic and would try to CREATE any it cannot see; DESCRIBE (metadata only, no data) avoids that.
   */
  describesEveryTopic: boolean;
  /** Reporting deletes the consumer groups of an old read-model generation after a replay. */
  deletesOwnGroups: boolean;
}

/**
 * Who consumes what (DESIGN.md §4 and the consumers registered in apps/): proposals reads the
 * inbound topic (group `proposals.inbound`), the nomenclature catalog (throw-away groups
 * `proposals.nomenclature-catalog.<uuid>`) and version activations (`proposals.nomenclature-watch`);
 * reporting builds its read models from every canonical stream (`reporting.<name>-projection.g<n>`).
 * What a service produces is not listed here: it is the registry's `producer` field.
 */
export const ACCESS: Record<ServiceName, ServiceAccess> = {
  proposals: {
    consumes: [TOPICS.proposalsInbound, TOPICS.nomenclatureEntries, TOPICS.nomenclatureEvents],
    describesEveryTopic: true,
    deletesOwnGroups: false,
  },
  nomenclature: { consumes: [], describesEveryTopic: false, deletesOwnGroups: false },
  'spbe-indicators': { consumes: [], describesEveryTopic: true, deletesOwnGroups: false },
  reporting: {
    consumes: [TOPICS.proposalsEvents, TOPICS.proposalsPriorities, TOPICS.proposalsOverlapReviews, TOPICS.nomenclatureEntries, TOPICS.nomenclatureEvents, TOPICS.spbeEvents, TOPICS.proposalsIntegration],
    describesEveryTopic: true,
    deletesOwnGroups: true,
  },
};

/** SCRAM user (Kafka principal `User:<name>`) of a service. */
export function servicePrincipal(service: ServiceName): string {
  return `svc-${service}`;
}

/** SCRAM user of a regency system, e.g. `regency-81.71` for Kota Ambon. */
export const REGENCY_PRINCIPAL_PREFIX = 'regency-';

/** The only topic an untrusted regency system may touch. */
export const REGENCY_TOPIC = TOPICS.proposalsInbound.name;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Retention: the canonical streams are kept for ever, because reporting rebuilds its read
 * models and the nomenclature catalog is rebuilt from the beginning of the topics (DESIGN §8
 * "Replay"); the inbound topic only has to outlive an outage of its consumer; dead letters are
 * kept long enough to investigate and replay by hand.
 */
export const RETENTION_MS = { canonical: -1, inbound: 14 * DAY_MS, deadLetter: 90 * DAY_MS } as const;

export interface TopicPlanEntry {
  name: string;
  partitions: number;
  /** Topic-level configs besides `min.insync.replicas`, which the script adds from its parameter. */
  config: Record<string, string>;
}

export interface TopicPlan {
  generatedFrom: string;
  replicationFactor: number;
  minInsyncReplicas: number;
  topics: TopicPlanEntry[];
}

function topicConfig(spec: TopicSpec): Record<string, string> {
  if (spec.compacted) return { 'cleanup.policy': 'compact', 'min.cleanable.dirty.ratio': '0.1' };
  const deadLetterOf = Object.values(TOPICS).find((t) => deadLetterTopicOf(t.name) === spec.name);
  if (deadLetterOf) return { 'cleanup.policy': 'delete', 'retention.ms': String(RETENTION_MS.deadLetter) };
  if (spec.name === TOPICS.proposalsInbound.name) return { 'cleanup.policy': 'delete', 'retention.ms': String(RETENTION_MS.inbound) };
  return { 'cleanup.policy': 'delete', 'retention.ms': String(RETENTION_MS.canonical) };
}

/** Every topic of the registry (dead-letter twins included) with its production settings. */
export function topicPlan(): TopicPlan {
  return {
    generatedFrom: 'libs/contracts/src/lib/topics.ts by deploy/kafka-cluster/generate.ts; do not edit',
    replicationFactor: 3,
    minInsyncReplicas: 2,
    topics: allTopicSpecs().map((spec) => ({ name: spec.name, partitions: spec.partitions, config: topicConfig(spec) })),
  };
}

export type AclOperation = 'Read' | 'Write' | 'Describe' | 'Delete';

export interface AclRule {
  principal: string;
  operation: AclOperation;
  resource: 'topic' | 'group';
  name: string;
  pattern: 'literal' | 'prefixed';
}

/** The ACLs of the four service principals (regency principals are added per region by the script). */
export function serviceAcls(): AclRule[] {
  const registry = Object.values(TOPICS) as RegistryTopic[];
  const rules: AclRule[] = [];
  for (const [service, access] of Object.entries(ACCESS) as [ServiceName, ServiceAccess][]) {
    const principal = servicePrincipal(service);
    const add = (operation: AclOperation, resource: AclRule['resource'], name: string, pattern: AclRule['pattern'] = 'literal') =>
      rules.push({ principal, operation, resource, name, pattern });
    const produces = registry.filter((t) => t.producer === service);
    for (const t of produces) add('Write', 'topic', t.name);
    for (const t of access.consumes) add('Read', 'topic', t.name);
    // A consumer dead-letters what it can never apply to `<topic>.dlq`.
    for (const t of access.consumes) add('Write', 'topic', deadLetterTopicOf(t.name));
    if (access.describesEveryTopic) {
      const covered = new Set(rules.filter((r) => r.principal === principal && r.resource === 'topic').map((r) => r.name));
      for (const spec of allTopicSpecs()) if (!covered.has(spec.name)) add('Describe', 'topic', spec.name);
    }
    if (access.consumes.length > 0) {
      add('Read', 'group', `${service}.`, 'prefixed');
      if (access.deletesOwnGroups) add('Delete', 'group', `${service}.`, 'prefixed');
    }
  }
  return rules;
}

const SCRIPT_HEAD = `# GENERATED from libs/contracts/src/lib/topics.ts by deploy/kafka-cluster/generate.ts; do not edit.
# Regenerate: node -r @swc-node/register deploy/kafka-cluster/generate.ts
#
# Environment:
#   BOOTSTRAP_SERVER  required, e.g. kafka-0.kafka-brokers.kafka.svc:9092
#   COMMAND_CONFIG    admin client properties (SASL_SSL + SCRAM-SHA-512 super user); empty for a PLAINTEXT broker
#   KAFKA_BIN         directory of the Kafka CLI scripts (default /opt/kafka/bin, as in the apache/kafka image)
#   DRY_RUN=1         print the commands instead of running them
set -eu
: "\${BOOTSTRAP_SERVER:?set BOOTSTRAP_SERVER, e.g. kafka-0.kafka-brokers.kafka.svc:9092}"
KAFKA_BIN="\${KAFKA_BIN:-/opt/kafka/bin}"
DRY_RUN="\${DRY_RUN:-0}"
# The paths are used unquoted so that an empty COMMAND_CONFIG adds no argument: keep them free of spaces.
CC=""
if [ -n "\${COMMAND_CONFIG:-}" ]; then CC="--command-config \${COMMAND_CONFIG}"; fi

run() {
  if [ "$DRY_RUN" = 1 ]; then echo "$*"; else "$@"; fi
}
`;

/** POSIX sh that creates the topics if missing, converges their configs and refuses drifted ones. */
export function renderCreateTopicsScript(plan: TopicPlan = topicPlan()): string {
  const calls = plan.topics.map((t) => {
    const config = Object.entries(t.config).map(([k, v]) => `${k}=${v}`).join(',');
    return `topic ${t.name} ${t.partitions} '${config}'`;
  });
  return `#!/bin/sh
# Creates every Selaras topic with its partition count, replication factor ${plan.replicationFactor} and
# min.insync.replicas=${plan.minInsyncReplicas} (production defaults; docker-compose runs it with 1 and 1), then
# applies the topic configs to topics that already exist. Idempotent. A topic that exists with another
# partition count or a lower replication factor (e.g. created by a service at start-up with RF 1) is
# reported and the script exits 1: fix it by hand (kafka-reassign-partitions.sh), never by changing
# the partition count of a live topic.
${SCRIPT_HEAD}REPLICATION_FACTOR="\${REPLICATION_FACTOR:-${plan.replicationFactor}}"
MIN_INSYNC_REPLICAS="\${MIN_INSYNC_REPLICAS:-${plan.minInsyncReplicas}}"
drifted=0

# topic NAME PARTITIONS CONFIGS(comma-separated k=v)
topic() {
  name=$1
  partitions=$2
  configs="min.insync.replicas=$MIN_INSYNC_REPLICAS,$3"
  config_args=$(echo "$configs" | tr ',' '\\n' | sed 's/^/--config /' | tr '\\n' ' ')
  # shellcheck disable=SC2086
  run "$KAFKA_BIN/kafka-topics.sh" --bootstrap-server "$BOOTSTRAP_SERVER" $CC --create --if-not-exists \\
    --topic "$name" --partitions "$partitions" --replication-factor "$REPLICATION_FACTOR" $config_args
  # shellcheck disable=SC2086
  run "$KAFKA_BIN/kafka-configs.sh" --bootstrap-server "$BOOTSTRAP_SERVER" $CC --alter \\
    --entity-type topics --entity-name "$name" --add-config "$configs"
  if [ "$DRY_RUN" = 1 ]; then return 0; fi
  # shellcheck disable=SC2086
  summary=$("$KAFKA_BIN/kafka-topics.sh" --bootstrap-server "$BOOTSTRAP_SERVER" $CC --describe --topic "$name" | head -n 1)
  actual_partitions=$(echo "$summary" | sed -n 's/.*PartitionCount: *\\([0-9]*\\).*/\\1/p')
  actual_rf=$(echo "$summary" | sed -n 's/.*ReplicationFactor: *\\([0-9]*\\).*/\\1/p')
  if [ "$actual_partitions" != "$partitions" ] || [ "$actual_rf" -lt "$REPLICATION_FACTOR" ]; then
    echo "DRIFT: $name has $actual_partitions partitions and replication factor $actual_rf; expected $partitions and $REPLICATION_FACTOR" >&2
    drifted=1
  fi
}

${calls.join('\n')}

if [ "$drifted" = 1 ]; then exit 1; fi
echo "topics ready: ${plan.topics.length} (replication factor $REPLICATION_FACTOR, min.insync.replicas $MIN_INSYNC_REPLICAS)"
`;
}

/** POSIX sh with one kafka-acls.sh call per rule, plus WRITE/DESCRIBE on the inbound topic per regency. */
export function renderAclScript(rules: AclRule[] = serviceAcls()): string {
  const width = Math.max(...rules.map((r) => r.principal.length));
  const lines: string[] = [];
  let current = '';
  for (const r of rules) {
    if (r.principal !== current) {
      current = r.principal;
      lines.push('', `# User:${r.principal}`);
    }
    lines.push(`allow ${r.principal.padEnd(width)} ${r.operation.padEnd(8)} ${r.resource.padEnd(5)} ${r.name}${r.pattern === 'prefixed' ? ' prefixed' : ''}`);
  }
  return `#!/bin/sh
# Kafka ACLs of Selaras (StandardAuthorizer, allow.everyone.if.no.acl.found=false): each service
# principal may write what it produces (its own topics and the dead-letter twins of what it consumes),
# read what it consumes with consumer groups named "<service>." (prefixed), and describe the topics it
# checks at start-up. A regency principal may only WRITE and DESCRIBE ${REGENCY_TOPIC}: no read, no
# group, no other topic. Idempotent (kafka-acls.sh --add of an existing ACL changes nothing).
#
#   REGENCY_CODES     space-separated kode wilayah of the regency systems, e.g. "81.01 81.02 81.71 81.72"
#                     (principal User:${REGENCY_PRINCIPAL_PREFIX}<code>, SCRAM user created by scram-users.sh)
${SCRIPT_HEAD}REGENCY_CODES="\${REGENCY_CODES:-}"

# allow PRINCIPAL OPERATION topic|group NAME [prefixed]
allow() {
  # shellcheck disable=SC2086
  run "$KAFKA_BIN/kafka-acls.sh" --bootstrap-server "$BOOTSTRAP_SERVER" $CC --add \\
    --allow-principal "User:$1" --operation "$2" "--$3" "$4" --resource-pattern-type "\${5:-literal}"
}
${lines.join('\n')}

# Regency systems (untrusted): write-only on ${REGENCY_TOPIC}. Kafka checks the topic, not the region:
# proposals still verifies each event's Ed25519 signature against the keys of its region (DESIGN §4).
for code in $REGENCY_CODES; do
  allow "${REGENCY_PRINCIPAL_PREFIX}$code" Write    topic ${REGENCY_TOPIC}
  allow "${REGENCY_PRINCIPAL_PREFIX}$code" Describe topic ${REGENCY_TOPIC}
done
`;
}

export const KAFKA_CLUSTER_DIR = __dirname;

export function generatedFiles(): Record<string, string> {
  return {
    'topics.json': `${JSON.stringify(topicPlan(), null, 2)}\n`,
    'create-topics.sh': renderCreateTopicsScript(),
    'acls.sh': renderAclScript(),
  };
}

if (require.main === module) {
  for (const [file, text] of Object.entries(generatedFiles())) {
    writeFileSync(join(KAFKA_CLUSTER_DIR, file), text, { mode: file.endsWith('.sh') ? 0o755 : 0o644 });
    process.stdout.write(`wrote deploy/kafka-cluster/${file}\n`);
  }
}
