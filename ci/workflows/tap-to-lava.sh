#!/bin/sh
# tap-to-lava.sh FILE - reports each point of fdrun's TAP stream to LAVA
# with lava-test-case (or prints the calls where LAVA is absent).
[ -r "${1:-}" ] || { echo "usage: tap-to-lava.sh FDSUITE.tap" >&2; exit 2; }
report=lava-test-case
command -v lava-test-case >/dev/null 2>&1 || report="echo lava-test-case"
sed -n 's/^\(not ok\|ok\) [0-9]* - \([^ #]*\)\( # \(SKIP\|TODO\).*\)\{0,1\}$/\1|\2|\4/p' "$1" |
while IFS='|' read -r verdict id directive; do
	case "$verdict:$directive" in
	"ok:SKIP") r=skip ;;
	"ok:"*) r=pass ;;
	*) r=fail ;;
	esac
	$report "$(echo "$id" | tr '/' '.')" --result "$r"
done
