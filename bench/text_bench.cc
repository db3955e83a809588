// text_bench: throughput of the text layer and of `marsad extract` on one
// core, over a generated corpus of Arabic (and some English) news-like
// documents, or over documents read from files.
//
// Workloads, one line each:
//   normalize+tokenize  Doc construction (normalisation, offset map) + Tokenizer::Run
//   text_layer          Doc construction + Pipeline::CreateTextLayer(...).Run (every stage)
//   extract             what `marsad extract` does per document: Doc construction,
//                       Pipeline::CreateExtractLayer(...).Run and WriteRecord (the
//                       JSON line); skipped with a note when the build has no extract
//                       layer or the pipeline cannot be built (no gazetteer)
// With --stages, the extract workload's time is also broken down by stage
// (Doc construction, each pipeline stage by name, the record writer).
//
// The corpus is generated, not read: a fixed-seed generator composes
// sentences from the word lists below (places, actors, verbs with clitics,
// casualty figures in ASCII and Arabic-Indic digits, ranges, percentages,
// absolute and relative dates, quotes in «» and "", occasional diacritics and
// tatweel, some English paragraphs and documents, header lines and X status
// URLs), split into documents of 2-5 KB. The same flags give the same bytes on
// every machine, so figures are comparable across commits.
//
// Usage: text_bench [--mb N] [--quick] [--input PATH] [--stages] [--data-dir DIR] [--dump FILE]
//   --mb N        corpus size in MB (10^6 bytes). Default: 50
//   --quick       a 5 MB corpus: a smoke test, figures are noisy
//   --input PATH  documents from PATH instead (a file, JSON Lines or text, or a
//                 directory, read as `marsad extract` reads them)
//   --stages      per-stage breakdown of the extract workload
//   --data-dir    linguistic data. Default: marsad::DefaultDataDir()
//   --dump FILE   also write the corpus, documents separated by a line "\f"
// Prints the environment, the corpus size, MB/s, words/s and docs/s per
// workload (best of 3 rounds), and the peak RSS. Times are the CPU time of
// the benchmark's thread, so the figures are per core even on a busy
// machine. Exits 1 if the pipeline cannot be built or fails.
#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/doc.h"
#include "extract/input.h"
#include "extract/record_json.h"
#include "marsad/pipeline.h"
#include "text/tokenize.h"

namespace {

// ---------------------------------------------------------------- generator

// splitmix64: tiny and fully specified, unlike the std distributions.
class Rng {
 public:
  explicit Rng(uint64_t seed) : s_(seed) {}
  uint64_t Next() {
    uint64_t z = (s_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  // Uniform-enough in [0, n) for the small n used here.
  uint32_t Below(uint32_t n) { return static_cast<uint32_t>(Next() % n); }
  uint32_t Between(uint32_t lo, uint32_t hi) { return lo + Below(hi - lo + 1); }
  bool Percent(uint32_t p) { return Below(100) < p; }
  template <typename T, size_t N>
  const T& Pick(const T (&a)[N]) {
    return a[Below(N)];
  }

 private:
  uint64_t s_;
};

const char* const kPlacesAr[] = {
    "حلب", "إدلب", "حمص", "حماة", "دير الزور", "الرقة", "درعا", "السويداء", "اللاذقية", "منبج",
    "تدمر", "القامشلي", "عفرين", "الباب", "جرابلس", "سراقب", "معرة النعمان", "خان شيخون",
    "الميادين", "البوكمال", "دوما", "تل رفعت", "أريحا", "جسر الشغور", "الحسكة", "القصير",
    "الموصل", "الفلوجة", "صنعاء", "الحديدة", "تعز", "مأرب", "بنغازي", "مصراتة", "الخرطوم",
    "أم درمان", "الفاشر", "نيالا", "خان يونس", "رفح", "جنين", "طولكرم"};
const char* const kAreasAr[] = {"ريف", "شمال", "جنوب", "شرق", "غرب", "محيط", "أطراف", "وسط"};
const char* const kActorsAr[] = {
    "القوات الحكومية", "فصائل المعارضة", "الجيش", "قوات سوريا الديمقراطية", "مسلحون مجهولون",
    "الطيران الحربي", "قوات الدعم السريع", "الشرطة المحلية", "عناصر التنظيم", "وحدات الحماية",
    "مجموعة مسلحة", "الطائرات المسيّرة", "القوات التركية", "التحالف الدولي"};
// Past-tense verbs with the preposition they take ("" for none).
struct VerbAr {
  const char* verb;
  const char* prep;
};
const VerbAr kVerbsAr[] = {
    {"سيطرت", "على"}, {"قصفت", ""}, {"استهدفت", ""}, {"هاجمت", ""}, {"دخلت", ""},
    {"اقتحمت", ""}, {"حاصرت", ""}, {"شنّت غارات", "على"}, {"شنت هجوماً", "على"},
    {"انسحبت", "من"}, {"تقدمت", "نحو"}, {"أحكمت سيطرتها", "على"}};
const char* const kObjectsAr[] = {
    "مواقع عسكرية", "بلدة", "قرية", "مستودعات للأسلحة", "نقاط تفتيش", "الطريق الدولي",
    "المطار العسكري", "حياً سكنياً", "سوقاً شعبية", "مستشفى ميدانياً", "مقرات تابعة لها",
    "مواقعها بالقرب من المدينة", "محطة للكهرباء", "جسراً رئيسياً"};
const char* const kPeopleAr[] = {"مدنيين", "أشخاص", "عناصر", "مقاتلين", "أطفال", "شخصاً", "مدنياً"};
const char* const kNumberWordsAr[] = {"ثلاثة", "أربعة", "خمسة", "سبعة", "عشرة", "العشرات",
                                      "عشرين", "مئة", "مئات", "ألفي", "ثلاثة آلاف"};
const char* const kSourcesAr[] = {
    "المرصد", "الدفاع المدني", "مصادر محلية", "ناشطون", "وكالة الأنباء الرسمية",
    "مصدر عسكري", "مسؤول في المجلس المحلي", "منظمة إغاثية", "شهود عيان", "وزارة الصحة"};
const char* const kSpeakersAr[] = {
    "المتحدث باسم الجيش", "قيادي في الفصائل", "محافظ المدينة", "مسؤول أممي",
    "مدير الدفاع المدني", "أحد السكان", "وزير الخارجية", "ممثل المنظمة"};
const char* const kQuotesAr[] = {
    "لن نسمح بتكرار ما حدث", "الوضع الإنساني يزداد سوءاً كل ساعة",
    "قواتنا تتقدم على جميع المحاور", "نطالب بفتح ممرات آمنة للمدنيين فوراً",
    "الهجوم استهدف مواقع عسكرية فقط", "لم يعد لدينا ما يكفي من الدواء",
    "سنواصل عملياتنا حتى تحقيق أهدافها", "العائلات تنام في العراء منذ أيام"};
const char* const kMonthsAr[] = {"كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران",
                                 "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني",
                                 "كانون الأول", "يناير", "فبراير", "مارس", "أبريل", "مايو",
                                 "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
                                 "ديسمبر"};
const char* const kWeekdaysAr[] = {"السبت", "الأحد", "الإثنين", "الثلاثاء", "الأربعاء",
                                   "الخميس", "الجمعة"};
const char* const kRelativeAr[] = {"أمس", "اليوم", "صباح اليوم", "فجر اليوم", "مساء أمس",
                                   "قبل يومين", "الأسبوع الماضي", "خلال الساعات الماضية",
                                   "منذ مطلع الشهر", "ليلة أمس"};
const char* const kFillersAr[] = {
    "وتشهد المنطقة تصعيداً متواصلاً منذ أسابيع",
    "ولم يتسنَّ التحقق من هذه المعلومات بشكل مستقل",
    "فيما تواصل فرق الإنقاذ البحث عن ناجين تحت الأنقاض",
    "وسط موجة نزوح جديدة نحو المخيمات القريبة من الحدود",
    "بينما دعت منظمات دولية إلى وقف فوري لإطلاق النار",
    "ويعاني السكان من انقطاع الكهرباء والمياه لساعات طويلة",
    "في حين أغلقت المدارس أبوابها لليوم الثالث على التوالي"};

const char* const kPlacesEn[] = {"Aleppo", "Idlib", "Homs", "Deir ez-Zor", "Raqqa", "Manbij",
                                 "Mosul", "Sanaa", "Hodeidah", "Taiz", "Benghazi", "Misrata",
                                 "Khartoum", "Omdurman", "El Fasher", "Khan Younis", "Jenin"};
const char* const kActorsEn[] = {"Government forces", "Rebel fighters", "An armed group",
                                 "Drones", "Warplanes", "Paramilitary units", "Militants"};
const char* const kVerbsEn[] = {"shelled", "seized", "attacked", "struck", "surrounded",
                                "withdrew from", "stormed"};
const char* const kSourcesEn[] = {"a war monitor", "local officials", "medics", "residents",
                                  "the health ministry", "a UN agency", "rescue workers"};
const char* const kQuotesEn[] = {"We are running out of everything", "The roads are not safe",
                                 "Our forces remain in full control",
                                 "Civilians must be allowed to leave",
                                 "This was a deliberate attack on a market"};
const char* const kMonthsEn[] = {"January", "February", "March", "April", "May", "June", "July",
                                 "August", "September", "October", "November", "December"};
const char* const kWeekdaysEn[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                   "Saturday", "Sunday"};
const char* const kRelativeEn[] = {"on Sunday", "yesterday", "two days ago", "last week",
                                   "early on Friday", "overnight", "this morning"};

// Arabic-Indic digits for a share of the figures, as many sources write them.
std::string Digits(uint64_t v, bool arabic_indic, bool grouped) {
  std::string ascii = std::to_string(v);
  std::string out;
  for (size_t i = 0; i < ascii.size(); ++i) {
    if (grouped && i > 0 && (ascii.size() - i) % 3 == 0) out += arabic_indic ? "٬" : ",";
    if (arabic_indic) {
      out += "\xD9";
      out += static_cast<char>(0xA0 + (ascii[i] - '0'));
    } else {
      out += ascii[i];
    }
  }
  return out;
}

// Appends with <<, whose operands C++17 evaluates left to right, so the
// random draws inside one sentence happen in the same order with every
// compiler (the operands of + and of a function call have no such order).
class Appender {
 public:
  explicit Appender(std::string* s) : s_(s) {}
  Appender& operator<<(std::string_view v) {
    s_->append(v);
    return *this;
  }
  Appender& operator<<(uint64_t v) {
    s_->append(std::to_string(v));
    return *this;
  }

 private:
  std::string* s_;
};

class CorpusGenerator {
 public:
  explicit CorpusGenerator(uint64_t seed) : rng_(seed) {}

  std::string Document() {
    std::string d;
    Appender o(&d);
    const size_t target = rng_.Between(2000, 5000);
    if (rng_.Percent(12)) {
      const uint32_t month = rng_.Between(1, 12);
      o << "date " << uint64_t{rng_.Between(2023, 2025)} << (month < 10 ? "-0" : "-")
        << uint64_t{month} << "\n";
    }
    const bool english = rng_.Percent(10);
    while (d.size() < target) {
      if (english || rng_.Percent(6)) EnglishParagraph(&d);
      else ArabicParagraph(&d);
      d += "\n\n";
    }
    if (rng_.Percent(12)) {
      // Status ids carry a plausible 2024 timestamp in their top bits.
      uint64_t ms = 1704067200000ull + rng_.Below(300u * 86400u) * 1000ull;
      uint64_t id = ((ms - 1288834974657ull) << 22) | rng_.Below(1u << 22);
      o << "https://x.com/reporter" << uint64_t{rng_.Below(500)} << "/status/" << id << "\n";
    }
    return d;
  }

 private:
  // Appends `w`, sometimes with a diacritic after its first letter or a
  // tatweel in the middle, as hand-typed Arabic often has.
  void ArabicWords(std::string* d, std::string_view w) {
    if (w.size() >= 4 && static_cast<unsigned char>(w[0]) >= 0xD8 &&
        static_cast<unsigned char>(w[0]) <= 0xD9 && rng_.Percent(6)) {
      static const char* const kMarks[] = {"\xD9\x8E", "\xD9\x8F", "\xD9\x90", "\xD9\x91",
                                           "\xD9\x80\xD9\x80"};
      *d += w.substr(0, 2);
      *d += rng_.Pick(kMarks);
      *d += w.substr(2);
    } else {
      *d += w;
    }
  }

  std::string FigureAr() {
    std::string s;
    Appender o(&s);
    const bool indic = rng_.Percent(35);
    switch (rng_.Below(6)) {
      case 0: o << rng_.Pick(kNumberWordsAr); break;
      case 1: {
        const uint32_t low = rng_.Between(2, 40);
        const uint32_t high = low + rng_.Between(2, 20);
        o << "ما بين " << Digits(low, indic, false) << " و" << Digits(high, indic, false);
        break;
      }
      case 2: o << "أكثر من " << Digits(rng_.Between(10, 5000), indic, true); break;
      case 3: o << "نحو " << Digits(rng_.Between(10, 900), indic, false); break;
      default: o << Digits(rng_.Between(1, 300), indic, false); break;
    }
    return s;
  }

  std::string DateAr() {
    std::string s;
    Appender o(&s);
    const bool indic = rng_.Percent(30);
    switch (rng_.Below(6)) {
      case 0:
        o << Digits(rng_.Between(1, 28), indic, false) << " " << rng_.Pick(kMonthsAr) << " "
          << Digits(rng_.Between(2019, 2025), indic, false);
        break;
      case 1: o << "يوم " << rng_.Pick(kWeekdaysAr); break;
      case 2: o << rng_.Pick(kWeekdaysAr) << " الماضي"; break;
      case 3:
        o << "في " << uint64_t{rng_.Between(2020, 2025)} << "/" << uint64_t{rng_.Between(1, 12)}
          << "/" << uint64_t{rng_.Between(1, 28)};
        break;
      case 4: o << "منذ " << rng_.Pick(kMonthsAr) << " " << uint64_t{rng_.Between(2015, 2024)}; break;
      default: o << rng_.Pick(kRelativeAr); break;
    }
    return s;
  }

  void ArabicSentence(std::string* d) {
    Appender o(d);
    switch (rng_.Below(5)) {
      case 0: {
        // Verb-first with a conjunction clitic (وسيطرت القوات على ...) or
        // subject-first (القوات سيطرت على ...), as wire copy alternates.
        const VerbAr& v = rng_.Pick(kVerbsAr);
        if (rng_.Percent(60)) {
          static const char* const kConj[] = {"و", "ف", ""};
          ArabicWords(d, std::string(rng_.Pick(kConj)) + v.verb);
          *d += " ";
          ArabicWords(d, rng_.Pick(kActorsAr));
        } else {
          ArabicWords(d, rng_.Pick(kActorsAr));
          *d += " ";
          ArabicWords(d, v.verb);
        }
        if (*v.prep) o << " " << v.prep;
        *d += " ";
        ArabicWords(d, rng_.Pick(kObjectsAr));
        o << " في " << rng_.Pick(kAreasAr) << " " << rng_.Pick(kPlacesAr) << " " << DateAr();
        break;
      }
      case 1:
        o << "وأسفر القصف عن مقتل " << FigureAr() << " " << rng_.Pick(kPeopleAr) << " وإصابة "
          << FigureAr() << " آخرين، بحسب " << rng_.Pick(kSourcesAr);
        break;
      case 2: {
        o << "وقال " << rng_.Pick(kSpeakersAr) << " " << DateAr() << ": ";
        const bool guillemets = rng_.Percent(60);
        *d += guillemets ? "«" : "\"";
        ArabicWords(d, rng_.Pick(kQuotesAr));
        *d += "، ";
        ArabicWords(d, rng_.Pick(kFillersAr));
        *d += guillemets ? "»" : "\"";
        break;
      }
      case 3: {
        const bool indic = rng_.Percent(40);
        o << "وأفادت " << rng_.Pick(kSourcesAr) << " بأن نحو "
          << Digits(rng_.Between(5, 95), indic, false) << (indic ? "٪" : "%") << " من سكان "
          << rng_.Pick(kPlacesAr) << " نزحوا " << DateAr();
        break;
      }
      default:
        ArabicWords(d, rng_.Pick(kFillersAr));
        break;
    }
    *d += rng_.Percent(85) ? ". " : "، ";
  }

  void ArabicParagraph(std::string* d) {
    for (uint32_t n = rng_.Between(2, 5); n > 0; --n) ArabicSentence(d);
  }

  void EnglishParagraph(std::string* d) {
    Appender o(d);
    for (uint32_t n = rng_.Between(2, 4); n > 0; --n) {
      switch (rng_.Below(4)) {
        case 0:
          o << rng_.Pick(kActorsEn) << " " << rng_.Pick(kVerbsEn) << " parts of "
            << rng_.Pick(kPlacesEn) << " " << rng_.Pick(kRelativeEn) << ", "
            << rng_.Pick(kSourcesEn) << " said.";
          break;
        case 1: {
          const uint32_t low = rng_.Between(3, 60);
          const uint32_t high = low + rng_.Between(2, 30);
          o << "Between " << uint64_t{low} << " and " << uint64_t{high}
            << " people were killed and about " << Digits(rng_.Between(100, 4000), false, true)
            << " displaced, according to " << rng_.Pick(kSourcesEn) << ".";
          break;
        }
        case 2:
          o << "\"" << rng_.Pick(kQuotesEn) << ",\" a spokesperson said on "
            << rng_.Pick(kWeekdaysEn) << ", " << rng_.Pick(kMonthsEn) << " "
            << uint64_t{rng_.Between(1, 28)} << ", " << uint64_t{rng_.Between(2019, 2025)} << ".";
          break;
        default:
          o << "Aid groups said " << uint64_t{rng_.Between(5, 95)} << "% of the crossings into "
            << rng_.Pick(kPlacesEn) << " had been closed since " << rng_.Pick(kMonthsEn) << ".";
          break;
      }
      *d += " ";
    }
  }

  Rng rng_;
};

// ---------------------------------------------------------------- reporting

std::string CpuModel() {
  std::ifstream in("/proc/cpuinfo");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("model name", 0) == 0) {
      size_t colon = line.find(':');
      if (colon != std::string::npos) return line.substr(colon + 2);
    }
  }
  return "unknown";
}

long PeakRssKb() {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss;
}

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MARSAD_BENCH_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define MARSAD_BENCH_ASAN 1
#endif

void PrintEnvironment(const std::string& data_dir) {
  std::printf("marsad text_bench\n");
  std::printf("  cpu:       %s (1 core used)\n", CpuModel().c_str());
#if defined(__clang__)
  std::printf("  compiler:  clang %s\n", __clang_version__);
#elif defined(__GNUC__)
  std::printf("  compiler:  gcc %s\n", __VERSION__);
#endif
#ifdef MARSAD_BUILD_TYPE
  const char* build_type = MARSAD_BUILD_TYPE;
#else
  const char* build_type = "unknown";
#endif
#ifdef __OPTIMIZE__
  const bool optimised = true;
#else
  const bool optimised = false;
#endif
#ifdef NDEBUG
  const bool asserts = false;
#else
  const bool asserts = true;
#endif
  std::printf("  build:     %s (%s, assertions %s)\n", build_type,
              optimised ? "optimised" : "NOT optimised", asserts ? "ON" : "off");
  std::printf("  data dir:  %s\n", data_dir.c_str());
  if (!optimised)
    std::printf("WARNING: built without optimisation; figures are not representative\n");
  if (asserts) std::printf("WARNING: assertions are enabled; figures will be slow\n");
#ifdef MARSAD_BENCH_ASAN
  std::printf("WARNING: built with AddressSanitizer; figures are meaningless\n");
#endif
}

// CPU time of this thread: unlike the wall clock, it does not count the time
// other processes had the core.
double ThreadSeconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

struct Measurement {
  double seconds = 0;
  uint64_t words = 0;
};

void PrintRow(const char* name, const Measurement& m, uint64_t bytes, size_t docs) {
  std::printf("%-20s %9.3f %10.2f %12.0f %10.0f\n", name, m.seconds, bytes / 1e6 / m.seconds,
              m.words / m.seconds, docs / m.seconds);
}

void Usage(FILE* f) {
  std::fprintf(f, "usage: text_bench [--mb N] [--quick] [--input PATH] [--stages] [--data-dir DIR] [--dump FILE]\n");
}

}  // namespace

int main(int argc, char** argv) {
  double mb = 50;
  std::string data_dir = marsad::DefaultDataDir();
  std::string dump;
  std::string input;
  bool stages = false;
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if (a == "--quick") {
      mb = 5;
    } else if (a == "--mb" && i + 1 < argc) {
      char* end = nullptr;
      mb = std::strtod(argv[++i], &end);
      if (*end != '\0' || !(mb > 0 && mb <= 4000)) {
        std::fprintf(stderr, "text_bench: --mb needs a number of MB in (0, 4000]\n");
        return 2;
      }
    } else if (a == "--input" && i + 1 < argc) {
      input = argv[++i];
    } else if (a == "--stages") {
      stages = true;
    } else if (a == "--data-dir" && i + 1 < argc) {
      data_dir = argv[++i];
    } else if (a == "--dump" && i + 1 < argc) {
      dump = argv[++i];
    } else if (a == "--help" || a == "-h") {
      Usage(stdout);
      return 0;
    } else {
      std::fprintf(stderr, "text_bench: unknown argument '%s'\n", argv[i]);
      Usage(stderr);
      return 2;
    }
  }
  PrintEnvironment(data_dir);

  auto pipeline = marsad::Pipeline::CreateTextLayer(data_dir);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "text_bench: %s\n", pipeline.status().message().c_str());
    return 1;
  }
  auto tokenizer = marsad::Tokenizer::Create(data_dir);
  if (!tokenizer.ok()) {
    std::fprintf(stderr, "text_bench: %s\n", tokenizer.status().message().c_str());
    return 1;
  }

  using Clock = std::chrono::steady_clock;
  auto t0 = Clock::now();
  std::vector<std::string> docs;
  uint64_t bytes = 0;
  const uint64_t target = static_cast<uint64_t>(mb * 1e6);
  if (input.empty()) {
    CorpusGenerator gen(20241130);
    while (bytes < target) {
      docs.push_back(gen.Document());
      bytes += docs.back().size();
    }
  } else {
    bool read_failed = false;
    marsad::ReadPath(
        input,
        [&](marsad::InputDocument&& d) {
          bytes += d.text.size();
          docs.push_back(std::move(d.text));
          return true;
        },
        [&](const marsad::InputError& e) {
          std::fprintf(stderr, "text_bench: %s\n", e.ToString().c_str());
          read_failed = true;
        });
    if (read_failed || docs.empty()) return 1;
  }
  double gen_seconds = std::chrono::duration<double>(Clock::now() - t0).count();
  if (!dump.empty()) {
    std::ofstream out(dump, std::ios::binary);
    for (const auto& d : docs) out << d << "\f\n";
    if (!out) {
      std::fprintf(stderr, "text_bench: cannot write %s\n", dump.c_str());
      return 1;
    }
  }
  const long rss_corpus = PeakRssKb();
  std::printf("corpus: %.2f MB in %zu documents (%.1f KB average), %s in %.2f s\n", bytes / 1e6,
              docs.size(), bytes / 1e3 / docs.size(), input.empty() ? "generated" : "read",
              gen_seconds);

  // Best of kRounds: the first round also warms caches and the allocator.
  constexpr int kRounds = 3;
  auto measure = [&](auto&& process) {
    Measurement best;
    for (int round = 0; round < kRounds; ++round) {
      Measurement m;
      const double start = ThreadSeconds();
      for (const auto& text : docs) {
        marsad::Doc doc(text);
        if (!process(doc)) std::exit(1);
        if (!doc.tokens.empty()) m.words += doc.tokens.back().word + 1;
      }
      m.seconds = ThreadSeconds() - start;
      if (round == 0 || m.seconds < best.seconds) best = m;
    }
    return best;
  };
  Measurement tok = measure([&](marsad::Doc& doc) { return (*tokenizer)->Run(doc).ok(); });
  Measurement all = measure([&](marsad::Doc& doc) {
    marsad::Status st = pipeline->Run(doc);
    if (!st.ok()) std::fprintf(stderr, "text_bench: %s\n", st.message().c_str());
    return st.ok();
  });

  // --- extract workload ---
  bool have_extract = false;
  auto extract = marsad::CreateExtractPipeline(data_dir, "", &have_extract);
  std::optional<Measurement> ext;
  if (!have_extract) {
    std::printf("note: extract skipped: this build has no Pipeline::CreateExtractLayer\n");
  } else if (!extract.ok()) {
    std::printf("note: extract skipped: %s\n", extract.status().message().c_str());
  } else {
    std::string out;
    ext = measure([&](marsad::Doc& doc) {
      marsad::Status st = extract->Run(doc);
      if (!st.ok()) std::fprintf(stderr, "text_bench: %s\n", st.message().c_str());
      out.clear();
      marsad::WriteRecord(doc, {}, &out);
      return st.ok();
    });
  }
  // Three more passes with a clock around every step: the per-stage
  // breakdown, the best pass per stage. The steady clock, not the thread's
  // CPU time: reading that costs microseconds on a VM, too much per stage.
  std::vector<double> stage_seconds;
  std::vector<std::string> stage_names;
  if (stages && ext) {
    const auto& list = extract->stages();
    stage_names.push_back("(Doc construction)");
    for (const auto& st : list) stage_names.emplace_back(st->name());
    stage_names.push_back("(record writer)");
    std::string out;
    for (int round = 0; round < kRounds; ++round) {
      std::vector<Clock::duration> pass(stage_names.size(), Clock::duration::zero());
      for (const auto& text : docs) {
        auto t = Clock::now();
        marsad::Doc doc(text);
        auto now = Clock::now();
        pass[0] += now - t;
        t = now;
        for (size_t i = 0; i < list.size(); ++i) {
          if (!list[i]->Run(doc).ok()) return 1;
          now = Clock::now();
          pass[i + 1] += now - t;
          t = now;
        }
        out.clear();
        marsad::WriteRecord(doc, {}, &out);
        pass.back() += Clock::now() - t;
      }
      if (round == 0) stage_seconds.assign(pass.size(), 1e300);
      for (size_t i = 0; i < pass.size(); ++i)
        stage_seconds[i] = std::min(stage_seconds[i], std::chrono::duration<double>(pass[i]).count());
    }
  }
  // --- end extract workload ---

  std::printf("%-20s %9s %10s %12s %10s   (thread CPU time, one core)\n", "workload", "seconds", "MB/s",
              "words/s", "docs/s");
  PrintRow("normalize+tokenize", tok, bytes, docs.size());
  PrintRow("text_layer", all, bytes, docs.size());
  if (ext) PrintRow("extract", *ext, bytes, docs.size());
  if (!stage_seconds.empty()) {
    double total = 0;
    for (double t : stage_seconds) total += t;
    std::printf("extract by stage (wall clock, best of %d passes per stage):\n%-20s %9s %7s %10s\n", kRounds, "stage", "seconds", "share", "MB/s");
    for (size_t i = 0; i < stage_seconds.size(); ++i)
      std::printf("%-20s %9.3f %6.1f%% %10.1f\n", stage_names[i].c_str(), stage_seconds[i],
                  100 * stage_seconds[i] / total, bytes / 1e6 / stage_seconds[i]);
  }
  std::printf("words: %llu whitespace-delimited words\n",
              static_cast<unsigned long long>(tok.words));
  std::printf("peak RSS: %.1f MB (%.1f MB after generating the corpus)\n", PeakRssKb() / 1024.0,
              rss_corpus / 1024.0);
  return 0;
}
