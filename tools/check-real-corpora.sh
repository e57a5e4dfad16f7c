#!/usr/bin/env bash
# Runs the whole job (`run`) on every real corpus in ../shared/data with entry texts, plus the headlines and the seed
# excerpt, each into its own warehouse under ${WORK:-/tmp/liveblog-real}, and prints one line per corpus: exit code,
# records read, entries, entries moved aside after failing processing, warnings and seconds. Every run must exit 0
# with no entry moved aside. Nothing is copied into the repository; the seed excerpt is turned into JSON Lines in WORK.
# Usage: tools/check-real-corpora.sh        (about 15-20 minutes on 2 cores)
set -uo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
shared="$here/../shared/data"
work="${WORK:-/tmp/liveblog-real}"
if [[ ! -d "$shared" ]]; then
  echo "skipped: $shared is absent (the real corpora are not in the repository)"
  exit 0
fi
mkdir -p "$work"
python3 - "$shared/seed-liveblog/guardian-2023-04-06-excerpt.txt" "$work/seed.jsonl" <<'PY'
import json, sys
from datetime import datetime, timedelta
start = datetime(2023, 4, 6, 8, 0)
with open(sys.argv[1], encoding="utf-8") as lines, open(sys.argv[2], "w", encoding="utf-8") as out:
    for i, line in enumerate(lines):
        if line.strip():
            out.write(json.dumps({"outlet": "guardian", "blog_id": "seed-2023-04-06", "entry_id": str(i + 1),
                                  "published_at": (start + timedelta(minutes=i)).isoformat() + "Z",
                                  "body": line.rstrip("\n")}) + "\n")
PY
guardian_map='outlet=source,entry_id=block_id,published_at=time_iso,body=text,headline=title'
bbc_map='outlet=source,entry_id=block_id|seq,published_at=time_iso|block_id_ts_utc,body=text,headline=title'
runs=(
  "guardian|--config jobs/ukp-guardian.properties"
  "bbc|--config jobs/ukp-bbc.properties"
  "guardian-subset|--input $shared/liveblogs-guardian-ukp/entries_russia_ukraine_subset.jsonl --format jsonl --map $guardian_map"
  "bbc-subset|--input $shared/liveblogs-bbc-ukp/entries_russia_ukraine_subset.jsonl --format jsonl --map $bbc_map"
  "headlines|--config jobs/headlines.properties"
  "seed|--input $work/seed.jsonl --format jsonl"
)
status=0
printf '| corpus | exit | records read | entries | moved aside | warnings | seconds |\n|---|---|---|---|---|---|---|\n'
for run in "${runs[@]}"; do
  name="${run%%|*}"
  args="${run#*|}"
  log="$work/$name.log"
  start=$(date +%s)
  # shellcheck disable=SC2086
  (cd "$here" && jobs/liveblog run $args --warehouse "$work/wh-$name" --run-id "real-check-$(date +%s)") >"$log" 2>&1
  code=$?
  seconds=$(( $(date +%s) - start ))
  read_=$(sed -n 's/.*records read \([0-9,]*\) .*/\1/p' "$log" | head -1)
  entries=$(sed -n 's/^    entries  *\([0-9,]*\) .*/\1/p' "$log" | head -1)
  moved=$(sed -n 's/.*moved to rejected_entries as PROCESSING_ERROR: \([0-9,]*\).*/\1/p' "$log" | head -1)
  warnings=$(awk '/^  warnings:/{w=1;next} /^  [a-z]/{w=0} w' "$log" | wc -l)
  printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$name" "$code" "${read_:-?}" "${entries:-?}" "${moved:-0}" \
    "$warnings" "$seconds"
  if [[ $code -ne 0 || -n "$moved" ]]; then
    status=1
    tail -5 "$log" | sed 's/^/    /'
  fi
done
exit $status
