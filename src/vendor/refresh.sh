#!/usr/bin/env bash
# Refreshes the browser libraries the service serves from src/main/resources/public/vendor, from
# the npm registry, at the versions pinned below, and prints their SHA-256 for src/vendor/README.md.
# The build never runs this and never needs node: the files are committed.
set -euo pipefail
cd "$(dirname "$0")/../.."
SVG_PAN_ZOOM=3.6.2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack "svg-pan-zoom@$SVG_PAN_ZOOM" --silent >/dev/null && tar xzf "svg-pan-zoom-$SVG_PAN_ZOOM.tgz")
dest=src/main/resources/public/vendor/svg-pan-zoom
mkdir -p "$dest"
cp "$work/package/dist/svg-pan-zoom.min.js" "$work/package/LICENSE" "$dest/"
sha256sum "$dest/svg-pan-zoom.min.js"
