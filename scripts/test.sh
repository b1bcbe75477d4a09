#!/usr/bin/env bash
# Runs every jest project (unit + browser) and ends with one plain summary line "tests: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-output
npx jest --ci --json --outputFile=test-output/jest.json "$@"
rc=$?
node -e '
const r = JSON.parse(require("fs").readFileSync("test-output/jest.json", "utf8"));
const failedSuites = r.numFailedTestSuites + (r.numRuntimeErrorTestSuites || 0);
console.log(`suites: ${r.numPassedTestSuites} passed, ${failedSuites} failed`);
console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed`);
' || true
exit $rc
