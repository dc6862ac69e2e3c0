#!/usr/bin/env bash
# `pnpm bench:instructions`: instructions the extraction executes, counted by valgrind's cachegrind,
# for comparing two builds on a machine whose speed moves by 15% or more within minutes (counts
# repeat within 0.1%). Runs scripts/instructions.mjs with 1 and with 3 passes over the fixture
# articles; the difference halved is one warm pass, the 1-pass count less that is the cold start
# (loading the gazetteer, compiling code and patterns). Needs valgrind (Debian: apt-get install
# valgrind) and `pnpm build`. Takes about three minutes.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v valgrind >/dev/null 2>&1; then
  echo "bench:instructions: valgrind is not installed (Debian: apt-get install valgrind)" >&2
  exit 1
fi

count() {
  # --single-threaded: compiling and collecting on the main thread, so the count does not depend
  # on how background threads were scheduled.
  valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null --smc-check=all-non-file \
    node --single-threaded scripts/instructions.mjs "$1" 2>&1 >/dev/null |
    sed -n 's/.*I *refs: *//p' | tr -d ','
}

one=$(count 1)
three=$(count 3)
awk -v one="$one" -v three="$three" 'BEGIN {
  warm = (three - one) / 2
  printf "one pass: %.3f G instructions\nthree passes: %.3f G\n", one / 1e9, three / 1e9
  printf "warm pass: %.3f G\ncold start (gazetteer, compiling) and the first pass over a warm one: %.3f G\n", warm / 1e9, (one - warm) / 1e9
}'
