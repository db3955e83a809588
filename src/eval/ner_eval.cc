#include "eval/ner_eval.h"

#include <algorithm>
#include <chrono>

#include "util/tsv.h"

namespace marsad {

namespace {

struct GoldToken {
  std::string text;
  std::string tag;  // "O", "B-LOC"…
};

bool SentenceEnd(const std::string& t) { return t == "." || t == "!" || t == "?" || t == "\xD8\x9F"; }

struct TokSpan {
  int first, last;  // corpus token indices, inclusive
  bool operator<(const TokSpan& o) const { return first != o.first ? first < o.first : last < o.last; }
  bool operator==(const TokSpan& o) const { return first == o.first && last == o.last; }
};

std::string Context(const std::vector<GoldToken>& toks, const TokSpan& s) {
  std::string out;
  for (int i = std::max(0, s.first - 4); i <= std::min<int>(toks.size() - 1, s.last + 4); ++i) {
    if (!out.empty()) out.push_back(' ');
    if (i == s.first) out += "[";
    out += toks[i].text;
    if (i == s.last) out += "]";
  }
  return out;
}

}  // namespace

Result<NerEvalReport> EvalNerBio(const Pipeline& pipeline, const std::string& path,
                                 const NerEvalOptions& options) {
  auto raw = ReadFile(path);
  if (!raw.ok()) return raw.status();
  std::vector<GoldToken> toks;
  {
    const std::string& s = raw.value();
    size_t i = 0;
    while (i < s.size()) {
      size_t j = s.find('\n', i);
      if (j == std::string::npos) j = s.size();
      std::string line = s.substr(i, j - i);
      i = j + 1;
      size_t sp = line.rfind(' ');
      if (sp == std::string::npos) continue;
      std::string t = line.substr(0, sp), tag = line.substr(sp + 1);
      while (!t.empty() && (t.front() == ' ' || t.front() == '\t')) t.erase(t.begin());
      while (!t.empty() && (t.back() == ' ' || t.back() == '\t')) t.pop_back();
      while (!tag.empty() && (tag.back() == '\r' || tag.back() == ' ')) tag.pop_back();
      if (t.empty()) continue;
      toks.push_back({t, tag});
    }
  }
  NerEvalReport rep;
  rep.tokens = static_cast<int>(toks.size());
  const std::string b_tag = "B-" + options.tag, i_tag = "I-" + options.tag;
  size_t start = 0;
  while (start < toks.size()) {
    // One chunk: up to N sentences.
    size_t end = start;
    int sentences = 0;
    while (end < toks.size()) {
      bool fin = SentenceEnd(toks[end].text);
      ++end;
      if (fin && ++sentences >= options.sentences_per_chunk) break;
    }
    std::string text;
    std::vector<uint32_t> offs;
    for (size_t k = start; k < end; ++k) {
      if (!text.empty()) text.push_back(' ');
      offs.push_back(static_cast<uint32_t>(text.size()));
      text += toks[k].text;
    }
    std::vector<TokSpan> gold;
    for (size_t k = start; k < end; ++k) {
      const std::string& tag = toks[k].tag;
      bool b = tag == b_tag, in = tag == i_tag;
      if (b || (in && (gold.empty() || gold.back().last != static_cast<int>(k) - 1)))
        gold.push_back({static_cast<int>(k), static_cast<int>(k)});
      else if (in)
        gold.back().last = static_cast<int>(k);
    }
    rep.bytes += text.size();
    Doc doc(std::move(text));
    auto t0 = std::chrono::steady_clock::now();
    Status st = pipeline.Run(doc);
    rep.seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (!st.ok()) return st;
    std::vector<TokSpan> pred;
    for (const auto& p : doc.places) {
      if (p.in_org_name || p.head_noun_alone) continue;
      // The proper name, as the corpus marks it (no facility word nor class
      // noun before it, its honorific after it).
      Span o = doc.ToOriginal(p.name_span.empty() ? p.span : p.name_span);
      if (o.empty()) continue;
      auto tok_at = [&](uint32_t byte) {
        auto it = std::upper_bound(offs.begin(), offs.end(), byte);
        return static_cast<int>(start + (it - offs.begin()) - 1);
      };
      TokSpan ts{tok_at(o.begin), tok_at(o.end - 1)};
      if (pred.empty() || !(pred.back() == ts)) pred.push_back(ts);
    }
    rep.gold += gold.size();
    rep.predicted += pred.size();
    auto overlaps = [](const TokSpan& a, const TokSpan& b) { return a.first <= b.last && b.first <= a.last; };
    for (const auto& g : gold) {
      bool exact = std::find(pred.begin(), pred.end(), g) != pred.end();
      bool touched = std::any_of(pred.begin(), pred.end(), [&](const TokSpan& p) { return overlaps(p, g); });
      rep.exact += exact;
      rep.gold_touched += touched;
      if (!exact && static_cast<int>(rep.misses.size()) < options.keep_examples)
        rep.misses.push_back(Context(toks, g));
    }
    for (const auto& p : pred) {
      bool exact = std::find(gold.begin(), gold.end(), p) != gold.end();
      bool touching = std::any_of(gold.begin(), gold.end(), [&](const TokSpan& g) { return overlaps(p, g); });
      rep.pred_touching += touching;
      if (!exact && static_cast<int>(rep.false_alarms.size()) < options.keep_examples) {
        std::string tags;
        for (int k = p.first; k <= p.last; ++k) tags += " " + toks[k].tag;
        rep.false_alarms.push_back(Context(toks, p) + "  <" + tags + " >");
      }
    }
    ++rep.chunks;
    start = end;
  }
  return rep;
}

}  // namespace marsad
