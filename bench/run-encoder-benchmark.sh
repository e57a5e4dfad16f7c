#!/usr/bin/env bash
# Sentences per second of the stance encoder (EncoderBenchmark): langchain4j's embedAll against direct ONNX Runtime
# calls at batch sizes 1-64 and thread layouts, and the Spark mapPartitions path, on real Guardian sentences read from
# ../shared/data, and the actors' matcher on the same sentences in each round. Usage: bench/run-encoder-benchmark.sh
# [sentences, default 2000] [rounds, default 2] [all | quick]
set -euo pipefail
exec "$(dirname "$0")/java.sh" org.liveblog.analytics.bench.EncoderBenchmark "$@"
