#!/usr/bin/env bash
# The actors stage on a real corpus's published sentences against a Spark scan of the same text (RealCorpusActorBenchmark).
# Usage: bench/run-real-corpus-actors.sh WAREHOUSE
#   e.g. jobs/liveblog run --config jobs/ukp-guardian.properties --warehouse /tmp/ukpg && bench/run-real-corpus-actors.sh /tmp/ukpg
set -euo pipefail
exec "$(dirname "$0")/java.sh" org.liveblog.analytics.bench.RealCorpusActorBenchmark "$@"
