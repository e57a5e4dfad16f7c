#!/usr/bin/env bash
# Executes every notebook in notebooks/ headless over a warehouse, checks that each drew its figures and renders it
# to HTML with its figures as PNG files (target/notebooks/). A failing cell, a failing assertion, a missing figure or
# a committed notebook that carries outputs fails the script.
#
# Usage:
#   notebooks/run.sh                 over the warehouse jobs/quickstart.sh wrote (warehouse/, sample/manifest.json)
#   notebooks/run.sh --sample        first builds a small sample warehouse with the job (generate --seed 42, then run)
#                                    under target/notebooks-sample/ and reads that; also rewrites the README figures
#                                    in docs/img/ (what `mvn -B test` runs)
#   notebooks/run.sh --warehouse DIR [--manifest FILE|--manifest '']   another warehouse; '' = no ground truth to check
#
# Environment: BUILD_DIR (default target/; the pom passes its build directory), TEST_CLASSPATH_FILE (the Maven test
# classpath, written by the pom before this runs; built with mvn when missing), SAMPLE_ENTRIES (default 4000),
# SAMPLE_DAYS (default 75), PIP_INDEX_URL (default: a file:// index that pip's configuration names, if any).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$here/target}"
warehouse="$here/warehouse"
manifest="$here/sample/manifest.json"
sample=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --sample) sample=1; shift ;;
    --warehouse) warehouse="$2"; shift 2 ;;
    --manifest) manifest="$2"; shift 2 ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    *) echo "notebooks/run.sh: unknown option $1 (--help lists them)" >&2; exit 2 ;;
  esac
done
if [[ "$sample" == 0 && ! -f "$warehouse/views.sql" ]]; then
  echo "notebooks/run.sh: no warehouse at $warehouse (no views.sql): run jobs/quickstart.sh first, or use --sample" >&2
  exit 3
fi
if [[ "$sample" == 0 && -n "$manifest" && ! -f "$manifest" ]]; then
  echo "notebooks/run.sh: no manifest at $manifest (--manifest '' for a warehouse of real data)" >&2
  exit 3
fi
mkdir -p "$build"
started=$SECONDS
step() { echo "notebooks: $1 ($((SECONDS - started)) s so far)"; }

# 1. The Python environment, rebuilt only when requirements.txt or the Python version changes.
venv="$build/notebooks-venv"
stamp="$(cat "$here/notebooks/requirements.txt"; python3 --version)"
if [[ ! -x "$venv/bin/python" || "$(cat "$venv/.requirements" 2>/dev/null)" != "$stamp" ]]; then
  step "creating $venv"
  if [[ -z "${PIP_INDEX_URL:-}" ]]; then
    # A local wheel index named in pip's configuration, if any, is used alone: no retries against an unreachable
    # public index.
    local_index="$(python3 -m pip config list 2>/dev/null | grep -o "file://[^' ]*" | head -n 1 || true)"
    if [[ -n "$local_index" ]]; then export PIP_INDEX_URL="$local_index" PIP_EXTRA_INDEX_URL="$local_index"; fi
  fi
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$here/notebooks/requirements.txt"
  printf '%s' "$stamp" > "$venv/.requirements"
fi

# 2. The warehouse: with --sample, a small corpus with planted ground truth, run through the whole job.
if [[ "$sample" == 1 ]]; then
  classpath_file="${TEST_CLASSPATH_FILE:-$build/test-classpath.txt}"
  if [[ -z "${TEST_CLASSPATH_FILE:-}" ]]; then
    # Run by hand: compile and write the classpath (under Maven, the pom has done both before this script runs).
    step "compiling the job"
    (cd "$here" && mvn -q -B -DbuildDir="$build" compile dependency:build-classpath -Dmdep.includeScope=test \
        -Dmdep.outputFile="$classpath_file")
  fi
  sample_dir="$build/notebooks-sample"
  warehouse="$sample_dir/warehouse"
  manifest="$sample_dir/sample/manifest.json"
  rm -rf "$sample_dir"
  # Spark's --add-opens list, kept once in the pom (as jobs/liveblog reads it).
  add_opens="$(sed -n 's:.*<spark.add.opens>\(.*\)</spark.add.opens>.*:\1:p' "$here/pom.xml")"
  liveblog() {
    # shellcheck disable=SC2086
    SPARK_LOCAL_IP=127.0.0.1 java -Xmx2g $add_opens -Dlog4j2.configurationFile="$here/jobs/log4j2.properties" \
      -Dspark.master='local[2]' -Dspark.ui.enabled=false -Duser.timezone=UTC \
      -cp "$build/classes:$(cat "$classpath_file")" org.liveblog.analytics.cli.LiveblogCli "$@"
  }
  step "generating the sample corpus"
  liveblog generate --entries "${SAMPLE_ENTRIES:-4000}" --days "${SAMPLE_DAYS:-75}" --seed 42 \
    --output "$sample_dir/sample"
  step "running the job on it"
  liveblog run --input "$sample_dir/sample/entries" --warehouse "$warehouse"
fi

# 3–5. Execute, check the figures, render. The notebooks read their parameters from these variables.
step "executing the notebooks over $warehouse"
export LIVEBLOG_WAREHOUSE="$(cd "$warehouse" && pwd)"
if [[ -n "$manifest" ]]; then
  LIVEBLOG_MANIFEST="$(cd "$(dirname "$manifest")" && pwd)/$(basename "$manifest")"
else
  LIVEBLOG_MANIFEST=""
fi
export LIVEBLOG_MANIFEST
readme_figures=()
if [[ "$sample" == 1 ]]; then readme_figures=(--readme-figures "$here/docs/img"); fi
"$venv/bin/python" "$here/notebooks/execute.py" --output "$build/notebooks" "${readme_figures[@]}" \
  "$here"/notebooks/[0-9]*.ipynb
step "done; open $build/notebooks/index.html"
