#!/bin/sh
# ci/revision.sh - the suite revision recorded in results files: the commit,
# with "-dirty" when the code differs from it.  Results files, FINDINGS.md
# and REPORT.md are outputs of runs, not code, so changes to them alone do
# not make a run's revision dirty.
cd "$(dirname "$0")/.." || exit 1
rev=$(git rev-parse --short HEAD 2>/dev/null) || { echo unknown; exit 0; }
if ! git diff --quiet HEAD -- . ':(exclude)results' ':(exclude)REPORT.md' 2>/dev/null ||
	[ -n "$(git ls-files --others --exclude-standard -- . ':(exclude)results' ':(exclude)REPORT.md')" ]; then
	rev="$rev-dirty"
fi
echo "$rev"
