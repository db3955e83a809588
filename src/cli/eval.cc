// `marsad eval ner FILE` and `marsad eval geo DIR`: the measured quality of
// the place recognizer (doc/geoparser.md gives the figures and the commands).
#include <cstdio>

#include "cli/commands.h"
#include "eval/event_eval.h"
#include "eval/geo_eval.h"
#include "extract/record_json.h"
#include "eval/ner_eval.h"
#include "eval/translit_eval.h"
#include "marsad/pipeline.h"

namespace marsad::cli {

void AddEval(CLI::App& app, EvalOptions* opts) {
  CLI::App* cmd = app.add_subcommand(
      "eval", "Measure place recognition: 'ner FILE' (BIO-tagged tokens, LOC spans: precision, recall, F1) "
              "or 'geo DIR' (IDRISI-D JSON Lines: share of gold mentions resolved within 25 km), "
              "or measure event extraction: 'events DIR' (NNN.txt + NNN.expected.json: precision, recall, F1 "
              "for events, actors, fatalities, status), "
              "or measure the transliteration fallback: 'translit DIR' (tools/build_translit_eval.py)");
  cmd->add_option("what", opts->what, "ner | geo | events | translit")->required()->check(CLI::IsMember({"ner", "geo", "events", "translit"}));
  cmd->add_option("path", opts->path, "BIO file (ner) or directory of .jsonl files (geo)")->required();
  cmd->add_option("--data-dir", opts->data_dir, "Linguistic data directory");
  cmd->add_option("--gazetteer", opts->gazetteer, "Gazetteer file (default: <data-dir>/geo/gazetteer.tsv)");
  cmd->add_option("--show-errors", opts->show_errors, "Print this many misses and false alarms");
}

// --- events (doc/extract.md) ---
namespace {

void PrintPrf(const char* what, const Prf& p) {
  std::printf("  %-11s P %.4f  R %.4f  F1 %.4f  (gold %d, predicted %d, right %d)\n", what, p.Precision(),
              p.Recall(), p.F1(), p.gold, p.predicted, p.correct_g);
}

void PrintScores(const std::string& label, const EventScores& s) {
  std::printf("%s: %d documents\n", label.c_str(), s.documents);
  PrintPrf("events", s.events);
  PrintPrf("sub-events", s.sub_events);
  PrintPrf("actors", s.actors);
  PrintPrf("fatalities", s.fatalities);
  PrintPrf("status", s.status);
  std::printf("  %-11s %d predicted, not scored\n", "plover-only", s.plover_only);
  for (const std::string side : {"missed", "false"}) {
    std::string reasons;
    for (const auto& [key, n] : s.why)
      if (key.starts_with(side + ": "))
        reasons += (reasons.empty() ? "" : ", ") + key.substr(side.size() + 2) + " " + std::to_string(n);
    if (!reasons.empty()) std::printf("  %-11s %s\n", side.c_str(), reasons.c_str());
  }
}

int RunEvalEvents(const EvalOptions& opts, const std::string& data_dir) {
  bool extract_layer = false;
  auto pipeline = CreateExtractPipeline(data_dir, opts.gazetteer, &extract_layer);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "marsad: %s\n", pipeline.status().message().c_str());
    return 1;
  }
  if (!extract_layer)
    std::fprintf(stderr, "marsad: this build has no extraction stages: no events are predicted, figures are 0\n");
  auto actors = ActorNames::Load(data_dir);
  if (!actors.ok()) {
    std::fprintf(stderr, "marsad: %s\n", actors.status().message().c_str());
    return 1;
  }
  auto r = EvalEventsDir(*pipeline, *actors, opts.path, opts.show_errors);
  if (!r.ok()) {
    std::fprintf(stderr, "marsad: %s\n", r.status().message().c_str());
    return 1;
  }
  for (const auto& e : r->errors) std::printf("%s\n", e.c_str());
  PrintScores("all", r->all);
  for (const auto& [lang, s] : r->by_lang) PrintScores(lang, s);
  std::printf("speed: %.1f KB/s through the extract pipeline (%.2f s for %zu bytes)\n",
              r->seconds > 0 ? r->bytes / 1024.0 / r->seconds : 0.0, r->seconds, r->bytes);
  return 0;
}

}  // namespace
// --- end events ---

int RunEval(const EvalOptions& opts) {
  const std::string data_dir = opts.data_dir.empty() ? DefaultDataDir() : opts.data_dir;
  if (opts.what == "events") return RunEvalEvents(opts, data_dir);
  if (opts.what == "translit") {
    auto r = EvalTranslitDir(data_dir, opts.gazetteer.empty() ? data_dir + "/geo/gazetteer.tsv" : opts.gazetteer,
                             opts.path, opts.show_errors);
    if (!r.ok()) {
      std::fprintf(stderr, "marsad: %s\n", r.status().message().c_str());
      return 1;
    }
    for (const auto& e : r->errors) std::printf("%s\n", e.c_str());
    auto pct = [](int a, int b) { return b ? 100.0 * a / b : 0.0; };
    std::printf("towns: %d Arabic names; among the candidates %.1f%%\n", r->towns, pct(r->found, r->towns));
    for (const auto& [label, c] : {std::pair<const char*, const TranslitCounts&>{"country named", r->in_country},
                                   {"no context", r->alone}})
      std::printf("  %-14s resolved %5.1f%%  right (25 km) %5.1f%%  precision %5.1f%%\n", label,
                  pct(c.resolved, c.items), pct(c.right, c.items), pct(c.right, c.resolved));
    std::printf("words: %d; false hits with a country named %d (%.1f%%), with no context %d (%.1f%%)\n", r->words,
                r->word_hits_country, pct(r->word_hits_country, r->words), r->word_hits_alone,
                pct(r->word_hits_alone, r->words));
    return 0;
  }
  auto pipeline = Pipeline::CreateAnalyzeLayer(data_dir, opts.gazetteer);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "marsad: %s\n", pipeline.status().message().c_str());
    return 1;
  }
  if (opts.what == "ner") {
    NerEvalOptions o;
    o.keep_examples = opts.show_errors;
    auto r = EvalNerBio(*pipeline, opts.path, o);
    if (!r.ok()) {
      std::fprintf(stderr, "marsad: %s\n", r.status().message().c_str());
      return 1;
    }
    for (const auto& m : r->misses) std::printf("MISS  %s\n", m.c_str());
    for (const auto& f : r->false_alarms) std::printf("FALSE %s\n", f.c_str());
    std::printf("tokens %d, chunks %d, gold %s spans %d, predicted %d\n", r->tokens, r->chunks, o.tag.c_str(),
                r->gold, r->predicted);
    std::printf("exact:   P %.4f  R %.4f  F1 %.4f  (%d exact)\n", r->Precision(), r->Recall(), r->F1(), r->exact);
    std::printf("overlap: P %.4f  R %.4f  F1 %.4f\n", r->PartialPrecision(), r->PartialRecall(),
                r->PartialF1());
    std::printf("speed:   %.1f KB/s through the analyze layer (%.2f s for %zu bytes)\n",
                r->seconds > 0 ? r->bytes / 1024.0 / r->seconds : 0.0, r->seconds, r->bytes);
    return 0;
  }
  auto r = EvalGeoDir(*pipeline, opts.path, opts.show_errors);
  if (!r.ok()) {
    std::fprintf(stderr, "marsad: %s\n", r.status().message().c_str());
    return 1;
  }
  for (const auto& m : r->missed) std::printf("MISS  %s\n", m.c_str());
  for (const auto& w : r->wrong) std::printf("WRONG %s\n", w.c_str());
  for (const auto& f : r->far) std::printf("FAR   %s\n", f.c_str());
  auto pct = [](int a, int b) { return b ? 100.0 * a / b : 0.0; };
  auto line = [&](const std::string& name, const GeoCounts& c) {
    std::printf("%-32s gold %5d  found %5.1f%%  resolved %5.1f%%  within 25 km %5.1f%%  (of resolved %5.1f%%)  "
                "25 km or in gold box %5.1f%%\n",
                name.c_str(), c.gold, pct(c.found, c.gold), pct(c.resolved, c.gold), pct(c.within25, c.gold),
                pct(c.within25, c.resolved), pct(c.within_box, c.gold));
  };
  std::printf("tweets %d, predicted places %d (%.1f%% on a gold mention)\n", r->tweets, r->predicted,
              pct(r->predicted_on_gold, r->predicted));
  line("all", r->all);
  for (const auto& [type, c] : r->by_type) line("  " + type, c);
  std::printf("speed: %.1f KB/s through the analyze layer\n", r->seconds > 0 ? r->bytes / 1024.0 / r->seconds : 0.0);
  return 0;
}

}  // namespace marsad::cli
