#include "extract/actors.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "extract/acled_inter.h"
#include "text/normalize.h"
#include "util/utf8.h"

namespace marsad {
namespace {

struct Raw {
  size_t w0 = 0, w1 = 0;            // words [w0, w1)
  const std::vector<int32_t>* rows = nullptr;  // alias rows, or null for a person
  int32_t person = -1;              // persons.tsv row
  bool unknown_person = false;      // a name found only through its role phrase
  std::string role;                 // English role, "" if none
  std::string role_actor;           // the organisation of the role
  int32_t sentence = -1, quote = -1;
  std::string id;                   // resolved registry id ("" = dropped)
};

// ISO date → comparable day string; a month or a year is taken at its middle.
std::string ComparableDay(const std::string& v) {
  if (v.size() == 10) return v;
  if (v.size() == 7) return v + "-15";
  if (v.size() == 4) return v + "-07-01";
  return "";
}

class Run_ {
 public:
  Run_(const EventLexicon& lex, Doc& doc) : lex_(lex), doc_(doc), words_(doc.lex_words) {}

  void Go() {
    tok_sent_ = TokenSentences(doc_);
    tok_quote_ = TokenQuotes(doc_);
    Scan();
    FindRoles();
    DocContext();
    ResolveSpeakers();
    for (Raw& r : raws_)
      if (!r.rows) continue;
      else if (r.id.empty()) r.id = Resolve(r, SpeakerOf(r));
    AdoptBracketedNames();
    ResolveArmedAnaphors();
    Emit();
  }

 private:
  // هجوماً روسياً، قصفاً حوثياً: an indefinite accusative nisba adjective
  // normalises to the adjective plus an alif and may then spell a country
  // (روسيا). Its written tanween tells the adjective: the rows of the
  // adjective alias, or null. So for a generic noun of a party in the
  // accusative (إن جنوداً قتلوا، شاهدوا مسلحاً): its rows are the noun's.
  const std::vector<int32_t>* AccusativeAdjective(size_t i) const {
    const LexWord& lw = words_[i];
    const std::string_view text = lw.text();
    constexpr std::string_view kAlif = "\xD8\xA7", kFathatan = "\xD9\x8B";  // ا ً
    if (!lw.is_word || lw.end != lw.first + 1 || !text.ends_with(kAlif)) return nullptr;
    const Span span{doc_.tokens[lw.first].span.begin, doc_.tokens[lw.end - 1].span.end};
    if (doc_.OriginalText(span).find(kFathatan) == std::string_view::npos) return nullptr;
    const std::vector<int32_t>* rows = lex_.alias_table.Find(text.substr(0, text.size() - kAlif.size()));
    if (!rows || std::none_of(rows->begin(), rows->end(), [&](int32_t id) {
          return lex_.aliases[id].kind == "adjective" || lex_.aliases[id].kind == "generic";
        }))
      return nullptr;
    return rows;
  }

  const std::vector<int32_t>* second_rows_ = nullptr;

  // Whether an English word ends in a possessive 's or ’s ("the army's",
  // "Hezbollah’s"), after a letter.
  static std::string_view PossessiveStem(std::string_view t) {
    for (const std::string_view end : {std::string_view("'s"), std::string_view("\xE2\x80\x99s")})
      if (t.size() >= end.size() + 2 && t.substr(t.size() - end.size()) == end) {
        const unsigned char last = static_cast<unsigned char>(t[t.size() - end.size() - 1]);
        if ((last >= 'a' && last <= 'z') || (last >= 'A' && last <= 'Z')) return t.substr(0, t.size() - end.size());
      }
    return {};
  }
  static bool PossessiveEnd(const LexWord& w) { return w.is_word && !PossessiveStem(w.text()).empty(); }

  // The document's words with every possessive word read as its stem
  // (the army's → army); empty when the document has none.
  std::vector<LexWord> owner_words_;
  void BuildOwnerWords() {
    if (std::none_of(words_.begin(), words_.end(), [](const LexWord& w) { return PossessiveEnd(w); })) return;
    owner_words_ = words_;
    for (LexWord& w : owner_words_) {
      if (!PossessiveEnd(w)) continue;
      const std::string stem(PossessiveStem(w.text()));
      w.variants = WordVariants();
      w.variants.Append(stem);
      w.starts_of = 0;  // its lexicon starts were marked for the whole word
      w.memo_of = 0;
      w.article_bytes = 0;
    }
  }

  // Whether the owner read at words [i, i + n) names a party: not a place,
  // nor a word inside a place's name ("South Sudan's Murle": Sudan is no
  // owner of its own), owning the noun after it ("Myanmar's military",
  // "Lebanon's army": the noun names the party, in that country), nor the
  // owner of a unit named right after it ("the Libyan National Army's Tariq
  // Ben Ziyad Brigade": the brigade is the party).
  bool OwnerNamesAParty(size_t i, size_t n) const {
    const uint32_t t = words_[i].first;
    if (std::any_of(doc_.places.begin(), doc_.places.end(),
                    [&](const PlaceMention& p) {
                      return p.resolved && !p.tokens.empty() && p.tokens.begin <= t && t < p.tokens.end;
                    }))
      return false;
    // "al-Qaeda's Sahel affiliate", "the PKK's armed wing", "the General
    // Staff's morning update": an `owned_body` word right after it (one
    // word may come between) names another body of the owner or what it
    // said: the owner is no party of the deed.
    for (size_t k = i + n; k < i + n + 2 && k < words_.size() && words_[k].is_word; ++k)
      if (MentionIsCue(k, 1, "owned_body") || (k + 1 < words_.size() && MentionIsCue(k, 2, "owned_body"))) return false;
    // A generic noun after it ("the RSF's fighters") names no unit: the
    // owner says whose they are.
    const std::vector<int32_t>* owned = nullptr;
    if (i + n >= words_.size() || lex_.alias_table.Longest(words_, i + n, &owned) == 0) return true;
    return std::all_of(owned->begin(), owned->end(), [&](int32_t id) { return lex_.aliases[id].kind == "generic"; });
  }

  // Pass 1: longest alias or person at each word.
  void Scan() {
    BuildOwnerWords();
    size_t i = 0;
    while (i < words_.size()) {
      const std::vector<int32_t>* arows = nullptr;
      const std::vector<int32_t>* prows = nullptr;
      size_t na = lex_.alias_table.Longest(words_, i, &arows);
      size_t np = lex_.person_table.Longest(words_, i, &prows);
      // "shelled the army's base", "struck Hezbollah's positions": an alias
      // that ends on a possessive word's stem names the owner, a party of
      // the event like any other mention (the words read with the stem of
      // every possessive, owner_words_).
      if (!owner_words_.empty()) {
        const std::vector<int32_t>* orows = nullptr;
        const size_t no = lex_.alias_table.Longest(owner_words_, i, &orows);
        if (no > na && PossessiveEnd(words_[i + no - 1]) && OwnerNamesAParty(i, no)) na = no, arows = orows;
      }
      // "the Government of National Unity": a generic noun's alias ("the
      // government") whose last words begin a longer name gives way to that
      // name — the name starts inside it and runs past its end.
      if (na >= 2 && np == 0 && arows && doc_.tokens[words_[i].first].script == Script::kLatin &&
          std::all_of(arows->begin(), arows->end(), [&](int32_t id) { return lex_.aliases[id].kind == "generic"; })) {
        // Only a name yields it: another generic noun ("federal army" before
        // "army officers") does not.
        const auto named = [&](const std::vector<int32_t>* rows) {
          return rows && std::any_of(rows->begin(), rows->end(),
                                     [&](int32_t id) { return lex_.aliases[id].kind != "generic"; });
        };
        bool yields = false;
        for (size_t k = i + 1; k < i + na && !yields; ++k) {
          const std::vector<int32_t>* krows = nullptr;
          yields = k + lex_.alias_table.Longest(words_, k, &krows) > i + na && named(krows);
          if (!yields && !owner_words_.empty())
            yields = k + lex_.alias_table.Longest(owner_words_, k, &krows) > i + na && named(krows);
        }
        if (yields) {
          ++i;
          continue;
        }
      }
      // "a senior officer of the Nigerian army": a Latin generic alias of a
      // state's man followed by a `member_of` word and a party's own name
      // gives way to that name, the man's force (the speaker when he speaks).
      if (na >= 1 && np == 0 && arows && GenericYieldsToItsForce(i, na, *arows)) {
        i += na;
        continue;
      }
      // "Kyrgyz and Tajik troops": the first of two coordinated modifiers
      // shares the head of the alias after "and", and names its own actor.
      if (na <= 1 && np == 0)
        if (const std::vector<int32_t>* shared = SharedHeadAlias(i)) {
          Raw r;
          r.w0 = i;
          r.w1 = i + 1;
          r.rows = shared;
          r.sentence = tok_sent_[words_[i].first];
          r.quote = tok_quote_[words_[i].first];
          raws_.push_back(std::move(r));
          ++i;
          continue;
        }
      if (na <= 1 && np == 0)
        if (const std::vector<int32_t>* adj = AccusativeAdjective(i)) arows = adj, na = 1;
      if (na == 0 && np == 0)
        if (const size_t quoted = KindNounBeforeQuotedName(i, &arows); quoted > 0) {
          Raw r;
          r.w0 = i;
          r.w1 = i + quoted;
          r.rows = arows;
          r.sentence = tok_sent_[words_[i].first];
          r.quote = tok_quote_[words_[i].first];
          raws_.push_back(std::move(r));
          i += quoted;
          continue;
        }
      if (na == 0 && np == 0) {
        ++i;
        continue;
      }
      // الجبهة الشعبية لتحرير تيغراي where the aliases know الجبهة الشعبية
      // only as the opening of الجبهة الشعبية لتحرير فلسطين: the name goes on
      // as a longer one does, then departs from it. It is another body with
      // the same opening, not the actor of the shorter alias.
      if (np < na)
        if (const size_t reach = NameDepartsAt(i, na, *arows); reach > 0) {
          i += reach;
          continue;
        }
      // "Armed bandits" (قطاع طرق مسلحون): an `actor_attribute` word right
      // after a mention describes it and names no second party.
      if (np < na && !raws_.empty() && raws_.back().w1 == i && AttributeOfMention(i, na)) {
        i += na;
        continue;
      }
      // نقلوه إلى جهة مجهولة، اقتادوهم إلى جهة مجهولة: a name that ends a
      // `destination` cue begun right before it (the cue row holds the
      // preposition and the name) is where someone was taken, no party.
      if (np < na && i > 0 && MentionIsCue(i - 1, na + 1, "destination")) {
        i += na;
        continue;
      }
      // "Syria Street", "Syrian licence plates": the name marks a thing.
      // باتجاه القاعدة after قاعدة العند: the base told before.
      if (np < na && (NamesAThing(i + na) || CommonNounTold(i, na) || DatelineAgency(i, na) ||
                    DatelineOutlet(i, na))) {
        i += na;
        continue;
      }
      // قوة عسكرية روسية، دورية عسكرية تابعة لقوات الدعم السريع: an Arabic
      // generic noun of a state's force followed by a party's own name (a
      // nationality adjective, or تابعة لـ X) is that party's unit: the
      // generic noun yields, and the name after it tells whose force it is.
      // The mention runs from the generic noun to the end of the name, with
      // the name's rows: it stands where the noun stands (على قوة عسكرية
      // تابعة لـ X: X is what was fired at).
      if (np < na)
        if (const std::vector<int32_t>* named = nullptr; size_t end = GenericForceYields(i, na, *arows, &named)) {
          Raw r;
          r.w0 = i;
          r.w1 = end;
          r.rows = named;
          r.sentence = tok_sent_[words_[i].first];
          r.quote = tok_quote_[words_[i].first];
          raws_.push_back(std::move(r));
          i = end;
          continue;
        }
      Raw r;
      r.w0 = i;
      if (np >= na) {
        r.w1 = i + np;
        r.person = (*prows)[0];
      } else {
        r.w1 = i + na;
        r.rows = arows;
      }
      r.sentence = tok_sent_[words_[i].first];
      r.quote = tok_quote_[words_[i].first];
      raws_.push_back(std::move(r));
      i = raws_.back().w1;
      if (size_t n = SecondCommunity(raws_.back()); n > 0) {
        Raw second;
        second.w0 = i;
        second.w1 = i + n;
        second.rows = second_rows_;
        second.sentence = tok_sent_[words_[i].first];
        second.quote = tok_quote_[words_[i].first];
        raws_.push_back(std::move(second));
        i += n;
      }
    }
  }

  // The words a name at `w` with an alias of `na` words (alias `rows`) runs on along a
  // longer alias, past a word of its own of at least four letters (لتحرير,
  // "Liberation": not "in" or "of"), before a word of the sentence where the
  // longer alias goes on otherwise; 0 when the name does not depart so.
  size_t NameDepartsAt(size_t w, size_t na, const std::vector<int32_t>& rows) const {
    // A generic noun (مسلحون من ...) or a one-word name ("forces loyal to
    // ...") goes on freely: only a name of two words or more departs.
    if (na < 2) return 0;
    for (int32_t id : rows) {
      const AliasRow& row = lex_.aliases[id];
      if (row.community || row.kind == "generic" || row.kind == "adjective") return 0;
    }
    const size_t reach = lex_.alias_table.Reach(words_, w);
    if (reach <= na || w + reach >= words_.size()) return 0;
    const LexWord& next = words_[w + reach];
    if (!next.is_word || tok_sent_[next.first] != tok_sent_[words_[w].first]) return 0;
    for (size_t k = w + na; k < w + reach; ++k)
      if (utf8::CodePointCount(words_[k].bare()) >= 4) return reach;
    return 0;
  }

  // مسلحين من قبيلتي X وY، ميليشيات من X وY: a community joined by و right
  // after a mention made from a community form (community_militias.tsv)
  // shares that form and names its own militia. The words it takes (one or
  // two), with second_rows_ set to its alias rows; 0 when none.
  size_t SecondCommunity(const Raw& r) {
    if (!r.rows || r.w1 >= words_.size()) return 0;
    if (std::none_of(r.rows->begin(), r.rows->end(), [&](int32_t id) { return lex_.aliases[id].community; })) return 0;
    const LexWord& w = words_[r.w1];
    if (!w.is_word || tok_sent_[w.first] != r.sentence) return 0;
    const Token& first = doc_.tokens[w.first];
    if (first.piece != Piece::kProclitic || doc_.TokenText(w.first) != "و") return 0;
    for (size_t n : {size_t{2}, size_t{1}}) {
      if (r.w1 + n > words_.size() || tok_sent_[words_[r.w1 + n - 1].first] != r.sentence) continue;
      for (std::string_view v : w.variants) {
        std::string key(v);
        for (size_t k = r.w1 + 1; k < r.w1 + n; ++k) key.append(" ").append(words_[k].text());
        auto it = lex_.community_rows.find(key);
        if (it == lex_.community_rows.end()) continue;
        second_rows_ = &it->second;
        return n;
      }
    }
    return 0;
  }

  // The alias rows of word `w` with the head of the alias right after "and"
  // ("Armenian and Azerbaijani troops": "Armenian troops"), when that alias
  // is a modifier and a head and the shared form is an alias too; or null.
  const std::vector<int32_t>* SharedHeadAlias(size_t w) const {
    if (w + 3 >= words_.size() || !words_[w].is_word || words_[w + 1].text() != "and") return nullptr;
    if (tok_sent_[words_[w].first] != tok_sent_[words_[w + 3].first]) return nullptr;
    const std::vector<int32_t>* second = nullptr;
    const size_t n = lex_.alias_table.Longest(words_, w + 2, &second);
    if (n < 2) return nullptr;
    std::string key(words_[w].text());
    for (size_t k = w + 3; k < w + 2 + n; ++k) key.append(" ").append(words_[k].bare());
    const std::vector<int32_t>* shared = lex_.alias_table.Find(key);
    if (!shared) return nullptr;
    const bool named = std::any_of(shared->begin(), shared->end(), [&](int32_t id) {
      const std::string& kind = lex_.aliases[id].kind;
      return kind != "generic" && kind != "adjective";
    });
    return named ? shared : nullptr;
  }

  // "BAWKU (GNA) —", "KABUL, Afghanistan (Pajhwok) —": a name in brackets
  // between a dateline in capitals and its dash is the news agency that
  // files the report (GNA: the Ghana News Agency), never a party to it.
  bool DatelineAgency(size_t w, size_t n) const {
    const size_t close = w + n;
    if (w < 2 || close + 1 >= words_.size() || words_[w - 1].text() != "(" || words_[close].text() != ")") return false;
    const std::string_view dash = words_[close + 1].text();
    if (dash != "-" && dash != "\xE2\x80\x93" && dash != "\xE2\x80\x94") return false;  // - – —
    // The words before the bracket open the sentence, in capitals (a town,
    // perhaps ", Country" after it).
    const int32_t s = tok_sent_[words_[w].first];
    size_t k = w - 1, caps = 0;
    while (k > 0 && tok_sent_[words_[k - 1].first] == s && w - k < 6) {
      --k;
      const LexWord& lw = words_[k];
      if (!lw.is_word) continue;
      const std::string_view original = doc_.OriginalText(doc_.SpanOf(TokenRange{lw.first, lw.end}));
      if (std::none_of(original.begin(), original.end(), [](unsigned char c) { return c >= 'a' && c <= 'z'; })) ++caps;
    }
    return caps > 0 && (k == 0 || tok_sent_[words_[k - 1].first] != s);
  }

  // "غريان – «ليبيا الأحرار»:", "بلدوين – «الصومال الجديد»": a name in
  // guillemets or brackets right after the dash of an Arabic dateline (a
  // town of at most four words opening its sentence) is the outlet that
  // filed the report, never a party to it: the country in its name is no
  // actor.
  bool DatelineOutlet(size_t w, size_t n) const {
    auto opening = [](std::string_view t) { return t == "\xC2\xAB" || t == "("; };   // « (
    auto closing = [](std::string_view t) { return t == "\xC2\xBB" || t == ")"; };   // » )
    const int32_t s = tok_sent_[words_[w].first];
    size_t open = w;
    for (size_t k = w; k > 0 && w - k < 4; --k) {
      const LexWord& lw = words_[k - 1];
      if (tok_sent_[lw.first] != s) return false;
      if (opening(lw.text())) {
        open = k - 1;
        break;
      }
      if (!lw.is_word) return false;
    }
    if (open == w || open < 2) return false;
    bool closed = false;
    for (size_t k = w + n; k < words_.size() && k < w + n + 4 && tok_sent_[words_[k].first] == s; ++k) {
      if (closing(words_[k].text())) {
        closed = true;
        break;
      }
      if (!words_[k].is_word) return false;
    }
    if (!closed) return false;
    const std::string_view dash = words_[open - 1].text();
    if (dash != "-" && dash != "\xE2\x80\x93" && dash != "\xE2\x80\x94") return false;  // - – —
    size_t k = open - 1, town = 0;
    while (k > 0 && tok_sent_[words_[k - 1].first] == s) {
      --k;
      if (!words_[k].is_word || ++town > 4) return false;
    }
    return town > 0;
  }

  // Whether the Latin generic alias at words [i, i + na), all its rows a
  // state force's, is followed by a `member_of` word (of, in), a definite
  // article at most, and a party's own (non-generic) name of a state force
  // (of the generic's country when both are known): "a senior officer of the
  // Nigerian army", never "soldiers in Houthi areas". A `member_of` word
  // marked `article` ("in") counts only before a definite article.
  bool GenericYieldsToItsForce(size_t i, size_t na, const std::vector<int32_t>& rows) const {
    if (doc_.tokens[words_[i].first].script != Script::kLatin) return false;
    std::string country;
    for (int32_t id : rows) {
      const AliasRow& row = lex_.aliases[id];
      const ActorInfo* a = lex_.Actor(row.actor);
      if (row.kind != "generic" || !a || a->acled_inter != "State forces") return false;
      if (country.empty()) country = a->country;
    }
    size_t k = i + na;
    const int32_t s = tok_sent_[words_[i].first];
    if (k + 1 >= words_.size() || tok_sent_[words_[k].first] != s || !MentionIsCue(k, 1, "member_of")) return false;
    const bool needs_article = MentionIsCue(k, 1, "member_of", "article");
    ++k;
    if (MentionIsCue(k, 1, "definite_article"))
      ++k;
    else if (needs_article)
      return false;
    if (k >= words_.size() || tok_sent_[words_[k].first] != s) return false;
    const std::vector<int32_t>* next = nullptr;
    if (lex_.alias_table.Longest(words_, k, &next) == 0 || !next) return false;
    return std::any_of(next->begin(), next->end(), [&](int32_t id) {
      const AliasRow& row = lex_.aliases[id];
      if (row.kind == "generic" || row.actor == "@speaker") return false;
      const ActorInfo* a = lex_.Actor(row.actor);
      if (!a || a->acled_inter != "State forces") return false;
      return country.empty() || a->country.empty() || a->country == country;
    });
  }

  // Whether the generic alias of a state's force at words [i, i + na)
  // (قوة عسكرية "a military force", all its rows generic) in an Arabic
  // sentence is followed right after by a party's own name — an adjective or
  // named alias, or one after a `belonging` cue (تابعة، التابعة لـ).
  // The word after the name, with *named its rows; 0 when it does not so.
  size_t GenericForceYields(size_t i, size_t na, const std::vector<int32_t>& rows,
                            const std::vector<int32_t>** named) const {
    if (doc_.tokens[words_[i].first].script != Script::kArabic) return 0;
    std::string sector;  // the generic force's sector (MIL, COP)
    for (int32_t id : rows) {
      const AliasRow& row = lex_.aliases[id];
      const ActorInfo* a = lex_.Actor(row.actor);
      if (row.kind != "generic" || !a || a->acled_inter != "State forces") return 0;
      sector = a->plover_sector;
    }
    size_t n = i + na;
    if (n >= words_.size() || tok_sent_[words_[n].first] != tok_sent_[words_[i].first]) return 0;
    const std::vector<int32_t>* ids = nullptr;
    bool belonging = false;
    if (const size_t nc = lex_.cue_table.Longest(words_, n, &ids);
        nc > 0 && std::any_of(ids->begin(), ids->end(), [&](int32_t id) { return lex_.cues[id].type == "belonging"; }))
      n += nc, belonging = true;
    if (n >= words_.size() || tok_sent_[words_[n].first] != tok_sent_[words_[i].first]) return 0;
    // Right after the noun only a nationality adjective of a force of the
    // same sector (روسية after قوة عسكرية: Russia's military; not after
    // أفراد الشرطة, the police) tells whose; a noun there (هيئة الأركان
    // العامة للقوات ...) is the head's own complement, read as before.
    // After تابعة لـ any party's own name does.
    const std::vector<int32_t>* next = nullptr;
    const size_t nn = lex_.alias_table.Longest(words_, n, &next);
    if (nn == 0 || !next || next->empty() || std::any_of(next->begin(), next->end(), [&](int32_t id) {
          const AliasRow& row = lex_.aliases[id];
          if (row.kind == "generic" || row.actor == "@speaker") return true;
          if (belonging) return false;
          const ActorInfo* a = lex_.Actor(row.actor);
          return row.kind != "adjective" || !a || a->plover_sector != sector;
        }))
      return 0;
    *named = next;
    return n + nn;
  }

  // Word `w` opens a `named_thing` cue: a country's or a party's name right
  // before it is part of a street's name or the mark of a thing ("Syria
  // Street", "Syrian licence plates"), no party and no country of its sentence.
  bool NamesAThing(size_t w) const {
    if (w >= words_.size()) return false;
    const std::vector<int32_t>* ids = nullptr;
    if (lex_.cue_table.Longest(words_, w, &ids) == 0) return false;
    return std::any_of(ids->begin(), ids->end(), [&](int32_t id) { return lex_.cues[id].type == "named_thing"; });
  }

  // A one-word name that is also a definite common noun (`common_noun_name`:
  // القاعدة, "the base") after the report wrote the bare noun (its `kind`:
  // قاعدة) in an earlier word: the noun referring back, not the group.
  bool CommonNounTold(size_t w, size_t n) const {
    if (n != 1) return false;
    const std::vector<int32_t>* ids = nullptr;
    if (lex_.cue_table.Longest(words_, w, &ids) != 1) return false;
    for (int32_t id : *ids) {
      const CueRow& c = lex_.cues[id];
      if (c.type != "common_noun_name" || c.kind.empty()) continue;
      const std::string noun = NormalizeKey(c.kind);
      for (size_t k = 0; k < w; ++k)
        for (std::string_view v : words_[k].variants)
          if (v == noun) return true;
    }
    return false;
  }

  // The word that starts at token `t`, or past the end.
  size_t WordAtToken(uint32_t t) const {
    auto it = std::lower_bound(words_.begin(), words_.end(), t, [](const LexWord& lw, uint32_t x) { return lw.first < x; });
    return it != words_.end() && it->first == t ? static_cast<size_t>(it - words_.begin()) : words_.size();
  }

  // The role phrase and organisation around each person, and unknown persons
  // named right after "<role> <actor>" before ':' or a quote.
  void FindRoles() {
    std::vector<Raw> added;
    for (size_t k = 0; k < raws_.size(); ++k) {
      Raw& r = raws_[k];
      // Arabic order: <role> <actor> <name>; English: <actor> <role> <name>.
      const Raw* prev = k > 0 && raws_[k - 1].rows && raws_[k - 1].w1 == r.w0 ? &raws_[k - 1] : nullptr;
      if (r.person >= 0) {
        int32_t role = -1;
        std::string org;
        if (prev) {
          role = RoleEndingAt(prev->w0);
          org = DefaultActor(*prev);
        }
        if (role < 0) {
          role = RoleEndingAt(r.w0);
          if (role >= 0 && k > 0 && raws_[k - 1].rows) {
            size_t rs = RoleStart(r.w0);
            if (raws_[k - 1].w1 == rs) org = DefaultActor(raws_[k - 1]);
          }
        }
        if (role >= 0) SetRole(r, role, org);
        continue;
      }
      // An alias after a role phrase, followed by 1-3 unknown words and then
      // ':' or a quote mark: the words are the person's name.
      int32_t role = RoleEndingAt(r.w0);
      if (role < 0) continue;
      size_t e = r.w1;
      size_t next_raw = k + 1 < raws_.size() ? raws_[k + 1].w0 : words_.size();
      while (e < words_.size() && e < next_raw && e - r.w1 < 4 && words_[e].is_word) ++e;
      if (e == r.w1 || e - r.w1 > 3 || e >= words_.size()) continue;
      const LexWord& stop = words_[e];
      if (!(stop.quote_mark || stop.text() == ":")) continue;
      Raw p;
      p.w0 = r.w1;
      p.w1 = e;
      p.unknown_person = true;
      p.sentence = r.sentence;
      p.quote = r.quote;
      SetRole(p, role, DefaultActor(r));
      added.push_back(std::move(p));
    }
    for (auto& p : added) raws_.push_back(std::move(p));
    std::sort(raws_.begin(), raws_.end(), [](const Raw& a, const Raw& b) { return a.w0 < b.w0; });
  }

  // Role row whose phrase ends right before word `w`, or -1.
  int32_t RoleEndingAt(size_t w) const {
    for (size_t len = 1; len <= 4 && len <= w; ++len) {
      const std::vector<int32_t>* ids = nullptr;
      if (lex_.role_table.Longest(words_, w - len, &ids) == len) return (*ids)[0];
    }
    return -1;
  }
  size_t RoleStart(size_t w) const {
    for (size_t len = 1; len <= 4 && len <= w; ++len) {
      const std::vector<int32_t>* ids = nullptr;
      if (lex_.role_table.Longest(words_, w - len, &ids) == len) return w - len;
    }
    return w;
  }

  void SetRole(Raw& r, int32_t role_row, const std::string& org_id) {
    const RoleRow& role = lex_.roles[role_row];
    std::string org = !role.actor.empty() ? role.actor : org_id;
    r.role_actor = org;
    r.role = role.role;
    if (const ActorInfo* a = lex_.Actor(org))
      r.role = (a->abbreviation.empty() ? a->name : a->abbreviation) + " " + role.role;
  }

  // The actor of an alias's row without context (for role organisations and
  // speakers before contexts are known), or "".
  std::string DefaultActor(const Raw& r) const {
    if (!r.rows) return r.person >= 0 ? lex_.persons[r.person].actor : r.role_actor;
    for (int32_t id : *r.rows)
      if (lex_.aliases[id].context.empty() && lex_.aliases[id].actor != "@speaker") return lex_.aliases[id].actor;
    return "";
  }

  void DocContext() {
    for (const Raw& r : raws_)
      if (r.rows) {
        // A name whose rows depend on who speaks ("the occupation": Israel,
        // or Morocco in the Polisario's words) tells its default actor only
        // as a guess: no side of the speaker's war for "the enemy".
        const bool ambiguous = std::any_of(r.rows->begin(), r.rows->end(), [&](int32_t id) {
          const auto& ctx = lex_.aliases[id].context;
          return std::any_of(ctx.begin(), ctx.end(), [](const ContextRule& c) { return c.kind == ContextRule::Kind::kSpeaker; });
        });
        for (int32_t id : *r.rows)
          if (!ambiguous && lex_.aliases[id].context.empty()) plainly_named_.insert(lex_.aliases[id].actor);
      }
    for (const Raw& r : raws_)
      if (r.rows)
        for (int32_t id : *r.rows) {
          const AliasRow& a = lex_.aliases[id];
          bool has_doc_rule = std::any_of(a.context.begin(), a.context.end(),
                                          [](const ContextRule& c) { return c.kind == ContextRule::Kind::kDocHas; });
          if (a.context.empty() && !has_doc_rule) {
            doc_has_.insert(a.actor);
            named_at_[a.actor].push_back(r.w0);
          }
        }
    // Countries of places by sentence, and the document's most frequent.
    std::map<std::string, int> freq;
    for (const PlaceMention& p : doc_.places) {
      if (p.resolved && !p.tokens.empty()) place_starts_.insert(p.tokens.begin);
      if (!p.resolved || p.tokens.empty()) continue;
      std::string a3 = lex_.Alpha3(p.location.country);
      if (a3.empty() || NamesAThing(WordAtToken(p.tokens.end))) continue;
      int32_t s = p.tokens.begin < tok_sent_.size() ? tok_sent_[p.tokens.begin] : -1;
      sent_countries_[s].insert(a3);
      ++freq[a3];
    }
    int best = 0;
    for (const auto& [c, n] : freq)
      if (n > best) best = n, doc_country_ = c;
    // The date each sentence speaks of.
    for (const DateMention& d : doc_.dates) {
      if (d.value.empty() || d.tokens.empty()) continue;
      int32_t s = d.tokens.begin < tok_sent_.size() ? tok_sent_[d.tokens.begin] : -1;
      if (!sent_date_.count(s)) sent_date_[s] = ComparableDay(d.value);
    }
    ref_day_ = ReferenceDay(doc_);
  }

  // Quote speakers from the intro; indirect speakers from speech verbs.
  void ResolveSpeakers() {
    doc_.quote_speakers.assign(doc_.quotes.size(), -1);
    quote_speaker_raw_.assign(doc_.quotes.size(), -1);
    for (size_t q = 0; q < doc_.quotes.size(); ++q) {
      const Quote& quote = doc_.quotes[q];
      int32_t pick = -1;
      // A quoted name inside a sentence (مطار "أبو الضهور") has no speaker:
      // only "X: «…»" or a speech verb in the intro introduce speech.
      if (!quote.intro.empty() && !quote.after_colon && !SpeechIn(quote.intro)) continue;
      if (!quote.intro.empty()) {
        for (size_t k = FirstRawAt(quote.intro.begin); k < raws_.size(); ++k) {
          uint32_t t = words_[raws_[k].w0].first;
          if (t >= quote.intro.end) break;
          // The first person, else the first actor: the speaker opens the
          // intro in "X said: ..." and follows the verb in "قال X: ...".
          const bool person = raws_[k].person >= 0 || raws_[k].unknown_person;
          if (pick < 0 || (person && !(raws_[pick].person >= 0 || raws_[pick].unknown_person)))
            pick = static_cast<int32_t>(k);
        }
      } else if (!quote.tokens.empty()) {
        int32_t s = tok_sent_[quote.tokens.begin];
        for (size_t k = FirstRawAt(quote.tokens.end); k < raws_.size(); ++k) {
          uint32_t t = words_[raws_[k].w0].first;
          if (tok_sent_[t] != s) break;
          if (t >= quote.outer.end && t < doc_.tokens.size() && doc_.tokens[t].span.begin >= quote.outer.end &&
              tok_sent_[t] == s && raws_[k].quote < 0) {
            pick = static_cast<int32_t>(k);
            break;
          }
        }
      }
      if (pick < 0) continue;
      Raw& r = raws_[pick];
      if (r.rows && r.id.empty()) r.id = Resolve(r, "");
      quote_speaker_raw_[q] = pick;
    }
    // Indirect speech: a speech verb and the actor right after it (VSO) or
    // right before it (SVO) speak for the rest of the sentence.
    for (size_t i = 0; i < words_.size(); ++i) {
      const std::vector<int32_t>* ids = nullptr;
      size_t n = lex_.cue_table.Longest(words_, i, &ids);
      if (n == 0) continue;
      bool speech = false;
      for (int32_t id : *ids)
        if (lex_.cues[id].type == "attribution" && lex_.cues[id].scope == "quote") speech = true;
      if (!speech || tok_quote_[words_[i].first] >= 0) continue;
      int32_t s = tok_sent_[words_[i].first];
      int32_t pick = -1, before = -1;
      for (size_t k = FirstRawAt(words_[i].first >= 8 ? words_[i].first - 8 : 0); k < raws_.size(); ++k) {
        if (raws_[k].w0 > i + n + 1) break;
        if (raws_[k].sentence != s) continue;
        // "said its fighters …": the speaker's own forces do not speak.
        if (raws_[k].w0 >= i + n && raws_[k].w0 <= i + n + 1 && !SpeakerAlias(raws_[k])) pick = static_cast<int32_t>(k);
        if (raws_[k].w1 == i) before = static_cast<int32_t>(k);
        if (raws_[k].w1 == i && pick < 0) pick = static_cast<int32_t>(k);
      }
      // English speaks SVO: "the group said the military had shelled its
      // fighters" is the group's word on the military, the name after the
      // verb the subject of what it reports. A name after the verb speaks
      // only postposed (", said the army").
      const bool latin = doc_.tokens[words_[i].first].script == Script::kLatin;
      if (before >= 0 && latin) pick = before;
      // "The CMA (…), an alliance of former rebel groups, said": an
      // apposition set off by commas before the verb, naming no one but by
      // common nouns, stands for the name before its opening comma.
      if (pick < 0 && i >= 2 && words_[i - 1].clause_break)
        for (size_t k = i - 2; k > 0 && i - k <= 14 && tok_sent_[words_[k].first] == s; --k) {
          if (!words_[k].clause_break) continue;
          int32_t named = -1;
          bool other = false;
          for (size_t j = FirstRawAt(words_[k >= 8 ? k - 8 : 0].first); j < raws_.size() && raws_[j].w0 < i; ++j) {
            if (raws_[j].sentence != s) continue;
            if (raws_[j].w0 > k && (!raws_[j].rows || !GenericRaw(raws_[j]))) other = true;
            if ((raws_[j].w1 == k || (raws_[j].w1 + 1 == k && words_[k - 1].text() == ")")) && raws_[j].rows &&
                !GenericRaw(raws_[j]))
              named = static_cast<int32_t>(j);
          }
          if (named >= 0 && !other) pick = named;
          break;
        }
      // "…, the communique said", "The ministry said …": a speaker anaphor
      // (`speaker_anaphor`: the statement, the ministry, it) right before
      // the verb names no one new — the speaker of the sentence before, or
      // of the one before that, goes on.
      bool anaphor = false;
      if (pick < 0 && latin)
        for (size_t k = i >= 3 ? i - 3 : 0; k < i && !anaphor; ++k) {
          if (tok_sent_[words_[k].first] != s) continue;
          const std::vector<int32_t>* cids = nullptr;
          if (lex_.cue_table.Longest(words_, k, &cids) != i - k) continue;
          for (int32_t id : *cids) anaphor = anaphor || lex_.cues[id].type == "speaker_anaphor";
        }
      if (anaphor)
        for (int32_t back = s - 1; back >= 0 && back >= s - 2 && pick < 0; --back) {
          auto it = indirect_by_sentence_.find(back);
          if (it != indirect_by_sentence_.end() && !it->second.empty()) pick = indirect_[it->second.back()].raw;
        }
      if (pick < 0) continue;
      Raw& r = raws_[pick];
      if (r.rows && r.id.empty()) r.id = Resolve(r, "");
      // English puts the speaker after the deed it tells (", the army said
      // on Monday." ending the sentence): it speaks for the words before
      // the comma too — "enemy positions" there are its enemy's.
      size_t after = anaphor ? i + n : raws_[pick].w1;
      if (latin) {
        // (A postposed speaker, ", said the army", opens at its verb.)
        size_t open = anaphor || raws_[pick].w0 > i ? i : raws_[pick].w0;
        if (anaphor)
          while (open > 0 && tok_sent_[words_[open - 1].first] == s && !words_[open - 1].clause_break && i - open < 4) --open;
        else if (open > 0 && (words_[open - 1].text() == "the" || words_[open - 1].text() == "a"))
          --open;  // ", the Polisario Front said"
        size_t end = i + n;
        while (end < words_.size() && tok_sent_[words_[end].first] == s && end < i + n + 6 && !words_[end].clause_break)
          ++end;
        const bool ends = end >= words_.size() || tok_sent_[words_[end].first] != s;
        if (open > 0 && words_[open - 1].clause_break && tok_sent_[words_[open - 1].first] == s && ends) after = 0;
      }
      indirect_by_sentence_[s].push_back(indirect_.size());
      indirect_.push_back({s, after, pick});
      i += n - 1;
    }
  }

  // Whether one of a raw mention's alias rows satisfies `pred` (false for a
  // person's name, which has no rows).
  template <typename Pred>
  bool AnyAliasRow(const Raw& r, Pred pred) const {
    return r.rows && std::any_of(r.rows->begin(), r.rows->end(), [&](int32_t id) { return pred(lex_.aliases[id]); });
  }

  // Whether a raw mention may be a generic noun (one of its rows is).
  bool GenericRaw(const Raw& r) const {
    return AnyAliasRow(r, [](const AliasRow& a) { return a.kind == "generic"; });
  }

  // Whether a raw mention stands for the speaker (our forces, its fighters).
  bool SpeakerAlias(const Raw& r) const {
    return AnyAliasRow(r, [](const AliasRow& a) { return a.actor == "@speaker"; });
  }

  // Index of the first raw mention starting at or after token `t`.
  size_t FirstRawAt(uint32_t t) const {
    return std::lower_bound(raws_.begin(), raws_.end(), t,
                            [&](const Raw& r, uint32_t tok) { return words_[r.w0].first < tok; }) -
           raws_.begin();
  }

  // حركة «فتح»، تنظيم «ولاية خراسان»: a kind-of-group noun (`group_word`)
  // before a name set in quotation marks names the group its alias spells
  // with the noun (حركة فتح); the marks keep the alias from matching, and
  // the name alone may be a common word (فتح "opened", الشباب "the youth").
  // The words the mention spans, marks included, or 0.
  size_t KindNounBeforeQuotedName(size_t w, const std::vector<int32_t>** rows) const {
    if (w + 3 >= words_.size() || !words_[w + 1].quote_mark) return 0;
    const std::string_view open = words_[w + 1].text();
    const std::vector<int32_t>* ids = nullptr;
    if (lex_.cue_table.Longest(words_, w, &ids) != 1 ||
        std::none_of(ids->begin(), ids->end(), [&](int32_t id) { return lex_.cues[id].type == "group_word"; }))
      return 0;
    size_t close = w + 2;
    while (close < words_.size() && close < w + 8 && !words_[close].quote_mark && !words_[close].clause_break) ++close;
    if (close >= words_.size() || close == w + 2 || !words_[close].quote_mark) return 0;
    const std::string_view end = words_[close].text();
    const bool paired = (open == "\xC2\xAB" && end == "\xC2\xBB") || (open == "\"" && end == "\"") ||
                        (open == "\xE2\x80\x9C" && end == "\xE2\x80\x9D");  // «» "" “”
    if (!paired) return 0;
    // A name its own alias knows («داعش»، «قسد») is read there already.
    const std::vector<int32_t>* alone = nullptr;
    if (lex_.alias_table.Longest(words_, w + 2, &alone) == close - w - 2) return 0;
    std::vector<LexWord> phrase;
    phrase.reserve(close - w - 1);
    phrase.push_back(words_[w]);
    for (size_t k = w + 2; k < close; ++k) phrase.push_back(words_[k]);
    const std::vector<int32_t>* found = nullptr;
    if (lex_.alias_table.Longest(phrase, 0, &found) != phrase.size()) return 0;
    *rows = found;
    return close + 1 - w;
  }

  // Whether words [w, w + n) are exactly a cue of `type` (none when n is 0:
  // Longest then leaves no ids), of a row of that kind when `kind` is given.
  bool MentionIsCue(size_t w, size_t n, std::string_view type,
                    std::optional<std::string_view> kind = std::nullopt) const {
    const std::vector<int32_t>* ids = nullptr;
    if (n == 0 || lex_.cue_table.Longest(words_, w, &ids) != n) return false;
    return std::any_of(ids->begin(), ids->end(), [&](int32_t id) {
      return lex_.cues[id].type == type && (!kind || lex_.cues[id].kind == *kind);
    });
  }

  // A named non-state armed party: a rebel group or a militia of a country,
  // not a generic noun (gen.*, no country), no state's forces and none of
  // the auxiliaries a state arms (pro-government militias: reports name
  // them, they are not "the gunmen").
  bool NamedNonStateArmed(const std::string& id) const {
    const ActorInfo* a = lex_.Actor(id);
    if (!a || a->country.empty() || lex_.IsWithin(id, "gen.pro_gov_militias")) return false;
    return a->acled_inter == "Rebel group" || a->acled_inter == "Political militia" ||
           a->acled_inter == "Identity militia";
  }

  // "The gunmen" (المسلحون، an `armed_anaphor` cue) refers back: after
  // «نصرة الإسلام والمسلمين» the report's gunmen are that group's men. The
  // mention takes the one named non-state armed party the report names
  // in a sentence before its own; it stays unidentified when two are named, when none is, or
  // when indefinite unidentified gunmen (مسلحون) were told after the group
  // (then "the gunmen" are those).
  void ResolveArmedAnaphors() {
    for (size_t k = 0; k < raws_.size(); ++k) {
      Raw& r = raws_[k];
      if (!r.rows || r.id != "gen.unidentified_gunmen") continue;
      if (!MentionIsCue(r.w0, r.w1 - r.w0, "armed_anaphor")) continue;
      std::set<std::string> named;
      bool unnamed_after = false;
      for (size_t j = 0; j < k; ++j) {
        const Raw& p = raws_[j];
        if (!p.rows || p.id.empty()) continue;
        // A party of the anaphor's own sentence is its counterpart (clashes
        // between the volunteers and the gunmen), not what it refers to.
        if (NamedNonStateArmed(p.id) && p.sentence != r.sentence) {
          named.insert(p.id);
          unnamed_after = false;
        } else if ((p.id == "gen.unidentified_gunmen" || p.id == "gen.unidentified_armed_group") &&
                   !MentionIsCue(p.w0, p.w1 - p.w0, "armed_anaphor")) {
          unnamed_after = true;
        }
      }
      if (named.size() == 1 && !unnamed_after) r.id = *named.begin();
    }
  }

  // Whether words [w, w + n) are exactly an `actor_attribute` cue.
  bool AttributeOfMention(size_t w, size_t n) const { return MentionIsCue(w, n, "actor_attribute"); }

  bool SpeechIn(TokenRange r) const {
    if (r.empty()) return false;
    size_t i0 = std::lower_bound(words_.begin(), words_.end(), r.begin,
                                 [](const LexWord& w, uint32_t t) { return w.first < t; }) - words_.begin();
    for (size_t i = i0; i < words_.size(); ++i) {
      if (words_[i].first >= r.end) break;
      const std::vector<int32_t>* ids = nullptr;
      if (lex_.cue_table.Longest(words_, i, &ids) == 0) continue;
      for (int32_t id : *ids)
        if (lex_.cues[id].type == "attribution") return true;
    }
    return false;
  }

  std::string SpeakerId(int32_t raw) const {
    if (raw < 0) return "";
    const Raw& r = raws_[raw];
    if (r.rows) return r.id;
    if (r.person >= 0) return lex_.persons[r.person].actor;
    return r.role_actor;
  }

  std::string SpeakerOf(const Raw& r) const {
    if (r.quote >= 0) return SpeakerId(quote_speaker_raw_[r.quote]);
    auto it = indirect_by_sentence_.find(r.sentence);
    if (it != indirect_by_sentence_.end())
      for (size_t k : it->second)
        if (r.w0 >= indirect_[k].after) return SpeakerId(indirect_[k].raw);
    return "";
  }

  bool Holds(const ContextRule& c, const Raw& r, const std::string& speaker) const {
    switch (c.kind) {
      case ContextRule::Kind::kSpeaker:
        if (speaker.empty()) return false;
        for (const auto& id : c.values)
          if (lex_.IsWithin(speaker, id)) return true;
        return false;
      case ContextRule::Kind::kCountry: {
        auto it = sent_countries_.find(r.sentence);
        for (const auto& code : c.values) {
          if (it != sent_countries_.end() ? it->second.count(code) > 0 : code == doc_country_) return true;
        }
        return false;
      }
      case ContextRule::Kind::kDocHas:
        for (const auto& id : c.values)
          if (doc_has_.count(id)) return true;
        return false;
      case ContextRule::Kind::kBefore:
      case ContextRule::Kind::kAfter: {
        auto it = sent_date_.find(r.sentence);
        std::string day = it != sent_date_.end() ? it->second : ref_day_;
        if (day.empty()) return false;
        return c.kind == ContextRule::Kind::kBefore ? day <= c.values[0] : day >= c.values[0];
      }
      case ContextRule::Kind::kFollowedBy:
        return r.w1 < words_.size() && place_starts_.count(words_[r.w1].first) > 0;
    }
    return false;
  }

  // The last word before `w` where a plain alias names `actor`, or -1.
  int64_t NamedLastBefore(const std::string& actor, size_t w) const {
    auto it = named_at_.find(actor);
    if (it == named_at_.end()) return -1;
    auto after = std::lower_bound(it->second.begin(), it->second.end(), w);
    return after == it->second.begin() ? -1 : static_cast<int64_t>(*(after - 1));
  }

  // "قوى الأمن الداخلي (الأسايش)", "the Internal Security Forces (Asayish)":
  // a writer brackets a name right after a title to say whom the title means
  // here, so the title takes the bracketed actor; a generic bracket
  // ("Asayish (the security forces)") glosses the name and takes the title's.
  // A bracketed country ("(Chad)") is the title's country, not a second party.
  // A kind noun before a quoted name (عصابات «داعش»، ميليشيا «فانو»,
  // militia "X") is that named party too.
  void AdoptBracketedNames() {
    // The kind of the row the mention was resolved by.
    const auto generic = [&](const Raw& r) {
      for (int32_t id : *r.rows)
        if (lex_.aliases[id].actor == r.id) return lex_.aliases[id].kind == "generic";
      return false;
    };
    for (size_t k = 0; k + 1 < raws_.size(); ++k) {
      Raw& outer = raws_[k];
      Raw& inner = raws_[k + 1];
      if (!outer.rows || !inner.rows || outer.id.empty() || inner.id.empty() || outer.id == inner.id) continue;
      if (inner.w0 != outer.w1 + 1 || inner.w1 >= words_.size()) continue;
      const std::string_view open = words_[outer.w1].text(), close = words_[inner.w1].text();
      const bool bracketed = open == "(" && close == ")";
      const bool quoted = (open == "\xC2\xAB" && close == "\xC2\xBB") || (open == "\"" && close == "\"") ||
                          (open == "\xE2\x80\x9C" && close == "\xE2\x80\x9D");  // «» "" “”
      if (!bracketed && !quoted) continue;
      const ActorInfo* inner_info = lex_.Actor(inner.id);
      if (!inner_info || (inner_info->parent.empty() && inner_info->acled_inter == "State forces")) continue;
      const bool inner_generic = generic(inner);
      if (quoted && (inner_generic || !generic(outer))) continue;
      if (inner_generic)
        inner.id = outer.id;
      else
        outer.id = inner.id;
    }
  }

  std::string Resolve(const Raw& r, const std::string& speaker) const {
    const AliasRow* best = nullptr;
    const AliasRow* fallback = nullptr;
    for (int32_t id : *r.rows) {
      const AliasRow& a = lex_.aliases[id];
      if (a.context.empty()) {
        if (!fallback) fallback = &a;
        continue;
      }
      bool ok = std::all_of(a.context.begin(), a.context.end(), [&](const ContextRule& c) { return Holds(c, r, speaker); });
      if (!ok) continue;
      // "The group" (الجماعة) in a report naming two groups is the one
      // named last before it; file order decides only when neither is.
      const int64_t recent = NamedLastBefore(a.actor, r.w0), best_recent = best ? NamedLastBefore(best->actor, r.w0) : -1;
      if (!best || a.context.size() > best->context.size() ||
          (a.context.size() == best->context.size() &&
           (recent > best_recent || (recent == best_recent && a.line < best->line))))
        best = &a;
    }
    const AliasRow* row = best ? best : fallback;
    if (!row) return "";
    if (row->actor == "@speaker") return !speaker.empty() ? speaker : OwnVoice(r);
    if (row->actor == "@enemy") return EnemyOf(r, speaker);
    return row->actor;
  }

  // "Our units seized 14 rifles", "our defenders repelled three assaults":
  // English own forces ("our …", not "its fighters", whose owner is named
  // before them) told outside anyone's words are the writer's, in a
  // party's own statement or bulletin. The writer is the state or armed
  // party its header names (a first line standing as a paragraph of its
  // own: "NATIONAL POLICE SERVICE: PRESS STATEMENT", "PRESS RELEASE — 8th
  // Infantry Division, Philippine Army"), else, as for "the enemy", a state
  // body writing of its home (a regional administration's bulletin): the
  // army of the report's country. "" in a report with no such header.
  std::string OwnVoice(const Raw& r) const {
    if (words_[r.w0].text() != "our") return "";
    const bool header = doc_.sentences.size() > 1 && doc_.sentences[0].paragraph != doc_.sentences[1].paragraph;
    if (!header) return "";
    for (const Raw& h : raws_) {
      if (h.sentence != 0 || !h.rows || h.id.empty() || &h == &r) continue;
      const ActorInfo* a = lex_.Actor(h.id);
      if (a && ArmedInter(a->acled_inter) && !a->country.empty()) return h.id;
    }
    return doc_country_.empty() ? "" : lex_.NationalForce("gen.army", doc_country_);
  }

  // Whether a `served_party` cue ("spying for", لصالح) ends right before
  // the mention: the party a collaborator worked for is no doer of the
  // deed told (his arrest), so "the enemy" there names no one.
  bool ServedPartyBefore(const Raw& r) const {
    for (size_t n = 1; n <= 3 && n <= r.w0; ++n) {
      const std::vector<int32_t>* ids = nullptr;
      if (lex_.cue_table.Longest(words_, r.w0 - n, &ids) != n) continue;
      if (std::any_of(ids->begin(), ids->end(), [&](int32_t id) { return lex_.cues[id].type == "served_party"; }))
        return true;
    }
    return false;
  }

  // "The enemy" (العدو، the occupiers) in a party's words is the other side
  // of its war: the one opposing armed party the report names. The party is
  // the speaker, else the report's own voice — a state body writing of its
  // home (a regional administration's bulletin): the state of the report's
  // country. A state's enemy is another state's forces (its army, for the
  // state named) or a non-state armed group; a non-state group's enemy is a
  // state's forces. Two candidates, or none, name no one.
  std::string EnemyOf(const Raw& r, const std::string& speaker) const {
    if (ServedPartyBefore(r)) return "";
    const ActorInfo* self = speaker.empty() ? nullptr : lex_.Actor(speaker);
    if (self && !ArmedInter(self->acled_inter)) return "";
    const bool self_state = !self || self->acled_inter == "State forces";
    const std::string self_country = self ? self->country : doc_country_;
    if (self_state && self_country.empty()) return "";
    std::set<std::string> found;
    for (const std::string& id : doc_has_) {
      const ActorInfo* a = lex_.Actor(id);
      if (!a || a->country.empty() || !ArmedInter(a->acled_inter) || !plainly_named_.count(id)) continue;
      if (!speaker.empty() && lex_.Related(id, speaker)) continue;
      const bool state = a->acled_inter == "State forces";
      if (state && self_state && a->country == self_country) continue;
      if (!state && !self_state) continue;
      std::string army = state ? lex_.NationalForce("gen.army", a->country) : id;
      found.insert(army.empty() ? id : army);
    }
    // "Last night the enemy attacked Chernihiv with drones", in a Ukrainian
    // administration's bulletin that names no other party: a state whose
    // war has one other state as its side (a `gen.enemy` row in
    // national_forces.tsv) means that state's forces.
    if (found.empty() && self_state) return lex_.NationalForce("gen.enemy", self_country);
    return found.size() == 1 ? *found.begin() : "";
  }

  void Emit() {
    std::vector<int32_t> raw_to_actor(raws_.size(), -1);
    for (size_t k = 0; k < raws_.size(); ++k) {
      const Raw& r = raws_[k];
      ActorMention m;
      m.tokens = TokenRange{words_[r.w0].first, words_[r.w1 - 1].end};
      m.span = doc_.SpanOf(m.tokens);
      std::string org;
      if (r.rows) {
        if (r.id.empty()) continue;
        const ActorInfo* a = lex_.Actor(r.id);
        if (!a) continue;
        m.id = a->id;
        m.name = a->name;
        for (int32_t id : *r.rows)
          if (lex_.aliases[id].actor == r.id || lex_.aliases[id].actor == "@speaker") {
            m.alias_kind = lex_.aliases[id].kind;
            break;
          } else if (lex_.aliases[id].actor == "@enemy") {
            // Kind "enemy": the other side as a party calls it, no name in
            // the report's own voice (FindMainActor skips it).
            m.alias_kind = "enemy";
          }
        org = a->id;
      } else {
        m.person = true;
        if (r.person >= 0) {
          const PersonRow& p = lex_.persons[r.person];
          m.id = p.id;
          m.name = p.name;
          m.role = r.role.empty() ? p.role : r.role;
          org = !r.role_actor.empty() ? r.role_actor : p.actor;
        } else {
          m.name = std::string(doc_.OriginalText(m.span));
          m.role = r.role;
          org = r.role_actor;
        }
      }
      if (const ActorInfo* a = lex_.Actor(org)) {
        m.acled_inter = a->acled_inter;
        m.plover_sector = a->plover_sector;
        m.country = a->country;
      }
      raw_to_actor[k] = static_cast<int32_t>(doc_.actors.size());
      doc_.actors.push_back(std::move(m));
    }
    for (size_t q = 0; q < doc_.quotes.size(); ++q)
      if (quote_speaker_raw_[q] >= 0) doc_.quote_speakers[q] = raw_to_actor[quote_speaker_raw_[q]];
  }

  struct Indirect {
    int32_t sentence;
    size_t after;  // words from here on
    int32_t raw;
  };

  const EventLexicon& lex_;
  Doc& doc_;
  const std::vector<LexWord>& words_;
  std::vector<int32_t> tok_sent_, tok_quote_;
  std::vector<Raw> raws_;
  std::set<std::string> doc_has_;
  std::set<std::string> plainly_named_;  // actors of names none of whose rows depends on the speaker
  std::map<std::string, std::vector<size_t>> named_at_;  // actor -> words where a plain alias names it, in order
  std::map<int32_t, std::set<std::string>> sent_countries_;
  std::string doc_country_;
  std::set<uint32_t> place_starts_;  // first tokens of resolved places, for followed_by:place
  std::map<int32_t, std::string> sent_date_;
  std::string ref_day_;
  std::vector<int32_t> quote_speaker_raw_;
  std::vector<Indirect> indirect_;
  std::map<int32_t, std::vector<size_t>> indirect_by_sentence_;
};

}  // namespace

Status ActorRecognizer::Run(Doc& doc) const {
  doc.actors.clear();
  doc.quote_speakers.clear();
  Run_ run(*lex_, doc);
  run.Go();
  return Status::OK();
}

}  // namespace marsad
