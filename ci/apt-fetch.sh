#!/usr/bin/env bash
# ci/apt-fetch.sh [--resolve] SUITE PACKAGE... - downloads Debian packages of another
# suite (bullseye, trixie, bookworm-backports ...) into the cache with a
# private apt configuration, never touching the system's; prints the paths
# of the .deb files.  Idempotent: a package already fetched is reused.
# --resolve: a metapackage (linux-image-cloud-amd64) stands for its first
# dependency, which is fetched instead.  PACKAGE=VERSION fetches exactly
# that version; when the archive no longer has it (a point release replaced
# it) the error names the version it has now.
set -eu
. "$(dirname "$0")/lib.sh"
resolve=0
if [ "${1:-}" = --resolve ]; then resolve=1; shift; fi
suite=$1; shift
arch=${APT_ARCH:-$(dpkg --print-architecture)}
dir="$CACHE/apt/$suite-$arch"
mkdir -p "$dir/lists/partial" "$dir/cache/archives/partial" "$dir/debs"
printf 'deb http://deb.debian.org/debian %s main\n' "$suite" >"$dir/sources.list"
opts=(-o Dir::Etc::sourcelist="$dir/sources.list" -o Dir::Etc::sourceparts=/nonexistent
	-o Dir::State::Lists="$dir/lists" -o Dir::Cache="$dir/cache"
	-o Dir::State::status=/dev/null -o APT::Architecture="$arch"
	-o APT::Architectures="$arch" -o Debug::NoLocking=1 -o APT::Sandbox::User=root -qq)
# refresh the package lists at most once a day
stamp="$dir/lists/.fetched"
if [ ! -f "$stamp" ] || [ -n "$(find "$stamp" -mmin +1440)" ]; then
	apt-get "${opts[@]}" update >&2 && touch "$stamp"
fi
cd "$dir/debs"
for p in "$@"; do
	if [ $resolve = 1 ]; then
		p=$(apt-cache "${opts[@]}" depends "$p" | awk '/Depends:/ {print $2; exit}')
		[ -n "$p" ] || { echo "apt-fetch: cannot resolve the metapackage" >&2; exit 1; }
	fi
	name=${p%%=*}
	pattern="${name}_*.deb"
	[ "$name" != "$p" ] && pattern="${name}_${p#*=}_*.deb"
	have=$(ls $pattern 2>/dev/null | head -1 || true)
	if [ -z "$have" ]; then
		if ! apt-get "${opts[@]}" download "$p" >&2; then
			if [ "$name" != "$p" ]; then
				now=$(apt-cache "${opts[@]}" policy "$name" 2>/dev/null | awk '/Candidate:/ { print $2 }')
				echo "apt-fetch: $suite no longer has $name version ${p#*=} (it has: ${now:-no version of $name})" >&2
			fi
			exit 1
		fi
		have=$(ls $pattern | head -1)
	fi
	echo "$dir/debs/$have"
done
