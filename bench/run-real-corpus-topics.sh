#!/usr/bin/env bash
# The topics kernels on the Guardian Russia-Ukraine subset from ../shared/data (RealCorpusTopics): taxonomy tag rates,
# the strongest significant topic pairs, LDA training time and quality. Usage: bench/run-real-corpus-topics.sh [K [MODEL_DIR]]
set -euo pipefail
exec "$(dirname "$0")/java.sh" org.liveblog.analytics.bench.RealCorpusTopics "$@"
