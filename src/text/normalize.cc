#include "text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/unistr.h>

#include <array>
#include <cstring>
#include <memory>

#include "util/utf8.h"

namespace marsad {
namespace {

// One entry per BMP code point: the bytes to emit (len 0 = drop). Entries
// whose replacement is longer than 7 bytes point into a side pool.
struct Entry {
  uint8_t len;
  char bytes[7];
};
constexpr uint8_t kLong = 0xFF;

class Table {
 public:
  Table();
  const Entry& operator[](char32_t cp) const { return entries_[cp]; }
  const std::string& Long(char32_t cp) const { return long_[cp]; }
  uint8_t ascii(unsigned char c) const { return ascii_[c]; }

 private:
  // The fold of a single code point, before presentation-form expansion.
  static bool SimpleFold(char32_t cp, char32_t* to, bool* drop);
  void Set(char32_t cp, const std::u32string& repl);

  std::vector<Entry> entries_ = std::vector<Entry>(0x10000);
  std::vector<std::string> long_ = std::vector<std::string>(0x10000);
  std::array<uint8_t, 128> ascii_{};
};

bool IsArabicDiacritic(char32_t cp) {
  return (cp >= 0x0610 && cp <= 0x061A) || (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 ||
         (cp >= 0x06D6 && cp <= 0x06DC) || (cp >= 0x06DF && cp <= 0x06E4) ||
         (cp >= 0x06E7 && cp <= 0x06E8) || (cp >= 0x06EA && cp <= 0x06ED) ||
         (cp >= 0x08D3 && cp <= 0x08FF && cp != 0x08E2);
}

// Returns false when cp is kept unchanged.
bool Table::SimpleFold(char32_t cp, char32_t* to, bool* drop) {
  *drop = false;
  switch (cp) {
    case 0x0622: case 0x0623: case 0x0625: case 0x0671: case 0x0672: case 0x0673:
      *to = 0x0627; return true;                        // alef variants -> ا
    // Urdu ے ۓ (yeh barree) end GeoNames' Urdu spellings of foreign towns
    // (نزیریکورے) where an Arabic report writes ي (نزيريكوري).
    case 0x0649: case 0x06CC: case 0x0626: case 0x06D0: case 0x06D2: case 0x06D3:
      *to = 0x064A; return true;                        // ى ی ئ ے -> ي
    case 0x0629: case 0x06D5: case 0x06C0: case 0x06C1:
      *to = 0x0647; return true;                        // ة ە ۀ ہ -> ه
    case 0x0624: *to = 0x0648; return true;             // ؤ -> و
    case 0x06A9: case 0x06AA: *to = 0x0643; return true;  // ک -> ك
    case 0x066A: *to = U'%'; return true;               // ٪
    case 0x0640: *drop = true; return true;             // tatweel
    case 0x00AD: *drop = true; return true;             // soft hyphen
    case 0x0085: case 0x2028: case 0x2029: *to = U'\n'; return true;
    default: break;
  }
  if (cp >= 0x0660 && cp <= 0x0669) { *to = U'0' + (cp - 0x0660); return true; }
  if (cp >= 0x06F0 && cp <= 0x06F9) { *to = U'0' + (cp - 0x06F0); return true; }
  if (IsArabicDiacritic(cp)) { *drop = true; return true; }
  if (cp >= 0x80 && cp < 0xA0) { *to = U' '; return true; }  // C1 controls
  int8_t type = u_charType(cp);
  if (type == U_FORMAT_CHAR) { *drop = true; return true; }  // bidi, ZW*, U+061C, U+FEFF
  if (type == U_NON_SPACING_MARK) {
    UErrorCode err = U_ZERO_ERROR;
    UScriptCode sc = uscript_getScript(cp, &err);
    if (sc == USCRIPT_INHERITED || sc == USCRIPT_LATIN || sc == USCRIPT_ARABIC) {
      *drop = true;  // combining accents: "Ḍuhūr" matches "duhur"
      return true;
    }
  }
  if (u_isUWhiteSpace(cp)) { *to = U' '; return true; }
  return false;
}

void Table::Set(char32_t cp, const std::u32string& repl) {
  std::string bytes;
  for (char32_t c : repl) utf8::Append(&bytes, c);
  Entry& e = entries_[cp];
  if (bytes.size() <= sizeof e.bytes) {
    e.len = static_cast<uint8_t>(bytes.size());
    std::memcpy(e.bytes, bytes.data(), bytes.size());
  } else {
    e.len = kLong;
    long_[cp] = std::move(bytes);
  }
}

Table::Table() {
  for (int c = 0; c < 128; ++c) {
    unsigned char out = static_cast<unsigned char>(c);
    if (c >= 'A' && c <= 'Z') out = static_cast<unsigned char>(c - 'A' + 'a');
    else if (c < 0x20 && c != '\n' && c != '\t') out = ' ';  // NUL and C0 controls; CR handled apart
    else if (c == 0x7F) out = ' ';
    ascii_[c] = out;
  }
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(err);
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(err);
  std::string one;  // the bytes of a one-code-point entry, reused
  for (char32_t cp = 0x80; cp < 0x10000; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;  // never decoded
    bool presentation = (cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFC);
    bool latin = false;
    if (!presentation) {
      UErrorCode e2 = U_ZERO_ERROR;
      latin = uscript_getScript(cp, &e2) == USCRIPT_LATIN && u_isalpha(cp);
    }
    if (!(presentation || latin) || U_FAILURE(err)) {
      // Nearly every code point is one in, at most one out (SimpleFold):
      // encoded straight into its entry, with no string of code points
      // built for it. The table is made at every start of the program.
      char32_t to = cp;
      bool drop = false;
      if (!SimpleFold(cp, &to, &drop)) to = cp;
      one.clear();
      if (!drop) utf8::Append(&one, to);
      Entry& e = entries_[cp];
      e.len = static_cast<uint8_t>(one.size());
      std::memcpy(e.bytes, one.data(), one.size());
      continue;
    }
    // Expand ligatures and positional forms (NFKC); strip accents from Latin
    // letters (NFD, marks dropped below) and lower-case them.
    std::u32string seq;
    icu::UnicodeString s(static_cast<UChar32>(cp));
    UErrorCode e3 = U_ZERO_ERROR;
    icu::UnicodeString n = presentation ? nfkc->normalize(s, e3) : nfd->normalize(s, e3);
    if (U_FAILURE(e3)) n = s;
    for (int32_t i = 0; i < n.length(); i = n.moveIndex32(i, 1)) {
      UChar32 c = n.char32At(i);
      seq.push_back(static_cast<char32_t>(latin ? u_foldCase(c, U_FOLD_CASE_DEFAULT) : c));
    }
    std::u32string folded;
    for (char32_t c : seq) {
      char32_t to;
      bool drop;
      if (c < 0x80) {
        folded.push_back(c == U' ' ? c : ascii_[c]);
      } else if (SimpleFold(c, &to, &drop)) {
        if (!drop) folded.push_back(to);
      } else {
        folded.push_back(c);
      }
    }
    Set(cp, folded);
  }
}

const Table& GetTable() {
  static const Table* table = new Table();  // intentionally leaked: lives for the process
  return *table;
}

}  // namespace

namespace {

// The output cursor. Kept in locals of Normalize's loop: writes through a
// char* may alias anything whose address is taken, so the hot loop must not
// hold its positions in memory.
struct Sink {
  std::string* out;
  std::vector<uint32_t>* map;
};

// Grows the buffers so that `need` more bytes fit after `o`; returns the new
// capacity and refreshes the pointers.
[[gnu::noinline]] size_t Grow(Sink sink, size_t o, size_t m, size_t need, char** ob, uint32_t** mb) {
  size_t cap = (sink.out->size() + need) * 2;
  sink.out->resize(cap);
  *ob = sink.out->data();
  if (sink.map) {
    sink.map->resize(cap + 1 + (m - o));
    *mb = sink.map->data();
  }
  return cap;
}

}  // namespace

void Normalize(std::string_view in, std::string* out, std::vector<uint32_t>* map,
               NormalizeStats* stats) {
  const Table& t = GetTable();
  // Write through raw pointers into buffers sized for the common case (output
  // no longer than input) and grow only when a ligature expands past it.
  constexpr size_t kSlack = 64;  // more than any single character's replacement
  const Sink sink{out, map};
  size_t o = out->size();
  size_t m = map ? map->size() : 0;
  out->resize(o + in.size() + kSlack);
  if (map) map->resize(m + in.size() + kSlack + 1);
  char* ob = out->data();
  uint32_t* mb = map ? map->data() : nullptr;
  size_t cap = out->size();
  uint32_t invalid = 0, nuls = 0;

  const auto* p = reinterpret_cast<const unsigned char*>(in.data());
  const size_t n = in.size();
  size_t i = 0;
  if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) {
    i = 3;
    if (stats) stats->had_bom = true;
  }
  while (i < n) {
    if (__builtin_expect(o + kSlack > cap, 0)) cap = Grow(sink, o, m, kSlack, &ob, &mb);
    unsigned char c = p[i];
    if (c < 0x80) {
      char ch;
      size_t next = i + 1;
      if (c == '\r') {
        ch = '\n';
        if (next < n && p[next] == '\n') ++next;  // CRLF: one LF, mapped to the CR
      } else {
        ch = static_cast<char>(t.ascii(c));
        nuls += c == 0;
      }
      ob[o++] = ch;
      if (mb) mb[m++] = static_cast<uint32_t>(i);
      i = next;
      continue;
    }
    const char* bytes;
    size_t len;
    int in_len;
    if (c >= 0xC2 && c < 0xE0 && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) {
      // Two-byte characters (all of Arabic): the hot path.
      char32_t cp = ((c & 0x1F) << 6) | (p[i + 1] & 0x3F);
      const Entry& e = t[cp];
      in_len = 2;
      if (e.len == 2) {
        ob[o] = e.bytes[0];
        ob[o + 1] = e.bytes[1];
        o += 2;
        if (mb) {
          mb[m] = mb[m + 1] = static_cast<uint32_t>(i);
          m += 2;
        }
        i += 2;
        continue;
      }
      if (e.len == kLong) {
        bytes = t.Long(cp).data();
        len = t.Long(cp).size();
      } else {
        bytes = e.bytes;
        len = e.len;
      }
    } else {
      char32_t cp = utf8::Decode(in, i, &in_len);
      if (cp == utf8::kInvalid) {
        ++invalid;
        bytes = "\xEF\xBF\xBD";
        len = 3;
      } else if (cp >= 0x10000) {
        bytes = in.data() + i;  // outside the BMP: kept as is
        len = static_cast<size_t>(in_len);
      } else if (t[cp].len == kLong) {
        bytes = t.Long(cp).data();
        len = t.Long(cp).size();
      } else {
        bytes = t[cp].bytes;
        len = t[cp].len;
      }
    }
    if (__builtin_expect(o + len > cap, 0)) cap = Grow(sink, o, m, len, &ob, &mb);
    std::memcpy(ob + o, bytes, len);
    o += len;
    if (mb) {
      for (size_t k = 0; k < len; ++k) mb[m++] = static_cast<uint32_t>(i);
    }
    i += static_cast<size_t>(in_len);
  }
  out->resize(o);
  if (map) {
    mb[m++] = static_cast<uint32_t>(n);
    map->resize(m);
  }
  if (stats) {
    stats->invalid_utf8_bytes += invalid;
    stats->nul_bytes += nuls;
  }
}

namespace {

// Keys of up to this many bytes are folded on the stack (FoldShortKey).
constexpr size_t kShortKey = 256;
// Room for a short key's fold: an ASCII byte gives one byte, a two-byte
// character at most an Entry's seven (3.5 per input byte).
constexpr size_t kShortKeyRoom = 4 * kShortKey;

// NormalizeKey of a key of ASCII and two-byte characters (Arabic words,
// accented Latin: nearly every key asked per document), in one pass into
// `buf` (kShortKeyRoom bytes): each character's replacement from the table,
// whitespace runs one space, none at the ends, exactly as Normalize and the
// compaction after it would; returns false, having decided nothing, for any
// other character (three- and four-byte ones, an invalid sequence, a
// replacement kept in the side pool), which the general path then takes.
// Whitespace is ASCII and never a byte of a multi-byte character, so
// compacting the replacement bytes one by one is the same as compacting
// Normalize's output afterwards (a CRLF, one newline there, is two
// whitespace bytes here: one space either way).
bool FoldShortKey(std::string_view in, char* buf, size_t* size) {
  const Table& t = GetTable();
  const auto* p = reinterpret_cast<const unsigned char*>(in.data());
  const size_t n = in.size();
  size_t o = 0;
  bool pending_space = false;
  auto put = [&](char c) {
    if (c == ' ' || c == '\t' || c == '\n') {
      pending_space = o > 0;
      return;
    }
    if (pending_space) buf[o++] = ' ';
    pending_space = false;
    buf[o++] = c;
  };
  for (size_t i = 0; i < n;) {
    const unsigned char c = p[i];
    if (c < 0x80) {
      put(c == '\r' ? '\n' : static_cast<char>(t.ascii(c)));
      ++i;
      continue;
    }
    if (c < 0xC2 || c >= 0xE0 || i + 1 >= n || (p[i + 1] & 0xC0) != 0x80) return false;
    const Entry& e = t[((c & 0x1F) << 6) | (p[i + 1] & 0x3F)];
    if (e.len == kLong) return false;
    for (uint8_t k = 0; k < e.len; ++k) put(e.bytes[k]);
    i += 2;
  }
  *size = o;
  return true;
}

}  // namespace

std::string NormalizeKey(std::string_view in) {
  // Plain ASCII (most Latin names; the gazetteer's at start-up): what the
  // normaliser and the compaction below make of it, in one pass: letters
  // lower-cased, control characters (CR, LF, tab, NUL...) and DEL as spaces,
  // whitespace runs one space, none at the ends.
  bool ascii = true;
  for (char c : in) ascii &= static_cast<unsigned char>(c) < 0x80;
  if (ascii) {
    std::string out(in.size(), '\0');
    char* o = out.data();
    size_t n = 0;
    bool pending_space = false;
    for (char c : in) {
      const unsigned char u = static_cast<unsigned char>(c);
      if (u <= ' ' || u == 0x7F) {
        pending_space = n > 0;
        continue;
      }
      if (pending_space) o[n++] = ' ';
      pending_space = false;
      o[n++] = u >= 'A' && u <= 'Z' ? static_cast<char>(u - 'A' + 'a') : c;
    }
    out.resize(n);
    return out;
  }
  // Keys are made per candidate word of every document; most are short and
  // of two-byte letters, folded on the stack in one pass.
  if (in.size() <= kShortKey) {
    char buf[kShortKeyRoom];
    size_t n = 0;
    if (FoldShortKey(in, buf, &n)) return std::string(buf, n);
  }
  // Otherwise the intermediate text goes to a buffer the thread reuses, so
  // the key is the only allocation.
  thread_local std::string norm;
  if (norm.capacity() > (1u << 16)) std::string().swap(norm);  // keep no one-off long text
  norm.clear();
  Normalize(in, &norm, nullptr, nullptr);
  // Whitespace runs become one space, none at the ends: compacted in place,
  // then copied out once.
  size_t n = 0;
  bool pending_space = false;
  for (char c : norm) {
    if (c == ' ' || c == '\t' || c == '\n') {
      pending_space = n > 0;
      continue;
    }
    if (pending_space) norm[n++] = ' ';
    pending_space = false;
    norm[n++] = c;
  }
  return std::string(norm.data(), n);
}

}  // namespace marsad
