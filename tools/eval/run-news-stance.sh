#!/usr/bin/env bash
# Stance on the hand-labelled news statements (NewsStanceEvaluation; labels in tools/eval/stance, texts read from
# ../shared/data at run time, skipped with a message when absent): per-class P/R/F1 and macro-F1 on the held-out test
# split, cased prose and lower-cased text apart, for the lexicon scorer, the model (n-grams + lexicon features) and
# the model with the encoder. Then the statement extraction's source and target attribution on the same sentences
# (StanceExtractionEvaluation).
# Usage: tools/eval/run-news-stance.sh [models dir, default /tmp/stance-models-news] [variant ...]
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$here"
models="${1:-/tmp/stance-models-news}"
shift || true
"$here/bench/java.sh" org.liveblog.analytics.eval.NewsStanceEvaluation ../shared/data tools/eval/stance "$models" "$@"
if [ -z "${SKIP_EXTRACTION:-}" ]; then
  "$here/bench/java.sh" org.liveblog.analytics.eval.StanceExtractionEvaluation ../shared/data tools/eval/stance
fi
