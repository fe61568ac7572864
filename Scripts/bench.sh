#!/usr/bin/env bash
# Speed and memory of Brief on generated corpora (not part of swift test).
#   Scripts/bench.sh                     # 10 MB and 100 MB
#   SIZES="10 100 1000" Scripts/bench.sh # and 1 GB
#   SIZES= BIG=200 Scripts/bench.sh      # only one 200 MB document: memory against document size
#   PREV=/path/to/old/brief Scripts/bench.sh  # also the previous binary, side by side in the same run
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${SIZES:-"10 100"}
WORK=${WORK:-/tmp/brief-bench}
swift build -c release >/dev/null
BRIEF=.build/release/brief
[ -x /usr/bin/time ] || { echo "bench: needs GNU time (apt-get install time)"; exit 2; }
mkdir -p "$WORK"

measure() {  # label, command...: prints wall seconds, CPU-seconds (user + system) and peak RSS (MB)
  local log="$WORK/time.log"
  /usr/bin/time -v "${@:2}" >/dev/null 2>"$log" || true
  local secs cpu rss
  secs=$(awk -F': ' '/Elapsed/ {split($2,t,":"); s=0; for(i=1;i<=length(t);i++) s=s*60+t[i]; print s}' "$log")
  # CPU-seconds hold on a busy machine where wall time does not (the machine is shared).
  cpu=$(awk -F': ' '/User time|System time/ {c+=$2} END {printf "%.2f", c}' "$log")
  rss=$(awk -F': ' '/Maximum resident/ {printf "%.0f", $2/1024}' "$log")
  echo "$secs $cpu $rss"
}

printf "%-8s %-7s %-16s %8s %8s %12s %8s %9s %7s %8s\n" corpus docs command wall-s cpu-s cpu-s/100MB MB/s docs/s peakMB xgrep
for size in $SIZES; do
  dir="$WORK/corpus-$size"
  [ -d "$dir" ] || python3 Scripts/make_corpus.py samples "$dir" "$size" >/dev/null
  mb=$(du -sb "$dir" | awk '{print $1/1e6}')
  docs=$(ls "$dir" | wc -l)
  cat "$dir"/* >/dev/null   # every command reads from the page cache, grep included
  read -r gsecs gcpu grss < <(measure grep sh -c "cat $dir/* | grep -c 项")
  read -r esecs ecpu erss < <(measure extract $BRIEF extract --format jsonl --quiet -o "$WORK/out.jsonl" "$dir")
  read -r bsecs bcpu brss < <(measure build $BRIEF build "$dir" --out "$WORK/out-$size")
  rows=("grep-c-项 $gsecs $gcpu $grss" "extract-jsonl $esecs $ecpu $erss" "build $bsecs $bcpu $brss")
  if [ -n "${PREV:-}" ]; then
    read -r psecs pcpu prss < <(measure extract-prev "$PREV" extract --format jsonl --quiet -o "$WORK/out-prev.jsonl" "$dir")
    read -r qsecs qcpu qrss < <(measure build-prev "$PREV" build "$dir" --out "$WORK/out-prev-$size")
    rows+=("extract-prev $psecs $pcpu $prss" "build-prev $qsecs $qcpu $qrss")
    cmp -s "$WORK/out.jsonl" "$WORK/out-prev.jsonl" && echo "(JSONL of $size MB identical to PREV's)" || echo "(JSONL of $size MB differs from PREV's)"
  fi
  for row in "${rows[@]}"; do
    set -- $row
    awk -v c="$size" -v d="$docs" -v n="$1" -v s="$2" -v u="$3" -v r="$4" -v mb="$mb" -v g="$gsecs" \
      'BEGIN { if (s <= 0) s = 0.01; printf "%-8s %-7d %-16s %8.2f %8.2f %12.2f %8.1f %9.1f %7d %8.1f\n", c "MB", d, n, s, u, u*100/mb, mb/s, d/s, r, s/(g>0?g:0.01) }'
  done
done
if [ -n "${BIG:-}" ]; then
  big="$WORK/big-$BIG.txt"
  [ -f "$big" ] || python3 - "$big" "$BIG" <<'PY'
import os, sys
path, mb = sys.argv[1], float(sys.argv[2])
texts = [open(os.path.join("samples", n), encoding="utf-8").read() for n in sorted(os.listdir("samples"))
         if n.endswith(".txt") and not n.startswith("003")]
with open(path, "w", encoding="utf-8") as f:
    size, k = 0, 0
    while size < mb * 1e6:
        t = texts[k % len(texts)]
        f.write(t); size += len(t.encode()); k += 1
PY
  read -r bsecs bcpu brss < <(measure big $BRIEF extract --format jsonl --quiet -o "$WORK/out-big.jsonl" "$big")
  awk -v b="$BIG" -v s="$bsecs" -v u="$bcpu" -v r="$brss" 'BEGIN { printf "one %s MB document: extract-jsonl %.2f s wall, %.2f CPU-s (%.2f per 100 MB, %.1f cores), %.1f MB/s, peak %d MB\n", b, s, u, u*100/b, u/(s>0?s:0.01), b/s, r }'
fi
read -r ssecs scpu srss < <(measure build-samples $BRIEF build samples --out "$WORK/out-samples")
echo "brief build on samples/: ${ssecs} s wall, ${scpu} CPU-s, peak ${srss} MB"
