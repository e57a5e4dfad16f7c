#!/usr/bin/env bash
# Trains the metonym model (MetonymModelTraining) on the hand-labelled metonym training sets and writes
# src/main/resources/registry/metonym-model.tsv (docs/EVALUATION.md). Needs ../shared/data.
# Usage: tools/eval/train-metonym-model.sh [--cv-errors]   (--cv-errors: list the out-of-fold errors with context)
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -B -DskipTests test-compile
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
exec java $(sed -n "s:.*<spark.add.opens>\(.*\)</spark.add.opens>.*:\1:p" pom.xml) -Dlog4j2.configurationFile=jobs/log4j2.properties -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  org.liveblog.analytics.eval.MetonymModelTraining ../shared/data src/main/resources/registry/metonym-model.tsv "$@"
