#include "extract/input.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace marsad {
namespace {

struct Collected {
  std::vector<InputDocument> docs;
  std::vector<InputError> errors;
};

Collected ReadString(const std::string& bytes, InputFormat format, const std::string& source = "in") {
  Collected c;
  std::FILE* f = fmemopen(const_cast<char*>(bytes.data()), bytes.size(), "rb");
  if (bytes.empty()) f = std::tmpfile();  // fmemopen rejects a zero-size buffer on some libcs
  EXPECT_NE(f, nullptr);
  if (!f) return c;
  ReadDocuments(
      f, source, format,
      [&](InputDocument&& d) {
        c.docs.push_back(std::move(d));
        return true;
      },
      [&](const InputError& e) { c.errors.push_back(e); });
  std::fclose(f);
  return c;
}

TEST(ParseJsonLine, ReadsEveryField) {
  InputDocument d;
  ASSERT_TRUE(ParseJsonLine(R"({"id":"r-7","text":"Two shells fell.","url":"https://example.org/a",)"
                            R"("published":"2024-03-02T10:00:00Z","extra":[1]})",
                            &d)
                  .ok());
  EXPECT_EQ(d.text, "Two shells fell.");
  EXPECT_EQ(d.input_id, "r-7");
  EXPECT_EQ(d.url, "https://example.org/a");
  ASSERT_TRUE(d.published.has_value());
  EXPECT_EQ(d.published->basis, ReferenceTime::Basis::kGiven);
  EXPECT_TRUE(d.warnings.empty());
}

TEST(ParseJsonLine, NumericIdIsKeptAsANumber) {
  InputDocument d;
  ASSERT_TRUE(ParseJsonLine(R"({"id":17,"text":"x"})", &d).ok());
  EXPECT_TRUE(d.input_id.is_number());
  EXPECT_EQ(d.input_id, 17);
}

TEST(ParseJsonLine, RejectsWhatIsNotARecord) {
  InputDocument d;
  EXPECT_FALSE(ParseJsonLine("{\"text\": ", &d).ok());
  EXPECT_FALSE(ParseJsonLine("[1,2]", &d).ok());
  Status no_text = ParseJsonLine(R"({"id":1})", &d);
  ASSERT_FALSE(no_text.ok());
  EXPECT_NE(no_text.message().find("text"), std::string::npos);
  EXPECT_FALSE(ParseJsonLine(R"({"text":42})", &d).ok());
}

// The quick reading of flat records gives what the general parser gives, on
// records cut, spliced and sprinkled with the bytes that matter to JSON and
// to UTF-8 (quotes, escapes, controls, broken sequences, nesting, numbers,
// duplicate keys); and it does take the plain records it is for.
TEST(ParseJsonLine, FlatReadingAgreesWithTheGeneralParser) {
  using nlohmann::json;
  const std::string seeds[] = {
      R"({"id":"a-1","text":"Two shells fell near the bridge.","url":"https://example.org/x","published":null})",
      "{ \"text\" : \"\\u0642\\u0635\\u0641 \\u0639\\u0646\\u064a\\u0641\" ,\"id\":null }",
      "{\"text\":\"\xD9\x82\xD8\xB5\xD9\x81 \\\"\xC2\xAB\xD8\xA7\xD9\x84\xD9\x85\xD8\xAF\xD9\x8A\xD9\x86\xD8\xA9\xC2\xBB\\\" "
      "\\n\\t\\/\\\\ \xF0\x9F\x98\x80\"}",
      R"({"text":"x","text":"y"})", R"({})", R"({"text":"z","n":[1,{"a":2}],"id":17})",
      R"({"id":4096,"text":"w"})", R"({"text":"v","id":-12,"n":0})",
  };
  const std::string bytes[] = {"\"", "\\", "\\u00e9", "\\q", ",", ":", "{", "}", " ", "\n", std::string(1, '\0'),
                               "\x01", "\x80", "\xC3", "\xE2\x82", "\xED\xA0\x80", "\xF4\x90\x80\x80",
                               "null", "nul", "1", "0", "-", ".", "e", "99999999999999999", "[", "\xEF\xBB\xBF"};
  uint64_t state = 11;
  auto next = [&] {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<size_t>(state >> 33);
  };
  int flat = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string line = seeds[next() % std::size(seeds)];
    for (size_t edits = round == 0 ? 0 : next() % 3; edits > 0; --edits) {
      const size_t at = next() % (line.size() + 1);
      if (next() % 2) line.insert(at, bytes[next() % std::size(bytes)]);
      else line.erase(at, 1 + next() % 3);
    }
    json fast;
    const json slow = json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (!ParseFlatJsonObject(line, &fast)) continue;
    ++flat;
    ASSERT_FALSE(slow.is_discarded()) << "round " << round;
    ASSERT_EQ(fast, slow) << "round " << round;
  }
  EXPECT_GT(flat, 2000);
  json j;
  EXPECT_TRUE(ParseFlatJsonObject(seeds[0], &j));
  EXPECT_FALSE(ParseFlatJsonObject(seeds[1], &j));  // \u escapes go to the general parser
  ASSERT_TRUE(ParseFlatJsonObject(seeds[6], &j));  // a numbered record
  EXPECT_EQ(j["id"].dump(), "4096");
  EXPECT_FALSE(ParseFlatJsonObject(R"({"id":1.5,"text":"u"})", &j));  // a fraction goes to the general parser
}

// Two-byte characters take a short path through the flat reader: every
// lead byte with every kind of byte after it (a continuation, ASCII, another
// lead, the closing quote, the end of the line) is read, or left to the
// general parser, as that parser reads it.
TEST(ParseJsonLine, FlatReadingOfTwoByteCharactersAgreesWithTheGeneralParser) {
  using nlohmann::json;
  const std::string after[] = {"\x80", "\xBF", "\x7F", "a", "\xC3\xA9", "\xD8", "\xE2\x82\xAC", "\"", ""};
  int flat = 0;
  for (int lead = 0x80; lead < 0x100; ++lead)
    for (const std::string& a : after)
      for (const bool closed : {true, false}) {
        const std::string line =
            "{\"text\":\"\xD9\x82" + std::string(1, static_cast<char>(lead)) + a + (closed ? "\"}" : "");
        json fast;
        const json slow = json::parse(line, nullptr, /*allow_exceptions=*/false);
        if (!ParseFlatJsonObject(line, &fast)) continue;
        ++flat;
        ASSERT_FALSE(slow.is_discarded()) << line;
        ASSERT_EQ(fast, slow) << line;
      }
  // Each lead byte C2-DF with a continuation byte (80 or BF) after it, the
  // string closed, is a valid character and read flat; nothing else is.
  EXPECT_EQ(flat, 2 * 0x1E);
}

// A byte of every kind (overlong and broken two-byte sequences, controls,
// quotes, escapes, four-byte characters) put at every offset of a run of
// Arabic letters or of plain ASCII, after 0-7 bytes of padding, is read by
// the flat reader, or left to the general parser, as that parser reads it.
TEST(ParseJsonLine, FlatReadingOfOddBytesInRunsAgreesWithTheGeneralParser) {
  using nlohmann::json;
  const std::string letters = "\xD9\x82\xD8\xB5\xD9\x81\xD8\xA9\xD8\xA7\xD9\x84";  // قصفةال
  const std::string odd[] = {"\xC0\x80", "\xC1\xBF", "\xC2\x80", "\xDF\xBF", "\xD8\x7F", "\xD8\xC0", "\xE0\xA0",
                             "\x80\x80", "\"",        "\\n",     "\x1F",     "\x7F",     " ",        "\xF0\x9F\x98\x80"};
  int flat = 0, refused = 0;
  for (const std::string& base : {letters + letters, std::string("Two shells fell near the bridge")})
    for (size_t pad = 0; pad < 8; ++pad)
      for (size_t at = 0; at <= 10; ++at)
        for (const std::string& o : odd) {
          std::string text = std::string(pad, 'x') + base;
          text.insert(std::min(pad + at, text.size()), o);
          const std::string line = "{\"text\":\"" + text + "\"}";
          json fast;
          const json slow = json::parse(line, nullptr, /*allow_exceptions=*/false);
          if (!ParseFlatJsonObject(line, &fast)) {
            ++refused;
            continue;
          }
          ++flat;
          ASSERT_FALSE(slow.is_discarded()) << line;
          ASSERT_EQ(fast, slow) << line;
        }
  EXPECT_GT(flat, 500);
  EXPECT_GT(refused, 500);
}

TEST(ParseJsonLine, BadPublishedIsAWarningNotAnError) {
  InputDocument d;
  ASSERT_TRUE(ParseJsonLine(R"({"text":"x","published":"last Tuesday"})", &d).ok());
  EXPECT_FALSE(d.published.has_value());
  ASSERT_EQ(d.warnings.size(), 1u);
  EXPECT_NE(d.warnings[0].find("published"), std::string::npos);
}

TEST(InputFormat, FromNameAndContent) {
  EXPECT_EQ(FormatFromName("a/b.jsonl"), InputFormat::kJsonLines);
  EXPECT_EQ(FormatFromName("b.ndjson"), InputFormat::kJsonLines);
  EXPECT_EQ(FormatFromName("b.txt"), InputFormat::kText);
  EXPECT_EQ(FormatFromName("b.json"), InputFormat::kAuto);
  EXPECT_TRUE(LooksLikeJsonLine(R"(  {"text":"a"})"));
  EXPECT_FALSE(LooksLikeJsonLine(R"({"id":"a"})"));
  EXPECT_FALSE(LooksLikeJsonLine("{braces in prose}"));
  EXPECT_FALSE(LooksLikeJsonLine("date 2024-11"));
}

TEST(ReadDocuments, JsonLinesErrorsNameTheLineAndTheRestStillComesOut) {
  const std::string in =
      "{\"id\":1,\"text\":\"first\"}\n"
      "\n"
      "not json\n"
      "{\"id\":4}\r\n"
      "{\"id\":5,\"text\":\"fifth\"}";  // no final newline
  Collected c = ReadString(in, InputFormat::kJsonLines, "feed.jsonl");
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[0].text, "first");
  EXPECT_EQ(c.docs[0].line, 1);
  EXPECT_EQ(c.docs[1].text, "fifth");
  EXPECT_EQ(c.docs[1].line, 5);
  ASSERT_EQ(c.errors.size(), 2u);
  EXPECT_EQ(c.errors[0].line, 3);
  EXPECT_EQ(c.errors[1].line, 4);
  EXPECT_EQ(c.errors[0].ToString().rfind("feed.jsonl:3: ", 0), 0u) << c.errors[0].ToString();
}

TEST(ReadDocuments, AutoDetectsJsonLinesAfterBlankLines) {
  Collected c = ReadString("\n\n{\"text\":\"a\"}\n{\"text\":\"b\"}\n", InputFormat::kAuto);
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[0].line, 3);
  EXPECT_EQ(c.docs[1].text, "b");
  EXPECT_TRUE(c.errors.empty());
}

TEST(ReadDocuments, AutoKeepsPlainTextByteForByte) {
  // Leading blank lines, a header, braces: all part of the one document.
  const std::string text = "\n date 2024-11\n{not a record}\nقصف على البلدة\n\xff\n";
  Collected c = ReadString(text, InputFormat::kAuto);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].text, text);
  EXPECT_EQ(c.docs[0].line, 0);
  EXPECT_TRUE(c.errors.empty());
}

TEST(ReadDocuments, TextFormatNeverParsesJson) {
  const std::string text = "{\"text\":\"a\"}\n";
  Collected c = ReadString(text, InputFormat::kText);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].text, text);
}

TEST(ReadDocuments, EmptyInputIsOneEmptyTextDocument) {
  Collected c = ReadString("", InputFormat::kAuto);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].text, "");
}

TEST(ReadDocuments, StopsWhenTheCallbackSaysSo) {
  std::string in = "{\"text\":\"a\"}\n{\"text\":\"b\"}\n";
  std::FILE* f = fmemopen(in.data(), in.size(), "rb");
  ASSERT_NE(f, nullptr);
  int seen = 0;
  bool go_on = ReadDocuments(
      f, "x", InputFormat::kJsonLines, [&](InputDocument&&) { return ++seen < 1; }, [](const InputError&) {});
  std::fclose(f);
  EXPECT_FALSE(go_on);
  EXPECT_EQ(seen, 1);
}

class TempDir {
 public:
  TempDir() {
    char tmpl[] = "/tmp/marsad_input_test.XXXXXX";
    path_ = mkdtemp(tmpl);
  }
  ~TempDir() { std::filesystem::remove_all(path_); }
  void Write(const std::string& rel, const std::string& contents) {
    std::filesystem::create_directories(std::filesystem::path(path_ + "/" + rel).parent_path());
    std::ofstream(path_ + "/" + rel, std::ios::binary) << contents;
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

TEST(ListInputFiles, RecursiveSortedAndFiltered) {
  TempDir d;
  d.Write("b.txt", "b");
  d.Write("a.jsonl", "{\"text\":\"a\"}\n");
  d.Write("sub/c.txt", "c");
  d.Write("notes.md", "skip");
  d.Write("x.expected.json", "{}");
  d.Write(".hidden/d.txt", "skip");
  d.Write(".e.txt", "skip");
  auto files = ListInputFiles(d.path());
  ASSERT_TRUE(files.ok()) << files.status().message();
  std::vector<std::string> want = {d.path() + "/a.jsonl", d.path() + "/b.txt", d.path() + "/sub/c.txt"};
  EXPECT_EQ(*files, want);
}

TEST(ReadPath, DirectoryAndUnreadableFile) {
  TempDir d;
  d.Write("1.txt", "one");
  d.Write("2.jsonl", "{\"text\":\"two\",\"id\":\"t\"}\nbad\n");
  Collected c;
  auto on_doc = [&](InputDocument&& doc) {
    c.docs.push_back(std::move(doc));
    return true;
  };
  auto on_error = [&](const InputError& e) { c.errors.push_back(e); };
  EXPECT_TRUE(ReadPath(d.path(), on_doc, on_error));
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[0].text, "one");
  EXPECT_EQ(c.docs[1].input_id, "t");
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].source, d.path() + "/2.jsonl");
  EXPECT_EQ(c.errors[0].line, 2);
  c.errors.clear();
  EXPECT_TRUE(ReadPath(d.path() + "/missing.txt", on_doc, on_error));
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_NE(c.errors[0].ToString().find("missing.txt: cannot open"), std::string::npos);
}

}  // namespace
}  // namespace marsad
