#!/bin/sh
# Run by the spec module's build before the standard OpenAPI tools: they need the machine's node (20.19 or later)
# and npm. Fails with a message saying how to get them, or how to skip the step explicitly.
missing=""
command -v node >/dev/null 2>&1 || missing=" node"
command -v npm >/dev/null 2>&1 || missing="$missing npm"
if [ -n "$missing" ]; then
  echo "ERROR: the spec checks with standard OpenAPI tools (Redocly, Spectral, Prism, TypeScript) need node >= 20.19 and npm," >&2
  echo "       but these are not on the PATH:$missing. Install Node.js 20.19 or later with npm (Debian 12's own nodejs is 18: use e.g. NodeSource's package, or any Node.js" >&2
  echo "       distribution), or skip this step explicitly with -Dstandard.tools.skip=true (the build then does not run them)." >&2
  exit 1
fi
major=$(node -p 'process.versions.node.split(".")[0]')
minor=$(node -p 'process.versions.node.split(".")[1]')
if [ "$major" -lt 20 ] || { [ "$major" -eq 20 ] && [ "$minor" -lt 19 ]; }; then
  echo "ERROR: node $(node --version) is too old for the spec tools (need >= 20.19). Upgrade, or skip with -Dstandard.tools.skip=true." >&2
  exit 1
fi
echo "spec tools: node $(node --version), npm $(npm --version)"
