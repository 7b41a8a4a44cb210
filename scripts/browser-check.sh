#!/usr/bin/env bash
# Browser check: renders an HTML consultation report and an HTML partner comparison with headless
# Chromium, to a PNG screenshot and to a PDF (print styles), and fails when a page or its plot is
# missing:
#   - the HTML must hold one <svg> with the expected number of marks (1 for the report, one per
#     partner for the comparison), and so must the DOM Chromium parsed (--dump-dom);
#   - the PNG must exist and not be blank, and must show the plot (its quadrant colours and the
#     marks' colour), checked pixel by pixel with python3 when present, else by a size heuristic;
#   - the PDF must exist, start with %PDF, and have more than one page (page breaks).
#
# Without Chromium (Debian package `chromium`) the script installs it when it runs as root
# (apt-get), and otherwise prints "browser-check: SKIPPED: ..." and exits 0.
#
# Usage: scripts/browser-check.sh [OUTPUT-FOLDER]   (default: a temporary folder, removed at the end)
# Environment: GRONDVORM_BINARY (default .build/debug/grondvorm, built when missing),
#              SOURCE_DATE_EPOCH (default 1767225600, 2026-01-01, so the pages are reproducible).
set -euo pipefail
cd "$(dirname "$0")/.."

skip() {
    echo "browser-check: SKIPPED: $*"
    exit 0
}
fail() {
    echo "browser-check: FAILED: $*" >&2
    exit 1
}

find_chromium() {
    for name in chromium chromium-browser google-chrome; do
        if command -v "$name" >/dev/null 2>&1; then
            command -v "$name"
            return 0
        fi
    done
    return 1
}

chromium=$(find_chromium || true)
if [ -z "$chromium" ]; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "== browser-check: installing chromium (apt-get)"
        if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }; then
            skip "chromium is not installed and apt-get could not install it"
        fi
        chromium=$(find_chromium || true)
        [ -n "$chromium" ] || skip "chromium was installed but no chromium command was found"
    else
        skip "chromium is not installed (install the Debian package 'chromium', or run as root to let this script install it)"
    fi
fi
echo "== browser-check: $("$chromium" --version 2>/dev/null || echo "$chromium")"

binary=${GRONDVORM_BINARY:-.build/debug/grondvorm}
if [ ! -x "$binary" ]; then
    echo "== browser-check: building grondvorm"
    swift build --product grondvorm
fi
binary=$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1767225600}

if [ $# -ge 1 ]; then
    out=$1
    mkdir -p "$out"
else
    out=$(mktemp -d)
    trap 'rm -rf "$out"' EXIT
fi
out=$(cd "$out" && pwd)

golden=Tests/EndToEndTests/Golden
"$binary" --answers "$golden/report/schoolbesturen.json" --format html --lang nl -o "$out/report.html"
(cd "$golden/compare" && "$binary" compare gemeente-west.json gemeente-oost.json gemeente-noord.json \
    --format html --lang nl -o "$out/comparison.html")

# Runs Chromium headless with a time limit; its own chatter goes to a log shown on failure.
browser() {
    timeout 90 "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
        --disable-dev-shm-usage "$@" 2>>"$out/chromium.log"
}

# count TEXT FILE: how many times TEXT occurs in FILE.
count() {
    grep -o -- "$1" "$2" | wc -l | tr -d ' '
}

# Checks a PNG: not blank, the four quadrant colours and enough pixels in the marks' colour.
check_png() {
    local png=$1 marks=$2
    [ -s "$png" ] || fail "$png is missing or empty"
    if ! command -v python3 >/dev/null 2>&1; then
        local size
        size=$(wc -c <"$png")
        [ "$size" -gt 20000 ] || fail "$png is only $size bytes: blank? (no python3 for a pixel check)"
        echo "   $png: $size bytes (size heuristic; python3 not found)"
        return
    fi
    python3 - "$png" "$marks" <<'PY'
import struct, sys, zlib

path, marks = sys.argv[1], int(sys.argv[2])
data = open(path, "rb").read()
if data[:8] != b"\x89PNG\r\n\x1a\n":
    sys.exit(f"browser-check: FAILED: {path} is not a PNG")
pos, idat, header = 8, b"", None
while pos < len(data):
    length, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + length]
    if kind == b"IHDR":
        header = struct.unpack(">IIBBBBB", body)
    elif kind == b"IDAT":
        idat += body
    pos += 12 + length
width, height, depth, colour, _, _, interlace = header
channels = {2: 3, 6: 4}.get(colour)
if depth != 8 or channels is None or interlace:
    sys.exit(f"browser-check: FAILED: {path}: unexpected PNG layout (depth {depth}, colour {colour})")
raw = zlib.decompress(idat)
stride = width * channels
previous = bytearray(stride)
counts = {}
for row in range(height):
    start = row * (stride + 1)
    kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
    if kind == 1:
        for i in range(channels, stride):
            line[i] = (line[i] + line[i - channels]) & 255
    elif kind == 2:
        line = bytearray((a + b) & 255 for a, b in zip(line, previous))
    elif kind == 3:
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            line[i] = (line[i] + ((left + previous[i]) >> 1)) & 255
    elif kind == 4:
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b, c = previous[i], previous[i - channels] if i >= channels else 0
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    for i in range(0, stride, channels):
        pixel = bytes(line[i:i + 3])
        counts[pixel] = counts.get(pixel, 0) + 1
    previous = line
total = width * height
white = counts.get(b"\xff\xff\xff", 0)
ink = total - white
quadrants = [bytes.fromhex(c) for c in ("eef4fb", "f3eefb", "eefbf1", "fbf6ee")]
shown = [counts.get(c, 0) for c in quadrants]
mark = counts.get(bytes.fromhex("1f4e79"), 0)
print(f"   {path}: {width}x{height}, {len(counts)} colours, {100 * ink / total:.1f} % not white, "
      f"quadrant pixels {shown}, mark pixels {mark}")
if len(counts) < 8 or ink < total // 100:
    sys.exit(f"browser-check: FAILED: {path} is blank")
if min(shown) < 2000:
    sys.exit(f"browser-check: FAILED: {path} does not show the plot's four quadrants")
if mark < 150 * marks:
    sys.exit(f"browser-check: FAILED: {path} shows {mark} pixels of the marks' colour, expected {marks} mark(s)")
PY
}

# Checks one page: the plot in the HTML and in Chromium's DOM, the screenshot, the PDF.
check_page() {
    local name=$1 marks=$2
    local html="$out/$name.html"
    echo "== browser-check: $name ($marks mark(s))"
    [ "$(count '<svg ' "$html")" -eq 1 ] || fail "$html has no plot (expected one <svg>)"
    [ "$(count '<circle ' "$html")" -eq "$marks" ] || fail "$html has $(count '<circle ' "$html") marks, expected $marks"
    ! grep -q '<script' "$html" || fail "$html has a script"

    browser --dump-dom "file://$html" >"$out/$name.dom.html" || fail "chromium could not load $html (see $out/chromium.log)"
    [ "$(count '<svg ' "$out/$name.dom.html")" -eq 1 ] || fail "Chromium's DOM of $name has no <svg>"
    [ "$(count '<circle ' "$out/$name.dom.html")" -eq "$marks" ] || fail "Chromium's DOM of $name lacks marks"
    echo "   DOM: 1 svg, $marks circle(s)"

    rm -f "$out/$name.png" "$out/$name.pdf"
    browser --screenshot="$out/$name.png" --window-size=1000,2400 "file://$html" >/dev/null ||
        fail "chromium could not take a screenshot of $html (see $out/chromium.log)"
    check_png "$out/$name.png" "$marks"

    browser --print-to-pdf="$out/$name.pdf" --no-pdf-header-footer "file://$html" >/dev/null ||
        fail "chromium could not print $html (see $out/chromium.log)"
    [ -s "$out/$name.pdf" ] || fail "$out/$name.pdf is missing or empty"
    [ "$(head -c 4 "$out/$name.pdf")" = "%PDF" ] || fail "$out/$name.pdf is not a PDF"
    local pages
    pages=$(grep -a -o -E '/Type ?/Page([^s]|$)' "$out/$name.pdf" | wc -l | tr -d ' ')
    echo "   PDF: $(wc -c <"$out/$name.pdf" | tr -d ' ') bytes, $pages page(s)"
    [ "$pages" -ge 2 ] || fail "$out/$name.pdf has $pages page(s): the print styles' page breaks are missing"
}

check_page report 1
check_page comparison 3
echo "browser-check: passed (pages in $out)"
