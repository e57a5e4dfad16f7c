#!/usr/bin/env bash
# Trains and evaluates the learned stance model on IBM ArgKP (ArgKpStanceEvaluation; ../shared/data, read at run
# time) in four variants: n-grams; + VADER stand-in features; + encoder (mean pooling); + encoder (span pooling).
# Usage: tools/eval/run-argkp-stance.sh [models dir, default /tmp/stance-models-argkp] [variant ...]
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
exec "$here/bench/java.sh" org.liveblog.analytics.eval.ArgKpStanceEvaluation ../shared/data "$@"
