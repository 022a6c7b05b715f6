#!/usr/bin/env bash
# Everything a fresh Debian/Ubuntu machine with Node 20 needs for Klein Kijken's demo and tests,
# installed only when missing (so a second run takes seconds): Debian packages, npm packages,
# and the browser-based VS Code server used by the demo and the tests. Root, or sudo for apt.
set -euo pipefail
cd "$(dirname "$0")/.."
START=$SECONDS
step() { echo "[setup +$((SECONDS - START))s] $*"; }
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"

# 1. Debian packages: chromium (the browser tests), ffmpeg (media), python3-onnx (stand-in speech
#    models for the speech tests), libkrb5-dev + pkg-config + a
#    compiler (the VS Code server's native modules), libxml2-utils (xmllint), espeak-ng and sox
#    (demo speech). apt-get update only when something is missing.
PKGS=(chromium ffmpeg libkrb5-dev pkg-config libxml2-utils espeak-ng sox python3-onnx)
for tool in g++ make python3; do command -v "$tool" >/dev/null || PKGS+=("$tool"); done
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  step "apt-get install ${missing[*]}"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" </dev/null
else
  step "apt: all packages present"
fi

# 2. Project dependencies: npm ci, unless node_modules was installed from this very lock file.
LOCK_HASH=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.kk-lock-sha256 2>/dev/null || true)" != "$LOCK_HASH" ]; then
  step "npm ci"
  npm ci --no-audit --no-fund </dev/null
  echo "$LOCK_HASH" > node_modules/.kk-lock-sha256
else
  step "node_modules matches package-lock.json: npm ci skipped"
fi

# 3. The VS Code server for the integration and e2e tests (about 2 minutes once, then cached).
step "VS Code server"
bash scripts/install-vscode-server.sh </dev/null

step "ready"
