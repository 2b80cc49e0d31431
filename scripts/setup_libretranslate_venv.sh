#!/usr/bin/env bash
# Create (once) the virtual environment holding a real LibreTranslate server for the test suite.
#
# LibreTranslate pins old versions of its dependencies, so it lives in its own venv, cached between
# runs and keyed by version:  ${REVIEWDESK_CI_CACHE:-~/.cache/reviewdesk-ci}/lt-venv-<version>.
# onnx is there for tests/mt/tiny_minisbd.py, which writes the tiny sentence-splitter model that
# keeps the server from downloading MiniSBD's model. The tests find the server through
# $LIBRETRANSLATE_BIN or this same cache path (tests/mt/libretranslate_server.py).
#
# Idempotent: a complete venv (its marker file, written last, names exactly these requirements) is
# reused; a half-built or outdated one is rebuilt from scratch.
set -euo pipefail

LT_VERSION="${LIBRETRANSLATE_VERSION:-1.9.6}"
REQUIREMENTS=("libretranslate==$LT_VERSION" "onnx>=1.15")
CACHE_ROOT="${REVIEWDESK_CI_CACHE:-$HOME/.cache/reviewdesk-ci}"
VENV="$CACHE_ROOT/lt-venv-$LT_VERSION"
MARKER="$VENV/.reviewdesk-complete"
PYTHON="${PYTHON:-python3}"

if [[ -x "$VENV/bin/libretranslate" && -f "$MARKER" \
      && "$(cat "$MARKER")" == "${REQUIREMENTS[*]}" ]]; then
    echo "LibreTranslate $LT_VERSION venv ready (cached): $VENV/bin/libretranslate"
    exit 0
fi

mkdir -p "$CACHE_ROOT"
start=$(date +%s)
echo "Creating LibreTranslate $LT_VERSION venv in $VENV ..."
rm -rf "$VENV"  # built in place: venv scripts embed their absolute path
"$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "${REQUIREMENTS[@]}"
"$VENV/bin/libretranslate" --help >/dev/null
echo "${REQUIREMENTS[*]}" > "$MARKER"
echo "LibreTranslate $LT_VERSION venv created in $(( $(date +%s) - start )) s:" \
    "$VENV/bin/libretranslate ($(du -sh "$VENV" | cut -f1))"
