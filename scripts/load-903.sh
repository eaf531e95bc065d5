#!/usr/bin/env bash
# Loads a folder of SSDA903 files into a running Corporate Parenting server, for batch use.
# The folder holds one folder per collection year (2023-24/header.csv, 2023-24/episodes.csv, ...).
# Usage: scripts/load-903.sh FOLDER [SERVER] [valid]
#   SERVER defaults to http://localhost:8080; "valid" stores the valid rows when some rows have errors
#   (otherwise nothing is stored if any row has an error). The user and password come from CP_USER and
#   CP_PASSWORD (a performance analyst or administrator). The report of problems and repairs is written
#   to FOLDER.load-report.csv; the exit status is 0 only when the files were stored.
set -euo pipefail
folder=${1:?usage: load-903.sh FOLDER [SERVER] [valid]}
server=${2:-http://localhost:8080}
rows=${3:-all}
: "${CP_USER:?set CP_USER (a performance analyst or administrator)}"
: "${CP_PASSWORD:?set CP_PASSWORD}"
zip_file=$(mktemp --suffix=.zip)
trap 'rm -f "$zip_file"' EXIT
rm -f "$zip_file"
jar cfM "$zip_file" -C "$folder" .
report="${folder%/}.load-report.csv"
headers=$(curl -sS -u "$CP_USER:$CP_PASSWORD" -H "Content-Type: application/zip" --data-binary "@$zip_file" \
    -D - -o "$report" "$server/api/ssda903/import?format=csv&rows=$rows")
status=$(printf '%s' "$headers" | head -1 | awk '{print $2}')
stored=$(printf '%s' "$headers" | tr -d '\r' | awk -F': ' 'tolower($1)=="x-import-stored" {print $2}')
errors=$(printf '%s' "$headers" | tr -d '\r' | awk -F': ' 'tolower($1)=="x-import-errors" {print $2}')
echo "HTTP $status; stored: ${stored:-no}; rows with errors: ${errors:-?}; report: $report"
[ "$status" = "200" ] && [ "$stored" = "true" ]
