#!/usr/bin/env bash
# Fixture test for cypher-lint. Each fixture says what the lint must report for it:
#   // statements: N                       how many statements the file holds
#   // expect: LINE:COL: SEVERITY: TEXT    one line per diagnostic, in order (TEXT: the message's start)
# A fixture without expect lines must be clean. Exits non-zero on the first run that differs.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
lint="$here/../lint.mjs"
cd "$here"

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# Every fixture in one run: the lint's own lines, file by file, against the expect lines.
out=$(node "$lint" fixtures 2>&1)
status=$?
files=0 statements=0 errors=0 warnings=0
for fixture in fixtures/*.cypher; do
  files=$((files + 1))
  statements=$((statements + $(sed -n 's|^// statements: \([0-9]*\)$|\1|p' "$fixture")))
  mapfile -t expected < <(sed -n 's|^// expect: ||p' "$fixture")
  actual=()
  while IFS= read -r line; do
    [[ "$line" == "$fixture:"* ]] && actual+=("${line#"$fixture:"}")
  done <<<"$out"
  for line in "${expected[@]}"; do
    case "$line" in
      *": error: "*) errors=$((errors + 1)) ;;
      *) warnings=$((warnings + 1)) ;;
    esac
  done
  if [ "${#actual[@]}" -ne "${#expected[@]}" ]; then
    fail "$fixture: expected ${#expected[@]} diagnostics, got ${#actual[@]}:"
    printf '    %s\n' "${actual[@]}"
    continue
  fi
  for i in "${!expected[@]}"; do
    [[ "${actual[$i]}" == "${expected[$i]}"* ]] || fail "$fixture: expected '${expected[$i]}…', got '${actual[$i]}'"
  done
done
summary="cypher-lint: $files files, $statements statements, $errors errors, $warnings warnings"
[ "$(tail -n 1 <<<"$out")" = "$summary" ] || fail "summary: expected '$summary', got '$(tail -n 1 <<<"$out")'"
[ "$status" -eq 1 ] || fail "all fixtures: expected exit 1 (some have errors), got $status"

# Valid fixtures pass, warnings and all.
node "$lint" fixtures/valid-*.cypher >/dev/null 2>&1
status=$?
[ "$status" -eq 0 ] || fail "valid fixtures: expected exit 0, got $status"

# Standard input.
out=$(printf 'MATCH (n:Entty)\nRETURN n' | node "$lint" - 2>&1)
status=$?
[ "$status" -eq 1 ] || fail "stdin: expected exit 1, got $status"
grep -qF '<stdin>:1:10: error: Label Entty is not in the schema' <<<"$out" || fail "stdin: no diagnostic for Entty in: $out"

# Nothing to lint is fine (cypher/ may not exist yet), and says so.
empty=$(mktemp -d)
trap 'rm -rf "$empty"' EXIT
out=$(node "$lint" "$empty" "$empty/missing" 2>&1)
status=$?
[ "$status" -eq 0 ] || fail "empty and missing directories: expected exit 0, got $status"
grep -qF "no .cypher files in $empty" <<<"$out" || fail "empty directory not reported: $out"
grep -qF "$empty/missing does not exist" <<<"$out" || fail "missing directory not reported: $out"
grep -qF 'cypher-lint: 0 files, 0 statements, 0 errors, 0 warnings' <<<"$out" || fail "empty run summary: $out"

# Fragments (relation predicates and sort keys) are linted inside the statement the store builds,
# with the file's own line numbers: a misspelt property is found, a valid fragment passes.
fragments=$(mktemp -d)
trap 'rm -rf "$empty" "$fragments"' EXIT
mkdir -p "$fragments/predicates/relation" "$fragments/sort-keys/relation"
printf '// a comment\ns.id = $id AND r.confidnce >= $min\n' >"$fragments/predicates/relation/bad.cypher"
printf '// a comment\n$id IN r.citationSpeakerIds\n' >"$fragments/predicates/relation/good.cypher"
printf 'size(r.citationArticleIds)\n' >"$fragments/sort-keys/relation/good.cypher"
out=$(node "$lint" "$fragments" 2>&1)
status=$?
[ "$status" -eq 1 ] || fail "fragments: expected exit 1, got $status"
grep -qF "predicates/relation/bad.cypher:2:" <<<"$out" && grep -qF "Property key confidnce is not in the schema" <<<"$out" \
  || fail "fragments: no diagnostic for confidnce on line 2 in: $out"
grep -qF "good.cypher" <<<"$out" && fail "fragments: a valid fragment was reported: $out"
grep -qF 'cypher-lint: 3 files, 3 statements, 1 errors, 0 warnings' <<<"$out" || fail "fragments summary: $out"

# Usage problems.
node "$lint" --no-such-option >/dev/null 2>&1
status=$?
[ "$status" -eq 2 ] || fail "unknown option: expected exit 2, got $status"

if [ "$failures" -gt 0 ]; then
  echo "cypher-lint fixtures: $failures failed"
  exit 1
fi
echo "cypher-lint fixtures: all passed ($files fixtures)"
