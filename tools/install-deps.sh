#!/bin/sh
# install-deps.sh — installs the Debian packages Polybius builds against,
# when any is missing. As root it runs apt-get; otherwise it prints the one
# command to run and fails, so the build stops with a clear next step.
PACKAGES="build-essential libjansson-dev wordnet-base iso-codes libtimezonemap-data"

missing=""
for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
        missing="$missing $p"
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" = 0 ]; then
    echo "install-deps: installing$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq $missing >/dev/null || {
        echo "install-deps: apt-get failed for:$missing" >&2
        exit 1
    }
else
    echo "install-deps: missing Debian packages:$missing" >&2
    echo "install-deps: run:  sudo apt-get update && sudo apt-get install -y$missing" >&2
    exit 1
fi
