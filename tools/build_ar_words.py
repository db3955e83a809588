#!/usr/bin/env python3
"""Builds data/ar/words.tsv, the Arabic known-word lexicon behind clitic
segmentation (src/text/clitics.h, doc/tokenization.md).

Inputs (all shippable; see data/ar/ATTRIBUTION.md):
  tools/ar_words_core.tsv                 hand-written core (always wins)
  stopwords/mohataher_list.txt            MIT
  person-names/*                          MIT
  geonames-region/region_cities_arabic_names.tsv   GeoNames, CC BY 4.0
  ocha-syria/*.csv                        UNCS / UN OCHA, Syria COD-AB
  cldr/territories_ar.json                Unicode-DFS-2016
  universalpetrarch-ar/*                  MIT

A word from a source other than the core is dropped when it looks like a
clitic form of a word already known (والجيش = و + ال + جيش, للامم = لل + امم):
listing it would keep such a form whole and hide its stem. Short words are
dropped too: a 2-letter entry turns ordinary 3-letter words into clitic+stem
splits, so only the core may list them. Run with --report to see every drop.

Usage: tools/build_ar_words.py [--shared DIR] [--out FILE] [--report]
Python 3, standard library only. The output is deterministic.
"""

import argparse
import csv
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# The same folds as NormalizeKey() (src/text/normalize.cc) for Arabic letters.
_FOLD = {
    "\u0622": "\u0627", "\u0623": "\u0627", "\u0625": "\u0627", "\u0671": "\u0627",
    "\u0672": "\u0627", "\u0673": "\u0627",
    "\u0649": "\u064a", "\u06cc": "\u064a", "\u0626": "\u064a", "\u06d0": "\u064a",
    "\u0629": "\u0647", "\u06d5": "\u0647", "\u06c0": "\u0647", "\u06c1": "\u0647",
    "\u0624": "\u0648", "\u06a9": "\u0643", "\u06aa": "\u0643",
}


def _dropped(ch):
    cp = ord(ch)
    return (0x0610 <= cp <= 0x061A or 0x064B <= cp <= 0x065F or cp == 0x0670 or
            0x06D6 <= cp <= 0x06ED or cp == 0x0640 or 0x200B <= cp <= 0x200F or
            cp == 0xFEFF)


def normalize(s):
    return "".join(_FOLD.get(c, c) for c in s if not _dropped(c))


def is_word(w):
    """Only the basic Arabic letters: Persian/Kurdish spellings are not MSA."""
    return bool(w) and all("\u0621" <= c <= "\u064a" and c != "\u0640" for c in w)


ARTICLE = "ال"
# Proclitic sequences, the article-bearing ones first.
ARTICLE_PREFIXES = ["وبال", "فبال", "وكال", "فكال", "وال", "فال", "بال", "كال", "ولل", "فلل",
                    "لل", "ال"]
PLAIN_PREFIXES = ["وب", "فب", "ول", "فل", "وك", "فك", "وس", "فس", "و", "ف", "ب", "ل", "ك", "س"]
ENCLITICS = ["هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ني", "ه", "ك", "ي"]
FUTURE_NEXT = "يتنا"


def words_of(text):
    """Splits a name or phrase into normalised words."""
    out = []
    for raw in re.split(r"[\s_+\-/,،.()\[\]\"'«»:;؛|]+", text):
        w = normalize(raw.strip())
        if is_word(w):
            out.append(w)
    return out


def strip_article(w):
    if w.startswith(ARTICLE) and len(w) - 2 >= 3:
        return w[2:]
    return w


def clitic_reading(w, known, trusted, enclitics):
    """Returns a clitic split of `w` into a known stem ("و+جيش"), or ''.

    `known` is every candidate word, `trusted` the core; a single-letter
    proclitic before a non-article stem counts only when the stem is trusted,
    because name and place lists are full of genuine names that begin with
    و ب ل ف ك (وسام، برهان، بهاء). Enclitic readings are tested only when
    `enclitics` is set: a final ه is usually the feminine ة (جميلة، مجموعة).
    """
    def is_known(stem, after_article):
        if stem in known:
            return True
        return after_article and (ARTICLE + stem) in known
    for p in ARTICLE_PREFIXES:
        if w.startswith(p) and len(w) - len(p) >= 2 and is_known(w[len(p):], True):
            return p + "+" + w[len(p):]
    for p in PLAIN_PREFIXES:
        if not w.startswith(p):
            continue
        rest = w[len(p):]
        if "س" in p and (not rest or rest[0] not in FUTURE_NEXT):
            continue
        if len(rest) >= 3 and rest in trusted:
            return p + "+" + rest
        # A 2-letter stem only after one letter (و+من), never after وس/فب...
        if len(rest) == 2 and len(p) == 1 and p != "س" and rest in trusted:
            return p + "+" + rest
    # A preposition with a pronoun and no stem (لها، بهم): listed, it would
    # read كلها as ك+لها.
    if w[0] in "وفبلك" and w[1:] in ENCLITICS:
        return w[0] + "+" + w[1:]
    for e in ENCLITICS:
        # ي is not an enclitic for the segmenter (data/ar/clitics.tsv).
        if e == "ي" or not w.endswith(e) or len(w) - len(e) < 2:
            continue
        stem = w[: -len(e)]
        # A final ه is usually the feminine ة (جميلة، مجموعة): it counts only
        # on a trusted stem, whose own feminine the core would list.
        pool = trusted if (e == "ه" or not enclitics) else known
        if stem in pool or (stem.endswith("ت") and stem[:-1] + "ه" in pool):
            return stem + "+" + e
    return ""


class Known(set):
    def __init__(self):
        super().__init__()
        self.core = set()


def expand_core(path):
    """Yields (normalised word, kind) from the hand-written core file."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    if not lines or lines[0].strip() != "#format ar_words_core v1":
        sys.exit(f"{path}:1: expected '#format ar_words_core v1'")
    header = None
    for n, line in enumerate(lines[1:], start=2):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if header is None:
            header = fields
            continue
        row = dict(zip(header, fields + [""] * (len(header) - len(fields))))
        word, kind, present = normalize(row["word"]), row["kind"], normalize(row.get("present", ""))
        if not is_word(word):
            sys.exit(f"{path}:{n}: '{row['word']}' is not an Arabic word")
        yield word, kind
        if kind == "verb" and present:
            if not present.startswith("ي"):
                sys.exit(f"{path}:{n}: present '{row['present']}' must start with ي")
            stem = present[1:]
            yield word + "ت", kind          # قتلت
            yield word + "وا", kind         # قتلوا
            yield present, kind             # يقتل
            yield "ت" + stem, kind          # تقتل
            yield "ن" + stem, kind          # نقتل
            yield present + "ون", kind      # يقتلون
            yield present + "وا", kind      # (لم) يقتلوا
            # The masdar of a hollow form IV/X verb is the past + ة (أعاد →
            # إعادة، استعاد → استعادة); unlisted, it would read as past + ه.
            if re.fullmatch(r"ا.ا.|است.ا.", word):
                yield word + "ه", "noun"
        elif kind == "adj" and len(word) >= 3 and not row["word"].endswith(("ة", "ى", "ا")):
            yield word + "ه", kind          # كبير → كبيرة, سوري → سورية


def read_lines(path):
    with open(path, encoding="utf-8-sig") as f:
        return f.read().splitlines()


def source_stopwords(shared):
    for line in read_lines(os.path.join(shared, "lexicon/stopwords/mohataher_list.txt")):
        line = line.strip()
        if " " in line:
            continue
        for w in words_of(line):
            yield w


def source_person_names(shared):
    d = os.path.join(shared, "lexicon/person-names")
    for name in ["male-first--names-in-arabic.txt", "female-first-names-in-arabic.txt",
                 "last-names-in-arabic.txt", "400-Arabic-Names.txt"]:
        p = os.path.join(d, name)
        if os.path.exists(p):
            for line in read_lines(p):
                yield from words_of(line)
    p = os.path.join(d, "200-Arabic-Names-UTF8.csv")
    if os.path.exists(p):
        with open(p, encoding="utf-8-sig", newline="") as f:
            for row in csv.reader(f):
                for cell in row:
                    yield from words_of(cell)


# Words that some place source gives as a whole name (الرقة), as opposed to
# words seen only inside longer names (جزر in جزر القمر، اتحاد in الاتحاد
# الأوروبي): only the former are labelled `place`.
WHOLE_PLACE_NAMES = set()


def place_words(name):
    """words_of() for a place name; a one-word name is noted as whole."""
    ws = words_of(name)
    if len(ws) == 1:
        WHOLE_PLACE_NAMES.add(strip_article(ws[0]))
    return ws


def source_geonames(shared):
    p = os.path.join(shared, "geo/geonames-region/region_cities_arabic_names.tsv")
    with open(p, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            # Turkish and Iranian entries are mostly Persian or Ottoman spellings.
            if row["country"] in ("TR", "IR"):
                continue
            for name in row["arabic_script_alternatenames"].split("|"):
                yield from place_words(name)


def source_ocha(shared):
    d = os.path.join(shared, "geo/ocha-syria")
    for name in sorted(os.listdir(d)):
        if not name.endswith(".csv"):
            continue
        with open(os.path.join(d, name), encoding="utf-8-sig", newline="") as f:
            for row in csv.DictReader(f):
                for col, val in row.items():
                    if col and ("_AR" in col.upper() or col.upper().endswith("AR")):
                        yield from place_words(val)


def source_cldr(shared):
    p = os.path.join(shared, "lexicon/cldr/territories_ar.json")
    with open(p, encoding="utf-8") as f:
        data = json.load(f)
    names = data["main"]["ar"]["localeDisplayNames"]["territories"]
    for key in sorted(names):
        yield from place_words(names[key])


def source_petrarch(shared):
    d = os.path.join(shared, "lexicon/universalpetrarch-ar")
    for name in ["CAMEO.ar.0.5.txt", "verbs_assualt_only.txt", "agents.all.ar.txt",
                 "actor_dict_ar_v4.txt"]:
        for line in read_lines(os.path.join(d, name)):
            line = line.split("#", 1)[0]          # English glosses and comments
            line = re.sub(r"\[[^\]]*\]", " ", line)  # event and actor codes
            line = re.sub(r"\{[^}]*\}|<[^>]*>", " ", line)
            line = re.sub(r"[A-Za-z0-9~&*=$%@!?^]+", " ", line)
            yield from words_of(line)


SOURCES = [
    ("stopwords", source_stopwords),
    ("person-names", source_person_names),
    ("cldr", source_cldr),
    ("ocha", source_ocha),
    ("geonames", source_geonames),
    ("petrarch", source_petrarch),
]

# Kinds written for each source.
KIND = {"stopwords": "func", "person-names": "name", "cldr": "place", "ocha": "place",
        "geonames": "place", "petrarch": "lex"}


def build(shared, report):
    known = Known()
    entries = []  # (word, kind, source)
    core_path = os.path.join(HERE, "ar_words_core.tsv")
    for w, kind in expand_core(core_path):
        if w not in known:
            known.add(w)
            known.core.add(w)
            entries.append((w, kind, "core"))
    # Candidates from every other source, first source wins; the clitic check
    # runs against the core plus all candidates, so that a name like وعر is not
    # judged by the order of the files.
    candidates = {}
    order = []
    for source, fn in SOURCES:
        for w in fn(shared):
            w = strip_article(w)
            if w in known or w in candidates:
                continue
            candidates[w] = source
            order.append(w)
    pool = Known()
    pool.update(known)
    pool.core = known.core
    pool.update(w for w in order if len(w) >= 3)
    drops = []
    for w in order:
        source = candidates[w]
        if len(w) < 3:
            drops.append((w, source, "shorter than 3 letters"))
            continue
        pool.discard(w)
        noisy = source in ("petrarch", "stopwords")
        reading = clitic_reading(w, pool, pool if noisy else known.core, source == "petrarch")
        pool.add(w)
        if reading:
            drops.append((w, source, "reads as " + reading))
            continue
        known.add(w)
        kind = KIND[source]
        if kind == "place" and w not in WHOLE_PLACE_NAMES:
            kind = "part"  # only ever a word of a longer name: an ordinary word alone
        entries.append((w, kind, source))
    if report:
        for w, source, why in drops:
            print(f"drop\t{w}\t{source}\t{why}", file=sys.stderr)
    return entries, drops


HEADER = """#format ar_words v1
# GENERATED BY tools/build_ar_words.py; DO NOT EDIT BY HAND. Edit
# tools/ar_words_core.tsv (or the builder) and rerun it.
#
# Known Arabic words and names, normalised (NormalizeKey). A clitic is split
# off a word only when what remains is known (src/text/clitics.h,
# doc/tokenization.md). Words carry no definite article: ال is its own token.
# kind: place = a whole place name in some source; part = a word seen only
# inside longer place names (جزر القمر), an ordinary word when alone.
# source: core = hand-written; the others are listed in data/ar/ATTRIBUTION.md
# (GeoNames data: CC BY 4.0, https://www.geonames.org; UNCS / UN OCHA, Syria
# COD-AB (HDX); Unicode CLDR; UniversalPetrarch, person-names and the
# mohataher stop-word list under MIT).
word\tkind\tsource
"""


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=os.environ.get("MARSAD_SHARED_DATA", "/work/shared/data"))
    ap.add_argument("--out", default=os.path.join(ROOT, "data/ar/words.tsv"))
    ap.add_argument("--report", action="store_true", help="list dropped words on stderr")
    args = ap.parse_args()
    entries, drops = build(args.shared, args.report)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write(HEADER)
        for w, kind, source in entries:
            f.write(f"{w}\t{kind}\t{source}\n")
    counts = {}
    for _, _, source in entries:
        counts[source] = counts.get(source, 0) + 1
    summary = ", ".join(f"{k} {v}" for k, v in counts.items())
    print(f"wrote {len(entries)} words to {args.out} ({summary}; {len(drops)} dropped)")


if __name__ == "__main__":
    main()
