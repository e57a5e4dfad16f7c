#!/usr/bin/env bash
# The topics and stance stages next to the actors stage in one `run` (TopicsStageBenchmark): runs.stage_seconds of all on generated
# corpora at the given sizes and on the UKP Guardian corpus when present, as the ratio topics / actors; LDA training
# timed apart on the generated corpora. Results: docs/BENCHMARKS.md.
# Usage: bench/run-topics-benchmark.sh [entries ...]     (default 20000 80000)
# Environment: BUILD_DIR (Maven's -DbuildDir, default target), BENCH_DIR (default $BUILD_DIR/bench-topics), GUARDIAN
# (default ../shared/data/liveblogs-guardian-ukp/entries.jsonl.gz), BENCH_OPTS (e.g. -Dbench.ldaTopics=20
# -Dbench.ldaIterations=60 -Dbench.guardianLdaTopics=0).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
guardian="${GUARDIAN:-../shared/data/liveblogs-guardian-ukp/entries.jsonl.gz}"
JAVA_OPTS="-Dbench.guardian=$guardian ${BENCH_OPTS:-}" exec "$here/java.sh" \
  org.liveblog.analytics.bench.TopicsStageBenchmark "${BENCH_DIR:-${BUILD_DIR:-target}/bench-topics}" "$@"
