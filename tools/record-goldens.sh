#!/usr/bin/env bash
# Record (or check) golden outputs of JS programs by running real `node`.
#
# Usage (from the repository root):
#   tools/record-goldens.sh [--check] [FILE.js ...]
#
# Without files, processes puzzles/*.js and tests/conformance/*.js.
# Each program is run RUNS times (default 5, env RUNS) in parallel. If stdout or the
# exit code differ between runs, the program is nondeterministic: the script names it
# and fails (the program must be rewritten).
#
# Golden convention, next to NAME.js:
#   NAME.out   exact stdout (always written)
#   NAME.exit  exit code, only when it is non-zero (removed when the exit code is 0)
#   NAME.err   for a crash, the error header node prints on stderr after the
#              source line and caret (`Error: boom`, `UnhandledPromiseRejection: …`);
#              only when there is one (removed otherwise)
# The rest of stderr is ignored.
#
# --check  compare against the existing goldens instead of writing; exit 1 on drift.
set -euo pipefail

mode=record
if [[ "${1:-}" == "--check" ]]; then
  mode=check
  shift
fi
if [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then
  sed -n '2,16p' "$0"
  exit 0
fi

runs="${RUNS:-5}"
node_bin="${NODE:-node}"
limit="${TIMEOUT_SECS:-20}"

if [[ $# -eq 0 ]]; then
  shopt -s nullglob
  set -- puzzles/*.js tests/conformance/*.js
  shopt -u nullglob
fi
if [[ $# -eq 0 ]]; then
  echo "record-goldens: no .js files found (run from the repository root)" >&2
  exit 2
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

failed=0
checked=0
for file in "$@"; do
  if [[ ! -f "$file" ]]; then
    echo "record-goldens: no such file: $file" >&2
    failed=1
    continue
  fi
  base="${file%.js}"
  pids=()
  for i in $(seq 1 "$runs"); do
    (
      set +e
      timeout "$limit" "$node_bin" "$file" >"$tmp/out.$i" 2>"$tmp/stderr.$i" </dev/null
      echo $? >"$tmp/rc.$i"
    ) &
    pids+=("$!")
  done
  for pid in "${pids[@]}"; do wait "$pid"; done

  nondet=0
  for i in $(seq 2 "$runs"); do
    if ! cmp -s "$tmp/out.1" "$tmp/out.$i" || ! cmp -s "$tmp/rc.1" "$tmp/rc.$i"; then
      nondet=1
    fi
  done
  if [[ $nondet -ne 0 ]]; then
    echo "NONDETERMINISTIC: $file (stdout or exit code differ across $runs runs; rewrite it)" >&2
    for i in $(seq 1 "$runs"); do
      echo "--- run $i: exit $(cat "$tmp/rc.$i")" >&2
      head -n 20 "$tmp/out.$i" >&2
    done
    failed=1
    continue
  fi

  rc="$(cat "$tmp/rc.1")"
  if [[ "$rc" == 124 ]]; then
    echo "TIMEOUT: $file ran longer than ${limit}s" >&2
    failed=1
    continue
  fi

  # The first non-empty line after node's caret line (`    ^`).
  header="$(awk 'found && NF { print; exit } /^ *\^+ *$/ { found = 1 }' "$tmp/stderr.1")"

  ok=1
  if [[ $mode == record ]]; then
    cp "$tmp/out.1" "$base.out"
    if [[ "$rc" != 0 ]]; then
      echo "$rc" >"$base.exit"
    else
      rm -f "$base.exit"
    fi
    if [[ "$rc" != 0 && -n "$header" ]]; then
      printf '%s\n' "$header" >"$base.err"
    else
      rm -f "$base.err"
    fi
  else
    want_rc=0
    [[ -f "$base.exit" ]] && want_rc="$(tr -d '[:space:]' <"$base.exit")"
    if [[ ! -f "$base.out" ]]; then
      echo "MISSING: $base.out" >&2
      ok=0
    elif ! cmp -s "$tmp/out.1" "$base.out"; then
      echo "DRIFT: $file stdout differs from $base.out" >&2
      diff -u "$base.out" "$tmp/out.1" >&2 || true
      ok=0
    elif [[ "$rc" != "$want_rc" ]]; then
      echo "DRIFT: $file exit code $rc, golden says $want_rc" >&2
      ok=0
    elif [[ -f "$base.err" && "$(cat "$base.err")" != "$header" ]]; then
      echo "DRIFT: $file error header differs from $base.err: $header" >&2
      ok=0
    fi
  fi
  if [[ $ok -eq 1 ]]; then
    checked=$((checked + 1))
  else
    failed=1
  fi
done

echo "record-goldens: $mode: $checked of $# file(s) ok" >&2
exit "$failed"
