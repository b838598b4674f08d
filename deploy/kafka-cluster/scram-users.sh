#!/bin/sh
# Creates or rotates the SCRAM-SHA-512 credentials of the Selaras principals (stored in the KRaft
# metadata; the admin user itself is added when the storage is formatted, see deploy/README.md).
# Idempotent: running it again with the same files sets the same passwords.
#
#   BOOTSTRAP_SERVER  required, e.g. kafka-0.kafka-brokers.kafka.svc:9092
#   COMMAND_CONFIG    admin client properties (client-admin.properties.example)
#   PASSWORD_DIR      one file per user holding its password, e.g. $PASSWORD_DIR/svc-proposals;
#                     make them with `openssl rand -hex 32` (hex: SCRAM's config syntax breaks on , = [ ])
#   REGENCY_CODES     space-separated kode wilayah, e.g. "81.01 81.71": users regency-<code>
#   KAFKA_BIN         default /opt/kafka/bin
#   DRY_RUN=1         print the commands (passwords masked)
#
# kafka-configs.sh takes the password on its command line: run this from an operator machine or a
# Job, not on a host shared with untrusted users.
set -eu
: "${BOOTSTRAP_SERVER:?set BOOTSTRAP_SERVER}"
: "${PASSWORD_DIR:?set PASSWORD_DIR (one password file per user)}"
KAFKA_BIN="${KAFKA_BIN:-/opt/kafka/bin}"
DRY_RUN="${DRY_RUN:-0}"
REGENCY_CODES="${REGENCY_CODES:-}"
CC=""
if [ -n "${COMMAND_CONFIG:-}" ]; then CC="--command-config ${COMMAND_CONFIG}"; fi

USERS="svc-proposals svc-nomenclature svc-spbe-indicators svc-reporting"
for code in $REGENCY_CODES; do USERS="$USERS regency-$code"; done

for user in $USERS; do
  file="$PASSWORD_DIR/$user"
  if [ ! -s "$file" ]; then echo "scram-users: missing password file $file" >&2; exit 1; fi
  password=$(tr -d '\n' < "$file")
  case "$password" in
    *[,=\[\]\"\ ]*) echo "scram-users: the password of $user contains , = [ ] \" or a space; use openssl rand -hex 32" >&2; exit 1 ;;
  esac
  if [ "$DRY_RUN" = 1 ]; then
    echo "$KAFKA_BIN/kafka-configs.sh --bootstrap-server $BOOTSTRAP_SERVER $CC --alter --entity-type users --entity-name $user --add-config SCRAM-SHA-512=[iterations=8192,password=***]"
  else
    # shellcheck disable=SC2086
    "$KAFKA_BIN/kafka-configs.sh" --bootstrap-server "$BOOTSTRAP_SERVER" $CC --alter \
      --entity-type users --entity-name "$user" --add-config "SCRAM-SHA-512=[iterations=8192,password=$password]"
  fi
done
