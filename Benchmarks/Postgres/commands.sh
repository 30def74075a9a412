#!/usr/bin/env bash
# Whole commands of the release `debrief` (built with the Postgres trait), as a person waits for
# them: process start, connecting (SCRAM password check included), the query, printing. One
# person of the PostgreSQL benchmark (bench_p0, 1,000 of 100,000 debriefs) beside the SQLite
# stores postgres-bench generated (1,000 and 100,000 debriefs). Run it after postgres-bench, on
# the same server, from Benchmarks/Postgres:
#
#   swift build -c release --product debrief && swift build -c release --product postgres-bench
#   DEBRIEF_TEST_POSTGRES_FSYNC=on ../../.ci/with-postgres bash -c '.build/release/postgres-bench && ./commands.sh'
#
# RUNS (default 50) runs of each command after 3 warm-up runs (hyperfine); prints p50 / p99 in ms.
set -euo pipefail
cd "$(dirname "$0")"
debrief=.build/release/debrief
runs="${RUNS:-50}"
out="$(mktemp -d /tmp/debrief-pg-commands.XXXXXX)"
trap 'rm -rf "$out"' EXIT
people="${PEOPLE:-100}" per="${PER_PERSON:-1000}"
postgres="postgresql://bench_p0@${PGHOST}:${PGPORT}/${PGDATABASE}?schema=bench&sslmode=disable"
small=".data/debriefs-${per}/debriefs.sqlite"
large=".data/debriefs-$((people * per))/debriefs.sqlite"

measure() {  # measure NAME STORE ARGS…: p50 / p99 of `debrief ARGS… --store STORE`
    local name="$1" store="$2"; shift 2
    local command="$debrief $*"
    [ -n "$store" ] && command="$command --store $store"
    PGPASSWORD=bench hyperfine -N --warmup 3 --runs "$runs" --export-json "$out/$name.json" "$command" >/dev/null 2>&1
    python3 -c 'import json,sys
t=sorted(1000*x for x in json.load(open(sys.argv[1]))["results"][0]["times"])
print(f"{t[len(t)//2]:.1f} / {t[min(len(t)-1, -(-99*len(t)//100)-1)]:.1f}", end="")' "$out/$name.json"
}

echo "| command | SQLite, $per | SQLite, $((people * per)) | PostgreSQL, $people × $per |"
echo "| --- | ---: | ---: | ---: |"
for command in "--version" "list --limit 20" "search negotiation" "search negot" "show 0" "insights" "export"; do
    args="$command"
    # `show` takes the newest debrief's id prefix, which differs by store.
    row="| \`debrief $command\` |"
    for store in "$small" "$large" "$postgres"; do
        if [ "$command" = "show 0" ]; then
            args="show $(PGPASSWORD=bench "$debrief" list --limit 1 --format json --store "$store" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"][:8])')"
        fi
        if [ "$command" = "--version" ]; then
            [ "$store" = "$small" ] && row="$row $(measure version "" --version) (start-up alone) |" || row="$row — |"
            continue
        fi
        row="$row $(measure "$(echo "$command$store" | md5sum | cut -c1-8)" "$store" $args) |"
    done
    echo "$row" | sed 's/`debrief show 0`/`debrief show ID`/'
done
