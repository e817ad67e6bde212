#!/usr/bin/env bash
# Adds every public symbol the PublicApiAnalyzers report as undeclared (RS0016) to the project's
# PublicAPI.Unshipped.txt, sorted. Review the diff: it is the change to the public API.
set -euo pipefail
cd "$(dirname "$0")/.."
for project in src/CoherentScattering src/CoherentScattering.Models; do
  file="$project/PublicAPI.Unshipped.txt"
  dotnet build "$project" -f net10.0 2>&1 \
    | grep -E "error RS0016" | grep -F "$project/" \
    | sed -E "s/.*Symbol '(.*)' is not part of the declared public API.*/\1/" \
    | sort -u > /tmp/new-api.txt || true
  if [ -s /tmp/new-api.txt ]; then
    { head -1 "$file"; { tail -n +2 "$file"; cat /tmp/new-api.txt; } | grep -v '^$' | LC_ALL=C sort -u; } > /tmp/api.txt
    mv /tmp/api.txt "$file"
    echo "$file: $(wc -l < /tmp/new-api.txt) symbols added"
  fi
done
