#!/usr/bin/env bash
# Submits the shaded job jar to a real Spark standalone cluster (master + one worker on 127.0.0.1, started from the
# Maven classpath) in client mode, as spark-submit would, and runs generate + run on it. A check of the cluster path,
# not a test: it takes about a minute. Usage: bench/standalone-cluster-check.sh [entries]   (default 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
entries="${1:-100000}"
work="$PWD/target/standalone"
rm -rf "$work" && mkdir -p "$work/spark-home/jars" "$work/logs"
[[ -f target/liveblog-analytics-spark.jar ]] || mvn -q -B -DskipTests package
mvn -q -B dependency:build-classpath -Dmdep.includeScope=provided -Dmdep.outputFile="$work/classpath.txt"
tr ':' '\n' < "$work/classpath.txt" | while read -r jar; do ln -sf "$jar" "$work/spark-home/jars/"; done
add_opens="$(sed -n 's:.*<spark.add.opens>\(.*\)</spark.add.opens>.*:\1:p' pom.xml)"
cp="$(cat "$work/classpath.txt")"
export SPARK_HOME="$work/spark-home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1

# shellcheck disable=SC2086
java $add_opens -cp "$cp" org.apache.spark.deploy.master.Master --host 127.0.0.1 --port 7077 --webui-port 18080 \
  > "$work/logs/master.log" 2>&1 &
master=$!
# shellcheck disable=SC2086
java $add_opens -cp "$cp" org.apache.spark.deploy.worker.Worker spark://127.0.0.1:7077 --cores 2 --memory 4g \
  --webui-port 18081 --work-dir "$work/worker" > "$work/logs/worker.log" 2>&1 &
worker=$!
trap 'kill $worker $master 2>/dev/null || true' EXIT
for _ in $(seq 60); do grep -q "Successfully registered with master" "$work/logs/worker.log" && break; sleep 1; done
grep -q "Successfully registered with master" "$work/logs/worker.log" || { echo "worker did not register" >&2; exit 1; }

submit() {
  # shellcheck disable=SC2086
  java $add_opens -Dlog4j2.configurationFile="$PWD/jobs/log4j2.properties" -cp "$cp" org.apache.spark.deploy.SparkSubmit \
    --master spark://127.0.0.1:7077 --deploy-mode client --executor-memory 3g \
    --conf spark.ui.enabled=false --class org.liveblog.analytics.cli.LiveblogCli \
    target/liveblog-analytics-spark.jar "$@"
}
time submit generate --entries "$entries" --seed 3 --output "$work/corpus"
time submit run --input "$work/corpus/entries" --warehouse "$work/warehouse"
grep -h "Launching executor\|Executor added" "$work/logs/"*.log | head -3 || true
