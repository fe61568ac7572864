#!/usr/bin/env bash
# kill -9 at random moments of a rebuild, then check the output folder by checksum: it must
# hold every briefing of the old set or every one of the new (a name of the other set may
# be a link to nothing, never a wrong or half file), and the next complete run must leave
# exactly the new set, with nothing stray (no staging, no temporary file, no dead link).
#   Scripts/kill-test.sh                  # 50 kills over a rebuild of 500 documents
#   KILLS=20 DOCS=200 SEED=3 Scripts/kill-test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
KILLS=${KILLS:-50} DOCS=${DOCS:-500} SEED=${SEED:-20261201} WORK=${WORK:-/tmp/brief-kill}
swift build -c release >/dev/null
BRIEF=$PWD/.build/release/brief
RANDOM=$SEED
rm -rf "$WORK" && mkdir -p "$WORK" && cd "$WORK"
# Two corpora: B has other figures and 20 documents fewer, so some briefings go away.
python3 "$OLDPWD/Scripts/make_corpus.py" "$OLDPWD/samples" A 1000 7 "$DOCS" >/dev/null
python3 "$OLDPWD/Scripts/make_corpus.py" "$OLDPWD/samples" B 1000 8 $((DOCS - 20)) >/dev/null

# Builds always read the folder "in", so both sets name their sources alike.
build() {  # corpus, output folder
  mv "$1" in
  "$BRIEF" build in --out "$2" --quiet || true
  mv in "$1"
}
sums() {  # what a reader sees: every name, links followed; a link to nothing is absent
  (cd "$1" && for f in *; do [ -f "$f" ] && printf '%s  %s\n' "$(sha256sum <"$f" | cut -c1-64)" "$f"; done) | sort
}
strays() {  # anything besides the briefings, the lock and one generation
  local out=$1 live
  live=$(readlink "$out/.brief/current")
  comm -13 <(cut -c67- B.sums; printf '.brief\n.brief.lock\n') <(ls -A "$out" | sort) | sed 's/^/stray: /'
  ls -A "$out/.brief" | grep -vxF -e current -e manifest.json -e "$live" | sed 's/^/stray in .brief: /' || true
  find "$out" -xtype l | sed 's/^/link to nothing: /'
  find "$out" -name '*.tmp' | sed 's/^/temporary: /'
}

build A refA; sums refA >A.sums
build B refB; sums refB >B.sums
cmp -s A.sums B.sums && { echo "kill-test: the two sets are equal; nothing to test"; exit 1; }
echo "kill-test: $DOCS documents; old set $(wc -l <A.sums) briefings, new set $(wc -l <B.sums) ($(comm -23 <(cut -c67- A.sums) <(cut -c67- B.sums) | wc -l) only in the old)"

# How long a rebuild from the old set to the new takes.
build A out
t0=$(date +%s.%N); build B out; t1=$(date +%s.%N)
span=$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')
echo "kill-test: a rebuild takes ${span} s"

old=0 new=0 bad=0 stray=0 finished=0 start=$(date +%s)
for i in $(seq 1 "$KILLS"); do
  build A out
  sums out | cmp -s - A.sums || { echo "kill $i: the old set did not build"; exit 1; }
  # Most moments anywhere in the run, one in three in its last fifth, where it publishes.
  if [ $((RANDOM % 3)) -eq 0 ]; then f=$(awk -v r=$RANDOM 'BEGIN { print 0.8 + 0.25 * r / 32767 }'); else f=$(awk -v r=$RANDOM 'BEGIN { print r / 32767 }'); fi
  delay=$(awk -v s="$span" -v f="$f" 'BEGIN { printf "%.3f", s * f }')
  mv B in
  "$BRIEF" build in --out out --quiet & pid=$!
  sleep "$delay"
  if kill -9 "$pid" 2>/dev/null; then wait "$pid" 2>/dev/null || true; else wait "$pid" || true; finished=$((finished + 1)); fi
  mv in B
  sums out >now.sums
  if cmp -s now.sums A.sums; then old=$((old + 1)); state=old
  elif cmp -s now.sums B.sums; then new=$((new + 1)); state=new
  else bad=$((bad + 1)); state=MIXED; diff A.sums now.sums | head -5; fi
  # The next complete run leaves the new set and nothing else.
  build B out
  sums out | cmp -s - B.sums || { echo "kill $i: the next run did not give the new set"; bad=$((bad + 1)); }
  s=$(strays out); [ -n "$s" ] && { echo "$s"; stray=$((stray + 1)); }
  echo "kill $i at ${delay} s: $state"
done
echo "kill-test: $KILLS kills: $old left the complete old set, $new the complete new set ($finished of them after the run had ended), $bad mixed; $stray runs left strays; $(( $(date +%s) - start )) s"
[ "$bad" -eq 0 ] && [ "$stray" -eq 0 ]
