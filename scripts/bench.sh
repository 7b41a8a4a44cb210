#!/usr/bin/env bash
# Engine benchmark (issues 5 and 14): Grondvorm's engine against CLIPS 6.30 and against the
# C reference ../shared/bench/horn.c (a linear-time forward chainer, "the physical limit") on
# the same rule sets, and the consultation target (grondvorm advise vs a hello-world Swift binary).
#
# Usage: scripts/bench.sh [--quick] [--out DIR]
#   --quick     sizes 1000 and 10000 only, 3 repetitions (a smoke run of a few seconds)
#   --out DIR   keep the generated files and raw measurements in DIR (default: a temp dir,
#               removed at the end). Never commit generated output (bench-out/ is ignored).
# Environment overrides: BENCH_SHAPES ("chain chain3 fanout layered"),
#   BENCH_SIZES ("1000 10000 100000"), BENCH_REPS (5), BENCH_REPS_LARGE (3, used at >= 100000),
#   BENCH_CONSULT_REPS (51), BENCH_SKIP_CONSULT (1 to skip the consultation part),
#   BENCH_SKIP_ENGINE (1 to skip the engine part: only the consultation is measured),
#   BENCH_SKIP_CLIPS (1 to leave CLIPS out: it takes about 40 s per run at 100000 rules),
#   BENCH_BUILD_FLAGS ("-c release --static-swift-stdlib": every Swift binary here, the hello
#   world included, is built with these flags), BENCH_CLOCK (cpu: the clock of Grondvorm's
#   in-process load_s and run_s; CLIPS 6.30's (time) is process CPU time, so cpu compares like
#   with like; wall uses the monotonic clock).
#
# Every measurement is a whole process. Grondvorm and the reference run twice per repetition:
# once bare, for the wall time (bash's EPOCHREALTIME around the process; GNU time would add
# about 5 ms, a lot next to the reference's few milliseconds), and once under GNU time for CPU
# time (user + system) and peak resident memory. CLIPS runs once, under GNU time, for all of
# them. load_s and run_s are what each engine reports from inside the process. The engines
# take turns within each repetition (interleaved), and each figure is the median over the
# repetitions. On a shared machine wall time follows the load (the script prints the load
# average before and after); CPU time hardly does. Every engine must report the expected
# counts in every run, or the script fails. The reference is built with
# 'gcc -O2 -std=c11' from ../shared/bench/horn.c; without gcc or that file it is skipped.
set -euo pipefail
export LC_ALL=C
cd "$(dirname "$0")/.."
root=$(pwd)

shapes=${BENCH_SHAPES:-"chain chain3 fanout layered"}
sizes=${BENCH_SIZES:-"1000 10000 100000"}
reps=${BENCH_REPS:-5}
if [ "${BENCH_SKIP_ENGINE:-0}" = 1 ]; then shapes=""; fi
read -r -a build_flags <<<"${BENCH_BUILD_FLAGS:--c release --static-swift-stdlib}"
reps_large=${BENCH_REPS_LARGE:-3}
clock=${BENCH_CLOCK:-cpu}
consult_reps=${BENCH_CONSULT_REPS:-51}
out=""
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) sizes=${BENCH_SIZES:-"1000 10000"}; reps=${BENCH_REPS:-3} ;;
        --out) [ $# -ge 2 ] || { echo "bench.sh: --out needs a directory" >&2; exit 64; }; out=$2; shift ;;
        --out=*) out=${1#--out=} ;;
        -h|--help) sed -n '2,29p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "bench.sh: unknown argument '$1' (see scripts/bench.sh --help)" >&2; exit 64 ;;
    esac
    shift
done
if [ -z "${EPOCHREALTIME:-}" ]; then
    echo "bench.sh: needs bash 5 or later (EPOCHREALTIME)" >&2
    exit 69
fi

# --- tools ------------------------------------------------------------------------------------
skip_clips=${BENCH_SKIP_CLIPS:-0}
missing=()
if [ "$skip_clips" != 1 ]; then command -v clips >/dev/null 2>&1 || missing+=(clips); fi
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
    echo "== installing ${missing[*]} with apt-get"
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo=sudo; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
clips_version=skipped
if [ "$skip_clips" != 1 ]; then
    clips_version=$(echo '(exit)' | clips 2>/dev/null | sed -n 's/^ *CLIPS (\([^ ]*\).*/\1/p' | head -1)
fi

echo "== building grondvorm-bench (swift build ${build_flags[*]})"
swift build "${build_flags[@]}" --product grondvorm-bench 2>&1 | tail -1
bin=$(swift build "${build_flags[@]}" --show-bin-path)
bench=$bin/grondvorm-bench

if [ -n "$out" ]; then
    mkdir -p "$out"
    work=$(cd "$out" && pwd)
else
    work=$(mktemp -d "${TMPDIR:-/tmp}/grondvorm-bench.XXXXXX")
    trap 'rm -rf "$work"' EXIT
fi

# The C reference, built here (never committed).
reference_source=$root/../shared/bench/horn.c
reference=""
if command -v gcc >/dev/null 2>&1 && [ -f "$reference_source" ]; then
    if gcc -O2 -std=c11 -o "$work/horn" "$reference_source" 2>"$work/horn-build.log"; then
        reference=$work/horn
    else
        reference_note="skipped: gcc failed on $reference_source (see $work/horn-build.log)"
    fi
else
    reference_note="skipped: gcc or horn.c missing (looked for $reference_source)"
fi

echo "== machine"
echo "date:    $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "cpu:     $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1)"
echo "memory:  $(free -m | awk '/^Mem:/ {printf "%.1f GiB", $2 / 1024}')"
echo "swift:   $(swift --version 2>&1 | head -1)"
echo "load:    $(uptime | sed 's/.*load average/load average/')"
if [ "$skip_clips" = 1 ]; then
    echo "clips:   skipped (BENCH_SKIP_CLIPS=1)"
else
    echo "clips:   ${clips_version:-unknown} ($(command -v clips))"
fi
if [ -n "$reference" ]; then
    echo "reference: $reference_source, gcc -O2 -std=c11 ($(gcc --version | head -1))"
else
    echo "reference: $reference_note"
fi
echo "build:   swift build ${build_flags[*]}"
echo "reps:    median of $reps (of $reps_large at 100000 rules and more)"
echo "load_s, run_s: Grondvorm --clock $clock; CLIPS (time), which is process CPU time"
echo

# --- helpers ----------------------------------------------------------------------------------
# measure CMD...: runs CMD once as a whole process; sets WALL (s), CPU (user + system s), PEAK_KB
# and LINE (its JSON line).
measure() {
    local start end
    start=$EPOCHREALTIME
    if ! /usr/bin/time -f '%M %U %S' -o "$work/peak.txt" "$@" >"$work/stdout.txt" 2>"$work/stderr.txt" </dev/null; then
        echo "bench.sh: failed: $*" >&2
        cat "$work/stderr.txt" >&2
        exit 1
    fi
    end=$EPOCHREALTIME
    WALL=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.6f", b - a }')
    read -r PEAK_KB user system < <(tail -1 "$work/peak.txt")
    CPU=$(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.2f", u + s }')
    LINE=$(grep '^{' "$work/stdout.txt" | tail -1 || true)
}

# measure_bare CMD...: runs CMD once with nothing around it; sets WALL (s). GNU time's own
# start-up costs about 5 ms, which matters for processes that take a few milliseconds.
measure_bare() {
    local start end
    start=$EPOCHREALTIME
    if ! "$@" >"$work/stdout.txt" 2>"$work/stderr.txt" </dev/null; then
        echo "bench.sh: failed: $*" >&2
        cat "$work/stderr.txt" >&2
        exit 1
    fi
    end=$EPOCHREALTIME
    WALL=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.6f", b - a }')
}

# field JSON NAME: the number after "NAME": in a one-line JSON object.
field() { sed -nE "s/.*\"$2\": *([0-9.eE+-]+).*/\1/p" <<<"$1"; }

# median N...: the median of the numbers (the mean of the two middle ones for an even count).
median() {
    printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END {
        if (NR % 2) printf "%.6f", v[(NR + 1) / 2]; else printf "%.6f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# ratio A B: A / B with three decimals ("-" when B is 0).
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "-"; else printf "%.3f", a / b }'; }

seconds() { awk -v s="$1" 'BEGIN { printf (s < 10 ? "%.3f" : "%.1f"), s }'; }
megabytes() { awk -v k="$1" 'BEGIN { printf (k < 102400 ? "%.1f" : "%.0f"), k / 1024 }'; }

failures=0
check_counts() { # ENGINE LINE EXPECTED LABEL
    local key
    for key in rules fired final_facts; do
        if [ "$(field "$2" "$key")" != "$(field "$3" "$key")" ]; then
            echo "MISMATCH $1 $4: $key $(field "$2" "$key"), expected $(field "$3" "$key")  ($2)" >&2
            failures=$((failures + 1))
        fi
    done
}

# --- engine benchmark -------------------------------------------------------------------------
# dash: a figure for an engine that was skipped.
dash() { if [ "$1" = "-" ]; then echo "-"; else "${@:2}" "$1"; fi; }
table=$work/table.md
{
    echo "| shape | rules | fired | G wall s | G cpu s | G load s | G run s | G peak MB | C wall s | C cpu s | C load s | C run s | C peak MB | R wall s | R peak MB | wall G/C | cpu G/C | peak G/C | wall G/R | peak G/R |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
} >"$table"
: >"$work/rows.tsv"

for shape in $shapes; do
    for n in $sizes; do
        prefix=$work/$shape-$n
        "$bench" generate --shape "$shape" --n "$n" --seed 1 --out "$prefix" >/dev/null
        expected=$(cat "$prefix.expected.json")
        count=$reps
        if [ "$n" -ge 100000 ]; then count=$reps_large; fi
        gw=() gc=() gl=() gr=() gm=() cw=() cc=() cl=() cr=() cm=() rw=() rp=()
        for ((i = 1; i <= count; i++)); do
            measure_bare "$bench" run "$prefix" --clock "$clock"
            gw+=("$WALL")
            measure "$bench" run "$prefix" --clock "$clock"
            check_counts grondvorm "$LINE" "$expected" "$shape/$n"
            gc+=("$CPU") gl+=("$(field "$LINE" load_s)") gr+=("$(field "$LINE" run_s)") gm+=("$PEAK_KB")
            if [ "$skip_clips" != 1 ]; then
                measure clips -f2 "$prefix.clp"
                check_counts clips "$LINE" "$expected" "$shape/$n"
                cw+=("$WALL") cc+=("$CPU") cl+=("$(field "$LINE" load_s)") cr+=("$(field "$LINE" run_s)") cm+=("$PEAK_KB")
            fi
            if [ -n "$reference" ]; then
                measure_bare "$reference" "$prefix"
                rw+=("$WALL")
                measure "$reference" "$prefix"
                check_counts reference "$LINE" "$expected" "$shape/$n"
                rp+=("$PEAK_KB")
            fi
        done
        GW=$(median "${gw[@]}") GC=$(median "${gc[@]}") GL=$(median "${gl[@]}") GR=$(median "${gr[@]}") GM=$(median "${gm[@]}")
        CW=- CC=- CL=- CR=- CM=- RW=- RM=-
        if [ "$skip_clips" != 1 ]; then
            CW=$(median "${cw[@]}") CC=$(median "${cc[@]}") CL=$(median "${cl[@]}") CR=$(median "${cr[@]}") CM=$(median "${cm[@]}")
        fi
        if [ -n "$reference" ]; then RW=$(median "${rw[@]}") RM=$(median "${rp[@]}"); fi
        fired=$(field "$expected" fired)
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' \
            "$shape" "$n" "$GW" "$GL" "$GR" "$GM" "$CW" "$CL" "$CR" "$CM" "$count" "$GC" "$CC" "$RW" "$RM" >>"$work/rows.tsv"
        echo "| $shape | $n | $fired | $(seconds "$GW") | $(seconds "$GC") | $(seconds "$GL") | $(seconds "$GR") | $(megabytes "$GM") | $(dash "$CW" seconds) | $(dash "$CC" seconds) | $(dash "$CL" seconds) | $(dash "$CR" seconds) | $(dash "$CM" megabytes) | $(dash "$RW" seconds) | $(dash "$RM" megabytes) | $(dash "$CW" ratio "$GW") | $(dash "$CC" ratio "$GC") | $(dash "$CM" ratio "$GM") | $(dash "$RW" ratio "$GW") | $(dash "$RM" ratio "$GM") |" >>"$table"
        echo "   $shape $n: grondvorm wall $(seconds "$GW") s, clips $(dash "$CW" seconds) s, reference $(dash "$RW" seconds) s (median of $count)" >&2
    done
done

echo "== engine benchmark (G = Grondvorm, C = CLIPS $clips_version, R = C reference; whole process; medians)"
echo "load after: $(uptime | sed 's/.*load average/load average/')"
cat "$table"
echo

# --- targets ----------------------------------------------------------------------------------
echo "== targets (issues 5 and 14)"
verdict() { # LABEL OK(0/1) DETAIL
    if [ "$2" -eq 1 ]; then echo "HOLDS  $1: $3"; else echo "MISSES $1: $3"; fi
}
ok() { awk -v a="$1" -v b="$2" 'BEGIN { print (a <= b) ? 1 : 0 }'; }
if [ "$failures" -eq 0 ]; then
    verdict "correct counts, every shape and size" 1 "every engine, every repetition"
else
    verdict "correct counts, every shape and size" 0 "$failures mismatches (see above)"
fi
while IFS=$'\t' read -r shape n GW GL GR GM CW CL CR CM count GC CC RW RM; do
    label="$shape $n"
    if [ "$CW" != "-" ]; then
        if [ "$n" -ge 10000 ]; then
            verdict "run <= CLIPS run, $label" "$(ok "$GR" "$CR")" "$(seconds "$GR") s vs $(seconds "$CR") s (ratio $(ratio "$GR" "$CR"))"
        fi
        if [ "$n" -eq 10000 ]; then
            half=$(awk -v c="$CW" 'BEGIN { printf "%.6f", c / 2 }')
            verdict "wall <= CLIPS/2, $label" "$(ok "$GW" "$half")" "$(seconds "$GW") s vs $(seconds "$CW") s (ratio $(ratio "$GW" "$CW"); cpu ratio $(ratio "$GC" "$CC"))"
        fi
        if [ "$n" -eq 100000 ]; then
            tenth=$(awk -v c="$CW" 'BEGIN { printf "%.6f", c / 10 }')
            verdict "wall <= CLIPS/10, $label" "$(ok "$GW" "$tenth")" "$(seconds "$GW") s vs $(seconds "$CW") s (ratio $(ratio "$GW" "$CW"); cpu ratio $(ratio "$GC" "$CC"))"
        fi
        verdict "peak <= CLIPS peak, $label" "$(ok "$GM" "$CM")" "$(megabytes "$GM") MB vs $(megabytes "$CM") MB"
    fi
    if [ "$RW" != "-" ] && [ "$n" -ge 10000 ]; then
        triple=$(awk -v r="$RW" 'BEGIN { printf "%.6f", 3 * r }')
        verdict "wall <= 3 x reference, $label" "$(ok "$GW" "$triple")" "$(seconds "$GW") s vs $(seconds "$RW") s (ratio $(ratio "$GW" "$RW"))"
        if [ "$n" -ge 100000 ]; then
            double=$(awk -v r="$RM" 'BEGIN { printf "%.6f", 2 * r }')
            verdict "peak <= 2 x reference, $label" "$(ok "$GM" "$double")" "$(megabytes "$GM") MB vs $(megabytes "$RM") MB (ratio $(ratio "$GM" "$RM"))"
        fi
    fi
done <"$work/rows.tsv"
for shape in $shapes; do
    small=$(awk -F'\t' -v s="$shape" '$1 == s && $2 == 10000 { print $3 }' "$work/rows.tsv")
    large=$(awk -F'\t' -v s="$shape" '$1 == s && $2 == 100000 { print $3 }' "$work/rows.tsv")
    small_cpu=$(awk -F'\t' -v s="$shape" '$1 == s && $2 == 10000 { print $12 }' "$work/rows.tsv")
    large_cpu=$(awk -F'\t' -v s="$shape" '$1 == s && $2 == 100000 { print $12 }' "$work/rows.tsv")
    small_inside=$(awk -F'\t' -v s="$shape" '$1 == s && $2 == 10000 { printf "%.6f", $4 + $5 }' "$work/rows.tsv")
    large_inside=$(awk -F'\t' -v s="$shape" '$1 == s && $2 == 100000 { printf "%.6f", $4 + $5 }' "$work/rows.tsv")
    if [ -n "$small" ] && [ -n "$large" ]; then
        growth=$(ratio "$large" "$small")
        verdict "linear growth, $shape (wall 100000 / 10000 <= 12)" "$(awk -v g="$growth" 'BEGIN { print (g <= 12) ? 1 : 0 }')" \
            "x$growth (process cpu x$(ratio "$large_cpu" "$small_cpu"); in-process load+run x$(ratio "$large_inside" "$small_inside"))"
    fi
done
echo

# --- consultation -----------------------------------------------------------------------------
if [ "${BENCH_SKIP_CONSULT:-0}" = 1 ]; then
    echo "== consultation: skipped (BENCH_SKIP_CONSULT=1)"
else
    echo "== consultation: grondvorm advise --answers FILE --format json vs hello world (both swift build ${build_flags[*]})"
    consult_ok=1
    if ! swift build "${build_flags[@]}" --product grondvorm >"$work/grondvorm-build.log" 2>&1; then
        echo "skipped: 'swift build ${build_flags[*]} --product grondvorm' failed (see $work/grondvorm-build.log)"
        consult_ok=0
    fi
    grondvorm=$bin/grondvorm
    if [ "$consult_ok" = 1 ] && { ! "$grondvorm" questions --format json >"$work/questions.json" 2>"$work/questions.err" </dev/null ||
        ! grep -q '"questions"' "$work/questions.json"; }; then
        echo "skipped: 'grondvorm questions --format json' is not available yet (it printed: $(cat "$work/questions.json" "$work/questions.err" | head -c 200 | tr '\n' ' '))"
        consult_ok=0
    fi
    if [ "$consult_ok" = 1 ] && ! "$bench" answers "$work/questions.json" >"$work/answers.json" 2>"$work/answers.err"; then
        echo "skipped: could not build an answers file from 'grondvorm questions --format json': $(head -1 "$work/answers.err")"
        consult_ok=0
    fi
    if [ "$consult_ok" = 1 ] && ! "$grondvorm" advise --answers "$work/answers.json" --format json \
        >"$work/advice.json" 2>"$work/advice.err" </dev/null; then
        echo "skipped: 'grondvorm advise --answers FILE --format json' is not available yet: $(head -1 "$work/advice.err")"
        consult_ok=0
    fi
    if [ "$consult_ok" = 1 ] && ! grep -q '"archetype"' "$work/advice.json"; then
        echo "skipped: 'grondvorm advise --format json' printed no archetype"
        consult_ok=0
    fi
    if [ "$consult_ok" = 1 ]; then
        hello=$work/hello
        mkdir -p "$hello/Sources/hello"
        cat >"$hello/Package.swift" <<'SWIFT'
// swift-tools-version: 6.2
import PackageDescription
let package = Package(name: "hello", targets: [.executableTarget(name: "hello")])
SWIFT
        echo 'print("Hello, world!")' >"$hello/Sources/hello/main.swift"
        (cd "$hello" && swift build "${build_flags[@]}" >"$work/hello-build.log" 2>&1)
        hello_bin=$(cd "$hello" && swift build "${build_flags[@]}" --show-bin-path)/hello
        aw=() hw=()
        measure "$hello_bin"
        HM=$PEAK_KB
        measure "$grondvorm" advise --answers "$work/answers.json" --format json
        AM=$PEAK_KB
        for ((i = 1; i <= consult_reps; i++)); do
            measure_bare "$hello_bin"
            hw+=("$WALL")
            measure_bare "$grondvorm" advise --answers "$work/answers.json" --format json
            aw+=("$WALL")
        done
        AW=$(median "${aw[@]}") HW=$(median "${hw[@]}")
        echo "| process | wall ms | peak MB |"
        echo "|---|---:|---:|"
        echo "| hello world | $(awk -v s="$HW" 'BEGIN { printf "%.1f", s * 1000 }') | $(megabytes "$HM") |"
        echo "| grondvorm advise --format json | $(awk -v s="$AW" 'BEGIN { printf "%.1f", s * 1000 }') | $(megabytes "$AM") |"
        echo "(wall: median of $consult_reps bare runs, alternating; peak: one run under GNU time;"
        echo " answers: every question of 'grondvorm questions' answered with its first option)"
        verdict "consultation within 3x hello world" "$(awk -v a="$AW" -v h="$HW" 'BEGIN { print (a <= 3 * h) ? 1 : 0 }')" \
            "ratio $(ratio "$AW" "$HW")"
    fi
fi

if [ -n "$out" ]; then echo; echo "raw files: $work"; fi
if [ "$failures" -ne 0 ]; then
    echo "bench.sh: $failures count mismatches" >&2
    exit 1
fi
