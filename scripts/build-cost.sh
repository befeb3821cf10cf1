#!/usr/bin/env bash
# Build cost of the endpoint declarations, in seconds (debug profile, as `cargo build`):
#
#   clean_no_groups    clean build of the root crate with no endpoint groups (the runtime alone)
#   clean_all_groups   clean build of the root crate with every endpoint group (feature `full`)
#   clean_expansion    clean_all_groups - clean_no_groups
#   clean_vehicle_only clean build of the root crate with only the `vehicle` group
#   apis_vehicle_only  the endpoint crate and the root crate rebuilt with only `vehicle`
#   apis_none/apis_all the endpoint crate and the root crate rebuilt, dependencies already built,
#                      without / with every group
#   expansion          apis_all - apis_none: what the declarations add (the 20 s target)
#   touch_rebuild      rebuild after touching one declaration file (the 10 s target)
#   edit_rebuild       rebuild after inserting a line at the top of that file (every span in
#                      it moves), which incremental compilation cannot reuse as much
#
# With `--synthetic N` it also copies the sources to a scratch folder, declares N endpoints
# there (those declared plus copies of the seed under v2/vehicle/synthetic/), and measures
# synthetic_expansion and synthetic_touch_rebuild: a projection of the 138-endpoint figures
# while fewer are declared. Once all 138 are declared, the plain run measures them directly.
#
# Each timed figure is also recorded as NAME_cpu: the CPU seconds (user + system) the build
# used, which other work on the machine disturbs less than the wall-clock seconds.
#
# Builds go to a separate target directory (BUILD_COST_TARGET_DIR, default
# /tmp/wechatpay-v2-build-cost), so the main one is left alone. The figures are printed and saved
# to target/wechatpay-v2-bench/build-cost.txt, where `cargo bench -p wechatpay-v2-bench` (and the
# check_targets binary) pick them up.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

SYNTHETIC=0
while [ $# -gt 0 ]; do
  case "$1" in
    --synthetic) SYNTHETIC=${2:?--synthetic needs a number of endpoints}; shift 2 ;;
    -h|--help) sed -n '2,29p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done

RESULTS_DIR="${CARGO_TARGET_DIR:-$ROOT/target}/wechatpay-v2-bench"
export CARGO_TARGET_DIR="${BUILD_COST_TARGET_DIR:-/tmp/wechatpay-v2-build-cost}"
SEED=api-specs/src/v2/vehicle/pay/notification.rs
ENDPOINTS=$(find api-specs/src/v2 -name '*.rs' | wc -l | tr -d ' ')

OUT=$(mktemp)
trap 'rm -f "$OUT"' EXIT

# Runs a command and prints the wall-clock seconds it took and the CPU seconds (user + system,
# all processes) it used, as "WALL CPU". CPU seconds move less than wall seconds when other work
# shares the machine. The command's output goes to stderr only on failure.
timed() {
  local log t
  log=$(mktemp)
  t=$(mktemp)
  if ! { TIMEFORMAT='%R %U %S'; time "$@" >"$log" 2>&1; } 2>"$t"; then
    cat "$log" >&2
    rm -f "$log" "$t"
    echo "failed: $*" >&2
    exit 1
  fi
  awk '{ printf "%.1f %.1f", $1, $2 + $3 }' "$t"
  rm -f "$log" "$t"
}

record() {
  printf '%-28s %s\n' "$1" "$2" | tee -a "$OUT"
}

# Records "NAME WALL" and "NAME_cpu CPU" from the output of `timed`.
record_timed() {
  record "$1" "${2%% *}"
  record "${1}_cpu" "${2##* }"
}

wall() { echo "${1%% *}"; }
cpu() { echo "${1##* }"; }

diff_of() {
  awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a - b }'
}

NONE=(cargo build -p wechatpay-v2 --no-default-features)
# Every endpoint group and nothing else (`--all-features` would also switch on runtime
# features, such as the axum integration, and measure those too).
ALL=(cargo build -p wechatpay-v2 --no-default-features --features full)
# One small group, as an app that only runs car parks would build it.
VEHICLE=(cargo build -p wechatpay-v2 --no-default-features --features vehicle)
# Removes the endpoint crate and the root crate from the target dir (dependencies stay).
forget_endpoints() {
  cargo clean -p wechatpay-v2-apis -p wechatpay-v2 >/dev/null 2>&1
}

echo "endpoints declared: $ENDPOINTS; target dir: $CARGO_TARGET_DIR" >&2
record endpoints "$ENDPOINTS"

rm -rf "$CARGO_TARGET_DIR"
T_NONE=$(timed "${NONE[@]}")
record_timed clean_no_groups "$T_NONE"
rm -rf "$CARGO_TARGET_DIR"
T_ALL=$(timed "${ALL[@]}")
record_timed clean_all_groups "$T_ALL"
record clean_expansion "$(diff_of "$(wall "$T_ALL")" "$(wall "$T_NONE")")"
record clean_expansion_cpu "$(diff_of "$(cpu "$T_ALL")" "$(cpu "$T_NONE")")"
rm -rf "$CARGO_TARGET_DIR"
record_timed clean_vehicle_only "$(timed "${VEHICLE[@]}")"

# Build the runtime alone once more, so that the next two builds differ only in the groups.
"${NONE[@]}" >/dev/null 2>&1
forget_endpoints
A_NONE=$(timed "${NONE[@]}")
record_timed apis_none "$A_NONE"
forget_endpoints
A_ALL=$(timed "${ALL[@]}")
record_timed apis_all "$A_ALL"
record expansion "$(diff_of "$(wall "$A_ALL")" "$(wall "$A_NONE")")"
record expansion_cpu "$(diff_of "$(cpu "$A_ALL")" "$(cpu "$A_NONE")")"
forget_endpoints
record_timed apis_vehicle_only "$(timed "${VEHICLE[@]}")"
"${ALL[@]}" >/dev/null 2>&1

touch "$SEED"
record_timed touch_rebuild "$(timed "${ALL[@]}")"

# An edit, not only a touch: a line inserted at the top of the seed declaration moves every
# span in it, so the compiler redoes that endpoint's work rather than reusing it. The file is
# put back afterwards, whatever happens.
SEED_BACKUP=$(mktemp)
cp "$SEED" "$SEED_BACKUP"
trap 'cp "$SEED_BACKUP" "$SEED"; rm -f "$OUT" "$SEED_BACKUP"' EXIT
sed -i '1i // edited by scripts/build-cost.sh' "$SEED"
record_timed edit_rebuild "$(timed "${ALL[@]}")"
cp "$SEED_BACKUP" "$SEED"

if [ "$SYNTHETIC" -gt 0 ]; then
  SCRATCH=$(mktemp -d /tmp/wechatpay-v2-synthetic.XXXXXX)
  trap 'cp "$SEED_BACKUP" "$SEED"; rm -f "$OUT" "$SEED_BACKUP"; rm -rf "$SCRATCH"' EXIT
  tar -C "$ROOT" --exclude=./target --exclude=./.git -cf - . | tar -C "$SCRATCH" -xf -
  mkdir -p "$SCRATCH/api-specs/src/v2/vehicle/synthetic"
  for i in $(seq 1 $((SYNTHETIC - ENDPOINTS))); do
    name=$(printf 'endpoint_%03d' "$i")
    sed "s#path = \"v2/vehicle/pay/notification\"#path = \"v2/vehicle/synthetic/$name\"#" \
      "$SEED" >"$SCRATCH/api-specs/src/v2/vehicle/synthetic/$name.rs"
  done
  COUNT=$(find "$SCRATCH/api-specs/src/v2" -name '*.rs' | wc -l | tr -d ' ')
  record synthetic_endpoints "$COUNT"
  (
    cd "$SCRATCH"
    "${NONE[@]}" >/dev/null 2>&1
    forget_endpoints
    S_NONE=$(timed "${NONE[@]}")
    forget_endpoints
    S_ALL=$(timed "${ALL[@]}")
    record_timed synthetic_apis_none "$S_NONE"
    record_timed synthetic_apis_all "$S_ALL"
    record synthetic_expansion "$(diff_of "$(wall "$S_ALL")" "$(wall "$S_NONE")")"
    record synthetic_expansion_cpu "$(diff_of "$(cpu "$S_ALL")" "$(cpu "$S_NONE")")"
    touch "api-specs/src/v2/vehicle/synthetic/endpoint_001.rs"
    record_timed synthetic_touch_rebuild "$(timed "${ALL[@]}")"
  )
fi

record measured "$(date -u +%Y-%m-%dT%H:%MZ)"
mkdir -p "$RESULTS_DIR"
cp "$OUT" "$RESULTS_DIR/build-cost.txt"
echo "saved to $RESULTS_DIR/build-cost.txt" >&2
