#include "extract/event_builder.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "geo/geo_math.h"
#include "text/normalize.h"
#include "util/affix.h"

namespace marsad::events_internal {

// An Arabic verb in the first person, by its normalised word: the future
// سن/سأ (سنستعيد، سأعود) or a past plural in نا (استعدنا، قتلنا), after an
// optional و or ف.
// A past verb whose own stem starts with سا (سار، ساعد) is no future:
// the word must not start with the trigger's lemma, `lemma_key` normalised.
bool FirstPersonVerb(std::string_view w, std::string_view lemma_key) {
  static const std::string_view kWa = "\xD9\x88", kFa = "\xD9\x81";             // و ف
  static const std::string_view kSn = "\xD8\xB3\xD9\x86";                       // سن
  static const std::string_view kSa = "\xD8\xB3\xD8\xA7", kSA = "\xD8\xB3\xD8\xA3";  // سا سأ
  static const std::string_view kNa = "\xD9\x86\xD8\xA7";                       // نا
  if (w.size() >= 10 && (w.substr(0, 2) == kWa || w.substr(0, 2) == kFa)) w.remove_prefix(2);
  if (w.size() < 8) return false;  // four letters at least
  const std::string_view head = w.substr(0, 4);
  if ((head == kSn || head == kSa || head == kSA) && !(lemma_key.size() >= 4 && w.starts_with(lemma_key))) return true;
  return w.substr(w.size() - 4) == kNa;
}

// The word after "N من" that starts at w (ستة من، 14 من، ما لا يقل عن عشرة
// من), or w itself when no count and partitive من stand there.
size_t Builder::PastPartitiveCount(size_t w) const {
  if (w >= words_.size()) return w;
  size_t k = w;
  for (int32_t n : Bucket(s_numbers_, sent_[w]))
    if (num_w_[n].first == w && num_w_[n].second > k) k = num_w_[n].second;
  if (k == w) return w;
  if (k < words_.size() && sent_[k] == sent_[w] && words_[k].text() == "\xD9\x85\xD9\x86") return k + 1;  // من
  return w;
}

// An actor can fill a trigger's slot when it is in the same quote (or both
// outside quotes), and, if its name is also a place, right next to it.
// A nationality adjective (قصف إسرائيلي، "Russian missiles") names an
// actor only inside the trigger's phrase: right before it, or within three
// words after it (غارات جوية روسية، استهدفت مواقع إسرائيلية، غارات شنتها
// طائرات روسية).
bool Builder::Usable(size_t a, size_t t_w0, size_t t_w1) const {
  // 'The minister said the army would "retake Nasir at any cost"': a quote
  // opening on a capture word (or one word before it) quotes the predicate
  // only; a party right before the opening mark (up to two words between:
  // "would", "vowed to") is its subject, outside the quote.
  const auto subject_of_quoted_predicate = [&]() {
    const int32_t q = tok_quote_[words_[t_w0].first];
    if (q < 0 || !Latin(t_w0) || doc_.quotes[q].indirect || doc_.quotes[q].tokens.begin == 0 ||
        MentionQuote(a) != tok_quote_[doc_.quotes[q].tokens.begin - 1])
      return false;
    // Only for ground taken or vowed to be taken ("would 'retake every
    // inch'"): a quoted deed of another kind ('its forces had "neutralised
    // 26 terrorists"') is more often a boast without a place.
    bool capture = false;
    for (size_t t = 0; t < trig_w_.size(); ++t)
      capture |= trig_w_[t].first == t_w0 && (doc_.triggers[t].acled_sub_event_type == "Government regains territory" ||
                                              doc_.triggers[t].acled_sub_event_type == "Non-state actor overtakes territory");
    if (!capture) return false;
    const size_t open = tok_word_[doc_.quotes[q].tokens.begin];
    return open <= t_w0 && t_w0 - open <= 1 && actor_w_[a].second < open && open - actor_w_[a].second <= 3 &&
           sent_[actor_w_[a].first] == sent_[t_w0];
  };
  if (MentionQuote(a) != tok_quote_[words_[t_w0].first] && !subject_of_quoted_predicate()) return false;
  if (ally_[a]) return false;
  // The unnamed source that tells the event is no party to it.
  if (UnnamedSpeaker(static_cast<int32_t>(a))) return false;
  // "struck what the military described as rocket launchers": the party
  // that names the deed's object is its teller, no party to it.
  if (Framer(a)) return false;
  // "Russian artillery shelled": the adjective of the weapon that is the
  // verb's subject names the verb's actor.
  // So does the adjective of a weapon earlier in the clause (شنت طائرات
  // حربية أمريكية سلسلة غارات).
  // An adjective inside the event's own words (مسيّرات أوكرانية هاجمت) is
  // the event's nationality too.
  // "struck the northern Israeli coastal city of X": an English nationality
  // adjective on a kind of settlement (a `settlement` word right after it,
  // or after one more plain word) tells whose country the town is in, not
  // a party to the event. Not a camp ("a Russian army camp" is a force's).
  if (doc_.actors[a].alias_kind == "adjective" && Latin(actor_w_[a].first))
    for (size_t k = actor_w_[a].second; k < words_.size() && k <= actor_w_[a].second + 1; ++k) {
      if (!words_[k].is_word || words_[k].clause_break) break;
      if (WordCue(k, "settlement") && words_[k].text() != "camp" && words_[k].text() != "camps") return false;
      if (WordCue(k, "weapon")) break;
    }
  if (doc_.actors[a].alias_kind == "adjective")
    return actor_w_[a].second == t_w0 || (actor_w_[a].second + 1 == t_w0 && WordCue(actor_w_[a].second, "weapon")) ||
           // A particle between the subject and its verb (قوة إسرائيلية قد خطفت).
           (actor_w_[a].second + 1 == t_w0 && WordCue(actor_w_[a].second, "verb_particle")) ||
           (actor_w_[a].first >= t_w0 && actor_w_[a].second <= t_w1) ||
           (actor_w_[a].first >= t_w1 && actor_w_[a].first <= t_w1 + 3 && clause_[actor_w_[a].first] == clause_[t_w0]) ||
           (actor_w_[a].second <= t_w0 && clause_[actor_w_[a].first] == clause_[t_w0] && QualifiesWeapon(a));
  if (!actor_is_place_[a]) return true;
  // "Rockets fired from southern Lebanon struck": the country a weapon or a
  // force set out from (a place after an `origin` cue) is no party to it.
  for (int32_t p : Bucket(s_places_, sent_[actor_w_[a].first]))
    if (place_w_[p].first <= actor_w_[a].first && actor_w_[a].second <= place_w_[p].second && FromOrigin(p))
      return false;
  return actor_w_[a].first == t_w1 || actor_w_[a].second == t_w0;
}

// Mention a names what a deed hit in its own words: "what" (an article
// between) right before it, and a `framing` cue's verb right after it — the
// words after "what it" of a framing row ("what it called", "what it
// described as"): "struck what the military described as a depot".
bool Builder::Framer(size_t a) const {
  const size_t a0 = actor_w_[a].first, a1 = actor_w_[a].second;
  if (a0 == 0 || a1 >= words_.size() || !Latin(a0)) return false;
  size_t what = a0 - 1;
  if (what > 0 && (words_[what].text() == "the" || words_[what].text() == "a")) --what;
  if (words_[what].text() != "what" || sent_[what] != sent_[a1]) return false;
  for (const CueRow& row : lex_.cues) {
    if (row.type != "framing" || !row.cue.starts_with("what it ")) continue;
    const std::string_view v = std::string_view(row.cue).substr(8);
    size_t k = a1;
    bool ok = true;
    for (size_t i = 0, j; i < v.size() && ok; i = j + 1) {
      j = v.find(' ', i);
      if (j == std::string::npos) j = v.size();
      ok = k < words_.size() && sent_[k] == sent_[a1] && words_[k].text() == v.substr(i, j - i);
      ++k;
    }
    if (ok) return true;
  }
  return false;
}

// A nationality adjective of a weapon or aircraft names whose it is: in
// English right before the weapon word ("Russian drones"), in Arabic within
// three words after it (طائرات وسفن حربية أمريكية).
bool Builder::QualifiesWeapon(size_t a) const {
  const size_t w0 = actor_w_[a].first, w1 = actor_w_[a].second;
  if (Latin(w0)) return WordCue(w1, "weapon") != nullptr;
  for (size_t k = w0, back = 0; k-- > 0 && back < 3 && clause_[k] == clause_[w0]; ++back)
    if (WordCue(k, "weapon")) return true;
  return false;
}

// An event noun told with no doer before it is done by the nationality its
// own phrase gives it or its weapon (غارات جوية روسية، غارات شنتها طائرات
// حربية روسية); -1 when it names none.
int32_t Builder::AdjectiveInPhrase(size_t tw0, size_t tw1, int32_t sentence) const {
  for (int32_t a : Bucket(s_actors_, sentence))
    // It qualifies the event word itself or a weapon, not any noun of the
    // phrase (مواجهة التصعيد الأمريكي: the escalation is American).
    if (doc_.actors[a].alias_kind == "adjective" && (actor_w_[a].first == tw1 || QualifiesWeapon(a)) &&
        !victim_[a] && !Maker(a) && Usable(a, tw0, tw1))
      return a;
  return -1;
}

void Builder::AddEvent(Event&& e) {
  int32_t s = sent_[trig_w_[e.trigger].first];
  s_events_[static_cast<size_t>(s + 1)].push_back(static_cast<int32_t>(doc_.events.size()));
  doc_.events.push_back(std::move(e));
}

// Word index where the object of preposition `prep` after the trigger
// starts, searching the trigger's clause; or SIZE_MAX.
size_t Builder::PrepObject(const std::string& prep, size_t from, int32_t clause) const {
  // A trigger that ends on its preposition (قبض على): the object follows it.
  if (from > 0 && from < words_.size() && words_[from - 1].text() == prep && clause_[from] == clause) return from;
  for (size_t w = from; w < words_.size() && w < from + 8 && clause_[w] == clause; ++w) {
    const LexWord& lw = words_[w];
    if (lw.text() == prep && w + 1 < words_.size()) return w + 1;
    // A proclitic preposition: بالمدينة, لحلب.
    const Token& t0 = doc_.tokens[lw.first];
    if (t0.piece == Piece::kProclitic && doc_.TokenText(lw.first) == prep) return w;
    if (lw.end > lw.first + 1 && doc_.tokens[lw.first + 1].piece == Piece::kProclitic &&
        doc_.TokenText(lw.first + 1) == prep)
      return w;
  }
  return SIZE_MAX;
}

// "by a group of about 15 youths", "by dozens of settlers": the head that counts a party
// (a `collective_of` cue), an approximator and a figure stand before the party's own noun;
// the word after them, or w when no such head starts at w.
size_t Builder::PastCollectiveHead(size_t w, int32_t clause) const {
  if (w >= words_.size() || ActorStartingAt(w) >= 0) return w;  // "by a crowd of protesters": one name
  const int32_t sentence = sent_[w];
  size_t k = w;
  bool head = false;
  AnyCue(sentence, "collective_of", [&](const CueHit& c) {
    if (c.w0 != w || c.row->kind != "head") return false;
    k = c.w1;
    head = true;
    return true;
  });
  if (!head) return w;
  for (bool more = true; more && k < words_.size() && clause_[k] == clause;) {
    more = false;
    AnyCue(sentence, "collective_of", [&](const CueHit& c) {
      if (c.w0 != k || c.row->kind != "approximator") return false;
      k = c.w1;
      more = true;
      return true;
    });
  }
  if (const int32_t n = NumberStartingAt(k); n >= 0 && num_w_[n].second > k) {
    // A figure that carries its noun ("15 youths" as one mention) leaves the noun to read.
    const size_t after = num_w_[n].second;
    k = after > k + 1 && ActorStartingAt(after - 1) >= 0 ? after - 1 : after;
  }
  return k < words_.size() && clause_[k] == clause ? k : w;
}

// First usable actor starting within [w, w+2) of the clause.
int32_t Builder::ActorNear(size_t w, int32_t clause, size_t tw0, size_t tw1, int32_t exclude, size_t window) const {
  for (size_t k = w; k < w + window && k < words_.size() && clause_[k] == clause; ++k) {
    int32_t a = ActorStartingAt(k);
    if (a >= 0 && a != exclude && Usable(a, tw0, tw1)) return a;
    // A count in digits stands before its noun like a word ("at least 25 protesters").
    if (!words_[k].is_word && !words_[k].number) break;
  }
  return -1;
}

// «جيش أراكان», "the «Resistance»": a name set in quotation marks by itself
// is the name, not a quote; the actor filling the marks opened at word w, or -1.
int32_t Builder::QuotedName(size_t w) const {
  if (w + 1 >= words_.size() || !words_[w].quote_mark) return -1;
  const int32_t a = ActorStartingAt(w + 1);
  if (a < 0) return -1;
  const size_t end = actor_w_[a].second;
  return end < words_.size() && words_[end].quote_mark ? a : -1;
}

// The quote a mention stands in. A name set alone in quotation marks
// («حركة الشباب» كانت قد سيطرت، تابعة لـ«قسد») is the text layer's quote
// but no one's words: it stands where its marks do.
int32_t Builder::MentionQuote(size_t a) const {
  const size_t w = actor_w_[a].first;
  const int32_t own = tok_quote_[doc_.actors[a].tokens.begin];
  if (own < 0 || w == 0 || QuotedName(w - 1) != static_cast<int32_t>(a)) return own;
  return tok_quote_[words_[w - 1].first] != own ? tok_quote_[words_[w - 1].first]
                                                : (w >= 2 ? tok_quote_[words_[w - 2].first] : -1);
}

// The past plural of an Arabic trigger's verb (رشقوا، هاجموا): the وا ending
// of its first word, the verb of a trigger told with its object (أضرموا
// النار), or of its last (a verb after a particle the trigger holds). One
// reading for the plural-verb subject rule and the crowd-doer rule.
bool Builder::VerbCarriesWaw(size_t tw0, size_t tw1) const {
  constexpr std::string_view waw_alif = "\xD9\x88\xD8\xA7";  // وا
  return tw1 > tw0 && (words_[tw0].text().ends_with(waw_alif) || words_[tw1 - 1].text().ends_with(waw_alif));
}

bool Builder::PrecededByPreposition(size_t a) const {
  size_t w = actor_w_[a].first;
  // An adjective stands after its noun: مع قوة إسرائيلية is "with a force".
  if (doc_.actors[a].alias_kind == "adjective" && w > 0 && words_[w - 1].is_word) --w;
  return AfterPreposition(w);
}

// The last actor mention of the sentence that ends right before word w
// (قال الجيش: the speaker before its verb), or -1.
int32_t Builder::ActorEndingAt(size_t w, int32_t sentence) const {
  int32_t a = -1;
  for (int32_t x : Bucket(s_actors_, sentence))
    if (actor_w_[x].second == w) a = x;
  return a;
}

int32_t Builder::SpeakerEndingAt(size_t w, int32_t sentence) const {
  if (int32_t a = ActorEndingAt(w, sentence); a >= 0) return a;
  if (w == 0 || sent_[w - 1] != sentence) return -1;
  const LexWord& prev = words_[w - 1];
  if (prev.text() == ")") return ActorEndingAt(w - 1, sentence);
  // "The army also said", "the ministry later announced": an adverb
  // (`speech_adverb`) between the subject and its speech verb.
  if (doc_.tokens[prev.first].script == Script::kLatin && WordCue(w - 1, "speech_adverb") && w >= 2 &&
      !WordCue(w - 2, "speech_adverb"))
    return SpeakerEndingAt(w - 1, sentence);
  // "police in Dera Ismail Khan said": the body before a place it is in.
  if (doc_.tokens[prev.first].script == Script::kLatin)
    for (int32_t p : Bucket(s_places_, sentence))
      if (place_w_[p].second == w && place_w_[p].first >= 2 && words_[place_w_[p].first - 1].text() == "in")
        if (int32_t a = ActorEndingAt(place_w_[p].first - 1, sentence); a >= 0 && !actor_is_place_[a]) return a;
  // An apposition set off by commas ("HTS, the alliance that holds Idlib,
  // said"): the actor before its opening comma, when the apposition names
  // no other actor than a common noun for it ("the militant group") or a
  // place.
  // A name no dictionary holds before an apposition that opens on a
  // generic armed body ("Operation Safe Haven, the military task force in
  // the state, said"): that body speaks.
  // An apposition that opens on a participle naming the body again
  // (`alias_opener`: "the police, known locally as the Asayish, said") holds
  // the same body under its other name, no second speaker.
  if (prev.clause_break && w >= 2) {
    int32_t generic_in = -1, alias_in = -1;
    for (size_t k = w - 2; k > 0 && w - k <= 12 && sent_[k] == sentence; --k) {
      const int32_t in = ActorStartingAt(k);
      if (in >= 0 && doc_.actors[in].alias_kind != "generic" && !actor_is_place_[in]) {
        // The apposition's opening comma and its participle before this name.
        size_t open = k;
        while (open > 0 && w - open <= 12 && sent_[open - 1] == sentence && !words_[open - 1].clause_break) --open;
        const bool alias = open > 0 && open < k && Latin(open) &&
                           (WordCue(open, "alias_opener") || (open + 1 < k && WordCue(open + 1, "alias_opener")));
        if (!alias) return -1;
        alias_in = in;
        continue;
      }
      if (in >= 0 && !actor_is_place_[in]) generic_in = in;
      if (words_[k].clause_break) {
        // The apposition's name is the body's own, what its deeds are told
        // under ("the police, known as the Asayish, said they arrested …").
        if (alias_in >= 0) return alias_in;
        if (const int32_t a = ActorEndingAt(k, sentence); a >= 0) return a;
        if (generic_in < 0 || !Latin(k + 1)) return -1;
        const size_t g = actor_w_[generic_in].first;
        const std::string_view det = g == k + 2 ? words_[k + 1].text() : "";
        const bool opens = g == k + 1 || det == "the" || det == "a" || det == "an";
        const ActorMention& m = doc_.actors[generic_in];
        return opens && !m.id.empty() && Armed(m.acled_inter) ? generic_in : -1;
      }
    }
    return -1;
  }
  // "a KNLA officer said", "the district police chief said": a role noun
  // (speaker_role) standing for the body named before it; words between
  // the two ("senior", "district") qualify the role.
  if (doc_.tokens[prev.first].script == Script::kLatin && WordCue(w - 1, "speaker_role")) {
    for (size_t k = w - 1; k > 0 && w - 1 - k <= 2 && sent_[k - 1] == sentence; --k) {
      if (!words_[k - 1].is_word || clause_[k - 1] != clause_[w - 1]) return -1;
      if (int32_t a = ActorEndingAt(k, sentence); a >= 0) return a;
    }
    return -1;
  }
  // A spokesman, a statement: an official_statement attribution cue of one
  // word (its own, not a speech verb) standing for the body named before it.
  // So does an unnamed source right after the body it belongs to ("a Syrian
  // military source said", "Taliban sources said"): the name took the
  // source phrase's first words, and the source speaks for it.
  const CueRow* noun = WordCue(w - 1, "attribution");
  if (noun && (noun->kind == "official_statement" || noun->kind == "anonymous_source") &&
      doc_.tokens[prev.first].script == Script::kLatin)
    return ActorEndingAt(w - 1, sentence);
  return -1;
}

// قذيفة أطلقتها ميليشيا الحوثي، غارة شنتها طائرات التحالف: an indefinite
// event noun followed by a verb with a pronoun for it (ها، ه) is a relative
// clause without a relative word, and the actor right after that verb is
// its subject, the event's doer; or -1. `reach`: how many words after the
// verb the actor may start (past a head of fighters: شنّه مقاتلو تنظيم X).
int32_t Builder::ResumptiveAgent(size_t tw1, int32_t clause, size_t tw0, size_t reach) const {
  if (tw1 + 1 >= words_.size() || clause_[tw1] != clause || !words_[tw1].is_word) return -1;
  const LexWord& verb = words_[tw1];
  if (verb.end < verb.first + 2 || doc_.tokens[verb.end - 1].piece != Piece::kEnclitic) return -1;
  const std::string_view pron = doc_.TokenText(verb.end - 1);
  if (pron != "\xD9\x87\xD8\xA7" && pron != "\xD9\x87") return -1;  // ها ه
  const int32_t a = ActorNear(tw1 + 1, clause, tw0, tw1 + 1, -1, reach);
  return a >= 0 && !PrecededByPreposition(a) ? a : -1;
}

// An unidentified armed group or gunmen (gen.unidentified…): no party one
// could hold to a claim.
bool Builder::Unidentified(std::string_view id) { return id.starts_with("gen.unidentified"); }

// A preposition on word w (بـ، لـ، للـ) or the word before it (على، إلى، عن).
bool Builder::AfterPreposition(size_t w) const {
  const LexWord& lw = words_[w];
  if (lw.end > lw.first + 1 && doc_.tokens[lw.first].piece == Piece::kProclitic) {
    std::string_view p = doc_.TokenText(lw.first);
    if (p == "\xD8\xA8" || p == "\xD9\x84" || p == "\xD9\x84\xD9\x84") return true;  // ب ل لل
  }
  return w > 0 && AfterPrepositionWord(w);
}

// A verbal noun of purpose: ل on the trigger word (لتفريق، لاستعادة).
bool Builder::Purpose(int32_t t) const {
  static constexpr std::string_view kLam = "\xD9\x84";  // ل
  const uint32_t tok = doc_.triggers[t].tokens.begin;
  if (doc_.tokens[tok].piece == Piece::kProclitic) return doc_.TokenText(tok) == kLam;
  // Unsplit (لتفريق): the word has a ل its lemma lacks.
  const std::string_view word = words_[trig_w_[t].first].text();
  return word.starts_with(kLam) && !doc_.triggers[t].lemma.starts_with(kLam);  // lemmas are written without diacritics
}

// The word before w is a preposition of a trigger's roles (على، إلى، عن).
bool Builder::AfterPrepositionWord(size_t w) const {
  const std::string_view prev = words_[w - 1].text();
  return std::find(preps_.begin(), preps_.end(), prev) != preps_.end();
}

// "Shops were looted", "women were raped": an English report that leaves
// the doer of violence out does not know it (ACLED: an unidentified armed
// group), rather than meaning the report's main actor. So with a fight told
// from the side that took it ("troops came under fire", "the convoy was
// attacked"): the report's most named party is as often the one fired on.
bool Builder::UnnamedDoerKind(const Event& e) {
  return e.acled_event_type == "Violence against civilians" || e.acled_sub_event_type == "Looting/property destruction" ||
         e.acled_sub_event_type == "Armed clash";
}

// The unstated agent of a passive, from the text around it: the actor of
// the same kind of event just told; for arrests and interceptions, which
// state forces make, the first one named in the sentence ("a police spokesman said 37 were
// arrested"); else -1 (the document's main actor is the caller's fallback).
int32_t Builder::PassiveAgent(const Event& e, int32_t sentence) const {
  // Arrests and interceptions ("a drone was shot down, the army said"):
  // the state force named with them made them, before one that made the
  // last arrest told ("troops detained dozens …; police said four were
  // arrested").
  if (e.acled_sub_event_type == "Arrests" || e.acled_sub_event_type == "Disrupted weapons use")
    for (int32_t a : Bucket(s_actors_, sentence))
      if (doc_.actors[a].acled_inter == "State forces" && !doc_.actors[a].id.empty() && !actor_is_place_[a] &&
          doc_.actors[a].alias_kind != "adjective")  // "Israeli protesters" name no force
        return a;
  return ActorOfLastLike(e, sentence);
}

// A word that opens a subordinate clause with a subject of its own
// (`subordinator` cue: after, when, because).
bool Builder::Subordinator(size_t w) const { return WordCue(w, "subordinator") != nullptr; }

// A verb right after a relative pronoun (`relative` cue: الذي، التي، الذين،
// who, which).
bool Builder::InRelativeClause(size_t w) const {
  return w > 0 && AnyCue(sent_[w], "relative", [&](const CueHit& c) { return c.w1 == w; });
}

// The clause's subject before the trigger: its first actor not introduced
// by a preposition; else the nearest actor before it in the sentence.
// "police shot protesters after demonstrators stormed the building": a
// subordinate clause (after, before, when, while, as, because, until)
// or a relative one (who, which, that) has its own subject, the first actor after the subordinator that no
// preposition introduces; -1 when the trigger is in no such clause or it
// names none.
int32_t Builder::EnglishSubordinateSubject(size_t tw0, size_t tw1, int32_t sentence) const {
  if (tw0 == 0 || !Latin(tw0)) return -1;
  // A relative clause: "rioters who had torched a bank" — its subject is
  // the noun the pronoun follows.
  for (size_t k = tw0, back = 0; k-- > 0 && back < 3 && !words_[k].clause_break; ++back) {
    if (words_[k].text() != "who" && words_[k].text() != "which" && words_[k].text() != "that") continue;
    for (int32_t a : Bucket(s_actors_, sentence))
      if (actor_w_[a].second == k && !victim_[a]) return a;
    break;
  }
  size_t floor = SIZE_MAX;
  for (size_t k = tw0; k-- > 0 && sent_[k] == sentence;) {
    if (words_[k].clause_break) break;
    if (Subordinator(k)) {
      floor = k;
      break;
    }
  }
  if (floor == SIZE_MAX) return -1;
  for (int32_t a : Bucket(s_actors_, sentence)) {
    if (actor_w_[a].first <= floor || actor_w_[a].second > tw0) continue;
    if (doc_.actors[a].acled_inter == "Civilians" || !Usable(a, tw0, tw1) || victim_[a] || PrecededByPreposition(a))
      continue;
    return a;
  }
  return -1;
}

// "Villagers beat the man to death", "residents lynched him": people are
// never the subject of violence in general (they are its victims), but
// when they stand right before a verb of beating they are the ones who beat.
// Where they live may stand between them and the verb: "villagers of X
// beat", "residents in X, in Y state, beat".
int32_t Builder::BeatersBefore(size_t tw0, int32_t sentence) const {
  // The word after the place phrase that starts at w ("of X", ", in Y
  // state,"), or w when none starts there.
  const auto past_place = [&](size_t w) {
    const bool comma = w < tw0 && words_[w].text() == ",";
    size_t prep = comma ? w + 1 : w;
    if (prep >= tw0) return w;
    // "residents of a village south of Kaabong beat": a bearing and "of"
    // before the place say where the village is.
    {
      const std::string_view b = words_[prep].text();
      if (!comma && prep + 1 < tw0 && words_[prep + 1].text() == "of" &&
          (b == "north" || b == "south" || b == "east" || b == "west" || b == "northeast" || b == "northwest" ||
           b == "southeast" || b == "southwest"))
        ++prep;
    }
    // ", north of Sfax,": a place told with its relation, set off by commas.
    if (comma)
      for (int32_t p : Bucket(s_places_, sentence)) {
        const PlaceMention& m = doc_.places[p];
        const size_t end = place_w_[p].second;
        if (place_w_[p].first > prep && place_w_[p].first <= prep + 3 && !m.relation_span.empty() &&
            m.relation_span.begin == doc_.tokens[words_[prep].first].span.begin && end < tw0 && words_[end].text() == ",")
          return end + 1;
      }
    const std::string_view t = words_[prep].text();
    if (t != "of" && t != "in" && t != "from" && t != "near") return w;
    for (int32_t p : Bucket(s_places_, sentence)) {
      if (place_w_[p].first != prep + 1) continue;
      size_t end = place_w_[p].second;
      if (end < tw0 && WordCue(end, "admin_unit_after")) ++end;  // "in Y state"
      if (!comma) return end;
      return end < tw0 && words_[end].text() == "," ? end + 1 : w;
    }
    // "residents of the Zawadi neighbourhood", "villagers from the nearby camp": a place no
    // gazetteer knows, told by its kind (a `settlement` word) after an article and a name.
    size_t k = prep + 1;
    if (k < tw0 && (words_[k].text() == "the" || words_[k].text() == "a")) ++k;
    for (size_t named = 0; named < 3 && k < tw0 && !WordCue(k, "settlement"); ++named, ++k) {
      const std::string_view written = doc_.OriginalText(doc_.tokens[words_[k].first].span);
      if (!words_[k].is_word || written.empty() || !std::isupper(static_cast<unsigned char>(written[0]))) return w;
    }
    if (k >= tw0 || !WordCue(k, "settlement")) return w;
    ++k;
    if (!comma) return k;
    return k < tw0 && words_[k].text() == "," ? k + 1 : w;
  };
  for (int32_t a : Bucket(s_actors_, sentence)) {
    if (doc_.actors[a].acled_inter != "Civilians" || victim_[a] || PrecededByPreposition(a)) continue;
    size_t w = actor_w_[a].second;
    if (w < tw0) w = past_place(w);
    if (w < tw0) w = past_place(w);
    if (w == tw0) return a;
  }
  return -1;
}

// The armed side an unnamed source speaks for, told before the event word
// in its clause or the clause that frames it (قال مصدر عسكري إن …); -1 if none.
int32_t Builder::UnnamedSpeakerBefore(size_t tw0, int32_t sentence, int32_t clause) const {
  for (int32_t a : Bucket(s_actors_, sentence)) {
    if (actor_w_[a].second > tw0) break;
    if (tok_quote_[doc_.actors[a].tokens.begin] != tok_quote_[words_[tw0].first]) continue;
    if (clause_[actor_w_[a].first] > clause) continue;
    if (UnnamedSpeaker(a) && Armed(doc_.actors[a].acled_inter) && !doc_.actors[a].id.empty()) return a;
  }
  return -1;
}

// Whether an event word starts in [w0, w1): "said it had arrested IS
// members" puts a verb of its own before the group, its object.
bool Builder::TriggerBetween(size_t w0, size_t w1) const {
  for (const auto& [t0, t1] : trig_w_)
    if (t0 >= w0 && t0 < w1) return true;
  return false;
}

int32_t Builder::SubjectBefore(size_t tw0, size_t tw1, int32_t sentence, int32_t clause) const {
  int32_t first_free = -1, nearest = -1, first_told = -1;
  // People are no subject of violence (its victims), but an English truce or
  // deal is signed by whoever the clause names before it: "Elders from the
  // two villages signed a peace deal", "Community leaders agreed a truce".
  bool agreement = false;
  if (Latin(tw0))
    for (size_t t = 0; t < trig_w_.size() && !agreement; ++t)
      agreement = trig_w_[t].first == tw0 && doc_.triggers[t].acled_sub_event_type == "Agreement";
  for (int32_t a : Bucket(s_actors_, sentence)) {
    if (actor_w_[a].second > tw0) continue;
    const ActorMention& m = doc_.actors[a];
    if ((m.acled_inter == "Civilians" && !agreement) || !Usable(a, tw0, tw1) || victim_[a]) continue;
    // Not the people who tell of the deal ("Elders from the city announced
    // that the two sides had agreed"), nor those who speak for a party named
    // after them ("elders of the two clans signed a truce": the clans).
    const auto complementizer_between = [&](size_t from, size_t to) {
      for (size_t k = from; k < to; ++k)
        if (WordCue(k, "complementizer")) return true;
      return false;
    };
    if (m.acled_inter == "Civilians" &&
        (complementizer_between(actor_w_[a].second, tw0) || (actor_w_[a].second < tw0 &&
                       (words_[actor_w_[a].second].text() == "of" || words_[actor_w_[a].second].text() == "from") &&
                       ActorNear(actor_w_[a].second + 1, clause, tw0, tw1, a, 2) >= 0)))
      continue;
    if (clause_[actor_w_[a].first] == clause && first_free < 0 && !PrecededByPreposition(a))
      first_free = static_cast<int32_t>(a);
    // "The military said Russian troops had used ...": the source of the
    // speech verb tells; the actor named after it does.
    if (clause_[actor_w_[a].first] == clause && first_told < 0 && !PrecededByPreposition(a) && first_free >= 0 &&
        first_free != static_cast<int32_t>(a) && Source(first_free) && !Source(a) &&
        !TriggerBetween(actor_w_[first_free].second, actor_w_[a].first))
      first_told = static_cast<int32_t>(a);
    // "وقّع الطرفان في الدوحة اتفاقاً", "signed in Kampala": a capital
    // after a preposition is where it was done, not who did it.
    if (actor_is_place_[a] && PrecededByPreposition(a)) continue;
    nearest = static_cast<int32_t>(a);
  }
  if (first_told >= 0) first_free = first_told;
  // SVO: an actor right before the verb is its subject ("قال الجيش إن
  // المسلحين هاجموا"), whatever stands earlier in the clause.
  int32_t pick = first_free >= 0 ? first_free : nearest;
  if (first_free < 0) {
    // A clause without a subject of its own shares the subject of the
    // clause before it: "fighters stormed the village, shooting dozens",
    // هاجموا القرية وأحرقوا المنازل.
    // Not a relative clause's verb: in "أطلقت الشرطة الغاز على المحتجين
    // الذين رشقوها بالحجارة، واعتقلت 40" the police arrested.
    const bool latin = !words_[tw0].text().empty() && static_cast<unsigned char>(words_[tw0].text()[0]) < 0x80;
    const bool joined = AndOpens(tw0, latin);
    // "قصف الجيش القرية، وقال سكان إن مسلحين وصلوا إليها، وسيطروا على":
    // the party that opens a clause after a complementizer (إن، بأن،
    // "that") is the subject of the verb there, event or not; a verb joined
    // to that verb shares it, not the subject of an event told before it
    // (an event told after it has its own subject, found first below).
    int32_t clause_subject = -1;
    if (joined)
      for (int32_t a : Bucket(s_actors_, sentence)) {
        const size_t a0 = actor_w_[a].first;
        if (actor_w_[a].second > tw0 || a0 == 0 || !WordCue(a0 - 1, "complementizer")) continue;
        if (doc_.actors[a].acled_inter == "Civilians" || victim_[a] || !Usable(a, tw0, tw1)) continue;
        clause_subject = a;
      }
    for (size_t k = doc_.events.size(); k-- > 0;) {
      const Event& prev = doc_.events[k];
      if (static_cast<int32_t>(prev.sentence) != sentence) break;
      if (clause_subject >= 0 && trig_w_[prev.trigger].second <= actor_w_[clause_subject].first) {
        pick = clause_subject;
        break;
      }
      if (InRelativeClause(trig_w_[prev.trigger].first) || Purpose(prev.trigger)) continue;
      // قالت إن قواتها صدّت هجوماً روسياً، واستعادت القرية: the party after
      // a verbal noun is its genitive agent (or adjective), who did that
      // noun's act alone; a verb joined by و/"and" shares its subject with a
      // verb, not with it.
      if (joined && doc_.triggers[prev.trigger].voice == "nominal" && prev.actor1.actor >= 0 &&
          actor_w_[prev.actor1.actor].first >= trig_w_[prev.trigger].second)
        continue;
      if (prev.actor1.actor >= 0 && actor_w_[prev.actor1.actor].second <= tw0) {
        pick = prev.actor1.actor;
        break;
      }
    }
  }
  // Not across "and": in "soldiers pursued the raiders and clashed with
  // them" the party before "and" is the object of the verb before it.
  if (nearest >= 0 && clause_[actor_w_[nearest].first] == clause && tw0 - actor_w_[nearest].second <= 1 &&
      !PrecededByPreposition(nearest) && !(Latin(tw0) && tw0 > actor_w_[nearest].second && AndOpens(tw0, true)) &&
      // "Soldiers in Houthi areas shelled": a party after a `where_preposition`
      // says where the subject is, not who it is.
      !(Latin(tw0) && actor_w_[nearest].first > 0 && WordCue(actor_w_[nearest].first - 1, "where_preposition")))
    pick = nearest;
  // A named actor of the clause beats a generic noun ("insurgents led by
  // HTS", "مسلحون من هيئة تحرير الشام") — not the source that tells of
  // them ("the UN said gunmen attacked").
  // Not a party an event word stands between ("Troops killed two suspected
  // insurgents in a gunfight", "Troops engaged the bandits, killing": the
  // verb's object, no name of its subject).
  if (pick >= 0 && doc_.actors[pick].alias_kind == "generic") {
    const int32_t generic = pick;
    for (int32_t a : Bucket(s_actors_, sentence))
      if (actor_w_[a].second <= tw0 && clause_[actor_w_[a].first] == clause && Usable(a, tw0, tw1) &&
          doc_.actors[a].alias_kind != "generic" && doc_.actors[a].acled_inter != "Civilians" && !doc_.actors[a].person &&
          !Source(a) && !victim_[a] &&
          !(Latin(actor_w_[a].first) &&
            TriggerBetween(std::min(actor_w_[a].second, actor_w_[generic].second),
                           std::max(actor_w_[a].first, actor_w_[generic].first))))
        pick = a;
  }
  if (int32_t sub = EnglishSubordinateSubject(tw0, tw1, sentence); sub >= 0) return sub;
  return pick;
}

// An actor the text does not name at this event, by registry id.
void Builder::SetImplicitId(EventArgument& arg, std::string id) {
  arg.actor = -1;
  arg.implicit = true;
  arg.implicit_id = std::move(id);
}

// The unstated agent: inside a quote, the organisation speaking ("we will
// keep advancing"); elsewhere the document's main actor.
void Builder::SetImplicit(EventArgument& arg, int32_t quote) {
  std::string id = main_actor_;
  if (quote >= 0 && static_cast<size_t>(quote) < doc_.quote_speakers.size() && doc_.quote_speakers[quote] >= 0) {
    const ActorMention& s = doc_.actors[doc_.quote_speakers[quote]];
    if (!s.person && !s.id.empty() && s.alias_kind != "generic") id = s.id;
  }
  if (!id.empty()) SetImplicitId(arg, std::move(id));
}

void Builder::MakeEvent(int32_t t) {
  const TriggerMention& tr = doc_.triggers[t];
  Event e;
  e.trigger = t;
  e.acled_event_type = tr.acled_event_type;
  e.acled_sub_event_type = tr.acled_sub_event_type;
  e.plover_event_type = tr.plover_event_type;
  e.plover_mode = tr.plover_mode;
  e.status = tr.default_status.empty() ? "reported" : tr.default_status;
  FillArguments(e, t);
  e.sentence = static_cast<uint32_t>(std::max(0, sent_[trig_w_[t].first]));
  e.quote = tok_quote_[tr.tokens.begin];
  // "clashes with stones and sticks between youths of two groups": a fight
  // waged with crude arms (a `crude_arms` cue within eight words of its
  // word) needs no armed party — it is a brawl of crowds, which
  // CrudeArmsMakeMobs codes as mob violence.
  const auto fought_with_crude_arms = [&] {
    const size_t w0 = trig_w_[t].first;
    return AnyCue(sent_[w0], "crude_arms", [&](const CueHit& c) { return (c.w0 >= w0 ? c.w0 - w0 : w0 - c.w0) <= 8; });
  };
  // "لم تُسجَّل أي مواجهات", "من دون أي مواجهات": a fight denied with "any"
  // before its word names no one by nature — the parties of a fight that did
  // not happen are seldom told — yet reports state the absence as news
  // (DropUnasserted makes it negated): a negation cue of its clause ending
  // at most three words before the word, "any" right before it.
  const auto denied_with_any = [&] {
    const size_t w0 = trig_w_[t].first;
    if (w0 == 0 || WordCue(w0 - 1, "any_of") == nullptr) return false;
    for (int32_t ci : Bucket(s_cues_, sent_[w0])) {
      const CueHit& c = cues_[ci];
      if (c.row->type == "negation" && c.row->kind != "future" && c.clause == clause_[w0] &&
          w0 > c.w1 && w0 <= c.w1 + 3)
        return true;
    }
    return false;
  };
  // اندلعت مواجهات بين مزارعين ورعاة: two groups of people the text names as
  // the sides (both civilians, neither armed by name) fight each other — the
  // communities' clash CommunitiesClash codes between communal militias.
  const auto two_communities = [&] {
    if (e.actor1.actor < 0 || e.actor2.actor < 0 || e.actor1.implicit || e.actor2.implicit) return false;
    const ActorMention &x = doc_.actors[e.actor1.actor], &y = doc_.actors[e.actor2.actor];
    return x.acled_inter == "Civilians" && y.acled_inter == "Civilians" && e.actor1.actor != e.actor2.actor &&
           std::any_of(trig_roles_[t]->begin(), trig_roles_[t]->end(), [](const RoleSlot& r) { return r.Has("actors"); });
  };
  // "قُتل ثلاثة أشخاص وأصيب خمسة آخرون في نزاع عشائري": people killed or
  // wounded "in" a feud of clans or tribes (a `communal_fight` cue in or
  // right after the word; a `circumstance` cue (في، in) right before it, a toll word at most ten words
  // before that, no comma between) tell a fight waged with arms, whoever its
  // sides were; a feud in court or over land kills no one. (Confrontations,
  // مواجهات, with a toll may be a riot's: they still need an armed party.)
  const auto killed_in = [&] {
    const size_t w0 = trig_w_[t].first;
    if (w0 == 0 || sent_[w0 - 1] != sent_[w0]) return false;
    if (!AnyCue(sent_[w0], "communal_fight", [&](const CueHit& c) { return c.w0 >= w0 && c.w0 <= trig_w_[t].second; }))
      return false;
    // في، in, in a, during: a `circumstance` cue ending right before the word.
    if (!AnyCue(sent_[w0], "circumstance", [&](const CueHit& c) { return c.w1 == w0; })) return false;
    // "لم يُقتل أحد في نزاع عشائري", "no one was killed in a clan feud": a toll
    // denied (a negation cue starting at most three words before it: لم، no,
    // not, no one) tells of no fight.
    // A cue hit, not a word's cue: the multi-word "no one" hides the
    // one-word "no" from WordCue.
    const auto denied = [&](size_t w) {
      for (size_t k = 1; k <= 3 && k <= w && sent_[w - k] == sent_[w]; ++k)
        if (const CueRow* c = WordCue(w - k, "negation"); c && c->kind != "future") return true;
      return AnyCue(sent_[w], "negation",
                    [&](const CueHit& c) { return c.row->kind != "future" && c.w0 < w && c.w0 + 3 >= w; });
    };
    for (size_t w = w0 - 1; w-- > 0 && sent_[w] == sent_[w0] && w0 - w <= 11;) {
      const std::string_view x = words_[w].text();
      if (IsComma(x) || x == ";" || x == "\xD8\x9B") return false;
      // A casualty word starting at w (TriggerStartingAt only says whether
      // any event word does).
      for (int32_t u : Bucket(s_triggers_, sent_[w]))
        if (trig_w_[u].first == w && doc_.triggers[u].acled_event_type == "casualty") return !denied(w);
    }
    return false;
  };
  // "Jihadists attacked an army post … the attackers also took two farmers
  // with them": a noun that only refers back to the doers of an attack
  // (`doer_anaphor` cue: the attackers, the raiders) as the subject right
  // before the word (an adverb between), after an event of the two
  // sentences before that named an armed party, names that armed party.
  // An event other than e, of e's sentence or the two before (and, given
  // `upto`, with its word before word `upto`), that named an armed party:
  // what a back-reference to fighters (the attackers, "pursue them") needs.
  const auto fighting_party_told_before = [&](size_t upto) {
    return std::any_of(doc_.events.begin(), doc_.events.end(), [&](const Event& o) {
      return &o != &e && (upto == SIZE_MAX || (o.trigger >= 0 && trig_w_[o.trigger].first < upto)) &&
             o.sentence <= e.sentence && e.sentence - o.sentence <= 2 && NamesFightingParty(o);
    });
  };
  const auto armed_doers_before = [&] {
    const size_t w0 = trig_w_[t].first;
    if (!Latin(w0) || sent_[w0] < 0) return false;
    if (!AnyCue(sent_[w0], "doer_anaphor",
                [&](const CueHit& c) { return c.row->kind != "event" && c.w1 <= w0 && w0 - c.w1 <= 1; }))
      return false;
    // Any such event of the sentence, as it has always been read: one told
    // after the anaphor in its own sentence counts too.
    return fighting_party_told_before(SIZE_MAX);
  };
  if (NeedsArmed(tr) && !tr.definite && !NamesFightingParty(e) && !fought_with_crude_arms() && !denied_with_any() &&
      !two_communities() && !killed_in() && !armed_doers_before())
    return;
  if (NeedsCaptives(tr) && CaptivityBefore(t) < 0 && !HeldCaptivesBefore(t) && !CaptivityToldJustBefore(t)) return;
  if (NeedsCount(tr) && !CountedObjectAfter(t)) return;
  if (NeedsPlace(tr) && !TownObjectAfter(t)) return;
  if (tr.roles.find("needs=foe_after") != std::string::npos && !FoeNamedAfter(t)) return;
  // "the security forces said they would pursue them": a hunt whose quarry
  // is only a pronoun ("pursue them", "chase them", "hunt them down") is a
  // fight told ahead only when its doer is a named armed party and an event
  // told before it, in its sentence or the two before, named an armed party
  // (the gunmen "them" refers to); `needs=foe_before` drops it otherwise
  // ("the owners would pursue them in court", "the police did not chase
  // them when they fled the school").
  if (tr.roles.find("needs=foe_before") != std::string::npos) {
    if (e.actor1.actor < 0 || e.actor1.implicit || !Armed(InterOf(e.actor1))) return;
    if (!fighting_party_told_before(trig_w_[t].first)) return;
  }
  // تعهدت الوزارة بملاحقة المتورطين، "vowed to pursue those behind it": a
  // word that names a hunt for wrongdoers only as the object of a vow
  // (an `intent` cue of kind vow that reaches it) is an arrest told ahead;
  // told as done (بعد ملاحقتهم) it is how an arrest or a fight went, and
  // `needs=vow` drops it.
  if (tr.roles.find("needs=vow") != std::string::npos) {
    const size_t w0 = trig_w_[t].first, w1 = trig_w_[t].second;
    bool vowed = false;
    for (int32_t ci : Bucket(s_cues_, sent_[w0])) {
      const CueHit& c = cues_[ci];
      vowed = vowed || (c.row->type == "intent" && c.row->kind == "vow" && CueApplies(c, w0, w1, t, false));
    }
    if (!vowed) return;
    // توعّد الجيش بملاحقة بقية المسلحين، "vowed to hunt down the remaining
    // militants": a hunt for armed men (a non-state armed group named right
    // after the word) is a fight told ahead, not an arrest.
    for (size_t a = 0; a < doc_.actors.size(); ++a) {
      const std::string& inter = doc_.actors[a].acled_inter;
      if (actor_w_[a].first >= w1 && actor_w_[a].first <= w1 + 2 && sent_[actor_w_[a].first] == sent_[w0] &&
          (inter == "Rebel group" || inter == "Political militia" || inter == "Identity militia")) {
        e.acled_event_type = "Battles";
        e.acled_sub_event_type = "Armed clash";
        e.plover_event_type = "ASSAULT";
        e.plover_mode = "firearms";
        break;
      }
    }
  }
  // «وسنعود كل خميس»، "we will be back": a bare vow to come back is a
  // protest told ahead only in the quoted words of a crowd whose protest the
  // report tells just before (a protest word in its sentence or the two
  // before it); `needs=protest_quote` drops it anywhere else.
  if (tr.roles.find("needs=protest_quote") != std::string::npos) {
    const int32_t sentence = sent_[trig_w_[t].first];
    bool protest = false;
    for (size_t u = 0; u < doc_.triggers.size() && !protest; ++u)
      protest = u != t && doc_.triggers[u].acled_event_type == "Protests" &&
                trig_w_[u].first < trig_w_[t].first && sent_[trig_w_[u].first] >= sentence - 2 &&
                doc_.triggers[u].roles.find("needs=protest_quote") == std::string::npos;
    if (e.quote < 0 || !protest) return;
  }
  // "اعترض مسلحون سيارته"، "اعترض حشد دورية": اعترض stops a car, a
  // merchant or a patrol as readily as a missile; it is an interception
  // (disrupted weapons use) only when a weapon in flight or arms on the move
  // (an `interceptable` cue) is told in its sentence, or in the one before
  // for a pronoun object (اعتراضها).
  if (tr.roles.find("needs=interceptable") != std::string::npos) {
    // Word by word, not by cue hits: a weapon word is also a `weapon` or
    // `military_target` cue, and a phrase matched here would take its words.
    const int32_t sentence = sent_[trig_w_[t].first];
    bool interceptable = false;
    for (size_t k = 0; k < words_.size() && !interceptable; ++k)
      interceptable = (sent_[k] == sentence || sent_[k] == sentence - 1) && WordCue(k, "interceptable") != nullptr;
    if (!interceptable) return;
  }
  // "armed men blocked the highway near Mastung and checked identity
  // cards": a road held by an armed party is a checkpoint of theirs, no
  // protest; `needs=unarmed` drops the event of a crowd's word whose doer
  // is an armed actor the text names.
  if (tr.roles.find("needs=unarmed") != std::string::npos && e.actor1.actor >= 0 && !e.actor1.implicit) {
    const std::string inter = InterOf(e.actor1);
    if (inter != "Civilians" && inter != "Protesters" && inter != "Rioters") return;
  }
  // "Protesters were chased out of Gao by police": a town lost is lost by an
  // armed party; `needs=armed_target` drops the passive's event when its
  // subject, the side driven out (an actor mention ending at most three words
  // before the verb: its auxiliary between), is civilians, protesters or
  // rioters. A subject no actor mention names ("Somaliland's forces") is
  // left to `needs=armed`.
  if (tr.roles.find("needs=armed_target") != std::string::npos) {
    const size_t tw0 = trig_w_[t].first;
    for (size_t a = 0; a < doc_.actors.size(); ++a) {
      const size_t ae = actor_w_[a].second;
      if (ae > tw0 || tw0 - ae > 3 || sent_[actor_w_[a].first] != sent_[tw0]) continue;
      if (!Armed(doc_.actors[a].acled_inter)) return;
    }
  }
  if (DescribesReleasedCaptives(t)) return;
  if (FallOfCasualties(t) || DescribesByHabit(e) || DescribesGroundLeft(e)) return;
  AddEvent(std::move(e));
}

// "أوقفت الشرطة سبعة أشخاص"، "أُوقف العشرات": a verb that halts things
// (أوقف القتال، أوقف ضخ النفط) arrests when its object is a count of
// people. The count stands right after the verb, or after its subject (an
// actor mention), in the clause; a count of goods (أوقفت ثلاث شاحنات) is
// no arrest.
bool Builder::CountedObjectAfter(int32_t t) const {
  const size_t tw0 = trig_w_[t].first, tw1 = trig_w_[t].second;
  const int32_t sentence = sent_[tw0];
  auto people = [&](const NumberMention& m) {
    if (m.kind != NumberMention::Kind::kCardinal) return false;
    if (m.unit.empty()) return true;
    const CueRow* goods = lex_.KeyCue(NormalizeKey(m.unit), "goods");
    return goods == nullptr || goods->kind == "persons";
  };
  // The people counted right before the verb are its subject, the undiacritised
  // passive (إن 14 شخصاً أوقفوا على خلفية الأحداث "were arrested"): at most their
  // noun between, no clause break.
  for (int32_t n : Bucket(s_numbers_, sentence)) {
    const size_t ne = num_w_[n].second;
    if (ne > tw0 || tw0 - ne > 1 || WordInDate(num_w_[n].first)) continue;
    bool joined = true;
    for (size_t k = num_w_[n].first; k <= tw0 && joined; ++k) joined = !words_[k].clause_break;
    if (joined && people(doc_.numbers[n])) return true;
  }
  auto in_place = [&](size_t w) {
    for (int32_t p : Bucket(s_places_, sentence))
      if (place_w_[p].first <= w && w < place_w_[p].second) return true;
    return false;
  };
  for (int32_t n : Bucket(s_numbers_, sentence)) {
    const size_t nw = num_w_[n].first;
    if (nw < tw1 || WordInDate(nw)) continue;
    // Between verb and count: the subject, or a time phrase (أوقفت قوات
    // الأمن خلال الأسبوع الماضي خمسة عناصر) with the preposition before it,
    // or where it happened (أوقفت دورية أمس في بلدة عرسال ثلاثة أشخاص: a
    // place the geoparser read, with its preposition and a place noun
    // before it), a time phrase set off by commas (بطنجة، أمس الأحد،
    // شخصين), or "other" after the subject (أوقفت مفارز أخرى سبعة مهربين).
    bool after_subject = false;  // the word before is the subject's
    for (size_t k = tw1; k < nw; ++k) {
      if (words_[k].clause_break) {
        after_subject = false;
        if ((k > tw1 && WordInDate(k - 1)) || WordInDate(k + 1)) continue;
        return false;
      }
      const std::string_view text = words_[k].text();
      if (InActorMention(k, sentence)) {
        after_subject = true;
        continue;
      }
      // A nisba or "other" agreeing with the subject (الأمن الوطني، مفارز
      // أخرى: the normalised text, ى read as ي).
      if (after_subject && (text == "اخري" || text == "اخر" ||
                            (words_[k].article_bytes > 0 && (EndsWith(text, "ي") || EndsWith(text, "يه")))))
        continue;
      after_subject = false;
      if (WordInDate(k) || WordInDate(k + 1) || in_place(k)) continue;
      // The head of the subject before the force it belongs to (دورية من
      // الشرطة، عناصر من الجيش): من and the force right after it.
      bool before = false;
      if (k + 2 < nw && words_[k + 1].text() == "من" && InActorMention(k + 2, sentence)) {
        ++k;
        continue;
      }
      // في، قرب or a settlement noun, the place starting within two words.
      const bool lead = text == "في" || text == "قرب" || WordCue(k, "settlement") != nullptr;
      for (size_t j = k + 1; lead && j < nw && j <= k + 2 && !words_[j].clause_break && !before; ++j)
        before = in_place(j);
      if (before) continue;
      return false;
    }
    return people(doc_.numbers[n]);
  }
  return false;
}

// "would soon take Jamaame", "took Mirebalais in 2021": "take" tells a
// capture when a town the gazetteer knows is its object, right after the
// verb; it takes part, takes place, takes hostages or a country to court
// otherwise (a country is never the object of a capture told this way).
// "would enter El Fasher", "took Al Qaim": the geoparser reads the town
// without the Latin spelling of the Arabic article before it, so the name
// starts one word after the verb. A capitalised article is part of the name.
bool CapitalisedLatinArticle(std::string_view word) {
  static constexpr std::string_view kArticles[] = {"al", "el", "ad", "ar", "as", "ash", "az", "ath", "adh"};
  if (word.empty() || word[0] < 'A' || word[0] > 'Z') return false;
  return std::any_of(std::begin(kArticles), std::end(kArticles), [&](std::string_view a) {
    return a.size() == word.size() && std::equal(a.begin(), a.end(), word.begin(), [](char x, char y) {
             return x == static_cast<char>(std::tolower(static_cast<unsigned char>(y)));
           });
  });
}

// "the army cleared the town of militants": a gapped form whose tail ends
// in "of" (cleared ... town of) names ground taken back only when the town
// is its object (the gap at most two words: "the", "the whole") and what it
// was cleared of is an armed party — an armed actor mention starting right
// after the tail (an article between), or a speaker's `framing` of a party
// right after it ("of what it called extremist forces": whatever its name). "cleared the area of
// rubble", "cleared the town of protesters", "cleared the village of mines
// left by the militants" take back nothing.
bool Builder::FoeNamedAfter(int32_t t) const {
  const TriggerMention& tr = doc_.triggers[t];
  const size_t w1 = trig_w_[t].second, after = WordAtByte(tr.span.end);
  if (after >= words_.size() || after < w1 || after - w1 > 4) return false;
  const int32_t sentence = sent_[trig_w_[t].first];
  if (sent_[after] != sentence) return false;
  const auto armed_at = [&](size_t w0, size_t w1x) {
    for (int32_t a : Bucket(s_actors_, sentence)) {
      const size_t a0 = actor_w_[a].first;
      if (a0 >= w0 && a0 <= w1x && !doc_.actors[a].person && Armed(doc_.actors[a].acled_inter)) return true;
    }
    return false;
  };
  if (armed_at(after, after + 1)) return true;
  for (int32_t ci : Bucket(s_cues_, sentence))
    if (cues_[ci].row->type == "framing" && cues_[ci].w0 == after) return true;
  return false;
}

bool Builder::TownObjectAfter(int32_t t) const {
  const size_t tw1 = trig_w_[t].second;
  const bool article_between = tw1 < words_.size() && sent_[tw1] == sent_[trig_w_[t].first] &&
                               CapitalisedLatinArticle(doc_.OriginalText(doc_.tokens[words_[tw1].first].span));
  for (int32_t p : Bucket(s_places_, sent_[trig_w_[t].first])) {
    if (place_w_[p].first != tw1 && !(article_between && place_w_[p].first == tw1 + 1)) continue;
    const PlaceMention& m = doc_.places[p];
    return m.resolved && m.location.feature_code.rfind("PCL", 0) != 0;
  }
  return false;
}

static bool IsAbduction(const TriggerMention& tr) { return tr.acled_sub_event_type == "Abduction/forced disappearance"; }

// A released person is a captive only when the sentence told the captivity
// before the release ("aid workers kidnapped in March were released"): the
// abduction word nearest before the trigger in its sentence, or -1.
int32_t Builder::CaptivityBefore(int32_t t) const {
  const size_t tw0 = trig_w_[t].first;
  int32_t best = -1;
  for (int32_t u : Bucket(s_triggers_, sent_[tw0]))
    if (u != t && trig_w_[u].second <= tw0 && IsAbduction(doc_.triggers[u]) &&
        (best < 0 || trig_w_[u].first > trig_w_[best].first))
      best = u;
  return best;
}

// "The 12 hostages were freed": a noun that names people held by captors,
// as the subject right before a bare passive release, tells the captivity
// itself, with no abduction word. Only within the clause: a comma or
// semicolon ends the search, so "suspects were released" stays no release.
bool Builder::HeldCaptivesBefore(int32_t t) const {
  constexpr size_t kSubjectWindow = 6;
  const size_t tw0 = trig_w_[t].first;
  for (size_t w = tw0; w-- > 0 && tw0 - w <= kSubjectWindow && sent_[w] == sent_[tw0];) {
    const std::string_view x = words_[w].text();
    if (x == "," || x == ";") return false;
    if (WordCue(w, "held_captive") != nullptr) return true;
  }
  return false;
}

// "Gunmen seized 14 drivers on Saturday. Two of them were freed on Monday":
// the captivity told in one of the two sentences right before the release
// makes its subject the captives, though the release's own sentence names
// no abduction. Two, not one: a quote or an aside often stands between.
bool Builder::CaptivityToldJustBefore(int32_t t) const {
  constexpr int32_t kSentencesBack = 2;
  const int32_t s = sent_[trig_w_[t].first];
  for (int32_t b = s - 1; b >= 0 && b >= s - kSentencesBack; --b)
    for (int32_t u : Bucket(s_triggers_, b))
      if (IsAbduction(doc_.triggers[u])) return true;
  return false;
}

// "14 people abducted by the militia in August had been released": the bare
// participle describes who was released, told as the release's background,
// no abduction of its own. Not after an auxiliary ("were abducted ... and
// released"), nor across a comma, "and" or a relative pronoun ("gunmen
// abducted ten men, who were released"), where the abduction is told itself.
bool Builder::DescribesReleasedCaptives(int32_t t) const {
  const TriggerMention& tr = doc_.triggers[t];
  const auto [tw0, tw1] = trig_w_[t];
  if (!IsAbduction(tr) || tr.voice != "active" || tw1 != tw0 + 1 || tw0 == 0 || !Latin(tw0)) return false;
  const std::string_view verb = words_[tw0].text();
  if (verb.size() < 3 || verb.substr(verb.size() - 2) != "ed") return false;
  if (WordCue(tw0 - 1, "participle_auxiliary")) return false;
  if (!words_[tw0 - 1].is_word && !words_[tw0 - 1].number) return false;
  for (int32_t u : Bucket(s_triggers_, sent_[tw0])) {
    if (!NeedsCaptives(doc_.triggers[u]) || trig_w_[u].first < tw1 || CaptivityBefore(u) != t) continue;
    for (size_t w = tw1; w < trig_w_[u].first; ++w) {
      const std::string_view x = words_[w].text();
      if (x == "," || x == "and" || x == ";" || WordCue(w, "relative") != nullptr) return false;
    }
    return true;
  }
  return false;
}

// "أدى إلى سقوط شهيدين"، "سقوط 3 قتلى": what falls is the dead, told by
// the toll word right after, not a town: no capture.
bool Builder::FallOfCasualties(int32_t t) const {
  const TriggerMention& tr = doc_.triggers[t];
  if (tr.acled_event_type != "Battles" || tr.acled_sub_event_type == "Armed clash") return false;
  const size_t tw1 = trig_w_[t].second;
  for (int32_t u : Bucket(s_triggers_, sent_[tw1 - 1])) {
    const size_t uw = trig_w_[u].first;
    if (doc_.triggers[u].acled_event_type == "casualty" && uw >= tw1 && uw <= tw1 + 1 && clause_[uw] == clause_[tw1 - 1])
      return true;
  }
  return false;
}

bool Builder::NamesFightingParty(const Event& e) const {
  for (const EventArgument* a : {&e.actor1, &e.actor2}) {
    if (a->actor < 0) continue;
    const std::string& inter = doc_.actors[a->actor].acled_inter;
    if (Armed(inter) || inter == "Protesters" || inter == "Rioters") return true;
  }
  return false;
}

// "كما تم الاستيلاء على المطار" (the airport was also seized): a passive's
// unstated agent is the named actor of the same kind of event just told
// (this sentence or the one before), before the document's main actor.
int32_t Builder::ActorOfLastLike(const Event& e, int32_t sentence) const {
  for (size_t k = doc_.events.size(); k-- > 0;) {
    const Event& p = doc_.events[k];
    if (static_cast<int32_t>(p.sentence) < sentence - 1) break;
    // The same kind: a battle for a battle (captures are told either way),
    // else the same sub-event (a burning is no arrest).
    const bool same_kind = e.acled_event_type == "Battles" ? p.acled_event_type == e.acled_event_type
                                                           : p.acled_sub_event_type == e.acled_sub_event_type;
    if (same_kind && p.actor1.actor >= 0 && !doc_.actors[p.actor1.actor].id.empty() && p.quote == e.quote)
      return p.actor1.actor;
  }
  return -1;
}

// An actor a word of belonging introduces (تابعة لـ X، "belonging to X").
bool Builder::Owner(int32_t a) const {
  const size_t w = actor_w_[a].first;
  return AnyCue(sent_[w], "belonging", [&](const CueHit& c) { return c.w1 == w; });
}

// The actor an identity hedge names ("believed to be from X", "blamed on
// X", يعتقد أنهم من X) in the sentence, or -1.
int32_t Builder::IdentityHedged(int32_t sentence) const {
  // Each reading below asks for one of these cues in the sentence.
  if (!(SentenceCueTypes(sentence) & CueTypeBits({"identity_hedge", "attributor"}))) return -1;
  for (int32_t a : Bucket(s_actors_, sentence)) {
    const size_t w = actor_w_[a].first;
    if (!doc_.actors[a].id.empty() && RightAfterCue(sentence, "identity_hedge", w)) return a;
    // A name set in quotation marks after a preposition and a kind noun
    // (يعتقد أنهم ينتمون إلى تنظيم "X"، "believed to belong to the group 'X'").
    if (!doc_.actors[a].id.empty() && w > 0 && words_[w - 1].quote_mark &&
        AnyCue(sentence, "identity_hedge", [&](const CueHit& c) { return w >= c.w1 + 1 && w <= c.w1 + 3; }) &&
        QuotedName(w - 1) == a)
      return a;
    // "in an attack the police attributed to X" (في هجوم نسبته الشرطة إلى X):
    // a verb of attributing with its object pronoun (`attributor`), then
    // who attributes, then إلى right before the name, in one clause.
    static const std::string ila = NormalizeKey("\xD8\xA5\xD9\x84\xD9\x89");  // إلى
    if (!doc_.actors[a].id.empty() && w > 1 && words_[w - 1].text() == ila &&
        AnyCue(sentence, "attributor", [&](const CueHit& c) {
          return c.w1 <= w - 1 && w - 1 - c.w1 <= 4 && clause_[c.w0] == clause_[w];
        }))
      return a;
  }
  return -1;
}

// A word in [from, to) is a preposition one of the trigger's slots names
// an actor by (prep:مع=actor2, prep:with=actor2).
bool Builder::RolePrepositionBetween(const std::vector<RoleSlot>& slots, size_t from, size_t to) const {
  for (const RoleSlot& s : slots) {
    if (s.slot != "prep" || !(s.Has("actor1") || s.AnyActor2())) continue;
    for (size_t w = from; w < to && w < words_.size(); ++w)
      if (words_[w].text() == s.prep) return true;
  }
  return false;
}

// بين X وY من جهة وZ من جهة أخرى, "between X and Y on one side and Z on
// the other": a `camp_split` cue after the first side's list closes it, and
// the other side is the actor right after the cue (past و / "and"); -1
// when no such cue follows actor a closely.
int32_t Builder::CampAfterSplit(int32_t a, int32_t sentence) const {
  const size_t after = actor_w_[a].second;
  for (int32_t ci : Bucket(s_cues_, sentence)) {
    const CueHit& c = cues_[ci];
    if (c.row->type != "camp_split" || c.w0 < after || c.w0 > after + 12) continue;
    for (size_t k = c.w1; k < c.w1 + 3 && k < words_.size() && sent_[k] == sentence; ++k) {
      const int32_t b = ActorStartingAt(k);
      if (b >= 0 && b != a && doc_.actors[b].id != doc_.actors[a].id) return b;
      if (b >= 0) break;
    }
    return -1;
  }
  return -1;
}

// The first word after a clause that holds only a date and follows the
// trigger's clause right after the trigger (الاشتباكات العنيفة، أمس
// الخميس، بين), when that word is in the same sentence; else SIZE_MAX.
// The trigger's clause may run on up to five words past it: a subject with
// its adjective and a joined verb (قُتل راعيان موريتانيان وأُصيب ثالث، مساء
// الاثنين، برصاص).
size_t Builder::PastDateAside(size_t tw1, int32_t clause) const {
  size_t k = tw1;
  while (k < words_.size() && k < tw1 + 5 && clause_[k] == clause) ++k;
  if (k >= words_.size() || clause_[k] == clause || sent_[k] != sent_[tw1 - 1]) return SIZE_MAX;
  const int32_t aside = clause_[k];
  size_t end = k;
  while (end < words_.size() && clause_[end] == aside) ++end;
  if (end >= words_.size() || end - k > 5 || sent_[end] != sent_[k]) return SIZE_MAX;
  for (size_t w = k; w < end; ++w)
    if (words_[w].is_word && !WordInDate(w)) return SIZE_MAX;
  return end;
}

// Mention a is a nationality adjective right after a generic attack noun
// (هجوم روسي، هجوماً حوثياً, "a Russian attack"): the attack's owner.
bool Builder::AttackOwner(int32_t a) const {
  const size_t w = actor_w_[a].first;
  if (w == 0 || doc_.actors[a].alias_kind != "adjective") return false;
  for (int32_t t : Bucket(s_triggers_, sent_[w - 1]))
    if (trig_w_[t].second == w && doc_.triggers[t].voice == "nominal" && doc_.triggers[t].generic) return true;
  return false;
}

// The closing bracket of a gloss right after mention a: the same actor named
// again in brackets, nothing else inside ("قوات سوريا الديمقراطية (قسد)",
// "the Arakan Army (AA)"); SIZE_MAX when none.
size_t Builder::GlossClose(int32_t a) const {
  const size_t open = actor_w_[a].second;
  if (open + 1 >= words_.size() || words_[open].text() != "(" || sent_[open] != sent_[actor_w_[a].first]) return SIZE_MAX;
  const int32_t g = ActorStartingAt(open + 1);
  if (g < 0 || g == a || doc_.actors[g].id != doc_.actors[a].id) return SIZE_MAX;
  const size_t close = actor_w_[g].second;
  return close < words_.size() && words_[close].text() == ")" && sent_[close] == sent_[open] ? close : SIZE_MAX;
}

// The owner a word of belonging (`belonging`: تابعة لـ) right after word w
// names (طائرة مسيّرة تابعة للجيش), or -1.
int32_t Builder::OwnerRightAfter(size_t w, int32_t sentence) const {
  int32_t owner = -1;
  AnyCue(sentence, "belonging", [&](const CueHit& c) {
    if (c.w0 != w) return false;
    owner = ActorStartingAt(c.w1);
    return true;
  });
  return owner;
}

void Builder::FillArguments(Event& e, int32_t t) {
  const TriggerMention& tr = doc_.triggers[t];
  const size_t tw0 = trig_w_[t].first, tw1 = trig_w_[t].second;
  const int32_t sentence = sent_[tw0], clause = clause_[tw0];
  const std::vector<RoleSlot>& slots = *trig_roles_[t];
  const bool passive = tr.voice == "passive";
  const bool english = Latin(tr);
  int32_t a1 = -1, a2 = -1;
  int32_t subj_after = -1;  // VSO subject
  // A plural past verb with its object pronoun drops the alif (اقتادوه،
  // اختطفوهم): the subject is in the verb, the object is the pronoun, so
  // neither is looked for after it (إلى جهة مجهولة is where they went).
  bool obj_pronoun = false;
  if (!english && tr.voice == "active" && tw1 > tw0) {
    const std::string_view last = words_[tw1 - 1].text();
    for (std::string_view suf : {"\xD9\x88\xD9\x87", "\xD9\x88\xD9\x87\xD8\xA7", "\xD9\x88\xD9\x87\xD9\x85",
                                 "\xD9\x88\xD9\x87\xD9\x85\xD8\xA7"})  // وه وها وهم وهما
      obj_pronoun = obj_pronoun || (last.size() > suf.size() + 4 && last.ends_with(suf));
  }
  for (const RoleSlot& s : slots) {
    if (s.slot == "subj" && !passive && tr.voice == "active") {
      // VSO: the subject follows, possibly after a short adjunct (فرت من
      // المنطقة الجماعات ...), but not as the object of a preposition.
      // English is SVO: what follows the verb is its object.
      const bool latin = Latin(tr);
      // A verb in the plural carries its subject: the noun after it is its
      // object (VSO verbs agree in the singular). The plural is read by its
      // وا ending (رشقوا، هاجموا) or by a plural object-pronoun ending
      // (obj_pronoun above: اقتادوه، اختطفوهم — event_plural_pronoun_test.cc);
      // no other plural form (a present يهاجمون, a feminine هاجمن) is read.
      // So does a verb right after the complementizer that carries its
      // subject as a pronoun (أعلن الجيش أنه استهدف عنصرين من X: the `own_forces`
      // cue أنه، بأنها): the noun after it is its object, the doer before.
      const bool pronoun_subject = !latin && tw0 > 0 && sent_[tw0 - 1] == sentence && WordCue(tw0 - 1, "own_forces");
      // A trigger of several words is the verb with its object (أضرموا
      // النار): the verb is its first word.
      const bool plural_verb =
          !latin && (VerbCarriesWaw(tw0, tw1) || obj_pronoun || pronoun_subject);
      // "لتفريق المحتجين" (to disperse the protesters): after a verbal noun
      // of purpose the noun is its object.
      int32_t a = latin || plural_verb || Purpose(t) ? -1 : ActorNear(tw1, clause, tw0, tw1, -1, 4);
      // Partitive من after the subject's head noun is no preposition of the
      // verb: دخلت فصائل من الجيش الوطني، "fighters of X".
      const bool partitive = a >= 0 && actor_w_[a].first == tw1 + 2 && words_[tw1 + 1].text() == "\xD9\x85\xD9\x86";  // من
      if (a >= 0 && actor_w_[a].first >= tw1 && PrecededByPreposition(a) && !partitive) a = -1;
      // دخل رجل يرتدي زي الجيش: the party whose uniform the subject wears
      // (after a `guise` cue) is not the subject.
      if (a >= 0 && actor_w_[a].first > tw1 && RightAfterCue(sentence, "guise", actor_w_[a].first)) a = -1;
      // Behind a preposition the verb's own roles name (اشتبكت مع عناصر من
      // X: X is who it fought), the actor fills that slot, not the subject.
      if (a >= 0 && RolePrepositionBetween(slots, tw1, actor_w_[a].first)) a = -1;
      // صدّ الجيش هجوماً روسياً: a nationality adjective after an attack
      // noun that follows the verb is whose attack it is, the verb's object.
      if (a >= 0 && actor_w_[a].first > tw1 && AttackOwner(a)) a = -1;
      // قصف مواقع الحركة، ردّ الجيش بقصف مقرات X: a place a party holds
      // (`held_site`) right after the verb is its object, and the party
      // named right after it owns it — the side struck, not the doer, who
      // is looked for before the verb.
      if (a >= 0 && actor_w_[a].first > tw1 && AnyCue(sentence, "held_site", [&](const CueHit& c) {
            return c.w0 == tw1 && c.w1 == actor_w_[a].first;
          })) {
        if (a2 < 0) a2 = a;
        a = -1;
      }
      // Civilians right after a verb of violence are what it falls on (طرد
      // السكان، استهدفت المدنيين, undiacritised verbal nouns), not its doers;
      // residents are subjects only of a crowd's deeds (تظاهر السكان). A
      // verb that takes its victim after a preposition (انهال الأهالي بالضرب
      // على رجل، اعتدى السكان على) has its doers right after it.
      // A crowd counted right after a verb of attack or beating (هاجم عشرات
      // الشبان محال: a `collective_of` head between) is who did it, a mob;
      // after an arrest (اعتقلت عشرات الشبان) it is still who was taken.
      const bool counted_crowd =
          a >= 0 && (tr.acled_event_type == "Battles" || tr.plover_mode == "beat") &&
          AnyCue(sentence, "collective_of", [&](const CueHit& c) {
            return c.row->kind == "head" && c.w0 == tw1 && c.w1 == actor_w_[a].first;
          });
      if (a >= 0 && !counted_crowd && doc_.actors[a].acled_inter == "Civilians" && tr.acled_event_type != "Protests" &&
          tr.acled_event_type != "Riots" && std::any_of(slots.begin(), slots.end(), [](const RoleSlot& r) {
            return r.AnyActor2() && r.slot != "prep";
          })) {
        if (a2 < 0) a2 = a;
        a = -1;
      }
      // A count right after an arrest verb counts those taken (أوقفت ثلاثة
      // مهربين، اعتقلت 20 عنصراً من X): the counted party is the object; the
      // subject, in VSO, would stand before the count (اعتقلت الشرطة ثلاثة).
      if (a >= 0 && tr.acled_sub_event_type == "Arrests" && actor_w_[a].first > tw1 &&
          std::any_of(slots.begin(), slots.end(), [](const RoleSlot& r) { return r.slot == "obj" && r.AnyActor2(); })) {
        bool counted = false;
        for (int32_t n : Bucket(s_numbers_, sentence))
          counted = counted || (num_w_[n].first == tw1 && num_w_[n].second <= actor_w_[a].first);
        if (counted) {
          if (a2 < 0) a2 = a;
          a = -1;
        }
      }
      if (a >= 0) subj_after = a;
      else a = SubjectBefore(tw0, tw1, sentence, clause);
      // Residents who fall on someone or fight ("residents of X attacked a
      // camp", "villagers fought with sticks") are the doers too: a mob.
      // So are those who set fire to things ("residents set fire to two
      // buses", "villagers torched the police post"): a crowd's burning.
      if (a < 0 && (tr.plover_mode == "beat" || (english && tr.acled_sub_event_type == "Armed clash") ||
                    (english && tr.lemma == "burn"))) {
        a = BeatersBefore(tw0, sentence);
        // An adverb between them and the verb ("residents later set fire",
        // "villagers then beat"): a `passive_adverb` or `speech_adverb`
        // word, or one in -ly.
        if (a < 0 && english && tw0 > 0 && sent_[tw0 - 1] == sentence && words_[tw0 - 1].is_word &&
            (WordCue(tw0 - 1, "passive_adverb") || WordCue(tw0 - 1, "speech_adverb") ||
             words_[tw0 - 1].text().ends_with("ly")))
          a = BeatersBefore(tw0 - 1, sentence);
      }
      // إن العشرات من أهالي قرية تابعة لمركز X هاجموا منازل: people told
      // before an Arabic verb of attack in the past plural (its subject
      // agrees: the وا ending only, not the object-pronoun forms), in its clause, with no other party or event word between and
      // at most six words of where they live after them, are its doers — a
      // crowd (the victims of an active verb stand after it). A count's
      // partitive من before them (العشرات من أهالي) is no preposition of theirs.
      if (a < 0 && !latin && tr.acled_event_type == "Battles" && tr.voice == "active" &&
          VerbCarriesWaw(tw0, tw1) && !obj_pronoun && !pronoun_subject) {
        int32_t crowd = -1;
        for (int32_t b : Bucket(s_actors_, sentence)) {
          if (actor_w_[b].second > tw0) continue;
          crowd = b;  // the last party told before the verb
        }
        if (crowd >= 0 && doc_.actors[crowd].acled_inter == "Civilians" && !victim_[crowd] &&
            clause_[actor_w_[crowd].first] == clause && tw0 - actor_w_[crowd].second <= 6 &&
            !TriggerBetween(actor_w_[crowd].second, tw0)) {
          const size_t c0 = actor_w_[crowd].first;
          bool partitive_count = false;
          if (c0 >= 2 && words_[c0 - 1].text() == "\xD9\x85\xD9\x86")  // من
            for (int32_t n : Bucket(s_numbers_, sentence)) partitive_count = partitive_count || num_w_[n].second == c0 - 1;
          if (partitive_count || !PrecededByPreposition(crowd)) a = crowd;
        }
      }
      if (a < 0) continue;
      // English subjects joined by "and" before the verb ("soldiers and police
      // detained", "the army and the RSF clashed"): the first is the doer;
      // where the verb takes both sides, the second is the other.
      // A head that counts the second party's men may stand between "and"
      // and its name ("anti-balaka fighters and rebels of the CPC clashed",
      // "police and members of the militia detained": `collective_of` heads).
      const auto and_members_of = [&](size_t end, size_t w) {
        if (end >= w || words_[end].text() != "and") return false;
        size_t k = end + 1;
        bool head = false;
        AnyCue(sentence, "collective_of", [&](const CueHit& c) {
          if (c.w0 != k || c.row->kind != "head") return false;
          k = c.w1;
          head = true;
          return true;
        });
        if (head && k < w && words_[k].text() == "the") ++k;
        if (head && k < w && w >= 2 && words_[w - 1].text() == "(")
          // The subject found may be the name's bracketed gloss: "rebels of
          // the Coalition of Patriots for Change (CPC)".
          for (int32_t g : Bucket(s_actors_, sentence))
            if (actor_w_[g].first == k && actor_w_[g].second + 1 == w && doc_.actors[g].id == doc_.actors[a].id)
              return true;
        return head && k == w;
      };
      if (english && subj_after < 0 && (s.Has("actor1") || s.Has("actors")))
        for (int32_t b : Bucket(s_actors_, sentence))
          if (b != a && !doc_.actors[b].id.empty() && doc_.actors[b].id != doc_.actors[a].id &&
              (Conjoined(actor_w_[b].second, actor_w_[a].first) ||
               and_members_of(actor_w_[b].second, actor_w_[a].first))) {
            if (s.Has("actors") && a2 < 0) a2 = a;
            a = b;
            break;
          }
      // "a mine planted by X exploded", عبوة زرعها X انفجرت: the subject
      // found is who laid the device the verb tells of, its doer, never what
      // it hit.
      const bool layer = RightAfterCue(sentence, "launcher", actor_w_[a].first);
      if (s.Has("actor1") || s.Has("actors") || layer) a1 = a1 < 0 ? a : a1;
      else if (s.Has("victim") || s.Has("target") || s.Has("actor2")) a2 = a2 < 0 ? a : a2;
      if (s.Has("actors") && subj_after >= 0 && a2 < 0) {
        int32_t b = ActorNear(actor_w_[subj_after].second, clause, tw0, tw1, subj_after);
        if (b >= 0) a2 = b;
      }
    } else if (s.slot == "of" && tr.voice != "active") {
      int32_t a = ActorNear(tw1, clause, tw0, tw1);
      // A count and a partitive من between (اعتقال ستة من أعضاء الحزب،
      // توقيف 14 من المحتجين): the genitive is the party counted.
      // A generic head with the party's name right after it (خمسة من أعضاء
      // عصابة «X»): the name.
      if (a < 0 && (a = ActorNear(PastPartitiveCount(tw1), clause, tw0, tw1)) >= 0 &&
          doc_.actors[a].alias_kind == "generic")
        for (int32_t named : {ActorNear(actor_w_[a].second, clause, tw0, tw1, a, 2), QuotedName(actor_w_[a].second)})
          if (named >= 0 && named != a && doc_.actors[named].alias_kind != "generic" && !doc_.actors[named].id.empty()) {
            a = named;
            break;
          }
      if (a < 0) continue;
      if (s.Has("actor1") && a1 < 0) a1 = a;
      else if (s.AnyActor2() && a2 < 0 && a != a1) a2 = a;
    } else if (s.slot == "obj") {
      size_t from = subj_after >= 0 ? actor_w_[subj_after].second : tw1;
      // Partitive من after the subject (خطف مسلحون من X ركاباً) names whose
      // men they are, not the object: the object follows that name.
      if (subj_after >= 0 && from + 1 < words_.size() && words_[from].text() == "\xD9\x85\xD9\x86")  // من
        if (int32_t group = ActorStartingAt(from + 1); group >= 0) from = actor_w_[group].second;
      // An English passive's object is its subject ("two guards were shot"):
      // what follows it is the agent or an adjunct, no victim.
      int32_t a = (passive && english) || obj_pronoun ? -1 : ActorNear(from, clause, tw0, tw1, subj_after, 4);
      // "shot dead a member of the General Security Service", "seized one of
      // the gunmen": the party is the one the head counts from.
      if (a < 0 && !passive && english)
        if (const size_t past = PastCollectiveHead(from, clause); past != from)
          a = ActorNear(past, clause, tw0, tw1, subj_after, 3);
      // A row that spells its object past a gap (منعت ... النساء: the
      // subject stands in the gap) ends on that object, a group of people;
      // words after the form are adjuncts (من دخول الحدائق), not the object.
      if (a < 0 && !passive && !english && !obj_pronoun)
        for (int32_t own : Bucket(s_actors_, sentence))
          if (own != subj_after && actor_w_[own].first >= tw1 && doc_.actors[own].span.end == tr.span.end &&
              doc_.actors[own].acled_inter == "Civilians")
            a = own;
      if (a >= 0 && s.AnyActor2() && a2 < 0 && a != a1) a2 = a;
    } else if (s.slot == "prep") {
      size_t w = PrepObject(s.prep, tw1, clause);
      int32_t prep_clause = clause;
      // تجددت الاشتباكات، أمس الخميس، بين X وY: a date set off by commas
      // stands between the trigger and its preposition.
      if (w == SIZE_MAX)
        if (const size_t past = PastDateAside(tw1, clause); past != SIZE_MAX) {
          prep_clause = clause_[past];
          w = PrepObject(s.prep, past, prep_clause);
        }
      // قُتل ثلاثة فلسطينيين، بينهم طفل، بنيران القوات: a subset of the
      // victims set off by commas (a `subset` cue opening it: بينهم، من
      // بينهم, "among them") stands between the victims and the preposition.
      if (w == SIZE_MAX) {
        size_t k = tw1;
        while (k < words_.size() && k < tw1 + 4 && clause_[k] == clause) ++k;
        if (k < words_.size() && clause_[k] != clause && sent_[k] == sentence &&
            AnyCue(sentence, "subset", [&](const CueHit& c) { return c.w0 >= k && c.w0 <= k + 1; })) {
          const int32_t aside = clause_[k];
          size_t end = k;
          while (end < words_.size() && clause_[end] == aside) ++end;
          if (end < words_.size() && end - k <= 5 && sent_[end] == sentence) {
            prep_clause = clause_[end];
            w = PrepObject(s.prep, end, prep_clause);
          }
        }
      }
      // اشتبكت معها، اشتبكوا معهم: the preposition carries the other side as
      // a pronoun; it stands for the armed party told last before the verb
      // (in its sentence or the one before) that is not the subject's side.
      if (w == SIZE_MAX) {
        if (s.Has("actor2") && a2 < 0 && s.prep == "\u0645\u0639") {  // مع
          bool pronoun = false;  // a `with_pronoun` cue: معه، معها، معهم
          for (size_t k = tw1; k < tw1 + 2 && k < words_.size() && clause_[k] == clause && !pronoun; ++k)
            pronoun = WordCue(k, "with_pronoun") != nullptr;
          if (pronoun) {
            const ActorInfo* self = a1 >= 0 ? lex_.Actor(doc_.actors[a1].id) : nullptr;
            const bool self_state = self && self->acled_inter == "State forces";
            int32_t best = -1;
            for (int32_t sn = sentence; sn >= 0 && sn + 1 >= sentence && best < 0; --sn)
              for (int32_t b : Bucket(s_actors_, sn)) {
                if (sn == sentence && actor_w_[b].first >= tw0) continue;
                const ActorMention& m = doc_.actors[b];
                if (!ArmedParty(m) || actor_is_place_[b] || Source(b) || b == a1) continue;
                if (a1 >= 0 && (m.id == doc_.actors[a1].id || lex_.Related(m.id, doc_.actors[a1].id))) continue;
                if (self && (m.acled_inter == "State forces") == self_state) continue;
                best = b;  // the last one told before the verb
              }
            // مسلحون يعتقد أنهم من X … اشتبكت معهم: the men a partitive or a
            // guise gave a group are that group's.
            // So are "the attackers" told again (طاردت المهاجمين واشتبكت معهم).
            if (best >= 0) {
              int32_t group = PartitiveGroup(best);
              if (group < 0 && DefiniteMention(best)) group = EarlierUnnamedGroup(best);
              if (group >= 0) best = group;
            }
            if (best >= 0) a2 = best;
          }
        }
        continue;
      }
      int32_t a = ActorNear(w, prep_clause, tw0, tw1, -1, 3);  // مع مقاتلين من X
      // "between the Libyan National Army's Tariq Ben Ziyad Brigade and
      // Tebu gunmen", "clashed with the army’s 5th Brigade": after any English
      // preposition of a slot, a possessive (’s too, as PossessiveS reads it)
      // names the party by its unit, the name after "'s" (the owner is no
      // mention of its own); a second side is looked for after that name.
      if (a < 0 && english)
        for (size_t k = w; k + 1 < words_.size() && k < w + 6 && clause_[k + 1] == prep_clause; ++k)
          if (const LexWord& lw = words_[k]; lw.end >= lw.first + 3 &&
                                              (doc_.TokenText(lw.end - 2) == "'" || doc_.TokenText(lw.end - 2) == "\xE2\x80\x99") &&
                                              (doc_.TokenText(lw.end - 1) == "s" || doc_.TokenText(lw.end - 1) == "S")) {
            if (const int32_t owned = ActorStartingAt(k + 1); owned >= 0 && Usable(owned, tw0, tw1)) a = owned;
            break;
          }
      if (a < 0) continue;
      // The agent its preposition names (على أيدي X) over a subject that is
      // only the report's source (قالت البعثة إن نساء تعرضن للاغتصاب على
      // أيدي مسلحين: the mission said it, the gunmen did it).
      if (s.Has("actor1") && a1 >= 0 && a != a1 && Source(a1)) {
        if (a2 == a) a2 = -1;
        a1 = a;
      } else if (s.Has("actor1") && a1 < 0) a1 = a;
      else if (s.Has("actors")) {
        if (a1 < 0) a1 = a;
        else if (a2 < 0 && a != a1) a2 = a;
        int32_t b = CampAfterSplit(a, sentence);
        // The first side's name given again in brackets right after it (its
        // abbreviation: بين قوات سوريا الديمقراطية (قسد) ومسلحين) is no second
        // side: the other side is looked for past the brackets.
        size_t from = actor_w_[a].second;
        int32_t side_clause = prep_clause;
        if (const size_t close = GlossClose(a); close != SIZE_MAX && close + 1 < words_.size() &&
                                                sent_[close + 1] == sentence) {
          from = close + 1;
          side_clause = clause_[from];
        }
        for (size_t k = from; b < 0 && k < from + 3 && k < words_.size() && clause_[k] == side_clause; ++k)
          if ((b = ActorStartingAt(k)) >= 0) break;
        // "between a Tebu armed group and units of the eastern-based LNA": the
        // other side counted by a head noun after "and" is the party after it.
        if (const size_t and_w = actor_w_[a].second;
            b < 0 && english && and_w + 1 < words_.size() && words_[and_w].text() == "and")
          if (const size_t past = PastCollectiveHead(and_w + 1, prep_clause); past != and_w + 1)
            b = ActorNear(past, prep_clause, tw0, tw1, a, 4);
        if (b >= 0 && b != a1 && a2 < 0) a2 = b;
      } else if (s.AnyActor2() && a2 < 0 && a != a1) a2 = a;
    }
  }
  // "was shot dead by militants": an English passive's by-phrase is its
  // agent, whatever roles the verb's row gives in the active.
  if (passive && english && (a1 < 0 || Source(a1)))
    if (size_t w = PrepObject("by", tw1, clause); w != SIZE_MAX)
      if (int32_t a = ActorNear(PastCollectiveHead(w, clause), clause, tw0, tw1, -1, 3); a >= 0) {
        if (a2 == a) a2 = -1;
        a1 = a;
      }
  // "An army patrol was fired upon by gunmen", "two policemen were shot dead":
  // an English passive whose subject (its victim or target) is an armed
  // party names that party as the side hit — the fire was aimed at a force,
  // not at civilians. Civilians there stay told by the toll as before.
  if (passive && english && a2 < 0 && tr.acled_sub_event_type == "Attack" && LemmaCue(tr, "shooting") &&
      std::any_of(slots.begin(), slots.end(), [](const RoleSlot& s) {
        return s.slot == "subj" && (s.Has("victim") || s.Has("target"));
      }))
    if (int32_t a = SubjectBefore(tw0, tw1, sentence, clause);
        a >= 0 && a != a1 && ArmedParty(doc_.actors[a]) && actor_w_[a].second <= tw0 &&
        tw0 - actor_w_[a].second <= 1 &&
        (a1 < 0 || doc_.actors[a].id != doc_.actors[a1].id))
      a2 = a;
  const bool wants_actor1 = std::any_of(slots.begin(), slots.end(), [](const RoleSlot& s) {
    return s.Has("actor1") || s.Has("actors");
  });
  // Every event has an actor 1: a verbal noun without one in its roles
  // takes the clause's subject (تمكنت X من اختطاف جنود) — but not a
  // definite one after a preposition, which names an event told before
  // (رد الجيش على الهجوم: the army answered the attack, it did not make it).
  const bool told_before = tr.definite && tw0 > 0 && AfterPrepositionWord(tw0);
  if (a1 < 0 && tr.voice == "nominal") {
    if (int32_t r = ResumptiveAgent(tw1, clause, tw0); r >= 0) {
      if (a2 == r) a2 = -1;
      a1 = r;
    }
  }
  if (a1 < 0 && !passive && !told_before && (tr.voice == "nominal" || !wants_actor1)) {
    int32_t a = SubjectBefore(tw0, tw1, sentence, clause);
    // "قال مصدر في الشرطة إن الهجوم …", "a source in the police said the
    // attack …": the body where the source sits tells an attack told before;
    // it did not make it.
    if (a >= 0 && tr.definite && tr.voice == "nominal" && Source(a) && PrecededByPreposition(a)) a = -1;
    if (a < 0 && tr.voice == "nominal") a = AdjectiveInPhrase(tw0, tw1, sentence);
    // A strike told with its weapon (بغارة نفذتها طائرة مسيّرة تركية، ضربة
    // طائرة مسيرة روسية): the weapon's nationality is the striker, not the
    // subject told before it — the source (أفادت الوزارة بأن مسيّرات
    // أوكرانية) or the dead (قتل عنصران من X بغارة), who is then the target.
    else if (a >= 0 && tr.voice == "nominal" && tr.acled_event_type == "Explosions/Remote violence")
      if (int32_t adj = AdjectiveInPhrase(tw0, tw1, sentence);
          adj >= 0 && QualifiesWeapon(static_cast<size_t>(adj)) && doc_.actors[adj].id != doc_.actors[a].id) {
        if (a2 < 0 && !Source(a) && doc_.actors[a].alias_kind != "adjective" && Armed(doc_.actors[a].acled_inter)) a2 = a;
        a = adj;
      } else if (const int32_t own = OwnerRightAfter(tw1, sentence);
                 own >= 0 && own != a && doc_.actors[own].id != doc_.actors[a].id && Armed(doc_.actors[own].acled_inter)) {
        // طائرة مسيّرة تابعة للقوات المشتركة قصفت: the weapon's owner, named
        // after a word of belonging right after it, struck — not the party
        // told before it (قالت قناة X التابعة لـ Y إن …: whose channel told it).
        if (a2 == own) a2 = -1;
        a = own;
      }
    // "قال مصدر عسكري إن الجبهة لم تشهد مواجهات": a fight with no fighter
    // named, told by a force's unnamed source, was on its side's own front
    // — the source's side is the one party the report gives.
    if (a < 0 && tr.acled_event_type == "Battles") a = UnnamedSpeakerBefore(tw0, sentence, clause);
    if (a >= 0 && a != a2) a1 = a;
  }
  // تعرض عاملان للضرب من قبل مجموعة من الشبان، قُتل على يد مسلحين: an Arabic passive's agent
  // after its marker (a `passive_agent` cue: من قبل، على يد، على أيدي), past a head that counts it,
  // is its doer, whatever roles the word's row gives and over a subject that is only the source.
  if (passive && !english && (a1 < 0 || Source(a1))) {
    size_t marker_end = SIZE_MAX;
    AnyCue(sentence, "passive_agent", [&](const CueHit& c) {
      if (c.w0 < tw1 || c.w0 >= tw1 + 8 || clause_[c.w0] != clause || c.w1 >= words_.size()) return false;
      marker_end = c.w1;
      return true;
    });
    if (marker_end != SIZE_MAX)
      if (int32_t a = ActorNear(PastCollectiveHead(marker_end, clause), clause, tw0, tw1, -1, 3); a >= 0) {
        if (a2 == a) a2 = -1;
        a1 = a;
      }
  }
  // "Gunmen believed to be from X attacked": X is who the gunmen are, not
  // the one attacked; so is X in "the army said shelling blamed on X",
  // whose subject found is only the source.
  if (a1 < 0 || doc_.actors[a1].alias_kind == "generic" || Source(a1))
    if (int32_t named = IdentityHedged(sentence); named >= 0 && named != a1) {
      // تعرضن للاغتصاب على أيدي مسلحين يعتقد أنهم من X: the gunmen read
      // both as the agent and as the object are the doers X names, no
      // victim side.
      if (a2 == named || (a1 >= 0 && a2 == a1)) a2 = -1;
      a1 = named;
    }
  // صدّت قواته هجوماً شنّه X، تصدّوا لهجوم شنته X: an attack noun whose
  // resumptive verb names its launcher was X's, whoever the subject of the
  // generic battle verb (repelled) whose object, within three words, is that
  // noun: the fight is X's attack, the side that met it actor 2.
  if (!english && tr.acled_event_type == "Battles") {
    // The launcher may stand past a head of fighters (شنّه مقاتلو تنظيم X،
    // شنّه عناصر من X): up to four words after the resumptive verb.
    int32_t launcher = -1;
    for (int32_t u : Bucket(s_triggers_, sentence)) {
      const size_t uw0 = trig_w_[u].first, uw1 = trig_w_[u].second;
      if (u == t || clause_[uw0] != clause || doc_.triggers[u].acled_event_type != "Battles") continue;
      const TriggerMention& ut = doc_.triggers[u];
      // The verb that met the attack, with the noun as its object.
      if (tr.voice == "active" && tr.generic && ut.voice == "nominal" && uw0 >= tw1 && uw0 <= tw1 + 3)
        launcher = ResumptiveAgent(uw1, clause, uw0, 4);
      // An adjective may stand between the noun and its verb (هجوماً واسعاً
      // شنّته ميليشيا X).
      if (launcher < 0 && tr.voice == "active" && tr.generic && ut.voice == "nominal" && uw0 >= tw1 && uw0 <= tw1 + 3 &&
          uw1 + 1 < words_.size() && words_[uw1].is_word && !WordInDate(uw1) && ActorStartingAt(uw1) < 0)
        launcher = ResumptiveAgent(uw1 + 1, clause, uw0, 4);
      if (launcher >= 0) break;
    }
    if (launcher >= 0 && a1 != launcher && (a1 < 0 || doc_.actors[a1].id != doc_.actors[launcher].id)) {
      // The subject met the attack; an armed speaker standing as the
      // subject (قالت X إن مقاتليها صدّوا) met it through its own men.
      if (a1 >= 0 && (!Source(a1) || Armed(doc_.actors[a1].acled_inter)) && (a2 < 0 || a2 == launcher)) a2 = a1;
      else if (a2 == launcher) a2 = -1;
      a1 = launcher;
    }
  }
  // One mention is one side: a noun read both as the object and as the
  // agent after its preposition (تعرضن للاغتصاب على أيدي مسلحين, "at the
  // hands of gunmen") is the doer, actor 1.
  if (a1 >= 0 && a2 == a1) a2 = -1;
  const int32_t agent = a1 < 0 && passive ? PassiveAgent(e, sentence) : -1;
  if (a1 >= 0) SetActor(e.actor1, a1);
  else if (agent >= 0) SetImplicitId(e.actor1, doc_.actors[agent].id);
  // "RSF fighters looted homes and several women were raped": a passive
  // harm with no agent told, in a sentence that names one armed party
  // alone, is that party's deed.
  else if (int32_t doer = passive && english && UnnamedDoerKind(e) ? SoleArmedPartyBesidePassive(e, a2) : -1; doer >= 0)
    SetImplicitId(e.actor1, doc_.actors[doer].id);
  else if (passive && english && UnnamedDoerKind(e)) SetImplicitId(e.actor1, "gen.unidentified_armed_group");
  else if (wants_actor1 || passive) {
    const int32_t quote = tok_quote_[tr.tokens.begin];
    SetImplicit(e.actor1, quote);
    // «سنستعيد القرية خلال أيام» in the words of an unnamed officer of a
    // state force (قال قائد عسكري، "a police commander said"): the verb in
    // the first person is his force's deed, coded later by the event's
    // country, not the report's main actor's.
    if (quote >= 0 && static_cast<size_t>(quote) < doc_.quote_speakers.size() && doc_.quote_speakers[quote] >= 0 &&
        FirstPersonVerb(words_[trig_w_[t].first].text(), LemmaKey(tr.lemma))) {
      const ActorMention& s = doc_.actors[doc_.quote_speakers[quote]];
      if (const ActorInfo* info = s.person || s.alias_kind != "generic" ? nullptr : lex_.Actor(s.id);
          info && info->country.empty() && info->acled_inter == "State forces" && s.id.rfind("gen.", 0) == 0)
        SetImplicitId(e.actor1, s.id);
    }
  }
  if (a2 >= 0) SetActor(e.actor2, a2);
  // Place: the object of a place slot (سيطر على مطار X), else nearby.
  e.place = -1;
  for (const RoleSlot& s : slots) {
    if (!s.Has("place") || e.place >= 0) continue;
    size_t w = s.slot == "prep" ? PrepObject(s.prep, tw1, clause) : (s.slot == "obj" || s.slot == "of") ? tw1 : SIZE_MAX;
    if (w == SIZE_MAX) continue;
    // "a drone strike hit a car near the X dam on the Euphrates": a town or
    // site told between the event word and a later slot's preposition is
    // nearer the event; the preposition's place only locates it.
    bool nearer = false;
    if (s.slot == "prep" && english)
      for (int32_t p : Bucket(s_places_, sentence))
        nearer = nearer || (place_w_[p].first >= tw1 && place_w_[p].second <= w && clause_[place_w_[p].first] == clause &&
                            doc_.places[p].resolved && !Coarse(p) && !OverlapsActorOf(p, e) && !FromOrigin(p) &&
                            !NamesRoad(p));
    if (nearer) continue;
    // The preposition may be found past a place of the event's own ("a strike
    // near X in Y"): a place that only says where the place before it is
    // ("X in Y") fills no slot — the place before it is the event's. Nor
    // does a road's name ("on the X road"): the road is no town. Nor a
    // place that only says where the next one is ("in the Red Sea port of
    // X", "in Nigeria's Borno state"): the place picked in the sentence is.
    for (int32_t p : Bucket(s_places_, sentence))
      if (place_w_[p].first >= w && place_w_[p].first < w + 3 && clause_[place_w_[p].first] == clause &&
          !OverlapsActorOf(p, e) && !FromOrigin(p) && !LocatesPlaceBefore(p) && !NamesRoad(p) && !OwnsNextPlace(p)) {
        e.place = static_cast<int32_t>(p);
        break;
      }
  }
  // "وفي مركز المدينة، ألقى مجهولون قنبلة على منزل في حي X": a quarter the
  // gazetteer lacks, with no known place above it, told after a place
  // anaphor of its sentence, lies in the town the anaphor refers back to
  // (PickPlace reads the anaphor), not in the last town told before.
  if (e.place >= 0 && !doc_.places[e.place].resolved && sent_[place_w_[e.place].first] == sentence) {
    bool known_above = false;
    for (int32_t up = doc_.places[e.place].parent, steps = 0; up >= 0 && steps < 4; up = doc_.places[up].parent, ++steps)
      known_above = known_above || doc_.places[up].resolved;
    bool anaphor_before = false;
    for (int32_t ci : Bucket(s_cues_, sentence))
      anaphor_before = anaphor_before ||
                       (cues_[ci].row->type == "place_anaphor" && cues_[ci].w1 <= place_w_[e.place].first);
    if (!known_above && anaphor_before)
      if (const int32_t picked = PickPlace(tw0, tw1, sentence, clause, e);
          picked >= 0 && doc_.places[picked].resolved && sent_[place_w_[picked].first] != sentence)
        e.place = picked;
  }
  if (e.place < 0) {
    e.place = PickPlace(tw0, tw1, sentence, clause, e);
  } else if (Coarse(e.place)) {
    // "struck a market in the Red Sea port of Mocha", "in the Sahel town of
    // X": a sea, region or province told before a settlement noun and "of"
    // only says where the town after them lies; the town is the place
    // (TownOfModifier, which OwnsNextPlace reads too).
    if (const int32_t named = TownOfModifier(e.place); named >= 0) {
      e.place = named;
    } else {
      // "a strike in the West Bank … near the city of Jenin": the slot names a
      // region, a town of it named in the sentence says where. (A country or
      // province so named is left to the coding unit, which folds its event
      // into the town's: تواصل التقدم في سوريا حيث سيطروا على حلب.)
      // A province holds its towns whether authored with its code or not
      // ("a village near X in Myanmar's Rakhine state": X).
      const int32_t town = PickPlace(tw0, tw1, sentence, clause, e);
      if (town >= 0 && (RegionHolds(e.place, town) ||
                        (doc_.places[e.place].location.feature_code == "ADM1" && Encloses(e.place, town))))
        e.place = town;
    }
  }
  if (e.place >= 0 && sent_[place_w_[e.place].first] == sentence)
    if (const int32_t listed = ListedPlaceIn(e.place); listed >= 0) e.place = listed;
  // "clashed near the Tishrin Dam southeast of Manbij", "قرب سد تشرين جنوب
  // شرقي منبج": a site that is no settlement (a dam, an airport, a border
  // post, a hill), told with a town a relation word or two after it that
  // says where it lies, is coded to that town — the nearest populated place,
  // as ACLED codes it; the relation word only locates the site. A town far
  // from the site (an airbase "east of Idlib", 48 km off) is no nearest
  // place: the site keeps the event.
  // A site the gazetteer lacks, placed only at the town its name reads as
  // (ميناء X: the town X), is not where that town is when the town it is
  // told near lies far from it (a port "near" a coastal town, its namesake
  // a seat 600 km inland): the town it is told near is.
  constexpr double kSiteTownKm = 30, kNamesakeFarKm = 100;
  if (e.place >= 0 && doc_.places[e.place].resolved && !Coarse(e.place)) {
    const std::string_view fc = doc_.places[e.place].location.feature_code;
    const bool site = !fc.empty() && fc.rfind("PPL", 0) != 0 && fc.rfind("ADM", 0) != 0 && fc.rfind("PCL", 0) != 0;
    const bool at_namesake = site && doc_.places[e.place].reason.rfind("facility not in gazetteer", 0) == 0;
    for (int32_t p : site ? Bucket(s_places_, sent_[place_w_[e.place].first]) : std::span<const int32_t>{}) {
      const size_t rel_w = RelationWord(p);
      if (p == e.place || rel_w == SIZE_MAX || !doc_.places[p].resolved ||
          doc_.places[p].location.feature_code.rfind("PPL", 0) != 0 || place_w_[e.place].second > rel_w ||
          rel_w - place_w_[e.place].second > 2 ||
          doc_.places[p].location.country != doc_.places[e.place].location.country)
        continue;
      const double km = DistanceKm(doc_.places[p].location.lat, doc_.places[p].location.lon,
                                   doc_.places[e.place].location.lat, doc_.places[e.place].location.lon);
      if (km > kSiteTownKm && !(at_namesake && km > kNamesakeFarKm)) continue;
      e.place = p;
      break;
    }
  }
  e.place = CapitalInstead(RefinePlace(e.place, tw0), tw0, sentence);
  // Date.
  e.date = AnchorPriorDate(AnchorAnaphoricDate(PickDate(tw0, sentence)));
  if (const int32_t began = StartOfStandingState(e); began >= 0) e.date = began;
  // "killed 34 villagers near Ouallam on Saturday, in one of the deadliest
  // attacks in the region this year": the compared noun tells the killing,
  // placed and dated by the verb's words, not by the comparison's range.
  if (const int32_t to = ComparedTo(tw0, sentence); to >= 0 && doc_.triggers[to].acled_event_type == "casualty") {
    const size_t cw0 = trig_w_[to].first, cw1 = trig_w_[to].second;
    if (const int32_t p = PickPlace(cw0, cw1, sentence, clause_[cw0], e); p >= 0)
      e.place = CapitalInstead(RefinePlace(p, cw0), cw0, sentence);
    e.date = AnchorPriorDate(AnchorAnaphoricDate(PickDate(cw0, sentence)));
  }
  if (DayOfAnotherScene(e, sentence)) e.date = -1;
  // "had raped two girls days before the fighting": the fighting is the
  // event the stretch counts from, of its day, no act of the stretch.
  if (const int32_t stretch = StretchNamingAt(tw0); stretch >= 0)
    if (const int32_t named = StretchNamedEventDay(stretch); named >= 0) e.date = named;
  e.time_basis = e.date >= 0 ? "text" : "published";
}

}  // namespace marsad::events_internal
