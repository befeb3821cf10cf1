#!/usr/bin/env bash
# What each endpoint an app calls costs the app's own build: the generic code the SDK
# instantiates in the app's crate, per endpoint called.
#
# Builds a small app twice, in a scratch folder: once calling 1 endpoint (`v2/pay/orderquery`),
# once calling 22 `v2/pay/...` endpoints, each with `client.post(request).await`. The app's own
# code is one async function either way (it takes the requests as arguments), so what grows with
# the endpoints is what the SDK instantiates for them. For each variant it prints:
#
#   functions      functions defined in the app crate's LLVM IR (debug, `--emit=llvm-ir`)
#   ir_lines       lines of that IR
#   build_s        wall-clock seconds of a non-incremental debug build of the app crate alone
#                  (dependencies already built), median of five
#
# and per endpoint: (22-endpoint figure - 1-endpoint figure) / 21, for functions and IR lines.
# The two IR files stay in the scratch folder (app-1.ll, app-22.ll), and the functions whose
# count grows with the endpoints are listed, demangled, in per-endpoint.txt there.
# The app depends on this checkout by path, with only the `pay` group. Builds go to
# GENERIC_COST_TARGET_DIR (default /tmp/wechatpay-v2-generic-cost/target). Figures are printed
# and saved to target/wechatpay-v2-bench/generic-cost.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SCRATCH=${GENERIC_COST_DIR:-/tmp/wechatpay-v2-generic-cost}
export CARGO_TARGET_DIR="${GENERIC_COST_TARGET_DIR:-$SCRATCH/target}"
export CARGO_INCREMENTAL=0
RESULTS_DIR="$ROOT/target/wechatpay-v2-bench"
mkdir -p "$SCRATCH" "$RESULTS_DIR"

ENDPOINTS=(orderquery closecombinedorder closeorder combinedorder contractorder facepay
  facepayquery micropay paporderquery pappayapply profitsharingaddreceiver
  profitsharingmerchantratioquery profitsharingorderamountquery profitsharingquery
  profitsharingremovereceiver profitsharingreturnquery querycombinedorder queryexchagerate
  refundquery refundqueryv2 settlementquery unifiedorder)

# Writes the app calling the first $1 endpoints of the list.
write_app() {
  local n=$1 dir="$SCRATCH/app" extra=""
  # The runtime's `tracing` and `blocking` became features of the root crate: keep them on, as
  # they were before.
  grep -q '^tracing = ' "$ROOT/Cargo.toml" && extra=', "tracing", "blocking"'
  mkdir -p "$dir/src"
  cat >"$dir/Cargo.toml" <<EOF
[package]
name = "generic-cost-app"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
wechatpay-v2 = { path = "$ROOT", default-features = false, features = ["pay"$extra] }
tokio = { version = "1", features = ["rt", "macros"] }

[workspace]
EOF
  {
    echo "use wechatpay_v2::{Client, v2::pay};"
    echo
    echo "/// Calls each endpoint once; counts the answers that were not errors."
    echo "#[allow(clippy::too_many_arguments)]"
    printf 'pub async fn run(client: &Client'
    for ((i = 0; i < n; i++)); do printf ', r%d: pay::%s::Request' "$i" "${ENDPOINTS[$i]}"; done
    echo ') -> usize {'
    echo '    let mut ok = 0;'
    for ((i = 0; i < n; i++)); do echo "    ok += usize::from(client.post(r$i).await.is_ok());"; done
    echo '    ok'
    echo '}'
    echo
    echo 'fn main() {'
    echo '    // Never called with real requests: the build is what is measured.'
    echo '    let _ = run;'
    echo '}'
  } >"$dir/src/main.rs"
}

measure() {
  local n=$1 dir="$SCRATCH/app" ll times=()
  write_app "$n"
  (cd "$dir" && cargo build -q 2>/dev/null || cargo build)
  for _ in 1 2 3 4 5; do
    touch "$dir/src/main.rs"
    local t0 t1
    t0=$(date +%s.%N)
    (cd "$dir" && cargo build -q)
    t1=$(date +%s.%N)
    times+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }')")
  done
  rm -f "$CARGO_TARGET_DIR"/debug/deps/generic_cost_app-*.ll
  (cd "$dir" && cargo rustc -q --bin generic-cost-app -- --emit=llvm-ir)
  ll="$SCRATCH/app-$n.ll"
  mv "$(ls "$CARGO_TARGET_DIR"/debug/deps/generic_cost_app-*.ll)" "$ll"
  local functions lines median
  functions=$(grep -c '^define ' "$ll")
  lines=$(wc -l <"$ll" | tr -d ' ')
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)
  echo "$functions $lines $median"
}

read -r f1 l1 b1 <<<"$(measure 1)"
read -r f22 l22 b22 <<<"$(measure 22)"
# The functions defined more often with 22 endpoints than with 1, by demangled name.
names() { grep '^define ' "$1" | sed -E 's/.*@"?([^"(]*)"?\(.*/\1/' | c++filt | sed -E 's/::h[0-9a-f]{16}$//' | sort | uniq -c; }
join -1 2 -2 2 -a 2 -e 0 -o 0,1.1,2.1 \
  <(names "$SCRATCH/app-1.ll" | awk '{c=$1; $1=""; sub(/^ /, ""); gsub(/ /, "_"); print c, $0}' | sort -k2) \
  <(names "$SCRATCH/app-22.ll" | awk '{c=$1; $1=""; sub(/^ /, ""); gsub(/ /, "_"); print c, $0}' | sort -k2) \
  | awk '$3 > $2 { printf "%4d %s\n", $3 - $2, $1 }' | sort -rn >"$SCRATCH/per-endpoint.txt"
{
  echo "commit $(git -C "$ROOT" rev-parse --short HEAD)"
  printf '%-24s %10s %10s %9s\n' variant functions ir_lines build_s
  printf '%-24s %10s %10s %9s\n' "1 endpoint" "$f1" "$l1" "$b1"
  printf '%-24s %10s %10s %9s\n' "22 endpoints" "$f22" "$l22" "$b22"
  awk -v f1="$f1" -v f22="$f22" -v l1="$l1" -v l22="$l22" -v b1="$b1" -v b22="$b22" 'BEGIN {
    printf "per endpoint: %.1f functions, %.0f IR lines; build 22 vs 1: %.2fx\n",
      (f22 - f1) / 21, (l22 - l1) / 21, b22 / b1 }'
  # Of those, the ones the SDK's generic code instantiates (its functions, closures and their
  # drop glue), and the rest: the app's own use of the request and response types (dropping
  # them, `.await`, `is_ok`), which any code holding those values has.
  awk '{ n += $1; if ($2 ~ /^(wechatpay_v2_core::|<[^ ]*_as_wechatpay_v2_core::|core::ptr::drop_in_place<wechatpay_v2_core::)/) sdk += $1 }
    END { printf "per endpoint, from the SDK'"'"'s generic code: %.1f; from the app'"'"'s use of the types: %.1f\n",
      sdk / 21, (n - sdk) / 21 }' "$SCRATCH/per-endpoint.txt"
} | tee "$RESULTS_DIR/generic-cost.txt"
