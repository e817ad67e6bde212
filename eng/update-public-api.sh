#!/usr/bin/env bash
# Regenerates each packaged project's PublicAPI.Unshipped.txt from the code: the file is emptied, the
# PublicApiAnalyzers then report every public symbol as undeclared (RS0016), and those symbols are written back,
# sorted. Symbols in PublicAPI.Shipped.txt stay declared there. Review the diff: it is the change to the public API.
set -euo pipefail
cd "$(dirname "$0")/.."
list="$(mktemp)"
trap 'rm -f "$list"' EXIT
for project in src/CoherentScattering src/CoherentScattering.Models; do
  file="$project/PublicAPI.Unshipped.txt"
  echo "#nullable enable" > "$file"
  dotnet build "$project" -f net10.0 --no-incremental 2>&1 \
    | grep -E "error RS0016" | grep -F "$project/" \
    | sed -E "s/.*Symbol '(.*)' is not part of the declared public API.*/\1/" \
    | LC_ALL=C sort -u > "$list" || true
  { echo "#nullable enable"; cat "$list"; } > "$file"
  echo "$file: $(wc -l < "$list") symbols"
done
