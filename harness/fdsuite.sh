#!/bin/sh
# fdsuite - the installed suite's one command: runs the case programs
# installed next to it, lists them, collates results files, writes bug
# reports and compares runs.  `make install` copies this file to
# PREFIX/bin/fdsuite with the version filled in.  POSIX sh: it works where
# there is no Perl and no bash.
#
# The installation is found from this script's own location, so it can be
# moved or unpacked anywhere (DESTDIR, dpkg-deb -x): BINDIR/../libexec/fdsuite
# holds cases/ and fixtures/, BINDIR/../share/fdsuite the case sources that
# `cite` inlines and FINDINGS.md.
set -u
version='@VERSION@'

# this script's real path: $0 is the path the kernel ran (a PATH lookup
# when started by name); a symlink to it is followed
self=$0
case $self in
*/*) ;;
*) self=$(command -v -- "$self") || { echo "fdsuite: cannot find where I am installed" >&2; exit 2; } ;;
esac
hops=0
while [ -L "$self" ] && [ "$hops" -lt 40 ]; do
	link=$(readlink -- "$self") || break
	case $link in
	/*) self=$link ;;
	*) self=${self%/*}/$link ;;
	esac
	hops=$((hops + 1))
done
bindir=$(cd -P -- "$(dirname -- "$self")" && pwd -P) || exit 2
prefix=${bindir%/*}
libexec=$prefix/libexec/fdsuite
share=$prefix/share/fdsuite

usage() {
	cat <<EOF
usage: fdsuite COMMAND [ARGS...]
The Linux file-descriptor conformance suite installed under $prefix.

  run [OPTIONS] [CASE|AREA ...]   run the installed cases (fdrun); TAP 13 on stdout
  list [CASE|AREA ...]            list the installed cases
  report [OPTIONS] RESULTS.json...  collate results files into a Markdown report (fdreport)
  cite [OPTIONS] POINT RESULTS.json  a paste-ready bug report for one test point
  diff [OPTIONS] OLD.json NEW.json  compare two runs (fdreport diff)
  help [COMMAND]                  this text, or a command's options
  version                         the suite's version

Each command takes --help.  See fdsuite(1), fdrun(1) and fdreport(1).
Exit status: that of fdrun or fdreport; 2 for bad usage of fdsuite itself.
EOF
}

need() {
	[ -x "$1" ] || { echo "fdsuite: $1 is missing: the installation under $prefix is incomplete" >&2; exit 2; }
}

# prints a command's help: what fdsuite adds, then the wrapped tool's own
help_of() {
	case $1 in
	run)
		echo "usage: fdsuite run [fdrun options] [CASE|AREA ...]"
		echo "Runs the case programs under $libexec with fdrun -b $libexec;"
		echo "every option is passed to fdrun.  fdrun's options:"
		"$bindir/fdrun" --help | sed 1,2d ;;
	list)
		echo "usage: fdsuite list [CASE|AREA ...]"
		echo "Lists the installed cases (area/behavior), or those the arguments select:"
		echo "fdrun -b $libexec --list." ;;
	report)
		echo "usage: fdsuite report [fdreport options] RESULTS.json ..."
		echo "Collates results files (fdrun -o) into a Markdown report on stdout or in -o FILE;"
		echo "--html FILE also writes the matrix as a page with a heat map.  The findings"
		echo "are read from -f FILE, else results/FINDINGS.md if present, else"
		echo "$share/FINDINGS.md.  fdreport's usage:"
		echo
		"$bindir/fdreport" --help ;;
	cite)
		echo "usage: fdsuite cite [--repro FILE] POINT RESULTS.json"
		echo "Prints a paste-ready Markdown bug report for POINT (area/behavior/point) as"
		echo "recorded in RESULTS.json, with a standalone reproducer built from the case"
		echo "sources under $share/src (--src DIR overrides).  fdreport's usage:"
		echo
		"$bindir/fdreport" cite --help ;;
	diff)
		echo "usage: fdsuite diff [OPTIONS] OLD.json NEW.json"
		echo "Passed to fdreport diff.  fdreport's usage:"
		echo
		"$bindir/fdreport" diff --help ;;
	help | version) usage ;;
	*) echo "fdsuite: unknown command '$1' (see fdsuite --help)" >&2; return 2 ;;
	esac
}

[ $# -gt 0 ] || { usage >&2; exit 2; }
cmd=$1
shift
for a in "$@"; do
	case $a in
	--) break ;;
	-h | --help) help_of "$cmd"; exit ;;
	esac
done
case $cmd in
run)
	need "$bindir/fdrun"
	exec "$bindir/fdrun" -b "$libexec" -B "$libexec" "$@" ;;
list)
	need "$bindir/fdrun"
	exec "$bindir/fdrun" -b "$libexec" --list "$@" ;;
report)
	need "$bindir/fdreport"
	if [ ! -e results/FINDINGS.md ] && [ -r "$share/FINDINGS.md" ]; then
		exec "$bindir/fdreport" -f "$share/FINDINGS.md" "$@"
	fi
	exec "$bindir/fdreport" "$@" ;;
cite)
	need "$bindir/fdreport"
	exec "$bindir/fdreport" cite --src "$share/src" "$@" ;;
diff)
	need "$bindir/fdreport"
	exec "$bindir/fdreport" diff "$@" ;;
help)
	if [ $# -gt 0 ]; then help_of "$1"; exit; fi
	usage ;;
version | --version)
	echo "fdsuite $version" ;;
-h | --help)
	usage ;;
*)
	echo "fdsuite: unknown command '$cmd'" >&2
	usage >&2
	exit 2 ;;
esac
