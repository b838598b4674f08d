#!/bin/sh
# Creates every Selaras topic with its partition count, replication factor 3 and
# min.insync.replicas=2 (production defaults; docker-compose runs it with 1 and 1), then
# applies the topic configs to topics that already exist. Idempotent. A topic that exists with another
# partition count or a lower replication factor (e.g. created by a service at start-up with RF 1) is
# reported and the script exits 1: fix it by hand (kafka-reassign-partitions.sh), never by changing
# the partition count of a live topic.
# GENERATED from libs/contracts/src/lib/topics.ts by deploy/kafka-cluster/generate.ts; do not edit.
# Regenerate: node -r @swc-node/register deploy/kafka-cluster/generate.ts
#
# Environment:
#   BOOTSTRAP_SERVER  required, e.g. kafka-0.kafka-brokers.kafka.svc:9092
#   COMMAND_CONFIG    admin client properties (SASL_SSL + SCRAM-SHA-512 super user); empty for a PLAINTEXT broker
#   KAFKA_BIN         directory of the Kafka CLI scripts (default /opt/kafka/bin, as in the apache/kafka image)
#   DRY_RUN=1         print the commands instead of running them
set -eu
: "${BOOTSTRAP_SERVER:?set BOOTSTRAP_SERVER, e.g. kafka-0.kafka-brokers.kafka.svc:9092}"
KAFKA_BIN="${KAFKA_BIN:-/opt/kafka/bin}"
DRY_RUN="${DRY_RUN:-0}"
# The paths are used unquoted so that an empty COMMAND_CONFIG adds no argument: keep them free of spaces.
CC=""
if [ -n "${COMMAND_CONFIG:-}" ]; then CC="--command-config ${COMMAND_CONFIG}"; fi

run() {
  if [ "$DRY_RUN" = 1 ]; then echo "$*"; else "$@"; fi
}
REPLICATION_FACTOR="${REPLICATION_FACTOR:-3}"
MIN_INSYNC_REPLICAS="${MIN_INSYNC_REPLICAS:-2}"
drifted=0

# topic NAME PARTITIONS CONFIGS(comma-separated k=v)
topic() {
  name=$1
  partitions=$2
  configs="min.insync.replicas=$MIN_INSYNC_REPLICAS,$3"
  config_args=$(echo "$configs" | tr ',' '\n' | sed 's/^/--config /' | tr '\n' ' ')
  # shellcheck disable=SC2086
  run "$KAFKA_BIN/kafka-topics.sh" --bootstrap-server "$BOOTSTRAP_SERVER" $CC --create --if-not-exists \
    --topic "$name" --partitions "$partitions" --replication-factor "$REPLICATION_FACTOR" $config_args
  # shellcheck disable=SC2086
  run "$KAFKA_BIN/kafka-configs.sh" --bootstrap-server "$BOOTSTRAP_SERVER" $CC --alter \
    --entity-type topics --entity-name "$name" --add-config "$configs"
  if [ "$DRY_RUN" = 1 ]; then return 0; fi
  # shellcheck disable=SC2086
  summary=$("$KAFKA_BIN/kafka-topics.sh" --bootstrap-server "$BOOTSTRAP_SERVER" $CC --describe --topic "$name" | head -n 1)
  actual_partitions=$(echo "$summary" | sed -n 's/.*PartitionCount: *\([0-9]*\).*/\1/p')
  actual_rf=$(echo "$summary" | sed -n 's/.*ReplicationFactor: *\([0-9]*\).*/\1/p')
  if [ "$actual_partitions" != "$partitions" ] || [ "$actual_rf" -lt "$REPLICATION_FACTOR" ]; then
    echo "DRIFT: $name has $actual_partitions partitions and replication factor $actual_rf; expected $partitions and $REPLICATION_FACTOR" >&2
    drifted=1
  fi
}

topic proposals.inbound 6 'cleanup.policy=delete,retention.ms=1209600000'
topic proposals.inbound.dlq 6 'cleanup.policy=delete,retention.ms=7776000000'
topic proposals.events 6 'cleanup.policy=delete,retention.ms=-1'
topic proposals.events.dlq 6 'cleanup.policy=delete,retention.ms=7776000000'
topic proposals.priorities 3 'cleanup.policy=delete,retention.ms=-1'
topic proposals.priorities.dlq 3 'cleanup.policy=delete,retention.ms=7776000000'
topic proposals.overlap-reviews 3 'cleanup.policy=delete,retention.ms=-1'
topic proposals.overlap-reviews.dlq 3 'cleanup.policy=delete,retention.ms=7776000000'
topic nomenclature.entries 3 'cleanup.policy=compact,min.cleanable.dirty.ratio=0.1'
topic nomenclature.entries.dlq 3 'cleanup.policy=delete,retention.ms=7776000000'
topic nomenclature.events 1 'cleanup.policy=delete,retention.ms=-1'
topic nomenclature.events.dlq 1 'cleanup.policy=delete,retention.ms=7776000000'
topic spbe.events 3 'cleanup.policy=delete,retention.ms=-1'
topic spbe.events.dlq 3 'cleanup.policy=delete,retention.ms=7776000000'
topic proposals.integration 3 'cleanup.policy=delete,retention.ms=-1'
topic proposals.integration.dlq 3 'cleanup.policy=delete,retention.ms=7776000000'

if [ "$drifted" = 1 ]; then exit 1; fi
echo "topics ready: 16 (replication factor $REPLICATION_FACTOR, min.insync.replicas $MIN_INSYNC_REPLICAS)"
