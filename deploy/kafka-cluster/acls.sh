#!/bin/sh
# Kafka ACLs of Selaras (StandardAuthorizer, allow.everyone.if.no.acl.found=false): each service
# principal may write what it produces (its own topics and the dead-letter twins of what it consumes),
# read what it consumes with consumer groups named "<service>." (prefixed), and describe the topics it
# checks at start-up. A regency principal may only WRITE and DESCRIBE proposals.inbound: no read, no
# group, no other topic. Idempotent (kafka-acls.sh --add of an existing ACL changes nothing).
#
#   REGENCY_CODES     space-separated kode wilayah of the regency systems, e.g. "81.01 81.02 81.71 81.72"
#                     (principal User:regency-<code>, SCRAM user created by scram-users.sh)
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
REGENCY_CODES="${REGENCY_CODES:-}"

# allow PRINCIPAL OPERATION topic|group NAME [prefixed]
allow() {
  # shellcheck disable=SC2086
  run "$KAFKA_BIN/kafka-acls.sh" --bootstrap-server "$BOOTSTRAP_SERVER" $CC --add \
    --allow-principal "User:$1" --operation "$2" "--$3" "$4" --resource-pattern-type "${5:-literal}"
}

# User:svc-proposals
allow svc-proposals       Write    topic proposals.events
allow svc-proposals       Write    topic proposals.priorities
allow svc-proposals       Write    topic proposals.overlap-reviews
allow svc-proposals       Write    topic proposals.integration
allow svc-proposals       Read     topic proposals.inbound
allow svc-proposals       Read     topic nomenclature.entries
allow svc-proposals       Read     topic nomenclature.events
allow svc-proposals       Write    topic proposals.inbound.dlq
allow svc-proposals       Write    topic nomenclature.entries.dlq
allow svc-proposals       Write    topic nomenclature.events.dlq
allow svc-proposals       Describe topic proposals.events.dlq
allow svc-proposals       Describe topic proposals.priorities.dlq
allow svc-proposals       Describe topic proposals.overlap-reviews.dlq
allow svc-proposals       Describe topic spbe.events
allow svc-proposals       Describe topic spbe.events.dlq
allow svc-proposals       Describe topic proposals.integration.dlq
allow svc-proposals       Read     group proposals. prefixed

# User:svc-nomenclature
allow svc-nomenclature    Write    topic nomenclature.entries
allow svc-nomenclature    Write    topic nomenclature.events

# User:svc-spbe-indicators
allow svc-spbe-indicators Write    topic spbe.events
allow svc-spbe-indicators Describe topic proposals.inbound
allow svc-spbe-indicators Describe topic proposals.inbound.dlq
allow svc-spbe-indicators Describe topic proposals.events
allow svc-spbe-indicators Describe topic proposals.events.dlq
allow svc-spbe-indicators Describe topic proposals.priorities
allow svc-spbe-indicators Describe topic proposals.priorities.dlq
allow svc-spbe-indicators Describe topic proposals.overlap-reviews
allow svc-spbe-indicators Describe topic proposals.overlap-reviews.dlq
allow svc-spbe-indicators Describe topic nomenclature.entries
allow svc-spbe-indicators Describe topic nomenclature.entries.dlq
allow svc-spbe-indicators Describe topic nomenclature.events
allow svc-spbe-indicators Describe topic nomenclature.events.dlq
allow svc-spbe-indicators Describe topic spbe.events.dlq
allow svc-spbe-indicators Describe topic proposals.integration
allow svc-spbe-indicators Describe topic proposals.integration.dlq

# User:svc-reporting
allow svc-reporting       Read     topic proposals.events
allow svc-reporting       Read     topic proposals.priorities
allow svc-reporting       Read     topic proposals.overlap-reviews
allow svc-reporting       Read     topic nomenclature.entries
allow svc-reporting       Read     topic nomenclature.events
allow svc-reporting       Read     topic spbe.events
allow svc-reporting       Read     topic proposals.integration
allow svc-reporting       Write    topic proposals.events.dlq
allow svc-reporting       Write    topic proposals.priorities.dlq
allow svc-reporting       Write    topic proposals.overlap-reviews.dlq
allow svc-reporting       Write    topic nomenclature.entries.dlq
allow svc-reporting       Write    topic nomenclature.events.dlq
allow svc-reporting       Write    topic spbe.events.dlq
allow svc-reporting       Write    topic proposals.integration.dlq
allow svc-reporting       Describe topic proposals.inbound
allow svc-reporting       Describe topic proposals.inbound.dlq
allow svc-reporting       Read     group reporting. prefixed
allow svc-reporting       Delete   group reporting. prefixed

# Regency systems (untrusted): write-only on proposals.inbound. Kafka checks the topic, not the region:
# proposals still verifies each event's Ed25519 signature against the keys of its region (DESIGN §4).
for code in $REGENCY_CODES; do
  allow "regency-$code" Write    topic proposals.inbound
  allow "regency-$code" Describe topic proposals.inbound
done
