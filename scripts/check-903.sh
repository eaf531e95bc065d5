#!/usr/bin/env bash
# Checks a folder of SSDA903 CSV files (or the DfE's XML return, *.xml) by the DfE's validation rules for a collection year, without a server,
# and prints the report as CSV (STATUS,RULE,FILE,ROW,CHILD,FIELDS,VALUES,MESSAGE) on standard output.
# Usage: scripts/check-903.sh [--la CODE] FOLDER|FILE.xml [YEAR] > report.csv
#   FOLDER holds the year's files (header.csv, episodes.csv, ..., or return.xml), or a folder per collection year
#   (2024-25/, 2025-26/): the year's folder is then checked with the previous year's beside it.
#   YEAR is the collection year's first year (2025 for 2025-26) or its label; by default the folder's
#   name or its latest year folder.
#   --la CODE (the council's LA number, e.g. 999): files with an LA column (regional extracts) are checked for that
#   council's rows only, other councils' rows left out and counted, exactly as the load leaves them out.
# Exit status: 0 when the return passes, 1 when a rule fails or a file has an error, 2 when the folder
# or year cannot be read. The first run compiles the checker (offline Maven, about a minute).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
[ $# -ge 1 ] || { echo "usage: check-903.sh [--la CODE] FOLDER|FILE.xml [YEAR]" >&2; exit 2; }
classes="$root/tools/target/classes"
classpath_file="$root/tools/target/check-903.classpath"
if [ ! -f "$classes/org/corporateparenting/application/ssda903/Ssda903CheckCommand.class" ] || [ ! -f "$classpath_file" ]; then
    (cd "$root" && mvn -B -o -q -Dstyle.color=never -pl tools -am test-compile dependency:build-classpath \
        -Dmdep.outputFile=target/check-903.classpath -Dmdep.includeScope=compile >&2)
fi
exec java -cp "$classes:$(cat "$classpath_file")" org.corporateparenting.application.ssda903.Ssda903CheckCommand "$@"
