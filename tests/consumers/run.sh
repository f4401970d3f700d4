#!/usr/bin/env bash
# Consumer tests: the package as a developer gets it. Packs the tarball (prepack builds), lints it with
# publint and @arethetypeswrong/cli, installs it into the fixtures under consumers/ (each with pinned
# versions) in a temporary folder, and checks them:
#   consumers/node   plain Node imports every entry point (nothing throws or registers; helpers work)
#   consumers/react  React 19 + TypeScript strict: the README's examples typecheck, deliberate mistakes fail
# npm's cache lives in a temporary folder too (CONSUMERS_NPM_CACHE to reuse one). Last line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
work=$(mktemp -d)
export npm_config_cache=${CONSUMERS_NPM_CACHE:-$work/npm-cache}
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
passed=0
failed=0
pass() { passed=$((passed + 1)); echo "ok   $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1"; }
started=$(date +%s)
finish() {
  echo "consumers: $(($(date +%s) - started)) s"
  echo "$passed passed, $failed failed"
  rm -rf "$work"
  [ "$failed" -eq 0 ]
}

echo "--- npm pack (prepack builds)"
if npm pack --pack-destination "$work" >"$work/pack.log" 2>&1; then pass "npm pack"; else cat "$work/pack.log"; fail "npm pack"; finish; exit 1; fi
tarball=$(ls "$work"/clinic-widgets-*.tgz)
tar -tzf "$tarball" | sed 's#^package/##' | sort >"$work/files.txt"
echo "tarball: $(wc -l <"$work/files.txt") files"
for file in package.json README.md LICENSE CHANGELOG.md custom-elements.json dist/clinic-widgets.js \
  dist/clinic-widgets-wordpress.zip dist/lib/index.js dist/lib/helpers.js dist/types/index.d.ts dist/types/jsx.d.ts \
  dist/types/vue.d.ts dist/types/svelte.d.ts dist/types/solid.d.ts dist/types/preact.d.ts \
  dist/vscode.html-custom-data.json dist/vscode.css-custom-data.json dist/web-types.json; do
  if grep -qx "$file" "$work/files.txt"; then pass "tarball has $file"; else fail "tarball has $file"; fi
done
if grep -q '^src/' "$work/files.txt"; then fail "tarball ships no src/"; else pass "tarball ships no src/"; fi

echo "--- publint"
if npx --no-install publint --strict "$tarball"; then pass "publint --strict"; else fail "publint --strict"; fi
echo "--- @arethetypeswrong/cli (ESM only: node10 and require() resolutions are not offered)"
# The reserve-space stylesheet is CSS, not a module with types: not attw's to check.
if npx --no-install attw "$tarball" --profile esm-only --format ascii --exclude-entrypoints ./clinic-widgets.css; then pass "attw"; else fail "attw"; fi

install_fixture() { # name → $work/<name>, with the tarball installed
  cp -r "consumers/$1" "$work/$1"
  rm -rf "$work/$1/node_modules"
  (cd "$work/$1" && npm install --no-save --no-package-lock "$tarball" >"$work/$1.install.log" 2>&1 && npm install --no-save --no-package-lock >>"$work/$1.install.log" 2>&1)
}

echo "--- consumers/node"
if install_fixture node; then
  (cd "$work/node" && node check.mjs) && pass "node: every entry point" || fail "node: every entry point"
else cat "$work/node.install.log"; fail "node: install"; fi

echo "--- consumers/react (TypeScript strict)"
if (cd "$work/react" 2>/dev/null || cp -r consumers/react "$work/react"; cd "$work/react" && rm -rf node_modules && npm install --no-package-lock >"$work/react.install.log" 2>&1 && npm install --no-save --no-package-lock "$tarball" >>"$work/react.install.log" 2>&1); then
  if (cd "$work/react" && npx --no-install tsc -p tsconfig.json); then pass "react: README examples pass tsc --strict"; else fail "react: README examples pass tsc --strict"; fi
  (cd "$work/react" && npx --no-install tsc -p tsconfig.mistakes.json >"$work/mistakes.log" 2>&1)
  status=$?
  cat "$work/mistakes.log"
  if [ "$status" -ne 0 ]; then pass "react: the mistakes fail tsc"; else fail "react: the mistakes fail tsc"; fi
  for expected in '"sideways"' '"not-a-stretch"' "'nope'" '"maybe"'; do
    if grep -q -- "$expected" "$work/mistakes.log"; then pass "react: tsc reports $expected"; else fail "react: tsc reports $expected"; fi
  done
else cat "$work/react.install.log"; fail "react: install"; fi

finish
