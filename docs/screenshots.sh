#!/usr/bin/env bash
# Remake the README's pictures: an HTML compliance report and the tracker site's index
# and a commitment's page (of docs/example.toml, a fictional ledger with assessments,
# as the shipped one has none yet) and the shipped ledger's timeline, as headless
# Chromium (Debian's package, as in the tests) renders them.
# Usage: docs/screenshots.sh [DAY]   (default 2026-11-23, the day the README shows)
set -euo pipefail
cd "$(dirname "$0")/.."
day="${1:-2026-11-23}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
commitments -f docs/example.toml --today "$day" report --interim --format html -o "$work/report.html"
commitments -f commitments.toml --today "$day" timeline --format html -o "$work/timeline.html"
commitments -f docs/example.toml --today "$day" site "$work/site" >/dev/null
shoot() {  # page, png, width, height
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --hide-scrollbars --user-data-dir="$work/profile" --window-size="$3,$4" \
    --screenshot="$2" "file://$1" 2>/dev/null
}
shoot "$work/report.html" docs/report.png 1100 860
shoot "$work/timeline.html" docs/timeline.png 1100 420
shoot "$work/site/index.html" docs/site-index.png 1000 900
shoot "$work/site/commitments/water-forum.html" docs/site-commitment.png 390 1000
echo "wrote docs/report.png, docs/timeline.png, docs/site-index.png and docs/site-commitment.png"
