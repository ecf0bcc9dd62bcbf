#!/usr/bin/env bash
# check-html.sh - `fdreport --html` draws the matrix and its links resolve.
# Collates results/*.json (read, never changed), and again 30 environments
# made from them (the page must stay usable at that size), and requires of
# each page: one heat-map cell (rect class="cell") per environment and area,
# every cell linking to its area's section, every in-page link's target id
# present, nothing loaded from elsewhere (no script, no external URL, no
# stylesheet link), and every cell's hover text carrying its counts; and of
# --svg: a well-formed standalone SVG that REPORT.md shows at its top.
# With --chromium, headless Chromium also opens the page and takes a
# screenshot ($BUILD/report-screenshot.png), in which the map's colours must
# appear.  Output is TAP.
#
# usage: harness/check-html.sh [--chromium]      (BUILD=build)
set -u
BUILD=${BUILD:-build}
cd "$(dirname "$0")/.." || exit 2
command -v python3 >/dev/null || { echo "check-html: python3 is missing" >&2; exit 2; }
work=$(mktemp -d "${TMPDIR:-/tmp}/fdsuite-html.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT
n=0 fail=0
t() { n=$((n + 1)); if [ "$1" = 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fail=1; fi; }

sums() { md5sum results/*.json | md5sum; }
before=$(sums)
"$BUILD/harness/fdreport" -o "$work/REPORT.md" --svg "$work/report.svg" --html "$work/report.html" \
	results/*.json 2>"$work/err"
t $? "fdreport --html --svg over results/*.json ($(tail -1 "$work/err"))"

# 30 environments: the real files again under other names
python3 - "$work/many" results/*.json <<'EOF'
import json, os, sys
out, files = sys.argv[1], sys.argv[2:]
os.makedirs(out)
for i in range(30):
    j = json.load(open(files[i % len(files)]))
    j["environment"]["name"] = "%s-copy%02d" % (j["environment"]["name"], i)
    json.dump(j, open(os.path.join(out, "e%02d.json" % i), "w"))
EOF
"$BUILD/harness/fdreport" -o "$work/many.md" --html "$work/many.html" "$work"/many/*.json 2>"$work/err"
t $? "fdreport --html over 30 environments"
[ "$(sums)" = "$before" ]; t $? "results/*.json unchanged"

check_page() { # PAGE RESULTS...
	python3 - "$@" <<'EOF'
import json, re, sys
from html.parser import HTMLParser
page, files = sys.argv[1], sys.argv[2:]
envs, areas = [], set()
for f in files:
    j = json.load(open(f))
    envs.append(j["environment"]["name"])
    areas.update(p["id"].split("/")[0] for p in j["points"])
class P(HTMLParser):
    def __init__(s):
        super().__init__(); s.ids = set(); s.hrefs = []; s.cells = 0; s.cell_links = []
        s.href = None; s.bad = []; s.titles = []; s.in_title = False; s.svgs = 0
    def handle_starttag(s, tag, a):
        a = dict(a)
        if "id" in a: s.ids.add(a["id"])
        if tag == "svg": s.svgs += 1
        if tag == "a" and "href" in a:
            s.hrefs.append(a["href"]); s.href = a["href"]
        if tag == "rect" and a.get("class") == "cell":
            s.cells += 1; s.cell_links.append(s.href)
        if tag in ("script", "link", "iframe", "img", "object", "embed"): s.bad.append(tag)
        for k in ("src", "href", "xlink:href"):
            if k in a and re.match(r"[a-z]+:", a[k]): s.bad.append(a[k])
        if tag == "title": s.in_title = True; s.titles.append("")
    def handle_endtag(s, tag):
        if tag == "a": s.href = None
        if tag == "title": s.in_title = False
    def handle_data(s, d):
        if s.in_title: s.titles[-1] += d
p = P(); p.feed(open(page, encoding="utf-8").read())
n = 0; fail = 0
def t(ok, what):
    global n, fail
    n += 1
    print(("ok" if ok else "not ok"), "-", what)
    fail |= not ok
want = len(envs) * len(areas)
t(p.svgs == 1, "one inline SVG")
t(p.cells == want, "%d cells drawn for %d environments x %d areas (want %d)" % (p.cells, len(envs), len(areas), want))
t(all(h and h.startswith("#area-") for h in p.cell_links), "every cell links to its area")
missing = [h for h in p.hrefs if h.startswith("#") and h[1:] not in p.ids]
t(not missing and p.hrefs, "all %d in-page links resolve%s" % (len(p.hrefs), (": missing " + ", ".join(sorted(set(missing))[:5])) if missing else ""))
t(not p.bad, "self-contained (nothing external%s)" % (": " + ", ".join(p.bad[:5]) if p.bad else ""))
counts = [x for x in p.titles if re.search(r"\d+ pass, \d+ fail, \d+ skip", x)]
t(len(counts) == sum(1 for x in p.titles if " \u00b7 " in x and "not run" not in x) and counts,
  "%d cells carry their counts in a hover title" % len(counts))
t(all(("area-" + a) in p.ids for a in areas), "a section per area")
sys.stdout.flush()
sys.exit(fail)
EOF
}
while read -r line; do t "$(case $line in ok*) echo 0;; *) echo 1;; esac)" "16 environments: ${line#*- }"; done \
	< <(check_page "$work/report.html" results/*.json)
while read -r line; do t "$(case $line in ok*) echo 0;; *) echo 1;; esac)" "30 environments: ${line#*- }"; done \
	< <(check_page "$work/many.html" "$work"/many/*.json)

xmllint --noout "$work/report.svg" 2>/dev/null || python3 -c 'import sys,xml.dom.minidom as m; m.parse(sys.argv[1])' "$work/report.svg"
t $? "report.svg is well-formed XML"
ncell=$(grep -o '<rect class="cell"' "$work/report.svg" | wc -l)
[ "$ncell" -gt 0 ] && ! grep -q '<a ' "$work/report.svg"; t $? "report.svg: $ncell cells, no links (an image in REPORT.md)"
sed -n 5p "$work/REPORT.md" | grep -qF "![matrix]($work/report.svg)"; t $? "REPORT.md shows the heat map under its title"

if [ "${1:-}" = --chromium ]; then
	chrome=$(command -v chromium || command -v chromium-browser || command -v google-chrome)
	if [ -z "$chrome" ]; then
		t 1 "chromium is missing (apt-get install chromium)"
	else
		shot=$BUILD/report-screenshot.png
		for p in report many; do
			timeout 120 "$chrome" --headless --no-sandbox --disable-gpu --user-data-dir="$work/chrome" \
				--screenshot="$work/$p.png" --window-size=1400,1000 "file://$work/$p.html" \
				>"$work/chrome.log" 2>&1
			[ -s "$work/$p.png" ]; t $? "Chromium rendered $p.html ($(tail -1 "$work/chrome.log"))"
			# the legend's and cells' colours are in the picture
			python3 - "$work/$p.png" <<'EOF'
import struct, sys, zlib
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n"
pos, idat, w, h, ct = 8, b"", 0, 0, 0
while pos < len(data):
    ln, typ = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + ln]
    if typ == b"IHDR":
        w, h, depth, ct = struct.unpack(">IIBB", body[:10])
    elif typ == b"IDAT":
        idat += body
    pos += 12 + ln
bpp = {2: 3, 6: 4}[ct]
raw = zlib.decompress(idat)
stride = w * bpp
prev = bytearray(stride)
seen = {"pass": 0, "fail": 0, "skip": 0}
want = {"pass": (0x3a, 0x9d, 0x5d), "fail": (0xd7, 0x30, 0x1f), "skip": (0xb8, 0xb8, 0xb8)}
i = 0
for y in range(h):
    f = raw[i]; line = bytearray(raw[i + 1:i + 1 + stride]); i += 1 + stride
    for x in range(stride):
        a = line[x - bpp] if x >= bpp else 0
        b = prev[x]; c = prev[x - bpp] if x >= bpp else 0
        if f == 1: line[x] = (line[x] + a) & 255
        elif f == 2: line[x] = (line[x] + b) & 255
        elif f == 3: line[x] = (line[x] + (a + b) // 2) & 255
        elif f == 4:
            p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    prev = line
    for x in range(0, stride, bpp):
        px = tuple(line[x:x + 3])
        for k, v in want.items():
            if px == v: seen[k] += 1
print("# pixels: " + " ".join("%s=%d" % kv for kv in seen.items()))
sys.exit(0 if seen["pass"] > 1000 and seen["skip"] > 50 else 1)
EOF
			t $? "the heat map's colours are drawn in the $p.html screenshot"
		done
		cp "$work/report.png" "$shot" && echo "# screenshot: $shot"
	fi
fi
echo "1..$n"
exit $fail
