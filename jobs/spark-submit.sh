#!/usr/bin/env bash
# Submits liveblog-analytics to a cluster with the cluster's own spark-submit (YARN, Kubernetes, standalone).
# Usage: SPARK_HOME=/opt/spark jobs/spark-submit.sh --master yarn --deploy-mode cluster -- run --input s3a://... --warehouse s3a://...
# Everything before "--" goes to spark-submit; everything after it to the job. Build the jar first: mvn -DskipTests package
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="${LIVEBLOG_JAR:-$here/target/liveblog-analytics-spark.jar}"
submit="${SPARK_HOME:+$SPARK_HOME/bin/}spark-submit"
[[ -f "$jar" ]] || { echo "No job jar at $jar: run 'mvn -DskipTests package' first" >&2; exit 2; }

spark_args=()
while [[ $# -gt 0 && "$1" != "--" ]]; do spark_args+=("$1"); shift; done
[[ "${1:-}" == "--" ]] && shift

# Spark's progress bar only where a person watches the driver's terminal: a client-mode driver on a terminal. A
# cluster-mode driver, or output going to a file, gets the job's one line per stage instead (--conf can override).
progress=false
if [[ -t 2 && " ${spark_args[*]:-} " != *" cluster "* && " ${spark_args[*]:-} " != *"--deploy-mode=cluster"* ]]; then
  progress=true
fi

exec "$submit" \
  --class org.liveblog.analytics.cli.LiveblogCli \
  --conf spark.sql.session.timeZone=UTC \
  --conf spark.ui.showConsoleProgress="$progress" \
  "${spark_args[@]}" \
  "$jar" "$@"
