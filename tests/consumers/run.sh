#!/usr/bin/env bash
# Consumer tests: the package as a developer gets it. Packs the tarball (prepack builds), lints it with
# publint and @arethetypeswrong/cli, installs it into the fixtures under consumers/ (each with pinned
# versions, one `npm install` each, in parallel, sharing one npm cache) in a temporary folder, and checks them:
#   consumers/node   plain Node imports every entry point (nothing throws or registers; helpers work)
#   consumers/react  React 19 + TypeScript strict: the README's examples typecheck, deliberate mistakes fail;
#                    built with Vite and driven in Chromium (tests/consumers/drive.mjs): the elements upgrade and
#                    the README's handlers fire, refs pattern and (?props) the on<event> props
#   consumers/next   Next.js app router, the README's 'use client' component: `next build` prerenders it,
#                    `next start` serves it, driven in Chromium after hydration
#   consumers/vue    Vue 3 with the README's vite.config.ts: vue-tsc passes, a wrong attribute value fails it;
#                    built with Vite and driven in Chromium
# npm's cache lives in a temporary folder too (CONSUMERS_NPM_CACHE to reuse one). Servers listen on 127.0.0.1
# and are killed on exit. Last line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
work=$(mktemp -d)
export npm_config_cache=${CONSUMERS_NPM_CACHE:-$work/npm-cache}
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
export NEXT_TELEMETRY_DISABLED=1
passed=0
failed=0
pass() { passed=$((passed + 1)); echo "ok   $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1"; }
started=$(date +%s)
servers=()
installs=()
discards=()
stop_servers() {
  for pid in "${servers[@]}"; do kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null; done
  servers=()
}
# A fixture checked is removed in the background while the next one runs (node_modules of Next.js is big).
discard() {
  stop_servers
  rm -rf "${work:?}/$1" &
  discards+=("$!")
}
stop_all() { # servers (each its own process group) and installs still running
  for pid in "${servers[@]}" "${installs[@]}"; do kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null; done
  servers=()
  installs=()
}
trap 'stop_all; rm -rf "$work"; echo "cleaned up: $(($(date +%s) - started)) s"' EXIT
trap 'exit 130' INT TERM
finish() {
  stop_all
  wait "${discards[@]}" 2>/dev/null
  echo "consumers: $(($(date +%s) - started)) s"
  echo "$passed passed, $failed failed"
  [ "$failed" -eq 0 ]
}
step() { echo "--- $1 ($(($(date +%s) - started)) s)"; }
# Runs a command whose output has "ok   …"/"FAIL …" lines, counting each; a non-zero exit with no FAIL line
# counts as one failure named $1.
counted() {
  local name=$1 log="$work/counted.log" status before=$failed
  shift
  "$@" >"$log" 2>&1
  status=$?
  while IFS= read -r line; do
    case $line in
      "ok   "*) pass "${line#ok   }" ;;
      "FAIL "*) fail "${line#FAIL }" ;;
      *) echo "$line" ;;
    esac
  done <"$log"
  if [ "$status" -ne 0 ] && [ "$failed" -eq "$before" ]; then fail "$name (exit $status)"; fi
}
# Starts a server in its own process group (killed on exit) and waits for nothing: drive.mjs waits for it.
serve() { # log, command...
  local log=$1
  shift
  setsid "$@" >"$log" 2>&1 &
  servers+=("$!")
}
free_port() { node tests/consumers/free-port.mjs; }

step "npm pack (prepack builds)"
if npm pack --pack-destination "$work" >"$work/pack.log" 2>&1; then pass "npm pack"; else cat "$work/pack.log"; fail "npm pack"; finish; exit 1; fi
tarball=$(ls "$work"/clinic-widgets-*.tgz)

# Every fixture installs now, in parallel, while the tarball is linted: one `npm install` each, the pinned
# versions of its package.json plus the tarball.
# Next.js builds (the slowest step) as soon as it is installed, while the other fixtures are checked.
for name in node react next vue; do
  cp -r "consumers/$name" "$work/$name"
  rm -rf "$work/$name/node_modules" "$work/$name/dist" "$work/$name/.next"
  then_build=true
  [ "$name" = next ] && then_build='{ npx --no-install next build >../next.build.log 2>&1; echo $? >../next.build.rc; }'
  (cd "$work/$name" && exec setsid bash -c "npm install --no-audit --no-fund --no-save --no-package-lock --prefer-offline \"\$0\" && $then_build" "$tarball") \
    >"$work/$name.install.log" 2>&1 &
  installs+=("$!")
  eval "install_$name=$!"
done
installed() { # name: waits for its install; prints the log when it failed
  local pid_var="install_$1"
  if wait "${!pid_var}"; then return 0; fi
  cat "$work/$1.install.log"
  return 1
}

tar -tzf "$tarball" | sed 's#^package/##' | sort >"$work/files.txt"
echo "tarball: $(wc -l <"$work/files.txt") files"
for file in package.json README.md LICENSE CHANGELOG.md custom-elements.json dist/clinic-widgets.js \
  dist/clinic-widgets.css dist/clinic-widgets-wordpress.zip dist/lib/index.js dist/lib/helpers.js \
  dist/types/index.d.ts dist/types/jsx.d.ts dist/types/vue.d.ts dist/types/svelte.d.ts dist/types/solid.d.ts \
  dist/types/preact.d.ts dist/vscode.html-custom-data.json dist/vscode.css-custom-data.json dist/web-types.json; do
  if grep -qx "$file" "$work/files.txt"; then pass "tarball has $file"; else fail "tarball has $file"; fi
done
if grep -q '^src/' "$work/files.txt"; then fail "tarball ships no src/"; else pass "tarball ships no src/"; fi

step "publint"
if npx --no-install publint --strict "$tarball"; then pass "publint --strict"; else fail "publint --strict"; fi
step "@arethetypeswrong/cli (ESM only: node10 and require() resolutions are not offered; the stylesheet has no types)"
if npx --no-install attw "$tarball" --profile esm-only --exclude-entrypoints ./clinic-widgets.css --format ascii \
  >"$work/attw.log" 2>&1; then pass "attw"; else cat "$work/attw.log"; fail "attw"; fi

step "the fixtures are the README's examples"
node tests/consumers/readme-example.mjs >"$work/readme-example.tsx"
for file in consumers/react/src/BookingBlock.tsx consumers/next/app/BookingBlock.tsx; do
  if diff -u "$work/readme-example.tsx" "$file"; then pass "$file is the README's React example"; else fail "$file is the README's React example"; fi
done
awk '/^\*\*Vue\*\* also needs/{f=1} f&&/^```ts$/{g=1;next} g&&/^```$/{exit} g' README.md >"$work/readme-vite.config.ts"
if [ -s "$work/readme-vite.config.ts" ] && diff -u "$work/readme-vite.config.ts" consumers/vue/vite.config.ts; then
  pass "consumers/vue/vite.config.ts is the README's"
else fail "consumers/vue/vite.config.ts is the README's"; fi
awk '/^```vue$/{g=1;next} g&&/^```$/{exit} g' README.md >"$work/readme-App.vue"
if [ -s "$work/readme-App.vue" ] && diff -u "$work/readme-App.vue" consumers/vue/src/App.vue; then
  pass "consumers/vue/src/App.vue is the README's Vue example"
else fail "consumers/vue/src/App.vue is the README's Vue example"; fi

step "consumers/node"
if installed node; then
  (cd "$work/node" && node check.mjs) && pass "node: every entry point" || fail "node: every entry point"
else fail "node: install"; fi

step "consumers/react (TypeScript strict, Vite, Chromium)"
if installed react; then
  if (cd "$work/react" && npx --no-install tsc -p tsconfig.json); then pass "react: README examples pass tsc --strict"; else fail "react: README examples pass tsc --strict"; fi
  (cd "$work/react" && npx --no-install tsc -p tsconfig.mistakes.json >"$work/mistakes.log" 2>&1)
  status=$?
  cat "$work/mistakes.log"
  if [ "$status" -ne 0 ]; then pass "react: the mistakes fail tsc"; else fail "react: the mistakes fail tsc"; fi
  for expected in '"sideways"' '"not-a-stretch"' "'nope'" '"maybe"'; do
    if grep -q -- "$expected" "$work/mistakes.log"; then pass "react: tsc reports $expected"; else fail "react: tsc reports $expected"; fi
  done
  if (cd "$work/react" && npx --no-install vite build >"$work/react.build.log" 2>&1); then
    pass "react: vite build"
    port=$(free_port)
    serve "$work/react.serve.log" node tests/consumers/static.mjs "$work/react/dist" "$port"
    counted "react: Chromium" node tests/consumers/drive.mjs "react=http://127.0.0.1:$port/" "react-props=http://127.0.0.1:$port/?props"
  else cat "$work/react.build.log"; fail "react: vite build"; fi
else fail "react: install"; fi
discard react

step "consumers/next (next build, next start, Chromium)"
if installed next; then
  if [ "$(cat "$work/next.build.rc" 2>/dev/null)" = 0 ]; then
    pass "next: next build (the page prerenders)"
    grep -q '○ /$' "$work/next.build.log" && pass "next: / is prerendered as static content" || fail "next: / is prerendered as static content"
    port=$(free_port)
    serve "$work/next.serve.log" "$work/next/node_modules/.bin/next" start "$work/next" -H 127.0.0.1 -p "$port"
    counted "next: Chromium" node tests/consumers/drive.mjs --hydrated "next=http://127.0.0.1:$port/"
    if curl -fsS "http://127.0.0.1:$port/" | grep -q '<session-length-picker name="session"'; then
      pass "next: the server's HTML has the elements"
    else fail "next: the server's HTML has the elements"; fi
  else cat "$work/next.build.log"; fail "next: next build (the page prerenders)"; fi
else fail "next: install"; fi
discard next

step "consumers/vue (vue-tsc, Vite, Chromium)"
if installed vue; then
  if (cd "$work/vue" && npx --no-install vue-tsc --noEmit -p tsconfig.json); then pass "vue: vue-tsc passes"; else fail "vue: vue-tsc passes"; fi
  (cd "$work/vue" && npx --no-install vue-tsc --noEmit -p tsconfig.mistakes.json >"$work/vue-mistakes.log" 2>&1)
  status=$?
  cat "$work/vue-mistakes.log"
  if [ "$status" -ne 0 ]; then pass "vue: the mistakes fail vue-tsc (exit $status)"; else fail "vue: the mistakes fail vue-tsc"; fi
  for expected in '"sideways"' '"not-a-stretch"' "'nope'"; do
    if grep -q -- "$expected" "$work/vue-mistakes.log"; then pass "vue: vue-tsc reports $expected"; else fail "vue: vue-tsc reports $expected"; fi
  done
  if (cd "$work/vue" && npx --no-install vite build >"$work/vue.build.log" 2>&1); then
    pass "vue: vite build"
    port=$(free_port)
    serve "$work/vue.serve.log" node tests/consumers/static.mjs "$work/vue/dist" "$port"
    counted "vue: Chromium" node tests/consumers/drive.mjs "vue=http://127.0.0.1:$port/"
  else cat "$work/vue.build.log"; fail "vue: vite build"; fi
else fail "vue: install"; fi
discard vue

finish
