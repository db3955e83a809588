#include "text/normalize.h"

#include <cstdint>
#include <string>

#include <gtest/gtest.h>

#include "marsad/doc.h"

namespace marsad {
namespace {

TEST(NormalizeKey, FoldsArabicLetterVariants) {
  EXPECT_EQ(NormalizeKey("أإآٱ"), "اااا");
  EXPECT_EQ(NormalizeKey("مستشفى"), "مستشفي");
  EXPECT_EQ(NormalizeKey("مدينة"), "مدينه");
  EXPECT_EQ(NormalizeKey("مؤسسة"), "موسسه");
  EXPECT_EQ(NormalizeKey("رئيس"), "رييس");
  EXPECT_EQ(NormalizeKey("یک"), "يك");      // Persian ye and keheh
  EXPECT_EQ(NormalizeKey("ە"), "ه");
}

// GeoNames writes many foreign towns in Urdu, ending in yeh barree (ے); an
// Arabic report writes the same vowel ي.
// What NormalizeKey is defined to be: Normalize, then whitespace runs as
// one space and none at the ends.
std::string NormalizedAndCompacted(std::string_view in) {
  std::string norm;
  Normalize(in, &norm, nullptr, nullptr);
  std::string out;
  bool pending_space = false;
  for (char c : norm) {
    if (c == ' ' || c == '\t' || c == '\n') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

void AppendUtf8(std::string* s, char32_t cp) {
  if (cp < 0x80) {
    *s += static_cast<char>(cp);
  } else if (cp < 0x800) {
    *s += static_cast<char>(0xC0 | (cp >> 6));
    *s += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    *s += static_cast<char>(0xE0 | (cp >> 12));
    *s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *s += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Short keys of one- and two-byte characters take a one-pass fold; it must
// give what the general path gives for every such character, alone, inside
// a word and next to whitespace, and for keys that fall back to the general
// path part way (a three-byte character, a broken sequence).
TEST(NormalizeKey, ShortKeyFoldAgreesWithTheGeneralPath) {
  for (char32_t cp = 0; cp < 0x800; ++cp) {
    std::string alone, inside, spaced, three;
    AppendUtf8(&alone, cp);
    inside = "\xD8\xA8" + alone + "k";  // ب…k
    spaced = " \r\n" + alone + "\t\xD9\x86 " + alone + alone + "\r";
    three = alone + "\xEF\xBB\xBB" + alone;  // a presentation form (ﻻ) after it
    for (const std::string& s : {alone, inside, spaced, three})
      ASSERT_EQ(NormalizeKey(s), NormalizedAndCompacted(s)) << "U+" << std::hex << static_cast<uint32_t>(cp);
  }
  const char* keys[] = {"\xD8",            "\xD8\xA8\xD8", "a\xC3", "\xC3(", "\xC0\x80x", "\xEF\xBB\xBF\xD8\xA8",
                        "\xE2\x80\x8B\xD8\xA8", "  \xC2\xA0 \xC2\x85 ", "\xD9\x80\xD9\x8E", "\x7F\x01A"};
  for (const char* k : keys) EXPECT_EQ(NormalizeKey(k), NormalizedAndCompacted(k)) << k;
  // Longer than the stack fold takes: the general path alone.
  std::string long_key;
  for (int i = 0; i < 200; ++i) long_key += "\xD8\xA3 ";
  EXPECT_EQ(NormalizeKey(long_key), NormalizedAndCompacted(long_key));
}

// A word of normalised text is its own key: every BMP character's
// replacement is left as it is by a second pass. Code that looks up a word of
// Doc::norm() in a table keyed by NormalizeKey may use the word as it is.
TEST(NormalizeKey, NormalisedTextIsItsOwnKey) {
  for (char32_t cp = 1; cp < 0x10000; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    std::string s;
    AppendUtf8(&s, cp);
    const std::string key = NormalizeKey(s);
    ASSERT_EQ(NormalizeKey(key), key) << "U+" << std::hex << static_cast<uint32_t>(cp);
  }
}

TEST(NormalizeKey, UrduYehBarreeMeetsArabicYa) {
  EXPECT_EQ(NormalizeKey("بامبارے"), NormalizeKey("بامباري"));
  EXPECT_EQ(NormalizeKey("ۓ"), "ي");
  EXPECT_EQ(NormalizeKey("لوکاسے"), NormalizeKey("لوكاسي"));
}

TEST(NormalizeKey, DropsDiacriticsAndTatweel) {
  EXPECT_EQ(NormalizeKey("مُحَمَّد"), "محمد");
  EXPECT_EQ(NormalizeKey("حـــلب"), "حلب");
}

TEST(NormalizeKey, DigitsAndPercent) {
  EXPECT_EQ(NormalizeKey("٠١٢٣٤٥٦٧٨٩"), "0123456789");
  EXPECT_EQ(NormalizeKey("۰۱۲۳۴۵۶۷۸۹"), "0123456789");
  EXPECT_EQ(NormalizeKey("٧٠٪"), "70%");
  EXPECT_EQ(NormalizeKey("١٢٬٥٠٠"), "12٬500");  // separators kept for the number reader
}

TEST(NormalizeKey, PresentationFormsExpand) {
  EXPECT_EQ(NormalizeKey("\uFEFB"), "لا");       // lam-alef ligature
  EXPECT_EQ(NormalizeKey("\uFE8D\uFEDF\uFEE0\uFEEA"), "الله");  // isolated/initial forms
  EXPECT_EQ(NormalizeKey("\uFDF2"), "الله");
}

TEST(NormalizeKey, LatinLowercaseAndAccents) {
  EXPECT_EQ(NormalizeKey("Abū al-Ḍuhūr"), "abu al-duhur");
  EXPECT_EQ(NormalizeKey("ALEPPO"), "aleppo");
}

TEST(NormalizeKey, CollapsesWhitespace) { EXPECT_EQ(NormalizeKey("  أبو   الضهور \n"), "ابو الضهور"); }

// Plain ASCII takes a path of its own: it agrees with the normaliser plus
// whitespace compaction on every byte below 0x80.
TEST(NormalizeKey, AsciiAgreesWithTheNormaliser) {
  auto reference = [](std::string_view in) {
    std::string norm, out;
    Normalize(in, &norm, nullptr, nullptr);
    bool pending = false;
    for (char c : norm) {
      if (c == ' ' || c == '\t' || c == '\n') {
        pending = !out.empty();
        continue;
      }
      if (pending) out.push_back(' ');
      pending = false;
      out.push_back(c);
    }
    return out;
  };
  uint64_t state = 11;
  auto next = [&] {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<uint32_t>(state >> 33);
  };
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    for (uint32_t n = next() % 24; n > 0; --n) {
      uint32_t r = next() % 4;
      s.push_back(static_cast<char>(r == 0 ? next() % 0x80 : r == 1 ? " \t\r\n"[next() % 4] : 'A' + next() % 58));
    }
    ASSERT_EQ(NormalizeKey(s), reference(s)) << "round " << round;
  }
}

TEST(Doc, BidiAndZeroWidthMarksDropped) {
  Doc doc("\u200Fحلب\u200B\u200C\u200D\u200E\u061C");
  EXPECT_EQ(doc.norm(), "حلب");
}

TEST(Doc, BomDroppedAndOffsetsKept) {
  Doc doc("\xEF\xBB\xBFحلب");
  EXPECT_TRUE(doc.had_bom());
  EXPECT_EQ(doc.norm(), "حلب");
  EXPECT_EQ(doc.ToOriginal(Span{0, 6}), (Span{3, 9}));
}

TEST(Doc, CrlfBecomesLfWithoutSwallowingTheCr) {
  Doc doc("ab\r\ncd\rx");
  EXPECT_EQ(doc.norm(), "ab\ncd\nx");
  EXPECT_EQ(doc.ToOriginal(Span{0, 2}), (Span{0, 2}));
  EXPECT_EQ(doc.ToOriginal(Span{3, 5}), (Span{4, 6}));
  EXPECT_EQ(doc.ToOriginal(Span{2, 3}), (Span{2, 4}));
}

TEST(Doc, NulAndInvalidUtf8AreReplacedAndCounted) {
  std::string bytes("a\0b\xFF\xC3", 5);
  Doc doc(bytes);
  EXPECT_EQ(doc.norm(), "a b\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(doc.nul_bytes(), 1u);
  EXPECT_EQ(doc.invalid_utf8_bytes(), 2u);
  EXPECT_EQ(doc.warnings.size(), 2u);
  EXPECT_EQ(doc.ToOriginal(Span{3, 6}), (Span{3, 4}));
}

TEST(Doc, DiacriticsInsideASpanMapBack) {
  std::string text = "وَصَلَ إلى حَلَبَ";
  Doc doc(text);
  EXPECT_EQ(doc.norm(), "وصل الي حلب");
  // "حلب" is the last three letters of norm.
  Span s{static_cast<uint32_t>(doc.norm().size() - 6), static_cast<uint32_t>(doc.norm().size())};
  EXPECT_EQ(doc.OriginalText(s), "حَلَبَ");
}

TEST(Doc, LigatureSplitTakesTheWholeCharacter) {
  Doc doc("\uFEFB");
  ASSERT_EQ(doc.norm(), "لا");
  EXPECT_EQ(doc.ToOriginal(Span{0, 2}), (Span{0, 3}));
}

TEST(Doc, NormalizeIsIdempotent) {
  const char* samples[] = {"أحمد إلى آخر", "ﻻ ﷲ", "Ḍuhūr ٣٠٠", "a\r\nb"};
  for (const char* s : samples) {
    std::string once = Doc(s).norm();
    EXPECT_EQ(Doc(once).norm(), once) << s;
  }
}

}  // namespace
}  // namespace marsad
