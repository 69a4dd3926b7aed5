#!/usr/bin/env python3
"""Regenerate (or extend) dictionaries/gazetteer.tsv from a GeoNames dump.

GeoNames data is licensed CC BY 4.0 ("Data from GeoNames, https://www.geonames.org").
The coder never downloads anything; run this offline where the dump files are available:

    wget https://download.geonames.org/export/dump/countryInfo.txt
    wget https://download.geonames.org/export/dump/cities15000.zip && unzip cities15000.zip
    python3 gazetteer-from-geonames.py --countries countryInfo.txt --cities cities15000.txt \
        --keep-alternates ../resources/dictionaries/gazetteer.tsv [--min-population 500000] > gazetteer.new.tsv

First-level regions (ADM1 rows: US states, Khyber Pakhtunkhwa, Crimea, ...) are not in
cities15000; the shipped rows were curated by hand from GeoNames' allCountries.txt (feature code
ADM1) and should be appended to the generated file.

Output columns (TAB-separated, see the header the script writes): name, alternates (|),
ISO3 country, GeoNames feature code, lat, lon. Country rows (PCLI) take the capital's coordinates
unless --centroids FILE (iso3<TAB>lat<TAB>lon) is given. Curated alternates of the shipped file
(e.g. "Kiev" for Kyiv) can be kept with --keep-alternates OLD_GAZETTEER.
"""
import argparse
import csv
import sys

HEADER = """# Gazetteer: countries, capitals, major cities and first-level regions, for event locations.
# Derived from GeoNames (https://www.geonames.org, CC BY 4.0: "Data from GeoNames, geonames.org")
# countryInfo.txt / cities15000.txt / admin1CodesASCII.txt, rounded to 2 decimals.
# Regenerate or extend with src/main/scripts/gazetteer-from-geonames.py.
# Columns, TAB-separated:
#   name        the preferred English name
#   alternates  other spellings, |-separated (may be empty)
#   country     ISO 3166-1 alpha-3 code
#   feature     GeoNames feature code: PCLI country, PPLC capital, PPLA regional city, PPL city,
#               ADM1/ADM2 region
#   lat lon     WGS84 decimal degrees
"""


def read_countries(path):
    """iso2 -> (iso3, name, capital)"""
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            c = line.rstrip("\n").split("\t")
            out[c[0]] = (c[1], c[4], c[5])
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--countries", required=True)
    ap.add_argument("--cities", required=True)
    ap.add_argument("--centroids")
    ap.add_argument("--keep-alternates")
    ap.add_argument("--min-population", type=int, default=500000)
    a = ap.parse_args()

    countries = read_countries(a.countries)
    centroids = {}
    if a.centroids:
        for row in csv.reader(open(a.centroids, encoding="utf-8"), delimiter="\t"):
            centroids[row[0]] = (float(row[1]), float(row[2]))
    keep = {}
    if a.keep_alternates:
        for line in open(a.keep_alternates, encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            c = line.rstrip("\n").split("\t")
            keep[(c[0], c[2])] = c[1]

    rows, capitals = [], {}
    # cities15000.txt: geonameid name asciiname alternatenames lat lon fclass fcode cc cc2 admin1 ... population
    with open(a.cities, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            iso2, fcode, pop = c[8], c[7], int(c[14] or 0)
            if iso2 not in countries:
                continue
            iso3 = countries[iso2][0]
            lat, lon = round(float(c[4]), 2), round(float(c[5]), 2)
            if fcode == "PPLC":
                capitals[iso3] = (lat, lon)
            if fcode == "PPLC" or pop >= a.min_population:
                alts = keep.get((c[2], iso3), "")
                rows.append((c[2], alts, iso3, fcode if fcode in ("PPLC", "PPLA") else "PPL", lat, lon))
    out = sys.stdout
    out.write(HEADER)
    for iso2, (iso3, name, capital) in sorted(countries.items(), key=lambda x: x[1][1]):
        lat, lon = centroids.get(iso3) or capitals.get(iso3) or (None, None)
        if lat is None:
            continue
        out.write("\t".join([name, keep.get((name, iso3), ""), iso3, "PCLI", str(lat), str(lon)]) + "\n")
    for r in rows:
        out.write("\t".join(map(str, r)) + "\n")


if __name__ == "__main__":
    main()
