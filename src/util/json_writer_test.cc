#include "util/json_writer.h"

#include <cstdint>
#include <iterator>
#include <limits>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace marsad {
namespace {

using nlohmann::json;

std::string Nlohmann(const json& j, int indent = -1) {
  return j.dump(indent, ' ', false, json::error_handler_t::replace);
}

std::string Escaped(std::string_view s) {
  std::string out;
  AppendJsonString(&out, s);
  return out;
}

TEST(JsonWriter, EscapesLikeNlohmann) {
  const std::string cases[] = {
      "", "plain", "quote \" backslash \\ slash /", std::string("nul \0 byte", 10),
      "\b\t\n\f\r\x01\x1f\x7f", "عربي «مقتبس» ٣", "\xF0\x9F\x98\x80 emoji",
      // invalid: stray continuation, overlong, surrogate, above U+10FFFF,
      // truncated at the end and in the middle, bytes never valid
      "a\x80" "b", "\xC0\xAF", "\xE0\x80\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80",
      "\xD8", "\xE2\x82", "\xE2\x82x", "\xF0\x9F\x98", "\xF0\x9F\x98z", "\xFF\xFE", "\xF5\x80",
  };
  for (const auto& s : cases) EXPECT_EQ(Escaped(s), Nlohmann(json(s))) << json(s).dump(-1, ' ', true, json::error_handler_t::replace);
}

// Random byte strings biased towards the bytes that start, continue or break
// UTF-8 sequences: the escaper and nlohmann agree on every one.
TEST(JsonWriter, EscapesRandomBytesLikeNlohmann) {
  const unsigned char kBytes[] = {'a', '"', '\\', '\n', 0x01, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF,
                                  0xC0, 0xC2, 0xD8, 0xDF, 0xE0, 0xE2, 0xED, 0xEF, 0xF0, 0xF3, 0xF4, 0xF5, 0xFF};
  uint64_t state = 42;
  auto next = [&] {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<uint32_t>(state >> 33);
  };
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    for (uint32_t n = next() % 12; n > 0; --n) s.push_back(static_cast<char>(kBytes[next() % sizeof kBytes]));
    ASSERT_EQ(Escaped(s), Nlohmann(json(s))) << "round " << round;
  }
}

TEST(JsonWriter, NumbersLikeNlohmann) {
  const double doubles[] = {0.0, -0.0, 0.5, 300.0, 36.20124, 37.16117, -1.0 / 3, 1e-7, 1e21, 0.75,
                            std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity()};
  for (double d : doubles) {
    std::string out;
    JsonWriter(&out).Double(d);
    EXPECT_EQ(out, Nlohmann(json(d))) << d;
  }
  const int64_t ints[] = {0, 1, -1, 163345, std::numeric_limits<int64_t>::min(), std::numeric_limits<int64_t>::max()};
  for (int64_t v : ints) {
    std::string out;
    JsonWriter(&out).Int(v);
    EXPECT_EQ(out, Nlohmann(json(v)));
  }
}

// Keys in the order written, nesting, empty containers, both layouts.
TEST(JsonWriter, StructureInWrittenOrder) {
  for (int indent : {-1, 0, 2}) {
    std::string out;
    JsonWriter w(&out, indent);
    w.BeginObject();
    w.Key("z");
    w.Int(1);
    w.Key("a");
    w.BeginArray();
    w.String("x");
    w.Null();
    w.BeginObject();
    w.EndObject();
    w.BeginArray();
    w.EndArray();
    w.Bool(true);
    w.EndArray();
    w.Key("m");
    w.StringOrNull("");
    w.Key("r");
    w.Raw("\"id-7\"");
    w.EndObject();
    json expected = json::parse(R"({"a":["x",null,{},[],true],"m":null,"r":"id-7","z":1})");
    EXPECT_EQ(json::parse(out), expected);
    // The same text as nlohmann prints, once its alphabetical order is undone.
    nlohmann::ordered_json ordered = {{"z", 1}, {"a", json::array({"x", nullptr, json::object(), json::array(), true})},
                                      {"m", nullptr}, {"r", "id-7"}};
    EXPECT_EQ(out, ordered.dump(indent)) << "indent " << indent;
  }
}

// Valid UTF-8 written by the word-at-a-time escaper comes out as the
// decoding one writes it: escapes at every position of an eight-byte word,
// in the tail, next to Arabic letters and four-byte characters.
TEST(JsonWriter, ValidUtf8StringLikeString) {
  const std::string pieces[] = {"a", "\"", "\\", "\n", std::string(1, '\0'), "\x1f", "\x7f", "ب", "\xF0\x9F\x98\x80",
                                " ", "/", "\xE2\x80\x8F", "~", "!"};
  uint64_t state = 7;
  auto next = [&] {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<uint32_t>(state >> 33);
  };
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    for (uint32_t n = next() % 30; n > 0; --n) s += pieces[next() % std::size(pieces)];
    std::string fast, slow;
    JsonWriter(&fast).ValidUtf8String(s);
    JsonWriter(&slow).String(s);
    ASSERT_EQ(fast, slow) << "round " << round;
    ASSERT_EQ(fast, Nlohmann(json(s))) << "round " << round;
  }
}

// Long runs with nothing to escape are passed sixteen bytes at a time: one
// escape at every position of such a run, before and after whole blocks,
// comes out as the decoding escaper writes it.
TEST(JsonWriter, ValidUtf8StringEscapeAtEveryPositionOfALongRun) {
  for (const std::string& unit : {std::string("x"), std::string("بت"), std::string("\xE2\x80\x8F")}) {
    std::string run;
    while (run.size() < 48) run += unit;
    for (const std::string& escape :
         {std::string("\""), std::string("\\"), std::string("\n"), std::string(1, '\0'), std::string("\x1f")}) {
      for (size_t at = 0; at <= run.size(); at += unit.size()) {
        std::string s(run, 0, at);
        s.append(escape).append(run, at, std::string::npos);
        std::string fast, slow;
        JsonWriter(&fast).ValidUtf8String(s);
        JsonWriter(&slow).String(s);
        ASSERT_EQ(fast, slow) << "at " << at;
        ASSERT_EQ(fast, Nlohmann(json(s))) << "at " << at;
      }
    }
  }
}

// The writer appends after what `out` held, grows it as far as needed, and
// leaves it holding exactly the text written.
TEST(JsonWriter, AppendsAndGrows) {
  std::string out = "prefix ";
  const std::string long_text(100000, 'x');
  {
    JsonWriter w(&out);
    w.BeginArray();
    for (int i = 0; i < 3; ++i) {
      w.String(long_text);
      w.ValidUtf8String(long_text);
      w.Double(0.25);
      w.Int(-12);
    }
    w.EndArray();
  }
  std::string expected = "prefix [";
  for (int i = 0; i < 3; ++i) expected += (i ? "," : "") + ("\"" + long_text + "\",\"" + long_text + "\",0.25,-12");
  expected += "]";
  EXPECT_EQ(out, expected);
  // Sync shows the text of a value still open.
  std::string open;
  JsonWriter w(&open);
  w.BeginObject();
  w.Key("k");
  w.Bool(false);
  w.Sync();
  EXPECT_EQ(open, "{\"k\":false");
}

}  // namespace
}  // namespace marsad
