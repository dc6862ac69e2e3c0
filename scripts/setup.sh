#!/usr/bin/env bash
# Sets up a machine for sitrep: pnpm at the pinned version and the locked dependencies.
# With --test-tools it also installs the Debian tools the end-to-end tests drive:
# poppler-utils (pdftotext, pdfinfo, pdffonts), qpdf, LibreOffice Calc (headless) and Chromium.
# Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

PNPM_VERSION=12.4.2

if [[ "${1:-}" == "--test-tools" ]]; then
  missing=()
  command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
  command -v qpdf >/dev/null 2>&1 || missing+=(qpdf)
  command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui)
  # The download page's test opens it in Debian's Chromium through playwright-core (no browser download).
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  if ((${#missing[@]} > 0)); then
    sudo=()
    [[ "$(id -u)" -ne 0 ]] && sudo=(sudo)
    echo "setup: installing ${missing[*]}"
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
fi

if [[ "$(pnpm --version 2>/dev/null || true)" != "$PNPM_VERSION" ]]; then
  echo "setup: installing pnpm $PNPM_VERSION"
  npm install --global --no-fund --no-audit "pnpm@$PNPM_VERSION" >/dev/null
fi

pnpm install --frozen-lockfile
