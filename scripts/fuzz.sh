#!/usr/bin/env bash
# Builds a libFuzzer target from the package's sources and runs it with a seed corpus.
#
#   scripts/fuzz.sh --list            names the targets
#   scripts/fuzz.sh TARGET SECONDS    builds TARGET and fuzzes it for SECONDS
#
# Exits non-zero on a crash, a failed invariant, a leak, a hang (-timeout) or excessive memory
# (-rss_limit_mb). Everything generated (modules, binaries, corpus, crash inputs) stays under
# .build/fuzz/. See Fuzz/README.md.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/.build/fuzz"
targets=(knowledge-loader json-reader typed-answers argument-parser)

usage() {
    echo "usage: scripts/fuzz.sh --list | TARGET SECONDS" >&2
    exit 64
}

[[ $# -ge 1 ]] || usage
if [[ $1 == --list ]]; then
    printf '%s\n' "${targets[@]}"
    exit 0
fi
[[ $# -eq 2 && $2 =~ ^[0-9]+$ ]] || usage
target=$1
seconds=$2

# The Swift file and the modules (in link order: dependents first) of each target.
case $target in
knowledge-loader) source=KnowledgeLoaderFuzz.swift; modules=(KnowledgeBase Utilities Inference) ;;
json-reader) source=JSONReaderFuzz.swift; modules=(Advisor ShippedKnowledge KnowledgeBase JSON Utilities Inference) ;;
typed-answers) source=TypedAnswerFuzz.swift; modules=(Advisor ShippedKnowledge KnowledgeBase JSON Utilities Inference) ;;
argument-parser)
    source=ArgumentParserFuzz.swift
    modules=(GrondvormCommandLine Advisor ShippedKnowledge KnowledgeBase JSON Utilities Inference)
    ;;
*)
    echo "error: unknown target '$target'; the targets are: ${targets[*]}" >&2
    exit 64
    ;;
esac

flags=(
    -sanitize=fuzzer,address -O -g -parse-as-library -enable-testing -swift-version 6
    -enable-upcoming-feature ExistentialAny -enable-upcoming-feature MemberImportVisibility
    -enable-upcoming-feature InternalImportsByDefault -I "$out/modules" -L "$out/modules"
)
mkdir -p "$out/modules" "$out/bin"

# The shipped knowledge, embedded by the package's own tool, as the plugin does.
embedded="$out/generated/EmbeddedKnowledge.swift"
if [[ ! -f $embedded || -n $(find "$root/Knowledge" -newer "$embedded" -print -quit) ]]; then
    swift build --package-path "$root" --product KnowledgeEmbedder >&2
    mkdir -p "$out/generated"
    "$(swift build --package-path "$root" --show-bin-path)/KnowledgeEmbedder" "$embedded" "$root/Knowledge"
fi

# Each module as a static library, dependencies first; rebuilt when a source is newer.
build_module() {
    local module=$1 library="$out/modules/lib$1.a"
    local sources
    if [[ $module == ShippedKnowledge ]]; then
        sources=("$root/Sources/ShippedKnowledge/ShippedKnowledge.swift" "$embedded")
    else
        mapfile -t sources < <(find "$root/Sources/$module" -name '*.swift' | sort)
    fi
    if [[ -f $library && -z $(find "${sources[@]}" -newer "$library" -print -quit) ]]; then return; fi
    echo "fuzz: building $module" >&2
    swiftc "${flags[@]}" -wmo -module-name "$module" -emit-module -emit-module-path "$out/modules/$module.swiftmodule" \
        -emit-library -static -o "$library" "${sources[@]}"
}
for ((index = ${#modules[@]} - 1; index >= 0; index--)); do build_module "${modules[index]}"; done

binary="$out/bin/$target"
if [[ ! -x $binary || -n $(find "$root/Fuzz/$source" "$out/modules" -newer "$binary" -print -quit) ]]; then
    echo "fuzz: linking $target" >&2
    # Static libraries carry no autolink entries: name the Glibc overlay and libm.
    swiftc "${flags[@]}" -o "$binary" "$root/Fuzz/$source" "${modules[@]/#/-l}" -lswiftGlibc -lm
fi

# The seed corpus, made fresh; the working corpus grows across runs.
seeds="$out/seeds/$target"
corpus="$out/corpus/$target"
rm -rf "$seeds"
mkdir -p "$seeds" "$corpus" "$out/artifacts"
case $target in
knowledge-loader)
    # The first byte: 0-4 replaces a file of the valid fixture, 5 loads the file alone.
    mapfile -t sound < <(
        printf '%s\n' "$root"/Tests/KnowledgeBaseTests/Fixtures/valid/{base,forms,properties,questions,rules}.gvk
    )
    for index in "${!sound[@]}"; do
        { printf "\\x$(printf %02x "$index")"; cat "${sound[index]}"; } > "$seeds/sound-$index"
    done
    count=0
    while IFS= read -r file; do
        { printf '\x05'; cat "$file"; } > "$seeds/alone-$((count++))"
    done < <(find "$root/Knowledge" "$root/Tests" -name '*.gvk' | sort)
    ;;
json-reader)
    cp "$root"/Fuzz/seeds/answers/*.json "$seeds/"
    cp "$root"/Knowledge/cases/*.json "$seeds/"
    ;;
typed-answers)
    for file in "$root"/Fuzz/seeds/typed-answers/*.txt; do
        for settings in 00 01 02 05 07; do
            { printf "\\x$settings"; cat "$file"; } > "$seeds/$(basename "$file" .txt)-$settings"
        done
    done
    ;;
argument-parser)
    for file in "$root"/Fuzz/seeds/command-lines/*.args; do
        head -c -1 "$file" | tr '\n' '\0' > "$seeds/$(basename "$file" .args)"
    done
    ;;
esac

echo "fuzz: running $target for $seconds s" >&2
export SWIFT_BACKTRACE=enable=no
# Leaks are checked per input (-detect_leaks=1). Not at exit: what the targets load once (the
# shipped knowledge) is still reachable then, but through Swift enum payloads whose spare pointer
# bits hide the reference from LeakSanitizer, which would report it as lost.
export ASAN_OPTIONS=${ASAN_OPTIONS:-leak_check_at_exit=0}
# shellcheck disable=SC2086
"$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=2048 -max_len=131072 \
    -detect_leaks=1 -print_final_stats=1 ${FUZZ_JOBS:+-jobs=$FUZZ_JOBS -workers=$FUZZ_JOBS} \
    -artifact_prefix="$out/artifacts/$target-" ${FUZZ_FLAGS:-} "$corpus" "$seeds"
