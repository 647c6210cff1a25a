#!/usr/bin/env bash
# A local single-node Apache Kafka broker (KRaft, combined broker+controller)
# run from the official Apache jars, which Maven fetches from Maven Central.
# No Docker and no Kafka tarball needed: Java 17+ and Maven are enough.
#
#   bash scripts/kafka/kafka.sh fetch    copy the broker jars into $KAFKA_HOME_DIR/libs
#   bash scripts/kafka/kafka.sh start    fetch if needed, format once, start, wait until ready
#   bash scripts/kafka/kafka.sh stop     SIGTERM, up to 30 s, then SIGKILL
#   bash scripts/kafka/kafka.sh status   exit 0 when running
#   bash scripts/kafka/kafka.sh reset    stop and delete the data (the jars stay)
#
# Environment overrides:
#   KAFKA_VERSION        broker version (default below; see docs/adr/0003-local-kafka-broker.md)
#   KAFKA_HOME_DIR       working folder, relative to the repo root unless absolute (default .kafka)
#   KAFKA_HEAP_OPTS      JVM heap flags (default -Xms256m -Xmx512m)
#   KAFKA_START_TIMEOUT  seconds `start` waits for the broker to be ready (default 90)
#   KAFKA_CLUSTER_ID     cluster id used when the data folder is formatted
#
# The broker listens on PLAINTEXT://127.0.0.1:9092 (clients) and 127.0.0.1:9093 (controller).
set -euo pipefail

readonly DEFAULT_KAFKA_VERSION=4.3.1
# A fixed, valid KRaft cluster id (22 chars of base64url = 16 bytes); only
# used when the data folder is formatted, so it never changes an existing one.
readonly DEFAULT_CLUSTER_ID=ImtiazMartLocalKafka0w

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"

KAFKA_VERSION="${KAFKA_VERSION:-$DEFAULT_KAFKA_VERSION}"
KAFKA_HOME_DIR="${KAFKA_HOME_DIR:-.kafka}"
case "$KAFKA_HOME_DIR" in
  /*) HOME_DIR="$KAFKA_HOME_DIR" ;;
  *) HOME_DIR="$REPO_ROOT/$KAFKA_HOME_DIR" ;;
esac
LIBS_DIR="$HOME_DIR/libs"
DATA_DIR="$HOME_DIR/data"
LOG_DIRS="$DATA_DIR/kraft-combined-logs"
LOGS_DIR="$HOME_DIR/logs"
CONF_DIR="$HOME_DIR/config"
PID_FILE="$HOME_DIR/kafka.pid"
SERVER_PROPERTIES="$CONF_DIR/server.properties"
SERVER_LOG="$LOGS_DIR/server.log"

readonly HOST=127.0.0.1
readonly PORT=9092
readonly CONTROLLER_PORT=9093
readonly STOP_TIMEOUT=30
START_TIMEOUT="${KAFKA_START_TIMEOUT:-90}"
HEAP_OPTS="${KAFKA_HEAP_OPTS:--Xms256m -Xmx512m}"
CLUSTER_ID="${KAFKA_CLUSTER_ID:-$DEFAULT_CLUSTER_ID}"

if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
  JAVA="$JAVA_HOME/bin/java"
else
  JAVA=java
fi

say() { printf 'kafka.sh: %s\n' "$*"; }
warn() { printf 'kafka.sh: %s\n' "$*" >&2; }
die() {
  warn "error: $*"
  exit 1
}

usage() {
  cat >&2 <<EOF
usage: $(basename "$0") fetch|start|stop|status|reset
  env: KAFKA_VERSION (default $DEFAULT_KAFKA_VERSION), KAFKA_HOME_DIR (default .kafka),
       KAFKA_HEAP_OPTS, KAFKA_START_TIMEOUT (default 90), KAFKA_CLUSTER_ID
EOF
  exit 2
}

[[ "$KAFKA_VERSION" =~ ^([0-9]+)\.[0-9]+\.[0-9]+$ ]] ||
  die "KAFKA_VERSION must look like 3.9.2, got '$KAFKA_VERSION'"
KAFKA_MAJOR="${BASH_REMATCH[1]}"
((KAFKA_MAJOR >= 3)) || die "KRaft mode needs Kafka 3.x or newer, got $KAFKA_VERSION"
if ((KAFKA_MAJOR >= 4)); then
  MAVEN_PROFILE=kafka4
  LOG_CONFIG="$CONF_DIR/log4j2.properties"
  LOG_CONFIG_OPT="-Dlog4j2.configurationFile=$LOG_CONFIG"
else
  MAVEN_PROFILE=kafka3
  LOG_CONFIG="$CONF_DIR/log4j.properties"
  LOG_CONFIG_OPT="-Dlog4j.configuration=file:$LOG_CONFIG"
fi

# ---------------------------------------------------------------- helpers

port_open() { # port_open PORT: something accepts TCP connections on HOST:PORT
  (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null
}

pid_alive() { # a live process, not a zombie waiting to be reaped
  local pid="$1" state
  kill -0 "$pid" 2>/dev/null || return 1
  if [[ -r "/proc/$pid/stat" ]]; then
    state="$(sed -E 's/^.*\) ([A-Za-z]).*$/\1/' "/proc/$pid/stat" 2>/dev/null || true)"
    [[ "$state" != Z ]] || return 1
  fi
}

# The broker pid from the pid file, if that process is alive and is a Kafka
# broker (guards against a stale file whose pid was reused).
broker_pid() {
  local pid
  [[ -f "$PID_FILE" ]] || return 1
  pid="$(tr -dc '0-9' <"$PID_FILE")"
  [[ -n "$pid" ]] && pid_alive "$pid" || return 1
  if [[ -r "/proc/$pid/cmdline" ]]; then
    tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q 'kafka\.Kafka' || return 1
  fi
  printf '%s\n' "$pid"
}

check_java() {
  command -v "$JAVA" >/dev/null 2>&1 || die "java is not on PATH (set JAVA_HOME)"
  local v
  v="$("$JAVA" -version 2>&1 | sed -nE 's/.*version "(1\.)?([0-9]+).*/\2/p' | head -n 1)"
  if ((KAFKA_MAJOR >= 4)) && [[ -n "$v" ]] && ((v < 17)); then
    die "Kafka $KAFKA_VERSION needs Java 17 or newer; $JAVA is Java $v (set JAVA_HOME)"
  fi
}

libs_ready() {
  [[ -f "$LIBS_DIR/.kafka-version" && -f "$LIBS_DIR/kafka_2.13-$KAFKA_VERSION.jar" ]] &&
    [[ "$(cat "$LIBS_DIR/.kafka-version")" == "$KAFKA_VERSION" ]]
}

# Is the broker answering Kafka requests (not just accepting TCP)? With
# kafkajs installed, a Metadata request (admin listTopics) must succeed;
# without it, fall back to the broker's own "started" log line since $1 bytes.
broker_ready() {
  local log_offset="$1"
  local kafkajs="$REPO_ROOT/node_modules/kafkajs"
  if command -v node >/dev/null 2>&1 && [[ -f "$kafkajs/package.json" ]]; then
    KAFKAJS="$kafkajs" BROKER="$HOST:$PORT" node -e '
      const { Kafka, logLevel } = require(process.env.KAFKAJS);
      setTimeout(() => process.exit(1), 10000);
      const admin = new Kafka({
        clientId: "kafka-sh-ready-probe", brokers: [process.env.BROKER],
        logLevel: logLevel.NOTHING, retry: { retries: 0 },
        connectionTimeout: 2000, requestTimeout: 5000,
      }).admin();
      admin.connect().then(() => admin.listTopics()).then(() => admin.disconnect())
        .then(() => process.exit(0), () => process.exit(1));
    ' >/dev/null 2>&1
  else
    [[ -f "$SERVER_LOG" ]] &&
      tail -c "+$((log_offset + 1))" "$SERVER_LOG" | grep -q 'Kafka Server started'
  fi
}

show_logs() {
  local f
  for f in "$LOGS_DIR/kafka.out" "$SERVER_LOG"; do
    [[ -s "$f" ]] || continue
    warn "---- last lines of $f"
    tail -n 25 "$f" >&2
  done
}

# ---------------------------------------------------------------- commands

cmd_fetch() {
  if libs_ready; then
    say "Kafka $KAFKA_VERSION jars already in $LIBS_DIR"
    return 0
  fi
  local pid
  if pid="$(broker_pid)"; then
    die "a broker is running (pid $pid); stop it before fetching Kafka $KAFKA_VERSION"
  fi
  command -v mvn >/dev/null 2>&1 || die "mvn (Apache Maven) is not on PATH"
  mkdir -p "$HOME_DIR" "$LOGS_DIR"
  say "fetching Kafka $KAFKA_VERSION jars from Maven Central into $LIBS_DIR ..."
  local tmp
  tmp="$(mktemp -d "$HOME_DIR/libs.tmp.XXXXXX")"
  # shellcheck disable=SC2064 # expand $tmp now: it is local
  trap "rm -rf '$tmp'" EXIT
  if ! mvn -q -B -f "$SCRIPT_DIR/pom.xml" -P "$MAVEN_PROFILE" \
    -Dkafka.version="$KAFKA_VERSION" \
    dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$tmp" \
    >"$LOGS_DIR/fetch.log" 2>&1; then
    warn "---- $LOGS_DIR/fetch.log"
    sed 's/\x1b\[[0-9;]*m//g' "$LOGS_DIR/fetch.log" | grep -v '^\[ERROR\] *$' | tail -n 30 >&2
    die "mvn could not fetch Kafka $KAFKA_VERSION"
  fi
  [[ -f "$tmp/kafka_2.13-$KAFKA_VERSION.jar" ]] ||
    die "mvn finished but kafka_2.13-$KAFKA_VERSION.jar is missing"
  printf '%s\n' "$KAFKA_VERSION" >"$tmp/.kafka-version"
  rm -rf "$LIBS_DIR"
  mv "$tmp" "$LIBS_DIR"
  trap - EXIT
  say "fetched $(find "$LIBS_DIR" -name '*.jar' | wc -l | tr -d ' ') jars for Kafka $KAFKA_VERSION"
}

write_config() {
  mkdir -p "$CONF_DIR" "$LOGS_DIR" "$LOG_DIRS"
  {
    echo "# Written by scripts/kafka/kafka.sh at every start: edit the script, not this file."
    echo "# Single-node KRaft: this one process is both broker and controller."
    echo "process.roles=broker,controller"
    echo "node.id=1"
    echo "controller.quorum.voters=1@$HOST:$CONTROLLER_PORT"
    echo "listeners=PLAINTEXT://$HOST:$PORT,CONTROLLER://$HOST:$CONTROLLER_PORT"
    echo "advertised.listeners=PLAINTEXT://$HOST:$PORT"
    echo "controller.listener.names=CONTROLLER"
    echo "inter.broker.listener.name=PLAINTEXT"
    echo "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT"
    echo "log.dirs=$LOG_DIRS"
    echo "auto.create.topics.enable=false"
    echo "num.partitions=3"
    echo "default.replication.factor=1"
    echo "min.insync.replicas=1"
    echo "offsets.topic.replication.factor=1"
    echo "transaction.state.log.replication.factor=1"
    echo "transaction.state.log.min.isr=1"
    echo "group.initial.rebalance.delay.ms=0"
    echo "# One node: 10 partitions (not 50) for the internal topics start and load faster."
    echo "offsets.topic.num.partitions=10"
    echo "transaction.state.log.num.partitions=10"
    echo "num.network.threads=2"
    echo "num.io.threads=4"
    if ((KAFKA_MAJOR >= 4)); then
      echo "share.coordinator.state.topic.replication.factor=1"
      echo "share.coordinator.state.topic.min.isr=1"
    fi
  } >"$SERVER_PROPERTIES"

  if ((KAFKA_MAJOR >= 4)); then
    cat >"$LOG_CONFIG" <<EOF
status = warn
appender.file.type = RollingFile
appender.file.name = file
appender.file.fileName = $SERVER_LOG
appender.file.filePattern = $SERVER_LOG.%i
appender.file.layout.type = PatternLayout
appender.file.layout.pattern = [%d] %p %m (%c)%n
appender.file.policies.type = Policies
appender.file.policies.size.type = SizeBasedTriggeringPolicy
appender.file.policies.size.size = 10MB
appender.file.strategy.type = DefaultRolloverStrategy
appender.file.strategy.max = 3
rootLogger.level = info
rootLogger.appenderRef.file.ref = file
logger.request.name = kafka.request.logger
logger.request.level = warn
EOF
  else
    cat >"$LOG_CONFIG" <<EOF
log4j.rootLogger=INFO, file
log4j.appender.file=org.apache.log4j.RollingFileAppender
log4j.appender.file.File=$SERVER_LOG
log4j.appender.file.MaxFileSize=10MB
log4j.appender.file.MaxBackupIndex=3
log4j.appender.file.layout=org.apache.log4j.PatternLayout
log4j.appender.file.layout.ConversionPattern=[%d] %p %m (%c)%n
log4j.logger.kafka.request.logger=WARN
EOF
  fi
}

# Format the KRaft log folder once; an existing meta.properties means done.
format_storage() {
  [[ -f "$LOG_DIRS/meta.properties" ]] && return 0
  say "formatting $LOG_DIRS (cluster id $CLUSTER_ID)"
  if ! "$JAVA" "$LOG_CONFIG_OPT" -cp "$LIBS_DIR/*" kafka.tools.StorageTool \
    format --ignore-formatted -t "$CLUSTER_ID" -c "$SERVER_PROPERTIES" \
    >"$LOGS_DIR/storage-format.log" 2>&1; then
    cat "$LOGS_DIR/storage-format.log" >&2
    die "kafka.tools.StorageTool format failed"
  fi
  printf '%s\n' "$KAFKA_VERSION" >"$DATA_DIR/.formatted-by-kafka-version"
}

cmd_start() {
  local pid log_offset=0
  if pid="$(broker_pid)"; then
    if port_open "$PORT" && broker_ready 0; then
      say "already running (pid $pid) on PLAINTEXT://$HOST:$PORT"
      return 0
    fi
    say "broker (pid $pid) is still starting; waiting for it"
  else
    rm -f "$PID_FILE"
    local p
    for p in "$PORT" "$CONTROLLER_PORT"; do
      if port_open "$p"; then
        die "port $HOST:$p is taken by another process (not a broker of $HOME_DIR)"
      fi
    done
    check_java

    libs_ready || cmd_fetch
    write_config
    local formatted_by="$DATA_DIR/.formatted-by-kafka-version"
    if [[ -f "$formatted_by" && "$(cat "$formatted_by")" != "$KAFKA_VERSION" ]]; then
      warn "warning: $DATA_DIR was formatted by Kafka $(cat "$formatted_by");" \
        "if the broker fails to start, run: $0 reset"
    fi
    format_storage

    local -a jvm_opts
    read -r -a jvm_opts <<<"$HEAP_OPTS"
    jvm_opts+=(
      -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:InitiatingHeapOccupancyPercent=35
      -Djava.awt.headless=true "-Dkafka.logs.dir=$LOGS_DIR" "$LOG_CONFIG_OPT"
    )
    local -a detach=()
    command -v setsid >/dev/null 2>&1 && detach=(setsid)
    # A restart appends to server.log: only lines after this point count.
    [[ -f "$SERVER_LOG" ]] && log_offset="$(wc -c <"$SERVER_LOG")"
    # setsid: its own session, so a Ctrl-C in this terminal does not reach it.
    # Every step execs (setsid does not fork: the background subshell is not a
    # process-group leader), so $! ends up being the java process itself.
    (
      cd "$HOME_DIR"
      exec "${detach[@]}" nohup "$JAVA" "${jvm_opts[@]}" -cp "$LIBS_DIR/*" \
        kafka.Kafka "$SERVER_PROPERTIES" >"$LOGS_DIR/kafka.out" 2>&1 </dev/null
    ) &
    pid=$!
    printf '%s\n' "$pid" >"$PID_FILE"
    say "started Kafka $KAFKA_VERSION (pid $pid); logs in $LOGS_DIR"
  fi

  local deadline=$((SECONDS + START_TIMEOUT))
  while :; do
    if ! pid_alive "$pid"; then
      rm -f "$PID_FILE"
      show_logs
      die "the broker exited during startup"
    fi
    if port_open "$PORT" && broker_ready "$log_offset"; then
      break
    fi
    if ((SECONDS >= deadline)); then
      show_logs
      die "the broker (pid $pid) was not ready within ${START_TIMEOUT}s; it is still running (stop it with: $0 stop)"
    fi
    sleep 0.5
  done
  say "Kafka $KAFKA_VERSION ready on PLAINTEXT://$HOST:$PORT (controller $HOST:$CONTROLLER_PORT, pid $pid)"
}

cmd_stop() {
  local pid
  if ! pid="$(broker_pid)"; then
    rm -f "$PID_FILE"
    say "not running"
    return 0
  fi
  say "stopping broker (pid $pid) ..."
  kill -TERM "$pid" 2>/dev/null || true
  local deadline=$((SECONDS + STOP_TIMEOUT))
  while pid_alive "$pid" && ((SECONDS < deadline)); do
    sleep 0.2
  done
  if pid_alive "$pid"; then
    warn "broker did not stop within ${STOP_TIMEOUT}s; sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    while pid_alive "$pid"; do sleep 0.1; done
  fi
  rm -f "$PID_FILE"
  say "stopped"
}

cmd_status() {
  local pid
  if pid="$(broker_pid)" && port_open "$PORT"; then
    say "running (pid $pid) on PLAINTEXT://$HOST:$PORT"
    return 0
  fi
  if [[ -n "${pid:-}" ]]; then
    say "starting (pid $pid), not yet listening on $HOST:$PORT"
  else
    say "not running"
  fi
  return 1
}

cmd_reset() {
  cmd_stop
  rm -rf "$DATA_DIR"
  say "deleted $DATA_DIR (jars kept in $LIBS_DIR)"
}

case "${1:-}" in
  fetch) cmd_fetch ;;
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  reset) cmd_reset ;;
  *) usage ;;
esac
