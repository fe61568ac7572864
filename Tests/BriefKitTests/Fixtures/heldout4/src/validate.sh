#!/bin/sh
# Runs the shared validator. It opens every document as UTF-8, so n16 (GB18030 on purpose) is
# given to it as a UTF-8 copy in a temporary folder; the other three documents are copied as they
# are. Quotes of n16 are checked against the decoded text, which is what the gold means.
set -e
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for f in docs/*; do
  case "$f" in
    *.html) iconv -f GB18030 -t UTF-8 "$f" > "$tmp/$(basename "$f")" ;;
    *) cp "$f" "$tmp/" ;;
  esac
done
python3 /work/shared/gold/validate.py "$tmp" gold
python3 src/check.py
