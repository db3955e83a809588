#!/usr/bin/env python3
"""Validates a hand-written event set and prints its coverage table.

Usage: tools/check_events_dev.py [DIR] [--gazetteer PATH] [--min N] [--quiet]

DIR defaults to data/eval/events-dev next to this script's repository; the
held-out set data/eval/events-test is checked the same way (scripts/test.sh
runs both). Every
`<lang>/NNN.txt` must have a `<lang>/NNN.expected.json` (and the reverse); each
expected file is checked against the format described in DIR/README.md:
required fields, ACLED event and sub-event types spelled exactly as ACLED spells
them, PLOVER types, enumerations (status, relation, attribution kind), a
coordinate inside a rough bounding box of the stated country, every quoted
string (trigger, evidence, every "text") occurring verbatim in the report,
low <= best <= high, time start <= end, and weekday names in a time text
agreeing with the resolved date. Exit status 1 when anything is wrong; the
coverage table is printed either way so a failing run still shows the gaps.

With a gazetteer (data/geo/gazetteer.tsv by default, skipped when absent) a
location whose English or Arabic name matches a gazetteer entry of the same
country but lies more than 15 km from every such entry is reported as a
warning: a wrong point would silently mislead the evaluation.
"""

import datetime
import json
import math
import os
import re
import sys

# The one copy of ACLED's taxonomy lives in check_lexicons.py (beside this file).
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_lexicons import ACLED_SUB_TYPES as ACLED  # noqa: E402

SUB_TO_TYPE = {s: t for t, subs in ACLED.items() for s in subs}

PLOVER_TYPES = {'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT',
                'REQUEST', 'DEMAND', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION',
                'MOBILIZE', 'COERCE', 'ASSAULT'}
# Modes used by the set (PLOVER / CAMEO2PLOVER vocabulary plus the RECORDS.md examples).
PLOVER_MODES = {None, 'firearms', 'heavy-weapons', 'aerial', 'explosives', 'suicide-attack',
                'cbrn', 'abduct', 'sexual', 'beat', 'destroy', 'assassinate', 'seize',
                'arrest', 'confiscate', 'curfew', 'restrict', 'demo', 'riot', 'withdraw',
                'ceasefire', 'disarm', 'release', 'troops', 'police', 'military',
                'territory', 'violence'}

STATUSES = {'reported', 'claimed', 'hedged', 'negated', 'intent', 'historical'}
RELATIONS = {'in', 'near', 'north_of', 'south_of', 'east_of', 'west_of', 'countryside_of',
             'outskirts_of'}
ATTR_KINDS = {'official_statement', 'media', 'anonymous_source', 'analyst', 'witness',
              'participant'}
BASES = {'text', 'published'}

# Rough (lat_min, lat_max, lon_min, lon_max) per ISO2 code, generous by ~0.2 degrees.
BBOX = {
    'SY': (32.1, 37.5, 35.5, 42.6), 'IQ': (28.9, 37.6, 38.6, 48.8),
    'LB': (32.9, 34.8, 35.0, 36.8), 'IL': (29.3, 33.5, 34.1, 36.0),
    'PS': (31.1, 32.7, 34.1, 35.7), 'JO': (29.0, 33.5, 34.8, 39.4),
    'YE': (11.9, 19.2, 41.8, 54.8), 'SA': (16.2, 32.3, 34.4, 55.8),
    'SD': (8.5, 22.4, 21.7, 38.8), 'SS': (3.4, 12.3, 23.3, 36.0),
    'LY': (19.4, 33.3, 9.2, 25.3), 'EG': (21.9, 31.8, 24.6, 37.0),
    'SO': (-1.8, 12.1, 40.8, 51.6), 'KE': (-4.8, 5.2, 33.8, 42.0),
    'ET': (3.3, 15.0, 32.9, 48.1), 'NG': (4.1, 14.0, 2.5, 14.8),
    'ML': (10.0, 25.1, -12.3, 4.3), 'UA': (44.2, 52.5, 22.0, 40.3),
    'RU': (41.1, 82.0, 19.6, 180.0), 'PK': (23.5, 37.2, 60.7, 78.0),
    'AF': (29.3, 38.6, 60.4, 75.0), 'IR': (24.9, 39.9, 43.9, 63.4),
    'TR': (35.7, 42.2, 25.5, 45.0), 'CH': (45.7, 47.9, 5.8, 10.6),
    'MM': (9.5, 28.6, 92.1, 101.2), 'CD': (-13.5, 5.4, 12.1, 31.4),
    'BF': (9.2, 15.3, -5.7, 2.6), 'CO': (-4.4, 12.7, -79.2, -66.7),
    'MX': (14.3, 32.9, -118.6, -86.5), 'RW': (-3.0, -1.0, 28.7, 31.1),
    'MZ': (-27.1, -10.3, 30.0, 41.1),
    'HT': (17.9, 20.2, -74.6, -71.5), 'IN': (6.5, 35.7, 68.0, 97.5),
    'CM': (1.6, 13.1, 8.4, 16.3), 'NE': (11.6, 23.6, 0.1, 16.1),
    'CF': (2.0, 11.2, 14.2, 27.7), 'PH': (4.4, 21.3, 116.7, 126.8),
    'EC': (-5.2, 1.7, -92.2, -75.0), 'BR': (-34.0, 5.5, -74.2, -28.6),
    'HN': (12.8, 17.6, -89.6, -83.0),
    'TD': (7.2, 23.7, 13.3, 24.2), 'BJ': (6.0, 12.6, 0.6, 4.0),
    'EH': (20.6, 27.9, -17.3, -8.5),
    'TG': (5.9, 11.3, -0.3, 2.0), 'ID': (-11.2, 6.3, 94.8, 141.2),
    'UG': (-1.7, 4.4, 29.4, 35.2), 'QA': (24.3, 26.4, 50.6, 51.8),
    'AM': (38.6, 41.5, 43.2, 46.9), 'AZ': (38.2, 42.1, 44.6, 50.6),
    'TH': (5.4, 20.7, 97.1, 105.9),
    'BD': (20.5, 26.8, 87.9, 92.9), 'PE': (-18.6, 0.2, -81.6, -68.4),
    'GE': (40.9, 43.8, 39.8, 46.9), 'TN': (30.0, 37.7, 7.3, 11.8),
    'NP': (26.1, 30.7, 79.9, 88.4), 'PG': (-11.9, -0.7, 140.7, 156.2),
    'BI': (-4.7, -2.1, 28.8, 31.1),
    'GH': (4.5, 11.4, -3.5, 1.4), 'KG': (39.0, 43.5, 69.1, 80.5), 'TJ': (36.5, 41.3, 67.2, 75.3),
    'MA': (27.4, 36.2, -13.4, -0.8), 'MG': (-25.8, -11.7, 43.0, 50.7), 'RS': (41.9, 46.4, 18.6, 23.2), 'BO': (-23.1, -9.5, -69.8, -57.3),
    'TZ': (-11.9, -0.8, 29.2, 40.6), 'KH': (10.2, 14.9, 102.2, 107.8),
    'DZ': (18.8, 37.3, -8.9, 12.2), 'XK': (41.7, 43.4, 19.8, 21.9),
    'DJ': (10.7, 12.9, 41.6, 43.6), 'ER': (12.2, 18.2, 36.2, 43.3), 'MR': (14.5, 27.5, -17.3, -4.6), 'GN': (7.0, 12.9, -15.3, -7.4),
    'VE': (0.5, 12.4, -73.6, -59.6), 'JM': (17.5, 18.7, -78.6, -76.0), 'ZA': (-35.0, -22.0, 16.3, 33.1),
    'SN': (12.1, 16.9, -17.7, -11.1), 'CL': (-56.2, -17.3, -76.0, -66.2),
    'CI': (4.2, 10.9, -8.8, -2.3), 'GT': (13.5, 18.0, -92.5, -88.0), 'SV': (13.0, 14.7, -90.3, -87.5),
    'LK': (5.7, 10.0, 79.4, 82.1), 'BH': (25.5, 26.5, 50.2, 50.9),
}

WEEKDAYS = {
    'الأحد': 6, 'الاحد': 6, 'الإثنين': 0, 'الاثنين': 0, 'الثلاثاء': 1, 'الأربعاء': 2,
    'الاربعاء': 2, 'الخميس': 3, 'الجمعة': 4, 'السبت': 5,
    'sunday': 6, 'monday': 0, 'tuesday': 1, 'wednesday': 2, 'thursday': 3, 'friday': 4,
    'saturday': 5,
}

DATE_HEADER = re.compile(r'^date (\d{4}-\d{2}-\d{2})\n')
PUBLISHED = re.compile(r'^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$')


class Checker:
    def __init__(self):
        self.errors = []
        self.where = ''

    def err(self, msg):
        self.errors.append('%s: %s' % (self.where, msg))


def parse_date(c, value, field):
    try:
        return datetime.date.fromisoformat(value)
    except (TypeError, ValueError):
        c.err('%s is not a YYYY-MM-DD date: %r' % (field, value))
        return None


def need(c, obj, keys, field):
    if not isinstance(obj, dict):
        c.err('%s must be an object' % field)
        return False
    ok = True
    for k in keys:
        if k not in obj:
            c.err('%s lacks "%s"' % (field, k))
            ok = False
    return ok


def in_text(c, text, s, field, allow_null=True):
    if s is None:
        if not allow_null:
            c.err('%s is null' % field)
        return
    if not isinstance(s, str) or not s:
        c.err('%s must be a non-empty string or null' % field)
    elif s not in text:
        c.err('%s %r does not occur in the report' % (field, s))


def check_count(c, text, n, field):
    if n is None:
        return
    if not need(c, n, ('low', 'best', 'high', 'text'), field):
        return
    vals = [n['low'], n['best'], n['high']]
    for name, v in zip(('low', 'best', 'high'), vals):
        if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
            c.err('%s.%s must be a non-negative integer or null' % (field, name))
            return
    if n['low'] is None:
        c.err('%s.low is required (the conservative figure)' % field)
    present = [v for v in vals if v is not None]
    if present != sorted(present):
        c.err('%s: low <= best <= high violated: %r' % (field, vals))
    in_text(c, text, n['text'], field + '.text')


def check_actor(c, text, a, field):
    if a is None:
        return
    if not need(c, a, ('name', 'text'), field):
        return
    if not isinstance(a['name'], str) or not a['name']:
        c.err('%s.name must be a non-empty string' % field)
    in_text(c, text, a['text'], field + '.text')
    if a.get('implicit') is not None and a['implicit'] != (a['text'] is None):
        c.err('%s.implicit must be true exactly when text is null' % field)


def check_location(c, text, loc, gaz):
    field = 'location'
    if not need(c, loc, ('name', 'name_ar', 'lat', 'lon', 'country', 'relation', 'text'),
                field):
        return
    lat, lon, cc = loc['lat'], loc['lon'], loc['country']
    if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (lat, lon)):
        c.err('location lat/lon must be numbers')
        return
    box = BBOX.get(cc)
    if box is None:
        c.err('location.country %r has no bounding box in this tool; add one' % cc)
    elif not (box[0] <= lat <= box[1] and box[2] <= lon <= box[3]):
        c.err('location %s (%.4f, %.4f) lies outside %s' % (loc['name'], lat, lon, cc))
    if loc['relation'] not in RELATIONS:
        c.err('location.relation %r not one of %s' % (loc['relation'], sorted(RELATIONS)))
    if loc.get('geo_precision') not in (None, 1, 2, 3):
        c.err('location.geo_precision must be 1, 2 or 3')
    in_text(c, text, loc['text'], 'location.text', allow_null=False)
    if gaz is not None:
        warn = gaz.check(loc)
        if warn:
            print('warning: %s: %s' % (c.where, warn))


def check_time(c, text, t, published_day):
    if not need(c, t, ('start', 'end', 'text', 'basis'), 'time'):
        return
    s = parse_date(c, t['start'], 'time.start')
    e = parse_date(c, t['end'], 'time.end')
    if s and e and s > e:
        c.err('time.start %s after time.end %s' % (s, e))
    if s and published_day and s > published_day:
        c.err('time.start %s after the publication day %s' % (s, published_day))
    if t['basis'] not in BASES:
        c.err('time.basis %r not one of %s' % (t['basis'], sorted(BASES)))
    if t['basis'] == 'published' and t['text'] is not None:
        c.err('time.basis "published" must have a null text')
    in_text(c, text, t['text'], 'time.text')
    if t['text'] and s and e:
        low = t['text'].lower()
        for word, wd in WEEKDAYS.items():
            if re.search(r'(?<!\w)' + re.escape(word) + r'(?!\w)', low):
                days = [s + datetime.timedelta(d) for d in range((e - s).days + 1)]
                if not any(d.weekday() == wd for d in days):
                    c.err('time.text names %s but %s..%s has no such day' % (word, s, e))


def check_event(c, text, ev, published_day, gaz, coverage):
    keys = ('acled', 'plover', 'trigger', 'actor1', 'actor2', 'location', 'time',
            'fatalities', 'injuries', 'status', 'attribution', 'evidence')
    if not need(c, ev, keys, 'event'):
        return
    ac = ev['acled']
    if need(c, ac, ('event_type', 'sub_event_type'), 'acled'):
        sub, typ = ac['sub_event_type'], ac['event_type']
        if sub not in SUB_TO_TYPE:
            c.err('unknown ACLED sub_event_type %r' % sub)
        elif SUB_TO_TYPE[sub] != typ:
            c.err('ACLED sub_event_type %r belongs to %r, not %r' % (sub, SUB_TO_TYPE[sub], typ))
        else:
            coverage.setdefault(sub, []).append(ev['status'])
    pl = ev['plover']
    if need(c, pl, ('event_type', 'mode'), 'plover'):
        if pl['event_type'] not in PLOVER_TYPES:
            c.err('unknown PLOVER event_type %r' % pl['event_type'])
        if pl['mode'] not in PLOVER_MODES:
            c.err('PLOVER mode %r not in the documented list' % pl['mode'])
    in_text(c, text, ev['trigger'], 'trigger', allow_null=False)
    in_text(c, text, ev['evidence'], 'evidence', allow_null=False)
    if isinstance(ev['evidence'], str) and isinstance(ev['trigger'], str) \
            and ev['trigger'] not in ev['evidence']:
        c.err('trigger %r is not inside the evidence sentence' % ev['trigger'])
    check_actor(c, text, ev['actor1'], 'actor1')
    check_actor(c, text, ev['actor2'], 'actor2')
    check_location(c, text, ev['location'], gaz)
    check_time(c, text, ev['time'], published_day)
    for f in ('fatalities', 'injuries'):
        n = ev[f]
        check_count(c, text, n, f)
        if isinstance(n, dict):
            check_count(c, text, n.get('civilians'), f + '.civilians')
            if not isinstance(n.get('cumulative'), bool):
                c.err('%s.cumulative must be true or false' % f)
            civ = n.get('civilians')
            if isinstance(civ, dict) and isinstance(civ.get('low'), int) \
                    and isinstance(n.get('high'), int) and civ['low'] > n['high']:
                c.err('%s.civilians.low exceeds %s.high' % (f, f))
    if ev['status'] not in STATUSES:
        c.err('status %r not one of %s' % (ev['status'], sorted(STATUSES)))
    at = ev['attribution']
    if at is not None and need(c, at, ('source', 'kind'), 'attribution'):
        if at['kind'] not in ATTR_KINDS:
            c.err('attribution.kind %r not one of %s' % (at['kind'], sorted(ATTR_KINDS)))
        in_text(c, text, at.get('text'), 'attribution.text')


class Gazetteer:
    """Name -> points of data/geo/gazetteer.tsv, for the distance warning only."""

    def __init__(self, path):
        self.points = {}
        with open(path, encoding='utf-8') as f:
            header = None
            for line in f:
                if line.startswith('#'):
                    continue
                cols = line.rstrip('\n').split('\t')
                if header is None:
                    header = {name: i for i, name in enumerate(cols)}
                    continue
                try:
                    lat = float(cols[header['lat']])
                    lon = float(cols[header['lon']])
                except (ValueError, IndexError, KeyError):
                    continue
                cc = cols[header['country']]
                names = {cols[header['name']], cols[header['name_ar']]}
                if 'names' in header and header['names'] < len(cols):
                    names.update(cols[header['names']].split('|'))
                for n in names:
                    if n:
                        self.points.setdefault((self.key(n), cc), []).append((lat, lon))

    @staticmethod
    def key(s):
        s = s.lower()
        s = re.sub('[أإآٱ]', 'ا', s).replace('ى', 'ي').replace('ة', 'ه')
        return re.sub(r'[\u064B-\u0652\u0640]', '', s).strip()

    def check(self, loc):
        cands = []
        for n in (loc.get('name'), loc.get('name_ar')):
            if n:
                cands += self.points.get((self.key(n), loc['country']), [])
        if not cands:
            return None
        d = min(haversine(loc['lat'], loc['lon'], a, b) for a, b in cands)
        if d > 15:
            return '%s is %.0f km from the nearest gazetteer entry of that name' % (
                loc['name'], d)
        return None


def haversine(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))


def check_report(c, txt_path, json_path, gaz, coverage, stats):
    with open(txt_path, encoding='utf-8') as f:
        text = f.read()
    try:
        with open(json_path, encoding='utf-8') as f:
            doc = json.load(f)
    except (OSError, ValueError) as e:
        c.err('cannot read expected JSON: %s' % e)
        return
    if not need(c, doc, ('published', 'events', 'quotes'), 'document'):
        return
    published_day = None
    if not isinstance(doc['published'], str) or not PUBLISHED.match(doc['published']):
        c.err('published must look like 2024-11-30T00:16:46Z: %r' % doc['published'])
    else:
        published_day = datetime.date.fromisoformat(doc['published'][:10])
    m = DATE_HEADER.match(text)
    if m and published_day and m.group(1) != str(published_day):
        c.err('date header %s disagrees with published %s' % (m.group(1), published_day))
    body = text[m.end():] if m else text
    sentences = len([s for s in re.split(r'(?<=[.!?؟])\s+|\n+', body) if s.strip()])
    # Long reports (round-ups, timelines) are part of the blind sets; 15 keeps them bounded.
    if not 2 <= sentences <= 15:
        c.err('report has %d sentences; the set asks for 2 to 15' % sentences)
    if not isinstance(doc['events'], list) or not isinstance(doc['quotes'], list):
        c.err('events and quotes must be lists')
        return
    for i, ev in enumerate(doc['events']):
        outer = c.where
        c.where = '%s event %d' % (outer, i)
        check_event(c, text, ev, published_day, gaz, coverage)
        c.where = outer
    for i, q in enumerate(doc['quotes']):
        if need(c, q, ('speaker', 'text'), 'quote %d' % i):
            in_text(c, text, q['text'], 'quote %d text' % i, allow_null=False)
            sp = q['speaker']
            if need(c, sp, ('name', 'text'), 'quote %d speaker' % i):
                in_text(c, text, sp['text'], 'quote %d speaker.text' % i)
    stats['events'] += len(doc['events'])
    stats['quotes'] += len(doc['quotes'])
    if not doc['events']:
        stats['empty'] += 1


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    target = os.path.join(root, 'data', 'eval', 'events-dev')
    gaz_path = os.path.join(root, 'data', 'geo', 'gazetteer.tsv')
    minimum = 2
    quiet = False
    args = list(argv)
    while args:
        a = args.pop(0)
        if a == '--gazetteer':
            gaz_path = args.pop(0) if args else ''
        elif a == '--min':
            minimum = int(args.pop(0))
        elif a == '--quiet':
            quiet = True
        elif a in ('-h', '--help'):
            print(__doc__)
            return 0
        else:
            target = a
    gaz = Gazetteer(gaz_path) if gaz_path and os.path.exists(gaz_path) else None

    c = Checker()
    coverage = {}
    per_lang = {}
    stats = {'events': 0, 'quotes': 0, 'empty': 0}
    for lang in sorted(os.listdir(target)):
        d = os.path.join(target, lang)
        if not os.path.isdir(d):
            continue
        names = sorted(os.listdir(d))
        txts = {n[:-4] for n in names if n.endswith('.txt')}
        jsons = {n[:-len('.expected.json')] for n in names if n.endswith('.expected.json')}
        for stem in sorted(txts ^ jsons):
            c.where = '%s/%s' % (lang, stem)
            c.err('has a .txt without .expected.json or the reverse')
        per_lang[lang] = len(txts & jsons)
        for stem in sorted(txts & jsons):
            c.where = '%s/%s' % (lang, stem)
            lang_cov = {}
            check_report(c, os.path.join(d, stem + '.txt'),
                         os.path.join(d, stem + '.expected.json'), gaz, lang_cov, stats)
            for sub, sts in lang_cov.items():
                coverage.setdefault(sub, {}).setdefault(lang, []).extend(sts)

    c.where = 'coverage'
    langs = sorted(per_lang)
    print('reports: %s; events: %d; reports without events: %d; quotes: %d' % (
        ', '.join('%s %d' % (l, per_lang[l]) for l in langs), stats['events'],
        stats['empty'], stats['quotes']))
    head = '%-28s %-36s %5s ' % ('event_type', 'sub_event_type', 'total') + \
        ' '.join('%4s' % l for l in langs) + '  by status'
    print(head)
    print('-' * len(head))
    for typ, subs in ACLED.items():
        for sub in subs:
            by_lang = coverage.get(sub, {})
            sts = [s for l in by_lang.values() for s in l]
            counts = {}
            for s in sts:
                counts[s] = counts.get(s, 0) + 1
            print('%-28s %-36s %5d ' % (typ, sub, len(sts)) +
                  ' '.join('%4d' % len(by_lang.get(l, [])) for l in langs) + '  ' +
                  ', '.join('%s %d' % kv for kv in sorted(counts.items())))
            if len(sts) < minimum:
                c.err('%r has %d events; at least %d wanted' % (sub, len(sts), minimum))
    all_status = {}
    for by_lang in coverage.values():
        for l in by_lang.values():
            for s in l:
                all_status[s] = all_status.get(s, 0) + 1
    print('status totals: ' + ', '.join('%s %d' % kv for kv in sorted(all_status.items())))

    if c.errors:
        for e in c.errors:
            print('error: ' + e, file=sys.stderr)
        print('%d error(s)' % len(c.errors), file=sys.stderr)
        return 1
    if not quiet:
        print('ok')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
