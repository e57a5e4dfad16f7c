#!/usr/bin/env bash
# Whole-stage benchmark of the actors stage (ActorStageBenchmark): on generated corpora at the given scales
# (1 = 200,000 entries), matching and mention extraction next to a Spark scan, a combined-regex `rlike` and DuckDB's
# regexp_matches over the same sentences, with 200 actors and the PETRARCH import. Results: docs/BENCHMARKS.md.
# Usage: bench/run-actor-benchmark.sh [scale ...]     (default 1 4 16; e.g. 0.1 for a quick try)
# Environment: BUILD_DIR (default target; Maven's -DbuildDir), BENCH_DIR (default $BUILD_DIR/bench-actors, where the
# corpora and warehouses are kept and reused), BENCH_OPTS (e.g. -Dbench.repeats=3 -Dbench.sampleSentences=20000).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
JAVA_OPTS="${BENCH_OPTS:-}" exec "$here/java.sh" org.liveblog.analytics.bench.ActorStageBenchmark \
  "${BENCH_DIR:-${BUILD_DIR:-target}/bench-actors}" "$@"
