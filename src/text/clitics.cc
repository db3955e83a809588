#include "text/clitics.h"

#include <algorithm>
#include <cstring>
#include <memory>

#include "text/normalize.h"
#include "util/affix.h"
#include "util/tsv.h"
#include "util/utf8.h"

namespace marsad {

namespace {
const std::string kArticle = "\xD8\xA7\xD9\x84";       // ال
const std::string kTa = "\xD8\xAA";                     // ت
const std::string kHa = "\xD9\x87";                     // ه (ة after normalisation)
const std::string kKaf = "\xD9\x83";                    // ك
const std::string kSin = "\xD8\xB3";                    // س

// Parses "و+ب+ال+مدينه" against `word`: every piece but the last that ends
// before the stem is a proclitic; a piece after the stem is an enclitic.
// The stem is the longest piece.
bool ParseSegmentation(std::string_view spec, std::string_view word, Segmentation* out) {
  std::vector<std::string> pieces;
  size_t start = 0;
  while (true) {
    size_t plus = spec.find('+', start);
    pieces.push_back(NormalizeKey(spec.substr(start, plus == std::string_view::npos ? plus : plus - start)));
    if (plus == std::string_view::npos) break;
    start = plus + 1;
  }
  std::string joined;
  size_t stem = 0;
  for (size_t i = 0; i < pieces.size(); ++i) {
    if (pieces[i].empty()) return false;
    joined += pieces[i];
    if (utf8::CodePointCount(pieces[i]) > utf8::CodePointCount(pieces[stem])) stem = i;
  }
  if (joined != word) return false;
  if (stem > Segmentation::kMaxProclitics) return false;
  out->proclitic_count = 0;
  for (size_t i = 0; i < stem; ++i) out->proclitics[out->proclitic_count++] = static_cast<uint8_t>(pieces[i].size());
  if (pieces.size() > stem + 2) return false;  // at most one enclitic
  out->enclitic = stem + 1 < pieces.size() ? static_cast<uint8_t>(pieces[stem + 1].size()) : 0;
  out->rule = "exception";
  return true;
}
}  // namespace

Result<std::unique_ptr<CliticSegmenter>> CliticSegmenter::Load(const std::string& data_dir) {
  auto seg = std::make_unique<CliticSegmenter>();
  {
    auto file = ReadTsv(data_dir + "/ar/clitics.tsv", "ar_clitics", {"form", "kind", "slot", "next_letters"});
    if (!file.ok()) return file.status();
    int c_form = file->Column("form"), c_kind = file->Column("kind"), c_slot = file->Column("slot"),
        c_next = file->Column("next_letters");
    for (const auto& row : file->rows) {
      std::string form = NormalizeKey(row.fields[c_form]);
      const std::string& kind = row.fields[c_kind];
      if (form.empty()) return file->Error(row, "empty form");
      if (kind == "proclitic") {
        const std::string& slot = row.fields[c_slot];
        Proclitic p{form, 0, 0, NormalizeKey(row.fields[c_next])};
        if (slot.size() == 1 && slot[0] >= '1' && slot[0] <= '3') {
          p.slot_first = p.slot_last = slot[0] - '0';
        } else if (slot.size() == 3 && slot[1] == '-' && slot[0] >= '1' && slot[2] <= '3' &&
                   slot[0] <= slot[2]) {
          p.slot_first = slot[0] - '0';
          p.slot_last = slot[2] - '0';
        } else {
          return file->Error(row, "slot must be 1, 2, 3 or a range like 2-3, found '" + slot + "'");
        }
        seg->proclitics_.push_back(std::move(p));
      } else if (kind == "enclitic") {
        seg->enclitics_.push_back(form);
      } else if (kind == "inflection") {
        seg->inflections_.push_back(form);
      } else {
        return file->Error(row, "kind must be proclitic, enclitic or inflection, found '" + kind + "'");
      }
    }
    auto longest_first = [](const std::string& a, const std::string& b) { return a.size() > b.size(); };
    std::stable_sort(seg->enclitics_.begin(), seg->enclitics_.end(), longest_first);
    std::stable_sort(seg->inflections_.begin(), seg->inflections_.end(), longest_first);
  }
  {
    auto file = ReadTsv(data_dir + "/ar/words.tsv", "ar_words", {"word"});
    if (!file.ok()) return file.status();
    int c_word = file->Column("word");
    for (const auto& row : file->rows) {
      std::string w = NormalizeKey(row.fields[c_word]);
      if (w.empty()) return file->Error(row, "empty word");
      seg->known_.Insert(w);
    }
  }
  {
    auto file = ReadTsv(data_dir + "/ar/tokenizer_exceptions.tsv", "ar_tokenizer_exceptions",
                        {"word", "pieces"});
    if (!file.ok()) return file.status();
    int c_word = file->Column("word"), c_pieces = file->Column("pieces");
    for (const auto& row : file->rows) {
      std::string w = NormalizeKey(row.fields[c_word]);
      Segmentation s;
      if (w.empty() || !ParseSegmentation(row.fields[c_pieces], w, &s))
        return file->Error(row, "pieces '" + row.fields[c_pieces] + "' do not spell '" +
                                    row.fields[c_word] + "' as proclitics+stem(+enclitic)");
      seg->exceptions_[w] = s;
    }
  }
  return seg;
}

bool CliticSegmenter::IsKnown(std::string_view w) const { return known_.Contains(w); }

void CliticSegmenter::AddKnownWord(std::string_view w) {
  known_.Insert(NormalizeKey(w));
  ++generation_;  // decisions remembered before this word was known are stale
}

void CliticSegmenter::AddPlaceStem(std::string_view w) {
  places_.Insert(NormalizeKey(w));
  ++generation_;
}

void CliticSegmenter::AddNameWord(std::string_view w) {
  name_words_.Insert(NormalizeKey(w));
  ++generation_;
}

namespace {
// Builds a + b in a caller's buffer; empty if it does not fit.
std::string_view Concat(char* buf, size_t cap, std::string_view a, std::string_view b) {
  if (a.size() + b.size() > cap) return {};
  std::memcpy(buf, a.data(), a.size());
  std::memcpy(buf + a.size(), b.data(), b.size());
  return std::string_view(buf, a.size() + b.size());
}
}  // namespace

bool CliticSegmenter::KnownStem(std::string_view stem, bool after_article) const {
  if (known_.Contains(stem)) return true;
  char buf[256];
  if (after_article) {
    std::string_view with = Concat(buf, sizeof buf, kArticle, stem);
    if (!with.empty() && known_.Contains(with)) return true;
  }
  for (const auto& suffix : inflections_) {
    if (!EndsWith(stem, suffix)) continue;
    std::string_view base = stem.substr(0, stem.size() - suffix.size());
    if (base.size() < 6 || utf8::CodePointCount(base) < 3) continue;  // Arabic letters are 2 bytes
    if (known_.Contains(base)) return true;
    std::string_view with_ha = Concat(buf, sizeof buf, base, kHa);
    if (!with_ha.empty() && known_.Contains(with_ha)) return true;
  }
  return false;
}

bool CliticSegmenter::PlaceStem(std::string_view stem, bool after_article) const {
  if (utf8::CodePointCount(stem) < kMinPlaceStemLetters) return false;
  if (places_.Contains(stem)) return true;
  if (!after_article) return false;
  char buf[256];
  std::string_view with = Concat(buf, sizeof buf, kArticle, stem);
  return !with.empty() && places_.Contains(with);
}

std::vector<std::string> CliticSegmenter::StemsAfter(std::string_view word, std::string_view proclitic) const {
  std::vector<std::string> stems;
  const bool is_proclitic =
      std::any_of(proclitics_.begin(), proclitics_.end(), [&](const Proclitic& p) { return p.form == proclitic; });
  if (!is_proclitic || !StartsWith(word, proclitic)) return stems;
  const std::string_view rest = word.substr(proclitic.size());
  if (utf8::CodePointCount(rest) < min_stem_letters_) return stems;
  stems.emplace_back(rest);
  for (const std::string& enclitic : enclitics_) {
    if (!EndsWith(rest, enclitic)) continue;
    const std::string_view stem = rest.substr(0, rest.size() - enclitic.size());
    if (utf8::CodePointCount(stem) < min_stem_letters_) continue;
    stems.emplace_back(stem);
    if (EndsWith(stem, kTa)) stems.push_back(std::string(stem.substr(0, stem.size() - kTa.size())) + kHa);
  }
  return stems;
}

bool CliticSegmenter::TrySplit(std::string_view word, bool no_final_ha, size_t pos, int min_slot, bool article,
                               Segmentation* pro, Segmentation* best, size_t* best_stem, bool places) const {
  bool found = false;
  // With the proclitics taken so far, try each enclitic (none first).
  std::string_view rest = word.substr(pos);
  for (int e = -1; e < static_cast<int>(enclitics_.size()); ++e) {
    if (e >= 0 && (places || article || !EndsWith(rest, enclitics_[e]))) continue;
    if (e >= 0 && no_final_ha && enclitics_[e] == kHa) continue;
    size_t enc = e >= 0 ? enclitics_[e].size() : 0;
    std::string_view stem = rest.substr(0, rest.size() - enc);
    size_t letters = utf8::CodePointCount(stem);
    if (letters < min_stem_letters_ || (pro->proclitic_count == 0 && enc == 0)) continue;
    pro->enclitic = static_cast<uint8_t>(enc);
    if (stem.size() < *best_stem || (stem.size() == *best_stem && pro->pieces() >= best->pieces()))
      continue;  // cannot beat the best so far
    if (places) {
      if (!PlaceStem(stem, article)) continue;
      *best_stem = stem.size();
      *best = *pro;
      best->rule = "place-stem";
      found = true;
      continue;
    }
    bool known = KnownStem(stem, article);
    // مدينته = مدينة + ه: a stem ending in ت before an enclitic may be a ة.
    if (!known && enc && EndsWith(stem, kTa)) {
      char buf[256];
      std::string_view ta_marbuta = Concat(buf, sizeof buf, stem.substr(0, stem.size() - kTa.size()), kHa);
      known = !ta_marbuta.empty() && KnownStem(ta_marbuta, article);
    }
    if (!known) continue;
    *best_stem = stem.size();
    *best = *pro;
    best->rule = "known-stem";
    found = true;
  }
  pro->enclitic = 0;
  if (pro->proclitic_count == Segmentation::kMaxProclitics) return found;
  for (const auto& p : proclitics_) {
    if (p.slot_first < min_slot || !StartsWith(rest, p.form)) continue;
    // Before a place stem: a conjunction, ب or ل (in, at, to), the article;
    // not ك "like" nor the future س, which go before common words and verbs
    // (كسرت "broke", not ك + سرت, Sirte).
    if (places && (p.form == kKaf || p.form == kSin)) continue;
    // The future س goes before an imperfect verb, never a place's name:
    // سنار (Sennar) is no س + نار "fire", سنجار no س + نجار.
    if (p.form == kSin && places_.Contains(rest)) continue;
    std::string_view after = rest.substr(p.form.size());
    if (!p.next_letters.empty()) {
      if (after.size() < 2 || p.next_letters.find(after.substr(0, 2)) == std::string::npos) continue;
    }
    pro->proclitics[pro->proclitic_count++] = static_cast<uint8_t>(p.form.size());
    bool is_article = article || p.slot_last == 3;
    if (TrySplit(word, no_final_ha, pos + p.form.size(), p.slot_last + 1, is_article, pro, best, best_stem, places))
      found = true;
    --pro->proclitic_count;
  }
  return found;
}

namespace {
// A per-thread, two-way set-associative memo of recent decisions: news text is Zipfian,
// so most words were segmented moments ago. Bounded (about 3 MB per thread);
// it never changes a result, only skips recomputing it.
struct MemoEntry {
  const CliticSegmenter* owner = nullptr;
  uint64_t generation = 0;
  uint8_t len = 0;
  char key[39];
  Segmentation seg;
};
constexpr size_t kMemoSlots = 1 << 16;
thread_local std::unique_ptr<MemoEntry[]> memo;
}  // namespace

Segmentation CliticSegmenter::Segment(std::string_view word, bool ends_in_ta_marbuta) const {
  // The memo key carries the ة flag as a trailing byte no Arabic word has.
  char buf[sizeof(MemoEntry::key)];
  std::string_view key = word;
  if (ends_in_ta_marbuta && word.size() < sizeof buf) {
    std::memcpy(buf, word.data(), word.size());
    buf[word.size()] = '\x01';
    key = std::string_view(buf, word.size() + 1);
  }
  if (key.size() > sizeof(MemoEntry::key) || (key.size() == word.size() && ends_in_ta_marbuta))
    return Decide(word, ends_in_ta_marbuta);
  if (!memo) memo.reset(new MemoEntry[kMemoSlots]);
  // Two-way set associative, most recent first: a direct-mapped memo loses a
  // third of a 25k-word vocabulary to collisions.
  MemoEntry* set = &memo[HashBytes(key) & (kMemoSlots - 2)];
  auto hit = [&](const MemoEntry& e) {
    return e.owner == this && e.generation == generation_ && e.len == key.size() &&
           std::memcmp(e.key, key.data(), key.size()) == 0;
  };
  if (hit(set[0])) return set[0].seg;
  if (hit(set[1])) {
    std::swap(set[0], set[1]);
    return set[0].seg;
  }
  set[1] = set[0];
  MemoEntry& e = set[0];
  e.seg = Decide(word, ends_in_ta_marbuta);
  e.owner = this;
  e.generation = generation_;
  e.len = static_cast<uint8_t>(key.size());
  std::memcpy(e.key, key.data(), key.size());
  return e.seg;
}

Segmentation CliticSegmenter::Decide(std::string_view word, bool ends_in_ta_marbuta) const {
  if (auto it = exceptions_.find(word); it != exceptions_.end()) return it->second;
  if (known_.Contains(word)) return Segmentation{};
  Segmentation best;
  size_t best_stem = 0;
  Segmentation pro;
  if (TrySplit(word, ends_in_ta_marbuta, 0, 1, false, &pro, &best, &best_stem)) return best;
  // A name the lexicon does not know, after proclitics (واغادير، بسطات);
  // a word that is itself a place's name stays whole (بارا, Bara, is not
  // ب + ارا, Arrah), as does a word of a longer name (برنس of بورت أو برنس).
  if (places_.size() > 0 && !places_.Contains(word) && !name_words_.Contains(word) && TrySplit(word, ends_in_ta_marbuta, 0, 1, false, &pro, &best, &best_stem, true))
    return best;
  // Fallback: split off the definite article and what precedes it.
  Segmentation article;
  ArticleSplit(word, 0, 1, &pro, &article);
  return article;
}

void CliticSegmenter::ArticleSplit(std::string_view word, size_t pos, int min_slot,
                                   Segmentation* pro, Segmentation* best) const {
  if (pro->proclitic_count == Segmentation::kMaxProclitics) return;
  for (const auto& p : proclitics_) {
    if (p.slot_first < min_slot || !StartsWith(word.substr(pos), p.form)) continue;
    pro->proclitics[pro->proclitic_count++] = static_cast<uint8_t>(p.form.size());
    size_t next = pos + p.form.size();
    if (p.slot_last == 3) {
      if (utf8::CodePointCount(word.substr(next)) >= 3 && pro->proclitic_count > best->proclitic_count) {
        *best = *pro;
        best->enclitic = 0;
        best->rule = "article";
      }
    } else {
      ArticleSplit(word, next, p.slot_last + 1, pro, best);
    }
    --pro->proclitic_count;
  }
}

}  // namespace marsad
