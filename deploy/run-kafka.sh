#!/usr/bin/env bash
# Runs a single-node Kafka broker (KRaft) on 127.0.0.1 in its own JVM, from the jars the deploy module copies
# to deploy/target/lib at `package` time. Prints one READY line; Ctrl-C / SIGTERM stops it cleanly.
#
#   deploy/run-kafka.sh [--port 9092] [--controller-port 9093] [--log-dir var/kafka] [--partitions 6]
#
# Build first:  ./mvnw -B -q package -DskipTests -pl deploy
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
lib="$here/target/lib"
classes="$here/target/classes"
if [[ ! -d "$lib" || ! -d "$classes" ]]; then
  echo "deploy/target/lib is missing: run ./mvnw -B -q package -DskipTests -pl deploy first" >&2
  exit 1
fi
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
version="$("$java_bin" -XshowSettings:properties -version 2>&1 | sed -n 's/.*java.specification.version = //p')"
if [[ -z "$version" || "$version" -lt 21 ]]; then
  for candidate in /usr/lib/jvm/*; do
    if [[ -x "$candidate/bin/java" ]]; then
      v="$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/.*java.specification.version = //p')"
      if [[ -n "$v" && "$v" -ge 21 ]]; then java_bin="$candidate/bin/java"; version="$v"; break; fi
    fi
  done
fi
if [[ -z "$version" || "$version" -lt 21 ]]; then
  echo "Kafka 4.3 here needs Java 21+; set JAVA_HOME to a JDK 21 or newer" >&2
  exit 1
fi
# exec: the JVM gets the signals directly, so SIGTERM runs the broker's clean shutdown.
# Neo4j's jars in the same lib folder bring a second SLF4J provider: pick log4j2 for the broker.
exec "$java_bin" ${KAFKA_HEAP_OPTS:--Xms256m -Xmx1g} -Dslf4j.provider=org.apache.logging.slf4j.SLF4JServiceProvider -cp "$classes:$lib/*" io.xiaobu.deploy.KafkaBrokerMain "$@"
