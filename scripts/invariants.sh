#!/usr/bin/env bash
# Issue 9's invariant check: builds grondvorm-invariants with '-c release' and runs it on
# seeded random answer sets (default 100000, seed 1) against the shipped knowledge.
#
# Usage: scripts/invariants.sh [--break-demo] [TOOL OPTIONS…]
#   TOOL OPTIONS   passed on: --count N, --seed N, --knowledge DIR, --show N (see --help)
#   --break-demo   shows that the check catches a broken exclusion: copies Knowledge/ to a
#                  scratch folder, turns the requirement 'winst-uitkeren' (forms that cannot
#                  distribute profit are excluded when profit must go to the partners) into a
#                  preference of -0.3, as the knowledge was before issue 9, and runs the tool on
#                  the shipped knowledge and on the copy, checking invariant d only (no
#                  foundation or association when profit must go to the partners; default
#                  --count 20000 each). The original must pass and the copy fail (exit 1): the
#                  script then prints "caught" and exits 0; otherwise it prints why not and
#                  exits 1. Checking d alone keeps violations the shipped knowledge already has
#                  (see the full run) from making the demonstration pass by accident.
#                  (Deleting the requirement outright would leave the question 'winstuitkering'
#                  and the property 'profit-distribution' unused, which the loader rejects.)
#
# Exit codes: the tool's (0 no violation, 1 violations, 64 usage, 65 knowledge does not load);
# with --break-demo 0 when caught, 1 when not.
set -euo pipefail
cd "$(dirname "$0")/.."

demo=0
args=()
for argument in "$@"; do
    if [[ "$argument" == "--break-demo" ]]; then demo=1; else args+=("$argument"); fi
done

swift build -c release --product grondvorm-invariants >&2
tool="$(swift build -c release --show-bin-path)/grondvorm-invariants"

if [[ $demo -eq 0 ]]; then
    exec "$tool" "${args[@]+"${args[@]}"}"
fi

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
cp -R Knowledge "$scratch/Knowledge"
rules="$scratch/Knowledge/rules-forms.gvk"
sed -i -e 's/^requirement winst-uitkeren$/preference winst-uitkeren/' \
    -e 's/^  exclude forms where profit-distribution is no$/  adjust forms where profit-distribution is no by -0.3/' \
    "$rules"
echo "break demo: in a scratch copy, requirement 'winst-uitkeren' becomes a preference:"
diff -u Knowledge/rules-forms.gvk "$rules" | sed -n '3,$p' || true
demo_args=(--count 20000 --show 3 "${args[@]+"${args[@]}"}" --invariants d)
echo
echo "== the shipped knowledge"
original=0
"$tool" "${demo_args[@]}" || original=$?
echo
echo "== the broken copy"
broken=0
"$tool" --knowledge "$scratch/Knowledge" "${demo_args[@]}" || broken=$?
echo
if [[ $original -ne 0 ]]; then
    echo "inconclusive: the shipped knowledge already fails invariant d (exit $original)"
    exit 1
elif [[ $broken -eq 1 ]]; then
    echo "caught: invariant d holds on the shipped knowledge and fails on the broken copy (exit $broken)"
else
    echo "NOT caught: the check exited $broken on the broken copy"
    exit 1
fi
