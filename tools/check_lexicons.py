#!/usr/bin/env python3
"""Validates marsad's event lexicons (doc/lexicons.md).

Checks every actor, alias, trigger and cue file against its documented format
and against the closed vocabularies of data/shared/acled_types.tsv. Prints one
"path:line: message" per problem and exits 1 if there is any, 0 otherwise.

Usage: tools/check_lexicons.py [REPO_ROOT]   (default: the parent of tools/)

Python 3 standard library only, so analysts can run it anywhere.
"""

import collections
import datetime
import os
import re
import sys
import unicodedata

# ---------------------------------------------------------------------------
# Normalisation: mirrors NormalizeKey() in src/text/normalize.cc closely enough
# to find entries that the C++ loader would treat as the same key.

_FOLD = {}
for ch in "\u0622\u0623\u0625\u0671\u0672\u0673":
    _FOLD[ch] = "\u0627"  # alef variants -> ا
for ch in "\u0649\u06cc\u0626\u06d0":
    _FOLD[ch] = "\u064a"  # ى ی ئ -> ي
for ch in "\u0629\u06d5\u06c0\u06c1":
    _FOLD[ch] = "\u0647"  # ة ە -> ه
_FOLD["\u0624"] = "\u0648"  # ؤ -> و
_FOLD["\u06a9"] = _FOLD["\u06aa"] = "\u0643"  # ک -> ك
_FOLD["\u066a"] = "%"
for i in range(10):
    _FOLD[chr(0x0660 + i)] = str(i)
    _FOLD[chr(0x06F0 + i)] = str(i)


def _is_arabic_mark(cp):
    return (0x0610 <= cp <= 0x061A or 0x064B <= cp <= 0x065F or cp == 0x0670 or
            0x06D6 <= cp <= 0x06DC or 0x06DF <= cp <= 0x06E4 or
            0x06E7 <= cp <= 0x06E8 or 0x06EA <= cp <= 0x06ED)


def normalize_key(text):
    out = []
    for ch in text:
        cp = ord(ch)
        if ch in _FOLD:
            out.append(_FOLD[ch])
        elif cp == 0x0640 or cp == 0x00AD or _is_arabic_mark(cp):
            continue
        elif unicodedata.category(ch) == "Cf":
            continue
        elif cp < 0x0600 or cp > 0x06FF:
            decomposed = unicodedata.normalize("NFD", ch)
            out.append("".join(c for c in decomposed
                               if unicodedata.category(c) != "Mn").lower())
        else:
            out.append(ch)
    return " ".join("".join(out).split())


# ---------------------------------------------------------------------------
# Reading data files (the convention of src/util/tsv.h).

class Problems:
    def __init__(self):
        self.items = []

    def add(self, path, line, message):
        self.items.append("%s:%d: %s" % (path, line, message))


class Table:
    def __init__(self, path, columns, rows):
        self.path = path
        self.columns = columns
        self.rows = rows  # list of (line, {column: value})


def read_table(path, fmt, expected_columns, problems):
    """Returns a Table, or None if the file cannot be used at all."""
    try:
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
    except (OSError, UnicodeDecodeError) as e:
        problems.add(path, 1, "cannot read: %s" % e)
        return None
    if lines and lines[-1] == "":
        lines.pop()
    first = lines[0].split() if lines else []
    if len(first) != 3 or first[0] != "#format" or first[1] != fmt or first[2] != "v1":
        problems.add(path, 1, "first line must be '#format %s v1'" % fmt)
        return None
    columns = None
    rows = []
    for number, raw in enumerate(lines[1:], start=2):
        line = raw[:-1] if raw.endswith("\r") else raw
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if columns is None:
            columns = fields
            if columns != expected_columns:
                problems.add(path, number, "header must be '%s', found '%s'" %
                             ("\\t".join(expected_columns), "\\t".join(columns)))
                return None
            continue
        if len(fields) > len(columns):
            problems.add(path, number, "has %d fields, header has %d" %
                         (len(fields), len(columns)))
            continue
        fields += [""] * (len(columns) - len(fields))
        for col, value in zip(columns, fields):
            if value != value.strip():
                problems.add(path, number, "%s has leading or trailing spaces" % col)
        rows.append((number, dict(zip(columns, (v.strip() for v in fields)))))
    if columns is None:
        problems.add(path, 1, "no column header line")
        return None
    return Table(path, columns, rows)


def require(table, line, row, names, problems):
    ok = True
    for name in names:
        if not row[name]:
            problems.add(table.path, line, "%s is empty" % name)
            ok = False
    return ok


def parse_date(text):
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        return None


# ---------------------------------------------------------------------------
# The vocabularies.

TYPE_KINDS = ("acled_event_type", "acled_sub_event_type", "plover_event_type",
              "plover_mode", "acled_inter", "plover_sector", "plover_actor_code")
# ACLED's taxonomy: checked here so a typo in acled_types.tsv cannot spread.
ACLED_SUB_TYPES = {
    "Battles": ["Armed clash", "Government regains territory",
                "Non-state actor overtakes territory"],
    "Explosions/Remote violence": ["Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack",
                                   "Remote explosive/landmine/IED", "Grenade"],
    "Violence against civilians": ["Sexual violence", "Attack",
                                   "Abduction/forced disappearance"],
    "Protests": ["Peaceful protest", "Protest with intervention",
                 "Excessive force against protesters"],
    "Riots": ["Violent demonstration", "Mob violence"],
    "Strategic developments": ["Agreement", "Arrests", "Change to group/activity",
                               "Disrupted weapons use", "Headquarters or base established",
                               "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"],
}


class Vocab:
    def __init__(self):
        self.values = collections.defaultdict(set)  # kind -> values
        self.sub_parent = {}                          # acled sub type -> event type
        self.modes = collections.defaultdict(set)     # plover type -> modes


def check_types(root, problems):
    path = os.path.join(root, "data/shared/acled_types.tsv")
    table = read_table(path, "acled_types",
                       ["kind", "value", "parent", "source", "description"], problems)
    vocab = Vocab()
    if table is None:
        return vocab
    seen = set()
    for line, row in table.rows:
        if not require(table, line, row, ["kind", "value", "source"], problems):
            continue
        kind, value, parent = row["kind"], row["value"], row["parent"]
        if kind not in TYPE_KINDS:
            problems.add(path, line, "unknown kind '%s'" % kind)
            continue
        if row["source"] not in ("acled", "plover", "marsad"):
            problems.add(path, line, "source must be acled, plover or marsad")
        key = (kind, value, parent)
        if key in seen:
            problems.add(path, line, "duplicate %s '%s'" % (kind, value))
        seen.add(key)
        if kind in ("acled_sub_event_type", "plover_mode"):
            if not parent:
                problems.add(path, line, "%s needs a parent" % kind)
                continue
            parent_kind = "acled_event_type" if kind == "acled_sub_event_type" else "plover_event_type"
            if parent not in vocab.values[parent_kind]:
                problems.add(path, line, "parent '%s' is not a %s listed above" % (parent, parent_kind))
                continue
            if kind == "acled_sub_event_type":
                if value in vocab.sub_parent:
                    problems.add(path, line, "sub-event type '%s' listed twice" % value)
                vocab.sub_parent[value] = parent
            else:
                vocab.modes[parent].add(value)
        elif parent:
            problems.add(path, line, "%s takes no parent" % kind)
        vocab.values[kind].add(value)
    for event_type, subs in ACLED_SUB_TYPES.items():
        if event_type not in vocab.values["acled_event_type"]:
            problems.add(path, 1, "ACLED event type '%s' is missing" % event_type)
        for sub in subs:
            if vocab.sub_parent.get(sub) != event_type:
                problems.add(path, 1, "ACLED sub-event type '%s' of '%s' is missing" % (sub, event_type))
    return vocab


ID_RE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$")
ISO3_RE = re.compile(r"^[A-Z]{3}$")


class Actor:
    def __init__(self, line, row):
        self.line = line
        self.row = row
        self.valid_from = parse_date(row["valid_from"]) if row["valid_from"] else None
        self.valid_to = parse_date(row["valid_to"]) if row["valid_to"] else None


def check_actors(root, vocab, problems):
    path = os.path.join(root, "data/shared/actors.tsv")
    table = read_table(path, "actors",
                       ["id", "name", "acled_inter", "plover_sector", "country", "parent",
                        "valid_from", "valid_to", "notes"], problems)
    actors = {}
    if table is None:
        return actors
    for line, row in table.rows:
        if not require(table, line, row, ["id", "name", "acled_inter", "plover_sector"], problems):
            continue
        actor_id = row["id"]
        if not ID_RE.match(actor_id):
            problems.add(path, line, "id '%s' must be a lower-case dotted slug" % actor_id)
        if actor_id in actors:
            problems.add(path, line, "duplicate id '%s' (first at line %d)" %
                         (actor_id, actors[actor_id].line))
            continue
        if row["acled_inter"] not in vocab.values["acled_inter"]:
            problems.add(path, line, "acled_inter '%s' is not in acled_types.tsv" % row["acled_inter"])
        if row["plover_sector"] not in vocab.values["plover_sector"]:
            problems.add(path, line, "plover_sector '%s' is not in acled_types.tsv" % row["plover_sector"])
        country = row["country"]
        if not country:
            if not actor_id.startswith("gen."):
                problems.add(path, line, "country is empty (only generic gen.* actors may omit it)")
        elif not ISO3_RE.match(country):
            problems.add(path, line, "country '%s' must be ISO 3166-1 alpha-3 or a PLOVER code" % country)
        for col in ("valid_from", "valid_to"):
            if row[col] and parse_date(row[col]) is None:
                problems.add(path, line, "%s '%s' is not an ISO date YYYY-MM-DD" % (col, row[col]))
        actor = Actor(line, row)
        if actor.valid_from and actor.valid_to and actor.valid_from > actor.valid_to:
            problems.add(path, line, "valid_from is after valid_to")
        actors[actor_id] = actor
    for actor_id, actor in actors.items():
        parent = actor.row["parent"]
        if parent and parent not in actors:
            problems.add(path, actor.line, "parent '%s' is not an actor id" % parent)
            continue
        seen, cur = {actor_id}, parent
        while cur:
            if cur in seen:
                problems.add(path, actor.line, "parent chain of '%s' loops" % actor_id)
                break
            seen.add(cur)
            cur = actors[cur].row["parent"] if cur in actors else ""
    return actors


ALIAS_KINDS = {"official", "common", "abbreviation", "partisan", "pejorative", "generic", "adjective"}
SPEAKER = "@speaker"
ENEMY = "@enemy"  # the speaker's opponent the report names (src/extract/actors.cc EnemyOf)


def check_context(path, line, context, actors, problems):
    """Returns (after, before) dates the context imposes, for validity checks."""
    after = before = None
    seen_keys = set()
    for rule in context.split(";"):
        key, sep, value = rule.partition(":")
        if not sep or not value:
            problems.add(path, line, "context rule '%s' must be key:value" % rule)
            continue
        if key in seen_keys:
            problems.add(path, line, "context repeats '%s'" % key)
        seen_keys.add(key)
        if key in ("speaker", "doc_has"):
            for ref in value.split(","):
                if ref not in actors:
                    problems.add(path, line, "context %s: '%s' is not an actor id" % (key, ref))
        elif key == "country":
            for code in value.split(","):
                if not ISO3_RE.match(code):
                    problems.add(path, line, "context country '%s' must be ISO alpha-3" % code)
        elif key in ("before", "after"):
            date = parse_date(value)
            if date is None:
                problems.add(path, line, "context %s '%s' is not an ISO date" % (key, value))
            elif key == "after":
                after = date
            else:
                before = date
        elif key == "followed_by":
            if value != "place":
                problems.add(path, line, "context followed_by takes only 'place'")
        else:
            problems.add(path, line, "unknown context rule '%s' (speaker, country, doc_has, before, after, followed_by)" % key)
    return after, before


def check_aliases(root, lang, actors, problems):
    path = os.path.join(root, "data/%s/actor_aliases.tsv" % lang)
    table = read_table(path, "actor_aliases", ["alias", "actor", "kind", "context", "notes"], problems)
    if table is None:
        return 0
    # (normalised alias, context) -> (actor, line)
    seen = {}
    for line, row in table.rows:
        if not require(table, line, row, ["alias", "actor", "kind"], problems):
            continue
        actor_id = row["actor"]
        if actor_id not in (SPEAKER, ENEMY) and actor_id not in actors:
            problems.add(path, line, "actor '%s' is not an id of data/shared/actors.tsv" % actor_id)
        if row["kind"] not in ALIAS_KINDS:
            problems.add(path, line, "kind '%s' is not one of %s" % (row["kind"], ", ".join(sorted(ALIAS_KINDS))))
        context = row["context"]
        if context:
            after, before = check_context(path, line, context, actors, problems)
            actor = actors.get(actor_id)
            if actor and after and actor.valid_to and actor.valid_to < after:
                problems.add(path, line, "context after:%s but %s ends %s: the row can never apply" %
                             (after, actor_id, actor.valid_to))
            if actor and before and actor.valid_from and actor.valid_from > before:
                problems.add(path, line, "context before:%s but %s starts %s: the row can never apply" %
                             (before, actor_id, actor.valid_from))
        key = (normalize_key(row["alias"]), ";".join(sorted(context.split(";"))) if context else "")
        if not key[0]:
            problems.add(path, line, "alias is empty after normalisation")
            continue
        if key in seen:
            first_actor, first_line = seen[key]
            if first_actor == actor_id:
                problems.add(path, line, "duplicate alias '%s' (line %d)" % (row["alias"], first_line))
            else:
                problems.add(path, line, "alias '%s' maps to %s here and to %s at line %d with the same context" %
                             (row["alias"], actor_id, first_actor, first_line))
        else:
            seen[key] = (actor_id, line)
    return len(table.rows)


POS = {"verb", "noun", "participle", "means"}
VOICES = {"active", "passive", "nominal"}
STATUSES = {"reported", "intent", "claimed", "hedged"}
ROLE_VALUES = {"actor1", "actor2", "actors", "victim", "dead", "place", "target"}
SLOT_RE = re.compile(r"^(subj|obj|of|prep:\S+)$")


def check_roles(path, line, roles, problems):
    for pair in roles.split():
        slot, sep, value = pair.partition("=")
        if slot == "needs":
            if value not in ("armed", "armed_target", "captives", "count", "foe_after", "foe_before", "interceptable", "place", "protest_quote", "unarmed", "vow"):
                problems.add(path, line, "needs=%s: the requirements are needs=armed, needs=armed_target, needs=captives, needs=count, needs=foe_after, needs=foe_before, needs=interceptable, needs=place, needs=protest_quote, needs=unarmed and needs=vow" % value)
            continue
        if not sep or not SLOT_RE.match(slot):
            problems.add(path, line, "role '%s' must be slot=role with slot subj, obj, of or prep:<word>" % pair)
            continue
        for role in value.split("/"):
            if role not in ROLE_VALUES:
                problems.add(path, line, "role value '%s' is not one of %s" % (role, ", ".join(sorted(ROLE_VALUES))))


def check_national_forces(root, actor_ids, problems):
    """data/shared/national_forces.tsv: generic force, country, the country's force."""
    path = os.path.join(root, "data/shared/national_forces.tsv")
    table = read_table(path, "national_forces", ["generic", "country", "actor"], problems)
    if table is None:
        return
    # A country's second row for the same generic force is another era's
    # force: its actor must be dated, as the extractor picks rows by day.
    dated = set()
    registry = read_table(os.path.join(root, "data/shared/actors.tsv"), "actors",
                          ["id", "name", "acled_inter", "plover_sector", "country", "parent", "valid_from", "valid_to", "notes"],
                          Problems())
    if registry is not None:
        for _, row in registry.rows:
            if row.get("valid_from") or row.get("valid_to"):
                dated.add(row.get("id"))
    seen = set()
    for line, row in table.rows:
        for col in ("generic", "actor"):
            if row.get(col) not in actor_ids:
                problems.add(path, line, "unknown actor '%s'" % row.get(col))
        if not re.match(r"^[A-Z]{3}(/.+)?$", row.get("country", "")):
            problems.add(path, line, "country must be an ISO alpha-3 code, or one followed by /Admin1")
        key = (row.get("generic"), row.get("country"))
        if key in seen and row.get("actor") not in dated:
            problems.add(path, line, "a second row for %s in %s needs a dated actor (valid_from, valid_to)" % key)
        seen.add(key)


def check_governing_authorities(root, actor_ids, problems):
    """data/shared/governing_authorities.tsv: non-state actors that govern territory."""
    path = os.path.join(root, "data/shared/governing_authorities.tsv")
    table = read_table(path, "governing_authorities", ["actor", "scope", "valid_from", "valid_to", "notes"], problems)
    if table is None:
        return
    for line, row in table.rows:
        if row.get("actor") not in actor_ids:
            problems.add(path, line, "unknown actor '%s'" % row.get("actor"))
        if not re.match(r"^[A-Z]{3}(/.+)?$", row.get("scope", "")):
            problems.add(path, line, "scope must be an ISO alpha-3 code, or one followed by /Admin1")
        for col in ("valid_from", "valid_to"):
            if row.get(col) and not re.match(r"^\d{4}-\d{2}-\d{2}$", row.get(col)):
                problems.add(path, line, "%s must be an ISO date" % col)
        if row.get("valid_from") and row.get("valid_to") and row["valid_from"] > row["valid_to"]:
            problems.add(path, line, "valid_from is after valid_to")


def check_triggers(root, lang, vocab, problems):
    path = os.path.join(root, "data/%s/event_triggers.tsv" % lang)
    columns = ["form", "lemma", "pos", "acled_event_type", "acled_sub_event_type",
               "plover_event_type", "plover_mode", "voice", "roles", "default_status",
               "confidence", "specificity", "notes"]
    table = read_table(path, "event_triggers", columns, problems)
    if table is None:
        return 0
    seen = {}
    per_sub = collections.Counter()
    for line, row in table.rows:
        if not require(table, line, row, ["form", "lemma", "pos", "acled_event_type",
                                          "acled_sub_event_type", "plover_event_type", "voice",
                                          "roles", "default_status", "confidence", "specificity"],
                       problems):
            continue
        if row["specificity"] not in ("specific", "generic"):
            problems.add(path, line, "specificity '%s' is not specific or generic" % row["specificity"])
        form = normalize_key(row["form"])
        if "..." in row["form"]:
            head, _, tail = row["form"].partition("...")
            if not head.strip() or not tail.strip() or "..." in tail:
                problems.add(path, line, "a gap (...) needs words before and after it, once")
        raw_first = row["form"].split(" ")[0]
        if lang == "ar" and raw_first.startswith("\u0627\u0644") and len(raw_first) > 3:
            problems.add(path, line, "form '%s' starts with the article: list it without proclitics" % row["form"])
        if row["pos"] not in POS:
            problems.add(path, line, "pos '%s' is not verb, noun, participle or means" % row["pos"])
        event_type, sub = row["acled_event_type"], row["acled_sub_event_type"]
        if event_type not in vocab.values["acled_event_type"]:
            problems.add(path, line, "acled_event_type '%s' is not in acled_types.tsv" % event_type)
        elif vocab.sub_parent.get(sub) != event_type:
            problems.add(path, line, "acled_sub_event_type '%s' is not a sub-type of '%s'" % (sub, event_type))
        plover, mode = row["plover_event_type"], row["plover_mode"]
        if plover not in vocab.values["plover_event_type"]:
            problems.add(path, line, "plover_event_type '%s' is not in acled_types.tsv" % plover)
        elif mode and mode not in vocab.modes[plover]:
            problems.add(path, line, "plover_mode '%s' is not a mode of %s in acled_types.tsv" % (mode, plover))
        if (event_type == "casualty") != (plover == "none"):
            problems.add(path, line, "casualty rows, and only they, have plover_event_type none")
        if row["voice"] not in VOICES:
            problems.add(path, line, "voice '%s' is not active, passive or nominal" % row["voice"])
        check_roles(path, line, row["roles"], problems)
        if row["default_status"] not in STATUSES:
            problems.add(path, line, "default_status '%s' is not one of %s" % (row["default_status"], ", ".join(sorted(STATUSES))))
        try:
            conf = float(row["confidence"])
            if not 0.0 <= conf <= 1.0:
                raise ValueError
        except ValueError:
            problems.add(path, line, "confidence '%s' must be a number in [0, 1]" % row["confidence"])
        key = (form, row["voice"])
        meaning = (event_type, sub, plover)
        if key in seen:
            first_meaning, first_line = seen[key]
            if first_meaning == meaning:
                problems.add(path, line, "duplicate form '%s' (line %d)" % (row["form"], first_line))
            else:
                problems.add(path, line, "form '%s' (%s) means %s here and %s at line %d" %
                             (row["form"], row["voice"], "/".join(meaning), "/".join(first_meaning), first_line))
        else:
            seen[key] = (meaning, line)
        per_sub[(event_type, sub)] += 1
    for event_type, subs in ACLED_SUB_TYPES.items():
        for sub in subs:
            if per_sub[(event_type, sub)] < 2:
                problems.add(path, 1, "ACLED sub-event type '%s' has %d trigger(s); at least 2 needed" %
                             (sub, per_sub[(event_type, sub)]))
    return len(table.rows)


ATTRIBUTION_KINDS = {"official_statement", "media", "anonymous_source", "analyst", "witness",
                     "participant"}
WEAPON_KINDS = {"aerial", "heavy-weapons"}
SCOPES = {"sentence", "clause", "following", "next", "preceding", "quote", "onward"}


def cue_types(root, problems):
    """The cue types the extractor reads (kCueTypes in src/extract/event_lexicon.cc),
    checked against the rows of doc/lexicons.md's "Cue types" table."""
    src = os.path.join(root, "src/extract/event_lexicon.cc")
    doc = os.path.join(root, "doc/lexicons.md")
    with open(src, encoding="utf-8") as f:
        m = re.search(r"kCueTypes\[\] = \{(.*?)\};", f.read(), re.S)
    if not m:
        problems.add(src, 1, "kCueTypes not found")
        return set()
    types = re.findall(r'"([a-z_]+)"', m.group(1))
    documented = {}
    in_table = False
    with open(doc, encoding="utf-8") as f:
        for line_no, line in enumerate(f, 1):
            if line.startswith("### Cue types"):
                in_table = True
            elif in_table and line.startswith("#"):
                break
            elif in_table:
                row = re.match(r"\| `([a-z_]+)` \|", line)
                if row:
                    documented[row.group(1)] = line_no
    for t in types:
        if t not in documented:
            problems.add(doc, 1, "cue type '%s' (kCueTypes) has no row in the Cue types table" % t)
    for t, line_no in documented.items():
        if t not in types:
            problems.add(doc, line_no, "cue type '%s' is documented but not in kCueTypes" % t)
    return set(types)


ARABIC_PROCLITIC_LETTERS = {"\u0628", "\u0644", "\u0648", "\u0641", "\u0643"}  # ب ل و ف ك


def check_cues(root, lang, problems, cue_type_set):
    path = os.path.join(root, "data/%s/event_cues.tsv" % lang)
    table = read_table(path, "event_cues", ["cue", "type", "kind", "scope", "notes"], problems)
    if table is None:
        return 0
    seen = {}
    for line, row in table.rows:
        if not require(table, line, row, ["cue", "type", "scope"], problems):
            continue
        if row["type"] not in cue_type_set:
            problems.add(path, line, "type '%s' is not one of %s" % (row["type"], ", ".join(sorted(cue_type_set))))
        # A later word is compared whole: a one-letter proclitic (بـ، لـ) is
        # written on the next word, so a row with one as a word never matches.
        if lang == "ar" and any(w in ARABIC_PROCLITIC_LETTERS for w in row["cue"].split()[1:]):
            problems.add(path, line, "'%s': a proclitic letter as a later word never matches (it is written on "
                         "the next word); end the row before it" % row["cue"])
        if row["type"] == "weapon":
            if row["kind"] not in WEAPON_KINDS:
                problems.add(path, line, "a weapon cue needs kind %s" % " or ".join(sorted(WEAPON_KINDS)))
        elif row["type"] == "one_victim":
            if row["kind"] not in ("", "civilian", "partitive"):
                problems.add(path, line, "a one_victim cue takes kind civilian, partitive or none")
        elif row["type"] == "military_target":
            if row["kind"] not in ("", "projectile", "stockpile"):
                problems.add(path, line, "a military_target cue takes kind projectile, stockpile or none")
        elif row["type"] == "not_event":
            if row["kind"] not in ("", "territory", "nominal", "contents", "goal", "gathering", "commonplace"):
                problems.add(path, line, "a not_event cue takes kind territory, nominal, contents, goal, gathering, commonplace or none")
        elif row["type"] == "without":
            if row["kind"] not in ("", "peaceful"):
                problems.add(path, line, "a without cue takes kind peaceful or none")
        elif row["type"] == "negation":
            if row["kind"] not in ("", "future", "absent"):
                problems.add(path, line, "a negation cue takes kind future, absent or none")
        elif row["type"] == "cumulative":
            if row["kind"] not in ("", "rise"):
                problems.add(path, line, "a cumulative cue takes kind rise or none")
        elif row["type"] == "intent":
            if row["kind"] not in ("", "vow"):
                problems.add(path, line, "an intent cue takes kind vow or none")
        elif row["type"] == "goods":
            if row["kind"] not in ("", "persons", "property"):
                problems.add(path, line, "a goods cue takes kind persons, property or none")
        elif row["type"] == "civilian_target":
            if row["kind"] not in ("", "political", "dwelling"):
                problems.add(path, line, "a civilian_target cue takes kind political, dwelling or none")
        elif row["type"] == "route":
            if row["kind"] not in ("", "stretch", "from", "destination", "joiner"):
                problems.add(path, line, "a route cue takes kind stretch, from, destination, joiner or none")
        elif row["type"] == "place_anaphor":
            if row["kind"] not in ("", "same"):
                problems.add(path, line, "a place_anaphor cue takes kind same or none")
        elif row["type"] == "fighters_noun":
            if row["kind"] not in ("", "nominative"):
                problems.add(path, line, "a fighters_noun cue takes kind nominative or none")
        elif row["type"] == "collective_of":
            if row["kind"] not in ("head", "approximator"):
                problems.add(path, line, "a collective_of cue takes kind head or approximator")
        elif row["type"] == "writer_turn":
            if row["kind"] not in ("", "not"):
                problems.add(path, line, "a writer_turn cue takes kind not or none")
        elif row["type"] == "ally":
            if row["kind"] not in ("", "escort"):
                problems.add(path, line, "an ally cue takes kind escort or none")
        elif row["type"] == "mediator":
            if row["kind"] not in ("", "subject"):
                problems.add(path, line, "a mediator cue takes kind subject or none")
        elif row["type"] == "doer_anaphor":
            if row["kind"] not in ("", "event"):
                problems.add(path, line, "a doer_anaphor cue takes kind event or none")
        elif row["type"] == "own_deed":
            if row["kind"] not in ("", "fire"):
                problems.add(path, line, "an own_deed cue takes kind fire or none")
        elif row["type"] == "decreeing_body":
            if row["kind"] not in ("", "governor"):
                problems.add(path, line, "a decreeing_body cue takes kind governor or none")
        elif row["type"] == "possessive_reading":
            if not row["kind"]:
                problems.add(path, line, "a possessive_reading cue needs a trigger form as kind")
        elif row["type"] == "event_anaphor":
            if row["kind"] not in ("Battles", "Violence against civilians", "Explosions/Remote violence", "Riots",
                                   "Protests", "Strategic developments"):
                problems.add(path, line, "an event_anaphor cue needs an ACLED event type as kind")
        elif row["type"] == "common_noun_name":
            if not row["kind"]:
                problems.add(path, line, "a common_noun_name cue needs the bare common noun as kind")
        elif row["type"] == "settlement_noun":
            if not row["kind"]:
                problems.add(path, line, "a settlement_noun cue needs the kind of settlement as kind")
        elif row["type"] == "member_of":
            if row["kind"] not in ("", "article"):
                problems.add(path, line, "a member_of cue takes kind article or none")
        elif row["type"] == "community_occupation":
            if row["kind"] not in ("farmer", "herder"):
                problems.add(path, line, "a community_occupation cue's kind is farmer or herder")
        elif row["kind"]:
            if row["type"] != "attribution":
                problems.add(path, line, "only attribution, weapon, one_victim, military_target, civilian_target, not_event, without, goods, negation, cumulative, intent, route, place_anaphor, possessive_reading, event_anaphor, fighters_noun, own_deed, collective_of, mediator, decreeing_body, common_noun_name, settlement_noun and community_occupation cues take a kind")
            elif row["kind"] not in ATTRIBUTION_KINDS:
                problems.add(path, line, "kind '%s' is not one of %s" % (row["kind"], ", ".join(sorted(ATTRIBUTION_KINDS))))
        if row["scope"] not in SCOPES:
            problems.add(path, line, "scope '%s' is not one of %s" % (row["scope"], ", ".join(sorted(SCOPES))))
        key = (normalize_key(row["cue"]), row["type"])
        if key in seen:
            problems.add(path, line, "duplicate %s cue '%s' (line %d)" % (row["type"], row["cue"], seen[key]))
        else:
            seen[key] = line
    return len(table.rows)


def main(argv):
    if len(argv) > 2 or (len(argv) == 2 and argv[1].startswith("-")):
        print("usage: check_lexicons.py [REPO_ROOT]", file=sys.stderr)
        return 2
    root = argv[1] if len(argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    if not os.path.isfile(os.path.join(root, "src", "extract", "event_lexicon.cc")):
        print("check_lexicons: %s is not a marsad checkout (no src/extract/event_lexicon.cc)" % root, file=sys.stderr)
        return 2
    problems = Problems()
    vocab = check_types(root, problems)
    actors = check_actors(root, vocab, problems)
    counts = [("actors", len(actors))]
    check_national_forces(root, actors, problems)
    check_governing_authorities(root, actors, problems)
    cue_type_set = cue_types(root, problems)
    for lang in ("ar", "en"):
        counts.append(("%s aliases" % lang, check_aliases(root, lang, actors, problems)))
        counts.append(("%s triggers" % lang, check_triggers(root, lang, vocab, problems)))
        counts.append(("%s cues" % lang, check_cues(root, lang, problems, cue_type_set)))
    for item in problems.items:
        print(item)
    summary = ", ".join("%d %s" % (n, what) for what, n in counts)
    if problems.items:
        print("check_lexicons: %d problem(s); %s" % (len(problems.items), summary), file=sys.stderr)
        return 1
    print("check_lexicons: ok; %s" % summary)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
