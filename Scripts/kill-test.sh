#!/usr/bin/env bash
# kill -9 at random moments of a rebuild, then check the output folder by checksum: it must
# hold every briefing of the old set or every one of the new (a name of the other set may
# be a link to nothing, never a wrong or half file), and the next complete run must leave
# exactly the new set, with nothing stray (no staging, no temporary file, no dead link).
# Two kills in five come at a random moment of the run; the others at the moments that
# matter, found by watching the folder: the staged set appearing as a generation, the
# `current` link switching, the old generation going.
#   Scripts/kill-test.sh                  # 50 kills over a rebuild of 500 documents
#   KILLS=20 DOCS=200 SEED=3 Scripts/kill-test.sh
set -euo pipefail
export LC_ALL=C
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
names() { cut -c67- "$1" | sort; }
strays() {  # anything besides the briefings, the lock and one generation
  local out=$1 live
  live=$(readlink "$out/.brief/current")
  comm -13 <( (names B.sums; printf '.brief\n.brief.lock\n') | sort) <(ls -A "$out" | sort) | sed 's/^/stray: /'
  ls -A "$out/.brief" | grep -vxF -e current -e manifest.json -e "$live" | sed 's/^/stray in .brief: /' || true
  find "$out" -xtype l | sed 's/^/link to nothing: /'
  find "$out" -name '*.tmp' | sed 's/^/temporary: /'
}

build A refA; sums refA >A.sums
build B refB; sums refB >B.sums
cmp -s A.sums B.sums && { echo "kill-test: the two sets are equal; nothing to test"; exit 1; }
echo "kill-test: $DOCS documents; old set $(wc -l <A.sums) briefings, new set $(wc -l <B.sums) ($(comm -23 <(names A.sums) <(names B.sums) | wc -l) only in the old, $(comm -12 <(names A.sums) <(names B.sums) | wc -l) in both)"

# How long a rebuild from the old set to the new takes.
build A out
t0=$(date +%s.%N); build B out; t1=$(date +%s.%N)
span=$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')
echo "kill-test: a rebuild takes ${span} s"

# Waits (polling) for a moment of the run, then returns; gives up when the run ends.
await() {  # pid, moment; shell builtins only, so a poll takes microseconds
  local pid=$1 moment=$2 live
  live=out/.brief/$(readlink out/.brief/current)
  shopt -s nullglob
  while kill -0 "$pid" 2>/dev/null; do
    case "$moment" in
      generation) set -- out/.brief/g-*; [ $# -gt 1 ] && return ;;
      switch) [ out/.brief/current -ef "$live" ] || return ;;
      staging) set -- out/.brief/staging-*; [ $# -gt 0 ] && return ;;
    esac
  done
  return 0
}

old=0 new=0 bad=0 stray=0 finished=0 start=$(date +%s)
moments=(random random generation switch random generation switch staging)
for i in $(seq 1 "$KILLS"); do
  build A out
  sums out | cmp -s - A.sums || { echo "kill $i: the old set did not build"; exit 1; }
  moment=${moments[$((RANDOM % ${#moments[@]}))]}
  mv B in
  "$BRIEF" build in --out out --quiet & pid=$!
  if [ "$moment" = random ]; then
    delay=$(awk -v s="$span" -v r=$RANDOM 'BEGIN { printf "%.3f", s * r / 32767 }')
    sleep "$delay"
    moment="at ${delay} s"
  else
    await "$pid" "$moment" || true
    moment="at the $moment"
  fi
  if kill -9 "$pid" 2>/dev/null; then wait "$pid" 2>/dev/null || true; else wait "$pid" || true; finished=$((finished + 1)); moment="$moment (ended before the kill)"; fi
  mv in B
  sums out >now.sums
  if cmp -s now.sums A.sums; then old=$((old + 1)); state=old
  elif cmp -s now.sums B.sums; then new=$((new + 1)); state=new
  else bad=$((bad + 1)); state=MIXED; diff A.sums now.sums | head -5; fi
  # The next complete run leaves the new set and nothing else.
  build B out
  sums out | cmp -s - B.sums || { echo "kill $i: the next run did not give the new set"; bad=$((bad + 1)); }
  s=$(strays out); [ -n "$s" ] && { echo "$s"; stray=$((stray + 1)); }
  echo "kill $i $moment: $state"
done
echo "kill-test: $KILLS kills: $old left the complete old set, $new the complete new set, $bad mixed ($finished runs had ended before their kill); $stray next runs left strays; $(( $(date +%s) - start )) s"
[ "$bad" -eq 0 ] && [ "$stray" -eq 0 ]
