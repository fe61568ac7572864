#!/bin/sh
# Runs the shared validator on docs/ and gold/, then the extra checks of src/check.py.
set -e
cd "$(dirname "$0")/.."
python3 /work/shared/gold/validate.py docs gold
python3 src/check.py
