#!/usr/bin/env bash
# Fuzzes one target (or all, one after another) with AFL++ and SharpFuzz. See fuzz/README.md.
#   fuzz/run.sh TARGET SECONDS     e.g. fuzz/run.sh yaml 600
#   fuzz/run.sh all SECONDS        each target for SECONDS, in turn (never two afl-fuzz at once)
# Findings go to fuzz/findings/TARGET/ (a previous run's is kept as TARGET.N); one line a run is added to
# fuzz/findings/results.tsv. Needs afl-fuzz (Debian: afl++) and the dotnet tool sharpfuzz:
#   dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0
set -euo pipefail

TARGETS=(yaml frontmatter plaintext markdown quote date)
FUZZ="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="$FUZZ/findings/bin"
FINDINGS="$FUZZ/findings"
export PATH="$PATH:$HOME/.dotnet/tools"

usage() { echo "usage: fuzz/run.sh TARGET|all SECONDS   (targets: ${TARGETS[*]})" >&2; exit 2; }
[[ $# -eq 2 && "$2" =~ ^[0-9]+$ ]] || usage
target="$1"; seconds="$2"
if [[ "$target" != all && ! " ${TARGETS[*]} " =~ " $target " ]]; then usage; fi
command -v afl-fuzz >/dev/null || { echo "afl-fuzz not found: apt-get install afl++" >&2; exit 1; }
command -v sharpfuzz >/dev/null || { echo "sharpfuzz not found: dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0" >&2; exit 1; }

# Build once, then instrument in place: our parsers and the two libraries they hand text to.
build() {
  rm -rf "$OUT"
  mkdir -p "$FINDINGS"
  dotnet publish "$FUZZ/Dossier.Fuzz/Dossier.Fuzz.csproj" -c Release -o "$OUT" --nologo -v quiet
  for dll in Dossier.Core.dll Markdig.dll YamlDotNet.dll; do
    echo "instrumenting $dll"
    sharpfuzz "$OUT/$dll"
  done
}

stat_of() { sed -n "s/^$1 *: *//p" "$2"; }

fuzz() {
  local t="$1" dir="$FINDINGS/$1" n=1
  if [[ -e "$dir" ]]; then while [[ -e "$dir.$n" ]]; do n=$((n + 1)); done; mv "$dir" "$dir.$n"; fi
  local dict=()
  [[ -f "$FUZZ/dict/$t.dict" ]] && dict=(-x "$FUZZ/dict/$t.dict")
  echo "fuzzing $t for $seconds s"
  # The target is `dotnet`, not an instrumented binary; the fork server is SharpFuzz's, slow to start.
  AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1 \
  AFL_FORKSRV_INIT_TMOUT=60000 AFL_NO_UI=1 AFL_SKIP_CRASHES=1 \
    afl-fuzz -i "$FUZZ/corpus/$t" -o "$dir" -t 5000 -m none -V "$seconds" "${dict[@]}" \
      -- dotnet "$OUT/Dossier.Fuzz.dll" "$t" > "$FINDINGS/$t.log" 2>&1 || { tail -30 "$FINDINGS/$t.log" >&2; return 1; }
  local stats="$dir/default/fuzzer_stats"
  local execs edges cvg crashes hangs
  execs=$(stat_of execs_done "$stats"); edges=$(stat_of edges_found "$stats"); cvg=$(stat_of bitmap_cvg "$stats")
  crashes=$(stat_of saved_crashes "$stats"); hangs=$(stat_of saved_hangs "$stats")
  printf '%s\t%s s\texecs_done %s\tedges_found %s\tbitmap_cvg %s\tsaved_crashes %s\tsaved_hangs %s\n' \
    "$t" "$seconds" "$execs" "$edges" "$cvg" "$crashes" "$hangs"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$t" "$seconds" "$execs" "$edges" "$cvg" "$crashes" "$hangs" >> "$FINDINGS/results.tsv"
  if [[ "$crashes" != 0 || "$hangs" != 0 ]]; then
    echo "  crashes: $dir/default/crashes/  hangs: $dir/default/hangs/"
    echo "  replay (uninstrumented build): dotnet build fuzz/Dossier.Fuzz -c Release && dotnet fuzz/Dossier.Fuzz/bin/Release/net10.0/Dossier.Fuzz.dll $t $dir/default/crashes/id*"
  fi
}

build
if [[ "$target" == all ]]; then for t in "${TARGETS[@]}"; do fuzz "$t"; done; else fuzz "$target"; fi
