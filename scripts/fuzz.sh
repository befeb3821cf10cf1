#!/usr/bin/env bash
# Runs every fuzz target of fuzz/ for a bounded time each (see FUZZING.md).
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]
#
# SECONDS (default 60) is libFuzzer's -max_total_time for each target; TARGETs default to all of
# them. Needs a nightly toolchain (cargo-fuzz builds with sanitizers); installs cargo-fuzz with
# `cargo install` when it is missing. The committed seed corpus (fuzz/corpus/<target>) is only
# read: new inputs go to fuzz/target/corpus/<target>, crashes to fuzz/artifacts/<target>.
# Exits non-zero when a target finds a crash; the summary names each target's time and runs.
set -euo pipefail

cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
targets=("$@")
if [ "${#targets[@]}" -eq 0 ]; then
    targets=(response notification xml bill)
fi
case "$seconds" in
    '' | *[!0-9]*) echo "usage: $0 [SECONDS] [TARGET...]" >&2; exit 2 ;;
esac

if ! rustup toolchain list | grep -q '^nightly'; then
    echo "fuzz.sh: a nightly toolchain is needed (rustup toolchain install nightly)" >&2
    exit 2
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
    cargo install cargo-fuzz
fi

# Build first, so that the time measured below is fuzzing time.
cargo +nightly fuzz build

status=0
summary=()
for target in "${targets[@]}"; do
    work="fuzz/target/corpus/$target"
    log="fuzz/target/fuzz-$target.log"
    mkdir -p "$work" "fuzz/artifacts/$target"
    echo "== $target: ${seconds}s"
    start=$(date +%s)
    set +e
    cargo +nightly fuzz run "$target" "$work" "fuzz/corpus/$target" -- \
        -max_total_time="$seconds" -print_final_stats=1 >"$log" 2>&1
    code=$?
    set -e
    grep -E '^#[0-9]+[[:space:]]+(INITED|DONE)|^stat::|^SUMMARY|panicked at|^artifact_prefix|^Test unit written' "$log" || true
    outcome=clean
    if [ "$code" -ne 0 ] || grep -qE '^SUMMARY: |panicked at' "$log"; then
        outcome="CRASH (see $log and fuzz/artifacts/$target)"
        status=1
    fi
    elapsed=$(( $(date +%s) - start ))
    runs=$(grep -oE 'stat::number_of_executed_units: [0-9]+' "$log" | grep -oE '[0-9]+$' || echo '?')
    summary+=("$target: $outcome, ${elapsed}s wall (max_total_time ${seconds}s), $runs executions")
done

echo
echo "== summary"
printf '%s\n' "${summary[@]}"
exit "$status"
