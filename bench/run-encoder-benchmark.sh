#!/usr/bin/env bash
# Sentences per second of the stance encoder (EncoderBenchmark): langchain4j's embedAll against direct ONNX Runtime
# calls at batch sizes 1-64 and thread layouts, and the Spark mapPartitions path, on real Guardian sentences read from
# ../shared/data. Usage: bench/run-encoder-benchmark.sh [sentences, default 2000] [rounds, default 2]
set -euo pipefail
exec "$(dirname "$0")/java.sh" org.liveblog.analytics.bench.EncoderBenchmark "$@"
