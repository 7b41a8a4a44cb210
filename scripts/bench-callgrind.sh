#!/usr/bin/env bash
# Instruction counts (valgrind --tool=callgrind) for Grondvorm, CLIPS and the C reference
# (../shared/bench/horn.c, when gcc is there) on the same rule sets: a comparison that does not
# depend on how busy the machine is. Whole process, like bench.sh. With more than one size, it
# also prints how Grondvorm's count grows from each size to the next (issue 14: at most x10.5
# from 10000 to 100000 rules).
#
# Usage: scripts/bench-callgrind.sh [N ...]     (default: 10000; CLIPS at 100000 takes hours
#        under callgrind, Grondvorm about a minute). Environment: BENCH_SHAPES, BENCH_BUILD_FLAGS,
#        BENCH_CALLGRIND_CLIPS=0 to leave CLIPS out.
set -euo pipefail
export LC_ALL=C
cd "$(dirname "$0")/.."

shapes=${BENCH_SHAPES:-"chain chain3 fanout layered"}
sizes=${*:-10000}
read -r -a build_flags <<<"${BENCH_BUILD_FLAGS:--c release --static-swift-stdlib}"
with_clips=${BENCH_CALLGRIND_CLIPS:-1}

missing=()
command -v valgrind >/dev/null 2>&1 || missing+=(valgrind)
if [ "$with_clips" = 1 ]; then command -v clips >/dev/null 2>&1 || missing+=(clips); fi
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo=sudo; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

swift build "${build_flags[@]}" --product grondvorm-bench 2>&1 | tail -1
bench=$(swift build "${build_flags[@]}" --show-bin-path)/grondvorm-bench
work=$(mktemp -d "${TMPDIR:-/tmp}/grondvorm-callgrind.XXXXXX")
trap 'rm -rf "$work"' EXIT

# instructions CMD...: the total instruction count of CMD (Ir), and its JSON line checked later.
instructions() {
    valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" "$@" >"$work/out.txt" 2>"$work/err.txt" </dev/null
    grep -Eo 'Collected : [0-9]+' "$work/err.txt" | grep -Eo '[0-9]+'
}
millions() { awk -v i="$1" 'BEGIN { printf "%.1f", i / 1e6 }'; }

reference=""
if command -v gcc >/dev/null 2>&1 && [ -f ../shared/bench/horn.c ] &&
    gcc -O2 -std=c11 -o "$work/horn" ../shared/bench/horn.c 2>/dev/null; then
    reference=$work/horn
else
    echo "reference: skipped: gcc or ../shared/bench/horn.c missing" >&2
fi

echo "| shape | rules | Grondvorm Minstr | CLIPS Minstr | G/C | reference Minstr | G/R |"
echo "|---|---:|---:|---:|---:|---:|---:|"
: >"$work/counts.tsv"
for shape in $shapes; do
    for n in $sizes; do
        prefix=$work/$shape-$n
        "$bench" generate --shape "$shape" --n "$n" --out "$prefix" >/dev/null
        g=$(instructions "$bench" run "$prefix")
        grep -q "\"fired\": $(sed -nE 's/.*"fired": ([0-9]+).*/\1/p' "$prefix.expected.json")," "$work/out.txt" ||
            { echo "grondvorm: wrong counts for $shape $n: $(cat "$work/out.txt")" >&2; exit 1; }
        c="-" ratio="-"
        if [ "$with_clips" = 1 ]; then
            c=$(instructions clips -f2 "$prefix.clp")
            grep -q "\"fired\": $(sed -nE 's/.*"fired": ([0-9]+).*/\1/p' "$prefix.expected.json")," "$work/out.txt" ||
                { echo "clips: wrong counts for $shape $n: $(cat "$work/out.txt")" >&2; exit 1; }
            ratio=$(awk -v a="$g" -v b="$c" 'BEGIN { printf "%.3f", a / b }')
            c=$(millions "$c")
        fi
        r="-" reference_ratio="-"
        if [ -n "$reference" ]; then
            r=$(instructions "$reference" "$prefix")
            grep -q "\"fired\": $(sed -nE 's/.*"fired": ([0-9]+).*/\1/p' "$prefix.expected.json")," "$work/out.txt" ||
                { echo "reference: wrong counts for $shape $n: $(cat "$work/out.txt")" >&2; exit 1; }
            reference_ratio=$(awk -v a="$g" -v b="$r" 'BEGIN { printf "%.3f", a / b }')
            r=$(millions "$r")
        fi
        printf '%s\t%s\t%s\n' "$shape" "$n" "$g" >>"$work/counts.tsv"
        echo "| $shape | $n | $(millions "$g") | $c | $ratio | $r | $reference_ratio |"
    done
done

if [ "$(echo "$sizes" | wc -w)" -gt 1 ]; then
    echo
    echo "Growth of Grondvorm's count from each size to the next:"
    echo "| shape | from | to | growth |"
    echo "|---|---:|---:|---:|"
    awk -F'\t' '$1 == shape { if (count != "") printf "| %s | %s | %s | x%.2f |\n", $1, size, $2, $3 / count; count = $3; size = $2 }
        $1 != shape { shape = $1; count = $3; size = $2 }' "$work/counts.tsv"
fi
