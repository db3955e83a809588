#!/usr/bin/env python3
"""Test data for `marsad eval translit` (doc/geoparser.md, "Transliteration
fallback", "Measured on unseen names").

Writes into OUT:
  towns.tsv      arabic_name  geonames_id  lat  lon  country  latin_name
                 one row per distinct Arabic-script alternate name (GeoNames
                 cities500) of a gazetteer town OUTSIDE the Arab world and its
                 Persian-script neighbours: what a report in Arabic would write.
                 `marsad eval translit` tries each with the town's own Arabic
                 names ignored: the case of a town the gazetteer knows in
                 Latin only.
  words.tsv      word  count: Arabic words seen 3+ times in the Arabic reports
                 of the development sets (events-dev, events-fresh..fresh9;
                 never the test or blind sets) that the gazetteer does not
                 know as a name: each should resolve to nothing.

Usage: tools/build_translit_eval.py --cities500 PATH [--gazetteer data/geo/gazetteer.tsv]
       [--eval-dir data/eval] --out DIR
GeoNames data is CC BY 4.0 (geonames.org); the output is evaluation data, not shipped.
"""
import argparse, collections, os, re, sys, unicodedata

# Arab League members, Western Sahara, and neighbours whose Arabic-script names
# are native (Persian, Urdu, Pashto) or whose towns already carry Arabic names.
EXCLUDED = set("DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE EH "
               "IR AF PK IL TR".split())
DEV_SETS = ["events-dev", "events-fresh"] + ["events-fresh%d" % i for i in range(2, 10)]
ARABIC = re.compile(r"[\u0600-\u06FF]")
ARABIC_WORD = re.compile(r"[\u0621-\u064A\u0671-\u06D3]+")
ARABIC_ONLY = re.compile(r"[\u0621-\u064A ]+")
DIACRITICS = re.compile(r"[\u064B-\u065F\u0670\u0640]")


def norm_ar(s):
    s = DIACRITICS.sub("", unicodedata.normalize("NFC", s)).strip()
    return re.sub(r"\s+", " ", s)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cities500", required=True)
    ap.add_argument("--gazetteer", default="data/geo/gazetteer.tsv")
    ap.add_argument("--eval-dir", default="data/eval")
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)

    arabic_of = {}
    with open(a.cities500, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) < 19 or c[8] in EXCLUDED:
                continue
            # Names in the Arabic alphabet proper: Persian, Urdu, Kurdish and
            # Uyghur spellings (ی ک گ ۋ ە…) are not what an Arabic report writes.
            names = [norm_ar(n) for n in c[3].split(",") if ARABIC.search(n)]
            names = [n for n in names if ARABIC_ONLY.fullmatch(n)]
            names = [n for n in dict.fromkeys(names) if n]
            if names:
                arabic_of[c[0]] = names

    header, rows = [], []
    with open(a.gazetteer, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not rows and line.startswith("geonames_id\t"):
                header.append(line)
                continue
            rows.append(line.rstrip("\n").split("\t"))
    cols = header[-1].rstrip("\n").split("\t")
    ix = {n: i for i, n in enumerate(cols)}

    towns, known = [], set()
    for r in rows:
        gid = r[ix["geonames_id"]]
        for n in r[ix["names"]].split("|"):
            if ARABIC.search(n):
                known.add(norm_ar(n))
        if gid in arabic_of and r[ix["feature_class"]] == "P" and r[ix["country"]] not in EXCLUDED:
            for n in arabic_of[gid]:
                towns.append((n, gid, r[ix["lat"]], r[ix["lon"]], r[ix["country"]], r[ix["name"]]))
    with open(os.path.join(a.out, "towns.tsv"), "w", encoding="utf-8") as f:
        for t in towns:
            f.write("\t".join(t) + "\n")

    counts = collections.Counter()
    for s in DEV_SETS:
        d = os.path.join(a.eval_dir, s, "ar")
        if not os.path.isdir(d):
            continue
        for fn in sorted(os.listdir(d)):
            if not fn.endswith(".txt"):
                continue
            text = open(os.path.join(d, fn), encoding="utf-8").read()
            if len(ARABIC.findall(text)) < len(text) // 4:
                continue  # an English report
            counts.update(ARABIC_WORD.findall(norm_ar(text)))
    words = [(w, n) for w, n in counts.most_common() if n >= 3 and len(w) >= 3 and w not in known
             and not (w.startswith("ال") and w[2:] in known)]
    with open(os.path.join(a.out, "words.tsv"), "w", encoding="utf-8") as f:
        for w, n in words:
            f.write("%s\t%d\n" % (w, n))
    print("towns: %d names of %d towns in %d countries; words: %d" % (
        len(towns), len({t[1] for t in towns}), len({t[4] for t in towns}), len(words)), file=sys.stderr)


if __name__ == "__main__":
    main()
