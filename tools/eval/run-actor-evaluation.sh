#!/usr/bin/env bash
# Scores actor matching with the default registry against the hand labels (docs/EVALUATION.md).
# Needs ../shared/data (the texts are read from there, never copied). Usage: tools/eval/run-actor-evaluation.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -B -DskipTests test-compile
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
exec java $(sed -n "s:.*<spark.add.opens>\(.*\)</spark.add.opens>.*:\1:p" pom.xml) -Dlog4j2.configurationFile=jobs/log4j2.properties -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  org.liveblog.analytics.eval.ActorMatchEvaluation ../shared/data "$@"
