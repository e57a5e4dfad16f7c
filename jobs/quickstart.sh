#!/usr/bin/env bash
# The README's first command: builds the job, generates a sample corpus and runs the whole job on it.
# Usage: jobs/quickstart.sh [entries]   (default 20000; writes sample/ and warehouse/ in the project folder)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
entries="${1:-20000}"
"$here/jobs/liveblog" generate --entries "$entries" --seed 42 --output "$here/sample"
"$here/jobs/liveblog" run --input "$here/sample/entries" --warehouse "$here/warehouse"
