#include "geo/transliteration.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <thread>
#include <set>
#include <string>


#include "geo/geoparser.h"
#include "tests/testutil.h"

namespace marsad {
namespace {

const TransliterationTable& Table() {
  static const TransliterationTable* table = [] {
    auto t = TransliterationTable::Load(test::DataDir() + "/geo/transliteration.tsv");
    EXPECT_TRUE(t.ok()) << t.status().message();
    return new TransliterationTable(std::move(t).value());
  }();
  return *table;
}

// Do the two names share a skeleton reading?
bool Meet(const std::string& a, const std::string& b) {
  auto sa = Table().Skeletons(a), sb = Table().Skeletons(b);
  for (const auto& s : sa)
    if (std::find(sb.begin(), sb.end(), s) != sb.end()) return true;
  return false;
}

bool HasReading(const std::string& name, const std::string& skeleton) {
  auto s = Table().Skeletons(name);
  return std::find(s.begin(), s.end(), skeleton) != s.end();
}

TEST(TransliterationTableTest, ArticlesDroppedAndLettersClassed) {
  EXPECT_TRUE(HasReading("الفاشر", "fSr"));
  EXPECT_EQ(Table().Skeletons("El Fasher"), std::vector<std::string>{"fSr"});
  EXPECT_EQ(Table().Skeletons("Al-Fashir"), std::vector<std::string>{"fSr"});
  // Sun-letter article kept by PlaceKey as a first word: "Ar Ramadi".
  EXPECT_EQ(Table().Skeletons("Ar Ramadi"), Table().Skeletons("Ramadi"));
}

// The Spanish article written apart in Arabic (إل) is dropped like the
// Latin one: إل موريتو meets El Morito; the article alone is no name.
TEST(TransliterationTableTest, SpanishArticleWrittenApartInArabicIsDropped) {
  EXPECT_TRUE(Meet("إل موريتو", "El Morito"));
  EXPECT_TRUE(Meet("إل كارمن", "El Carmen"));
  for (const std::string& s : Table().Skeletons("إل كارمن")) EXPECT_EQ(s.find('l'), std::string::npos) << s;
}

TEST(TransliterationTableTest, ArabicAndLatinSpellingsOfOneTownMeet) {
  EXPECT_TRUE(Meet("جوهر", "Jawhar"));
  EXPECT_TRUE(Meet("جوهر", "Johar"));
  EXPECT_TRUE(Meet("جوهر", "Jowhar"));
  EXPECT_TRUE(Meet("أفجوي", "Afgooye"));
  EXPECT_TRUE(Meet("بولوبردي", "Buulobarde"));
  EXPECT_TRUE(Meet("كتم", "Kutum"));
  EXPECT_TRUE(Meet("القضارف", "Gedaref"));  // ق as g
  EXPECT_TRUE(Meet("الجنينة", "Geneina"));  // ج as g, final ة silent
  EXPECT_TRUE(Meet("تشاد", "Chad"));        // تش = ch
  EXPECT_TRUE(Meet("نيو أورليانز", "New Orleans"));
  EXPECT_TRUE(Meet("أراجون", "Aragon"));
  EXPECT_TRUE(Meet("خاركيف", "Kharkiv"));
  EXPECT_TRUE(Meet("بافوس", "Paphos"));     // ph = f, p = b
}

// Arabic writes the Castilian z with ث, a Slavic final c as تس and the
// Slavic glide of "je" with a vowel letter.
TEST(TransliterationTableTest, SpanishAndSlavicLettersMeetTheirArabicSpelling) {
  EXPECT_TRUE(Meet("رودريغيث", "Rodriguez"));
  EXPECT_TRUE(Meet("لوبيث", "Lopez"));
  EXPECT_TRUE(Meet("ليسكوفاتس", "Leskovac"));
  EXPECT_TRUE(Meet("بيلييفو", "Bijelievo"));
  EXPECT_TRUE(Meet("ثاباتا", "Zapata"));
  // ث keeps its readings t and s; a final c is still k (Mosul is no Mosuts).
  EXPECT_TRUE(Meet("ثلاثا", "Tolata"));
  EXPECT_TRUE(Meet("بلاك", "Balac"));
  EXPECT_FALSE(Meet("بلاتس", "Balak"));
}

// French leaves a final t after n unsaid (Saint, Pont, -mont), and Arabic
// spelling follows the sound; a t that is said still meets its ت.
// French and Italian gn is one sound, written ني in Arabic; elsewhere it
// is still g + n.
TEST(TransliterationTableTest, RomanceGnIsThePalatalNasal) {
  EXPECT_TRUE(Meet("كونياك", "Cognac"));
  EXPECT_TRUE(Meet("بولونيا", "Bologna"));
  EXPECT_TRUE(Meet("ماغنيتوغورسك", "Magnitogorsk"));
}

TEST(TransliterationTableTest, FrenchFinalTAfterNMayBeUnwritten) {
  EXPECT_TRUE(Meet("فيرمون", "Vermont"));
  EXPECT_TRUE(Meet("بون لوفيك", "Pont-Levec"));
  EXPECT_TRUE(Meet("سان كليمان", "Saint-Clement"));
  EXPECT_TRUE(Meet("سانت كليمان", "Saint-Clement"));
  EXPECT_FALSE(Meet("بير", "Pert"));     // only after n
  EXPECT_FALSE(Meet("كان", "Kanta"));    // only at the word's end
}

// Arabic writes the French dj as دج (PlaceKey folds the Latin dj to j); the
// two letters may still be d + j.
TEST(TransliterationTableTest, FrenchDjWrittenDalJim) {
  EXPECT_TRUE(Meet("دجيبو", "Djibo"));
  EXPECT_TRUE(Meet("دجوغو", "Djugu"));
  EXPECT_TRUE(Meet("مدجل", "Madjal"));
  EXPECT_FALSE(Meet("دجيبو", "Dibo"));
}

// A Latin article glued to a later word may be the word's own letters:
// Altamirano is written ألتاميرانو, with the lam; "Ein Elfijeh" still meets
// the Arabic without it.
TEST(TransliterationTableTest, GluedLatinArticleMayBeTheWordsOwnLetters) {
  EXPECT_TRUE(Meet("سيوداد ألتاميرانو", "Ciudad Altamirano"));
  EXPECT_TRUE(Meet("عين الفيجة", "Ein Elfijeh"));
}

// A Latin c is ts in Slavic and Albanian names wherever it stands
// (Mitrovica ميتروفيتسا), and k elsewhere (Bucaramanga).
TEST(TransliterationTableTest, SlavicCIsTsInsideTheWordToo) {
  EXPECT_TRUE(Meet("ميتروفيتسا", "Mitrovica"));
  EXPECT_TRUE(Meet("بوكارامانغا", "Bucaramanga"));
  EXPECT_FALSE(Meet("ميتروفيكسا", "Mitrovica"));
}

TEST(TransliterationTableTest, DifferentNamesDoNotMeet) {
  EXPECT_FALSE(Meet("الفاشر", "Fashoda"));
  EXPECT_FALSE(Meet("كتم", "Kutch"));
  // A vowel between two letters of one class keeps both: d-b-b, not d-b.
  EXPECT_TRUE(HasReading("الضباب", "dbb"));
  EXPECT_FALSE(Meet("الضباب", "Dibiya"));
  // Words stay apart: a one-word name is not a two-word one.
  EXPECT_FALSE(Meet("سكني", "Suq Inan"));
}

TEST(TransliterationTableTest, LatinArticles) {
  EXPECT_TRUE(Table().HasLatinArticle("El Fasher"));
  EXPECT_TRUE(Table().HasLatinArticle("As Safa"));     // as + s…
  EXPECT_TRUE(Table().HasLatinArticle("ash-Shaykh"));  // ash + sh…
  EXPECT_FALSE(Table().HasLatinArticle("Tai-an Shih"));  // "an" before s is no article
  EXPECT_FALSE(Table().HasLatinArticle("Kutum"));
}

TEST(TransliterationTableTest, MalformedTableIsAnErrorWithItsLine) {
  test::ScopedTempPath temp("marsad_bad_translit.tsv");
  const std::string& path = temp.path();
  std::ofstream(path) << "#format transliteration v1\n"
                         "script\tgrapheme\twhere\tclass\n"
                         "ar\tب\tany\tb\n"
                         "ar\tت\tsomewhere\tt\n";
  auto t = TransliterationTable::Load(path);
  ASSERT_FALSE(t.ok());
  EXPECT_NE(t.status().message().find(":4:"), std::string::npos) << t.status().message();
  std::ofstream(path) << "#format transliteration v1\n"
                         "script\tgrapheme\twhere\tclass\n"
                         "latin\tب\tany\tb\n";
  EXPECT_FALSE(TransliterationTable::Load(path).ok());  // grapheme not Latin
  std::ofstream(path) << "#format transliteration v1\n"
                         "script\tgrapheme\twhere\tclass\n"
                         "ar\tب\tany\tb2\n";
  EXPECT_FALSE(TransliterationTable::Load(path).ok());  // a class is a letter
}

// A small gazetteer of real towns (public facts, rounded) and invented
// namesakes to test the guards.
constexpr char kGazetteer[] =
    "#format gazetteer v1\n"
    "geonames_id\tpcode\tname\tname_ar\tlat\tlon\tcountry\tfeature_class\tfeature_code\tadmin1_code\tadmin1\tadmin2\t"
    "population\tsource\tnames\n"
    "1\t\tEl Fasher\t\t13.63\t25.35\tSD\tP\tPPLA\tSD.55\t\t\t252609\tgeonames\tEl Fasher|Al Fashir\n"
    "2\t\tKutum\t\t14.20\t24.67\tSD\tP\tPPL\tSD.55\t\t\t9849\tgeonames\tKutum\n"
    "3\t\tJawhar\t\t2.78\t45.50\tSO\tP\tPPLA\tSO.13\t\t\t47086\tgeonames\tJawhar|Johar|Jowhar\n"
    "4\t\tAl Jahra'\tالجهراء\t29.34\t47.66\tKW\tP\tPPLA\tKW.05\t\t\t24281\tgeonames\tAl Jahra'|Al Jahra|الجهراء\n"
    "5\t\tMogadishu\tمقديشو\t2.04\t45.34\tSO\tP\tPPLC\tSO.02\t\t\t2587183\tgeonames\tMogadishu|مقديشو\n"
    "6\t\tAfgooye\t\t2.14\t45.12\tSO\tP\tPPL\tSO.14\t\t\t65461\tgeonames\tAfgooye|Afgoye\n"
    "7\t\tErbil\tأربيل\t36.19\t44.01\tIQ\tP\tPPLA\tIQ.11\t\t\t932800\tgeonames\tErbil|أربيل\n"
    "8\t\tHarare\t\t-17.83\t31.05\tZW\tP\tPPLC\tZW.04\t\t\t1542813\tgeonames\tHarare\n"
    // Invented namesakes: one skeleton, two countries, as well known.
    "9\t\tTamberan\t\t10.0\t10.0\tNG\tP\tPPLA\tNG.01\t\t\t150000\tgeonames\tTamberan\n"
    "10\t\tTumbiran\t\t20.0\t80.0\tIN\tP\tPPLA\tIN.01\t\t\t160000\tgeonames\tTumbiran\n"
    "12\t\tKano\tكانو\t12.0\t8.52\tNG\tP\tPPLA\tNG.29\t\t\t3626068\tgeonames\tKano|كانو\n"
    "13\t\tGuangzhou\tغوانزو\t23.12\t113.25\tCN\tP\tPPLA\tCN.30\t\t\t16096724\tgeonames\tGuangzhou|غوانزو\n"
    "14\t\tChangshu\t\t31.65\t120.74\tCN\tP\tPPLA3\tCN.04\t\t\t1677050\tgeonames\tChangshu\n"
    "15\t\tBeijing\tبكين\t39.91\t116.40\tCN\tP\tPPLC\tCN.22\t\t\t18960744\tgeonames\tBeijing|بكين\n"
    // An invented country: a small town near its label point, a city far from it.
    "18\t\tZemlandia\t\t50.0\t30.0\tZZ\tA\tPCLI\t\t\t\t0\tgeonames\tZemlandia\n"
    "19\t\tKorsan\t\t50.1\t30.1\tZZ\tP\tPPLA2\tZZ.01\t\t\t18000\tgeonames\tKorsan\n"
    "20\t\tKhersan\t\t46.6\t32.6\tZZ\tP\tPPLA\tZZ.02\t\t\t280000\tgeonames\tKhersan\n"
    // Invented Sudanese towns known in Latin only.
    "21\t\tAlmadora\t\t13.0\t30.0\tSD\tP\tPPL\tSD.55\t\t\t12000\tgeonames\tAlmadora\n"
    "22\t\tMontibara\t\t14.0\t31.0\tSD\tP\tPPL\tSD.55\t\t\t9000\tgeonames\tMontibara\n"
    // Invented Nigerian towns whose Latin names begin with a vowel; the
    // second also has a form without it.
    "23\t\tObanta\t\t11.5\t9.0\tNG\tP\tPPL\tNG.29\t\t\t8000\tgeonames\tObanta\n"
    "24\t\tImbalo\t\t11.8\t8.8\tNG\tP\tPPL\tNG.29\t\t\t7000\tgeonames\tImbalo|Mbalo\n"
    "68\t\tOtuku\t\t11.6\t8.6\tNG\tP\tPPL\tNG.29\t\t\t6000\tgeonames\tOtuku|Tuku|TUKU|Tuku\n"
    // An invented Brazilian town of three words, and a real city to place the report.
    "25\t\tVila de Maratona\t\t-12.6\t-38.9\tBR\tP\tPPL\tBR.05\t\t\t30000\tgeonames\tVila de Maratona\n"
    "26\t\tSalvador\tسالفادور\t-12.98\t-38.49\tBR\tP\tPPLA\tBR.05\t\t\t2711840\tgeonames\tSalvador|سالفادور\n"
    // An invented Mozambican town whose name in the Arabic slot is Persian
    // (گ), and the capital.
    "27\t\tLomanga\tلومانگا\t-13.0\t35.5\tMZ\tP\tPPLA\tMZ.07\t\t\t140000\tgeonames\tLomanga|لومانگا\n"
    "28\t\tMaputo\tمابوتو\t-25.97\t32.58\tMZ\tP\tPPLC\tMZ.04\t\t\t1191613\tgeonames\tMaputo|مابوتو\n"
    // Invented namesakes of one skeleton (k-b-n-d) in an invented country:
    // the better known has another vowel after its first consonant.
    "29\t\tKabonda\t\t5.0\t20.0\tYY\tP\tPPL\tYY.01\t\t\t9000\tgeonames\tKabonda\n"
    "30\t\tKibunda\t\t5.1\t20.1\tYY\tP\tPPL\tYY.01\t\t\t90000\tgeonames\tKibunda\n"
    // An invented lesser town known in Latin only, and a city of its
    // skeleton (m-r-n-d) known by an Arabic spelling with another first vowel.
    // (Also spelt Morindo: an Arabic spelling ending in و may be it.)
    "32\t\tMorindi\t\t5.2\t20.2\tYY\tP\tPPL\tYY.01\t\t\t5000\tgeonames\tMorindi|Morindo\n"
    "33\t\tMarindo\tماريندو\t5.3\t20.3\tYY\tP\tPPLA\tYY.01\t\t\t300000\tgeonames\tMarindo|ماريندو\n"
    "31\t\tLorvania\t\t5.0\t21.0\tYY\tA\tPCLI\t\t\t\t0\tgeonames\tLorvania\n"
    // Invented towns of an invented country known by Arabic spellings: one
    // with a plain g (written ج), one with the gh of an Arabic غ; and a city
    // to place the report.
    "34\t\tGondara\tجوندارا\t8.0\t40.0\tXQ\tP\tPPLA2\tXQ.01\t\t\t20000\tgeonames\tGondara|جوندارا\n"
    "35\t\tGhamra\tغمرا\t8.2\t40.2\tXQ\tP\tPPL\tXQ.01\t\t\t15000\tgeonames\tGhamra|غمرا\n"
    "36\t\tTelbir\t\t8.1\t40.1\tXQ\tP\tPPLA\tXQ.02\t\t\t90000\tgeonames\tTelbir\n"
    // Invented towns of an invented country known by an Arabic spelling
    // with س: one whose Latin name writes z, one whose does not.
    "37\t\tMelaz\tميلاس\t3.0\t50.0\tXR\tP\tPPLA2\tXR.01\t\t\t20000\tgeonames\tMelaz|ميلاس\n"
    "38\t\tKordas\tكورداس\t3.1\t50.1\tXR\tP\tPPLA2\tXR.01\t\t\t20000\tgeonames\tKordas|كورداس\n"
    "39\t\tTevrin\t\t3.2\t50.2\tXR\tP\tPPLA\tXR.02\t\t\t90000\tgeonames\tTevrin\n"
    // Invented towns of XR whose Arabic-script names write the foreign -a
    // with an Urdu final heh, and a word's final vowel with taa marbuta.
    "40\t\tTokaba\tتوکبہ\t3.3\t50.3\tXR\tP\tPPLA2\tXR.01\t\t\t20000\tgeonames\tTokaba|توکبہ\n"
    "41\t\tMire Sawa\tميرة ساوا\t3.4\t50.4\tXR\tP\tPPLA2\tXR.01\t\t\t20000\tgeonames\tMire Sawa|ميرة ساوا\n"
    // An invented well-known city with an old alternate name.
    "42\t\tVelmora\t\t-30.0\t140.0\tXS\tP\tPPLA\tXS.01\t\t\t500000\tgeonames\tVelmora|Sarvit\n"
    // Invented towns of an invented country, known in Latin only, that
    // share two-consonant skeletons (b-d, w-s, d-l) and differ in vowels,
    // far apart.
    "43\t\tBodi\t\t10.0\t60.0\tXT\tP\tPPL\tXT.01\t\t\t5000\tgeonames\tBodi\n"
    "44\t\tBedo\t\t12.0\t62.0\tXT\tP\tPPL\tXT.02\t\t\t8000\tgeonames\tBedo\n"
    "45\t\tBuda\t\t14.0\t64.0\tXT\tP\tPPL\tXT.03\t\t\t30000\tgeonames\tBuda\n"
    "46\t\tWisu\t\t10.0\t64.0\tXT\tP\tPPL\tXT.03\t\t\t3000\tgeonames\tWisu\n"
    "47\t\tWase\t\t14.0\t60.0\tXT\tP\tPPL\tXT.01\t\t\t9000\tgeonames\tWase\n"
    "48\t\tDalo\t\t11.0\t61.0\tXT\tP\tPPLA2\tXT.01\t\t\t20000\tgeonames\tDalo\n"
    "49\t\tDalu\t\t13.0\t63.0\tXT\tP\tPPL\tXT.02\t\t\t0\tgeonames\tDalu\n"
    "50\t\tDile\t\t12.5\t60.5\tXT\tP\tPPL\tXT.02\t\t\t40000\tgeonames\tDile\n"
    "52\t\tBood\t\t11.5\t61.5\tXT\tP\tPPL\tXT.01\t\t\t2000\tgeonames\tBood\n"
    // An invented town of XT whose Arabic slot holds a Persian spelling
    // (ی) that drops a consonant of its Latin name.
    "56\t\tBortani\tبوتانی\t11.2\t61.2\tXT\tP\tPPL\tXT.01\t\t\t6000\tgeonames\tBortani|بوتانی\n"
    "51\t\tTarvesia\t\t12.0\t62.0\tXT\tA\tPCLI\t\t\t\t0\tgeonames\tTarvesia\n"
    // An invented Moroccan town known in Latin only, a real city to place
    // the report, and an invented Nigerian town with a g.
    "53\t\tTagoudart\t\t30.1\t-9.4\tMA\tP\tPPL\tMA.09\t\t\t9000\tgeonames\tTagoudart\n"
    "54\t\tAgadir\tأكادير\t30.42\t-9.6\tMA\tP\tPPLA\tMA.09\t\t\t698310\tgeonames\tAgadir|أكادير\n"
    "55\t\tBagora\t\t11.9\t8.6\tNG\tP\tPPL\tNG.29\t\t\t8000\tgeonames\tBagora\n"
    // An invented Sudanese town of three letters in Arabic (تنج).
    "57\t\tTunj\t\t13.3\t29.8\tSD\tP\tPPL\tSD.55\t\t\t8000\tgeonames\tTunj\n"
    // An invented town of an invented country, known in Latin only, whose
    // first vowel is i (k-b-t).
    "58\t\tKibito\t\t-5.0\t20.0\tXU\tP\tPPLA2\tXU.01\t\t\t9000\tgeonames\tKibito\n"
    "59\t\tVandoria\t\t-5.5\t20.5\tXU\tA\tPCLI\t\t\t\t0\tgeonames\tVandoria\n"
    // Invented towns of an invented country known in Latin only: one ending
    // in a, one in a silent e, one beginning with a consonant, a county seat
    // GeoNames codes as a plain populated place, a lesser town, and a city
    // known by an Arabic spelling that begins with a vowel.
    "60\t\tMalgora\t\t-8.0\t25.0\tXV\tP\tPPLA2\tXV.01\t\t\t20000\tgeonames\tMalgora\n"
    "61\t\tSelweyne\t\t-8.1\t25.1\tXV\tP\tPPL\tXV.01\t\t\t8000\tgeonames\tSelweyne\n"
    "62\t\tPondu\t\t-8.2\t25.2\tXV\tP\tPPL\tXV.01\t\t\t8000\tgeonames\tPondu\n"
    "63\t\tGorial\t\t-8.3\t25.3\tXV\tP\tPPL\tXV.01\t\t\t40000\tgeonames\tGorial\n"
    "64\t\tBungi\t\t-8.4\t25.4\tXV\tP\tPPL\tXV.01\t\t\t8000\tgeonames\tBungi\n"
    "65\t\tAbojan\tآبوجان\t-9.4\t26.4\tXV\tP\tPPLA\tXV.02\t\t\t600000\tgeonames\tAbojan|Abongo|آبوجان\n"
    "67\t\tKinar\t\t-8.6\t25.6\tXV\tP\tPPL\tXV.01\t\t\t8000\tgeonames\tKinar\n"
    "66\t\tQuendaria\t\t-8.5\t25.5\tXV\tA\tPCLI\t\t\t\t0\tgeonames\tQuendaria\n"
    "11\t\tKhartoum\tالخرطوم\t15.55\t32.53\tSD\tP\tPPLC\tSD.29\t\t\t1974647\tgeonames\tKhartoum|الخرطوم\n";

class TransliterationIndexTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::string path = test::PrivateTempPath("marsad_translit_gazetteer.tsv");
    std::ofstream(path) << kGazetteer;
    auto gaz = Gazetteer::Load(path);
    std::remove(path.c_str());
    ASSERT_TRUE(gaz.ok()) << gaz.status().message();
    gazetteer_ = new std::shared_ptr<const Gazetteer>(std::move(gaz).value());
    auto index = LoadTransliterationIndex(test::DataDir(), *gazetteer_);
    ASSERT_TRUE(index.ok()) << index.status().message();
    index_ = std::move(index).value().release();
  }

  static int64_t Id(int64_t geonames_id) { return (*gazetteer_)->FindGeonamesId(geonames_id); }

  static TransliterationChoice Choose(const std::string& name, const std::string& cue,
                                      std::vector<int64_t> context_geonames = {}) {
    TransliterationContext ctx;
    ctx.cue = cue;
    for (int64_t g : context_geonames) ctx.document_places.push_back(static_cast<uint32_t>(Id(g)));
    return index_->Choose(name, ctx);
  }

  static std::shared_ptr<const Gazetteer>* gazetteer_;
  static TransliterationIndex* index_;
};

std::shared_ptr<const Gazetteer>* TransliterationIndexTest::gazetteer_ = nullptr;
TransliterationIndex* TransliterationIndexTest::index_ = nullptr;

TEST_F(TransliterationIndexTest, CandidatesShareASkeleton) {
  auto c = index_->Candidates("جوهر");
  ASSERT_FALSE(c.empty());
  EXPECT_EQ(c[0].id, Id(3));  // Jawhar before Al Jahra' (more prominent)
  EXPECT_EQ(c[0].length, 3u);
  EXPECT_TRUE(index_->Candidates("حلب").empty());
}

// Several skeletons of one name reach the same places: each place is listed
// once, and the list runs from the most prominent down.
TEST_F(TransliterationIndexTest, CandidatesOnceEachByProminence) {
  for (std::string_view name : {"جوهر", "الفاشر", "كتم"}) {
    auto c = index_->Candidates(name);
    std::set<uint32_t> ids;
    for (size_t i = 0; i < c.size(); ++i) {
      EXPECT_TRUE(ids.insert(c[i].id).second) << name << ": id " << c[i].id << " twice";
      if (i > 0) {
        EXPECT_GE(Gazetteer::Prominence((*gazetteer_)->entry(c[i - 1].id)),
                  Gazetteer::Prominence((*gazetteer_)->entry(c[i].id)))
            << name;
      }
    }
  }
}

// The candidates of a name are kept once found: asked again, with the
// other bound between, each bound's answer is what it was at first.
TEST_F(TransliterationIndexTest, CandidatesAskedAgainAreTheSame) {
  auto ids = [](const std::vector<TransliterationIndex::Candidate>& c) {
    std::vector<std::pair<uint32_t, uint32_t>> out;
    for (const auto& x : c) out.emplace_back(x.id, x.length);
    return out;
  };
  for (std::string_view name : {"جوهر", "الفاشر", "كتم", "حلب"}) {
    const auto two = ids(index_->Candidates(name, 2));
    const auto three = ids(index_->Candidates(name, 3));
    EXPECT_EQ(ids(index_->Candidates(name, 2)), two) << name;
    EXPECT_EQ(ids(index_->Candidates(name, 3)), three) << name;
    for (const auto& [id, length] : three) EXPECT_GE(length, 3u) << name << " " << id;
  }
}

TEST_F(TransliterationIndexTest, ForeignGSpeltWithAnotherLetter) {
  // A plain g is written ج, غ or ق by different writers: a spelling that
  // differs from the known one only there is the same town.
  EXPECT_EQ(Choose("غوندارا", "town", {36}).id, Id(34));
  EXPECT_EQ(Choose("قوندارا", "town", {36}).id, Id(34));
  // An Arabic غ romanised gh is no g any writer spells ج.
  EXPECT_EQ(Choose("جمرا", "town", {36}).id, -1);
  EXPECT_EQ(Choose("غمرا", "town", {36}).id, Id(35));
}

TEST_F(TransliterationIndexTest, MaghrebiKafIsAG) {
  // A Moroccan writer spells a g ك (as in أكادير): a name of the Maghreb that
  // finds nothing with a k is read with a g.
  auto c = Choose("تاكودارت", "town", {54});
  EXPECT_EQ(c.id, Id(53));
  EXPECT_EQ(c.reason, "transliteration: Tagoudart (ك read as a g)");
  // Not in a report on another country.
  EXPECT_EQ(Choose("تاكودارت", "town", {12}).id, -1);
  // Elsewhere ك is a k: a Nigerian g is written غ, ج or ق.
  EXPECT_EQ(Choose("باكورا", "town", {12}).id, -1);
  EXPECT_EQ(Choose("باغورا", "town", {12}).id, Id(55));
}

TEST_F(TransliterationIndexTest, ForeignZSpeltWithSin) {
  // A foreign z is written ز after the Latin spelling, س after the spoken
  // one: a spelling that differs from the known one only there is the same
  // town when its Latin name has the z.
  EXPECT_EQ(Choose("ميلاز", "town", {39}).id, Id(37));
  EXPECT_EQ(Choose("ميلاس", "town", {39}).id, -1);  // found by Lookup, not here
  // No z in the Latin name: ز is no letter of it.
  EXPECT_EQ(Choose("كورداز", "town", {39}).id, -1);
}

TEST_F(TransliterationIndexTest, WellKnownTownWithoutContext) {
  auto c = Choose("الفاشر", "city");
  EXPECT_EQ(c.id, Id(1));
  EXPECT_EQ(c.reason, "transliteration: El Fasher");
}

// What Choose() keeps per name and per entry (candidates, whether a Latin
// name has an article) gives the same choice when the name is asked again.
TEST_F(TransliterationIndexTest, ChoiceAskedAgainIsTheSame) {
  for (int round = 0; round < 3; ++round) {
    auto c = Choose("الفاشر", "city");
    EXPECT_EQ(c.id, Id(1)) << round;
    EXPECT_EQ(c.reason, "transliteration: El Fasher") << round;
    EXPECT_EQ(Choose("كتم", "town", {1}).id, Id(2)) << round;
  }
}

// The skeletons Choose reads of a queried name are kept per name: they are
// the table's, asked first, again, and after the name's candidates.
TEST_F(TransliterationIndexTest, QuerySkeletonsAreTheTablesAndStayTheSame) {
  for (std::string_view name : {"جوهر", "الفاشر", "بودي", "كابوندا", "Tamberan", "قرية"}) {
    const std::vector<std::string> table = index_->table().Skeletons(name);
    EXPECT_FALSE(table.empty()) << name;
    EXPECT_EQ(index_->QuerySkeletons(name), table) << name;
    index_->Candidates(name, 2);
    EXPECT_EQ(index_->QuerySkeletons(name), table) << name;
  }
  // A name that begins as a remembered one does and has a consonant more
  // keeps its own.
  EXPECT_NE(index_->QuerySkeletons("كابوندا"), index_->QuerySkeletons("كابوندار"));
  EXPECT_EQ(index_->QuerySkeletons("كابوندار"), index_->table().Skeletons("كابوندار"));
}

// The vowel tests read each namesake's Latin keys, kept per entry: asked
// again, in another order, the namesakes come out as they did at first.
TEST_F(TransliterationIndexTest, VowelChoicesAskedAgainAreTheSame) {
  for (int round = 0; round < 3; ++round) {
    EXPECT_EQ(Choose("كيبوندا", "town", {31}).id, Id(30)) << round;
    EXPECT_EQ(Choose("كابوندا", "town", {31}).id, Id(29)) << round;
    EXPECT_EQ(Choose("كابوندو", "town", {31}).id, -1) << round;
    EXPECT_EQ(Choose("بودا", "city", {51}).id, Id(45)) << round;
    EXPECT_EQ(Choose("بودي", "city", {51}).id, Id(43)) << round;
  }
}

TEST_F(TransliterationIndexTest, SmallTownNeedsItsCountryInTheDocument) {
  EXPECT_EQ(Choose("كتم", "town").id, -1);
  EXPECT_EQ(Choose("كتم", "town", {1}).id, Id(2));      // El Fasher places the report in Sudan
  EXPECT_EQ(Choose("كتم", "town", {11}).id, Id(2));     // so does Khartoum
  EXPECT_EQ(Choose("كتم", "village", {5}).id, -1);      // a report on Somalia
}

TEST_F(TransliterationIndexTest, KnownArabicNameThatDiffersExcludesTheEntry) {
  // الجهراء has the article and other letters: جوهر is Jawhar, not Al Jahra'.
  auto c = Choose("جوهر", "city");
  EXPECT_EQ(c.id, Id(3));
}

TEST_F(TransliterationIndexTest, CountryLabelPointIsNoNearness) {
  // The document names only the country: the better-known city, not the
  // town that happens to lie near the country's label point.
  EXPECT_EQ(Choose("خرسان", "city", {18}).id, Id(20));
}

TEST_F(TransliterationIndexTest, IgnoredArabicNamesForMeasurement) {
  // الجهرة ends otherwise than the known الجهراء: refused, unless the
  // entry's Arabic names are ignored (as `marsad eval translit` does).
  TransliterationContext ctx;
  ctx.cue = "city";
  EXPECT_EQ(index_->Choose("الجهرة", ctx).id, -1);
  ctx.ignore_arabic_of = Id(4);
  EXPECT_EQ(index_->Choose("الجهرة", ctx).id, Id(4));
}

// An entry's names are read once and remembered: what is remembered must not
// hold the context of the call that first read them. A fresh index, its
// entries first read with their Arabic names ignored, then in another order
// and from several threads at once, answers as the shared one does.
TEST_F(TransliterationIndexTest, RememberedReadingsHoldNoContext) {
  auto fresh = LoadTransliterationIndex(test::DataDir(), *gazetteer_);
  ASSERT_TRUE(fresh.ok()) << fresh.status().message();
  const TransliterationIndex& index = *fresh.value();
  TransliterationContext ignoring;
  ignoring.cue = "town";
  ignoring.ignore_arabic_of = Id(4);
  EXPECT_EQ(index.Choose("الجهرة", ignoring).id, Id(4));
  TransliterationContext plain;
  plain.cue = "town";
  EXPECT_EQ(index.Choose("الجهرة", plain).id, -1);  // الجهراء, known, reads otherwise
  TransliterationContext persian;
  persian.cue = "city";
  persian.persian_is_no_arabic = true;
  const int64_t lomanga = index.Choose("لومانقا", persian).id;
  EXPECT_EQ(lomanga, index_->Choose("لومانقا", persian).id);
  std::vector<std::thread> threads;
  std::vector<int64_t> got(4, -2);
  for (size_t t = 0; t < got.size(); ++t)
    threads.emplace_back([&, t] { got[t] = index.Choose(t % 2 ? "الجهرة" : "جوهر", plain).id; });
  for (std::thread& th : threads) th.join();
  for (size_t t = 0; t < got.size(); ++t) EXPECT_EQ(got[t], t % 2 ? -1 : Id(3)) << t;
}

// A foreign name's final -a is a plain alef in one spelling and taa
// marbuta (or Urdu heh) in another; a word's final vowel before another
// word is taa marbuta or nothing. Such spellings agree with the known one.
TEST_F(TransliterationIndexTest, ForeignFinalVowelWrittenWithOrWithoutTaaMarbuta) {
  EXPECT_EQ(Choose("توكابا", "city", {39}).id, Id(40));
  EXPECT_EQ(Choose("مير ساوا", "city", {39}).id, Id(41));
  // The name's last letter still counts: توكابي is not توکبہ.
  EXPECT_EQ(Choose("توكابي", "city", {39}).id, -1);
}

// A Persian spelling of a town where no Arabic script is written, one that
// is not even a reading of its Latin name, is no spelling the report's
// disagrees with; one that reads it still is (توكابي is not توکبہ, above).
TEST_F(TransliterationIndexTest, PersianMisspellingAbroadGainsaysNoReport) {
  EXPECT_EQ(Choose("بورتاني", "town", {48}).id, Id(56));
  // In a report on another country the spelling still stands.
  EXPECT_EQ(Choose("بورتاني", "city", {12}).id, -1);
}

// With no other place in the document, a well-known city abroad is read
// only by its main Latin name: one of its many alternate names meeting a
// short skeleton is no sign the report was there.
TEST_F(TransliterationIndexTest, AbroadWithoutContextOnlyTheMainLatinName) {
  EXPECT_EQ(Choose("فيلمورا", "city").id, Id(42));
  EXPECT_EQ(Choose("سارفيت", "city").id, -1);
}

TEST_F(TransliterationIndexTest, ArticleNeedsALatinArticle) {
  // "الجوهر" would be an Arabic name; Jawhar has no "Al" form.
  EXPECT_EQ(Choose("الجوهر", "city").id, -1);
}

TEST_F(TransliterationIndexTest, ShortSkeletonOnlyInTheDocumentsCountry) {
  // أفجوي is f-g: two classes.
  EXPECT_EQ(Choose("أفجوي", "city").id, -1);
  EXPECT_EQ(Choose("أفجوي", "city", {5}).id, Id(6));
  EXPECT_EQ(Choose("أفجوي", "facility", {5}).id, -1);  // a facility's name must be longer
}

TEST_F(TransliterationIndexTest, PlacesElsewhereRefuseAForeignNamesake) {
  EXPECT_EQ(Choose("حرير", "facility", {7}).id, -1);  // near Erbil: no Harare
  EXPECT_EQ(Choose("حرير", "city", {7}).id, -1);
  EXPECT_EQ(Choose("حرير", "city").id, Id(8));         // alone, the capital
}

TEST_F(TransliterationIndexTest, LatinVowelNeedsAnArabicHamzaSeatOrAin) {
  // Arabic writes a foreign initial vowel with a hamza seat (أوبانتا): a name
  // that begins with ب is no reading of Obanta, although the skeletons meet.
  EXPECT_EQ(Choose("أوبانتا", "town", {12}).id, Id(23));
  EXPECT_EQ(Choose("عوبانتا", "town", {12}).id, Id(23));
  EXPECT_EQ(Choose("بانتا", "town", {12}).id, -1);
  // A name of the entry without the vowel is read by the consonant.
  EXPECT_EQ(Choose("مبالو", "town", {12}).id, Id(24));
}

// An entry's consonant-initial skeletons are made once and kept: the
// answers do not depend on which name asked for them first, nor on how often.
TEST_F(TransliterationIndexTest, ConsonantInitialReadingKeptPerEntry) {
  for (int round = 0; round < 3; ++round) {
    EXPECT_EQ(Choose("بانتا", "village", {12}).id, -1) << round;   // Obanta has only its vowel-initial name
    EXPECT_EQ(Choose("مبالو", "village", {12}).id, Id(24)) << round;  // Imbalo, by Mbalo
    EXPECT_EQ(Choose("بالو", "village", {12}).id, -1) << round;      // no name of Imbalo reads b-l
  }
}

// GeoNames repeats a spelling, or writes it in capitals, among a place's
// names: each key gives the consonant-initial reading once, and the
// repeated one after a vowel-initial name still gives it.
TEST_F(TransliterationIndexTest, RepeatedConsonantInitialNameStillReads) {
  for (int round = 0; round < 2; ++round) {
    EXPECT_EQ(Choose("توكو", "village", {12}).id, Id(68)) << round;  // Otuku, by Tuku
    EXPECT_EQ(Choose("أوتوكو", "village", {12}).id, Id(68)) << round;
  }
}

TEST_F(TransliterationIndexTest, TieBetweenCountriesIsRefused) {
  auto c = Choose("تمبران", "city");
  EXPECT_EQ(c.id, -1);
  EXPECT_NE(c.reason.find("ambiguous"), std::string::npos) << c.reason;
  EXPECT_EQ(Choose("تمبران", "town", {12}).id, Id(9));  // Kano: the report is on Nigeria
}

TEST_F(TransliterationIndexTest, BetterKnownPlaceSpelledOtherwiseMakesADoubt) {
  // قوانغتشو reads like Changshu, but Guangzhou (written غوانزو in the
  // gazetteer) shares the skeleton and is better known: refused.
  auto c = Choose("قوانغتشو", "city", {15});
  EXPECT_EQ(c.id, -1);
  EXPECT_NE(c.reason.find("Guangzhou"), std::string::npos) << c.reason;
  // A better-known namesake abroad, written otherwise, does not: جوهر in a
  // report on Somalia is Jawhar whatever Kuwait's الجهراء is.
  EXPECT_EQ(Choose("جوهر", "city", {5}).id, Id(3));
}

TEST_F(TransliterationIndexTest, LandformsAndLatinNamesAreNotGuessed) {
  EXPECT_EQ(Choose("الفاشر", "mountain").id, -1);
  EXPECT_EQ(Choose("El Fasher", "city").id, -1);
}

TEST_F(TransliterationIndexTest, CueKindFilters) {
  EXPECT_EQ(Choose("الفاشر", "governorate").id, -1);  // a town is no governorate
}

// The recognizer: only a name the text marks as a place.
TEST_F(TransliterationIndexTest, RecognizerResolvesACuedNameItLacks) {
  auto rec = PlaceRecognizer::Create(test::DataDir(), *gazetteer_);
  ASSERT_TRUE(rec.ok()) << rec.status().message();
  Doc doc = test::Analyze("وقعت اشتباكات عنيفة في مدينة الفاشر مساء أمس.");
  ASSERT_TRUE((*rec)->Run(doc).ok());
  ASSERT_EQ(doc.places.size(), 1u);
  EXPECT_TRUE(doc.places[0].resolved);
  EXPECT_EQ(doc.places[0].location.geonames_id, 1);
  EXPECT_EQ(doc.places[0].reason, "transliteration: El Fasher");

  // A later town is placed by the first one's country.
  doc = test::Analyze("سيطر الجيش على مدينة جوهر ثم دخل بلدة أفجوي.");
  ASSERT_TRUE((*rec)->Run(doc).ok());
  ASSERT_EQ(doc.places.size(), 2u);
  EXPECT_EQ(doc.places[0].location.geonames_id, 3);
  EXPECT_EQ(doc.places[1].location.geonames_id, 6);

  // An unknown facility name is placed at the town it transliterates.
  doc = test::Analyze("قصفت الطائرات مطار الفاشر بعد أيام من معارك الخرطوم.");
  ASSERT_TRUE((*rec)->Run(doc).ok());
  ASSERT_EQ(doc.places.size(), 2u);
  EXPECT_TRUE(doc.places[0].resolved);
  EXPECT_EQ(doc.places[0].location.feature_code, "AIRP");
  EXPECT_NE(doc.places[0].reason.find("transliteration: El Fasher"), std::string::npos) << doc.places[0].reason;

  // Without a cue the name is not guessed at.
  doc = test::Analyze("وصل الوفد إلى الفاشر مساء أمس.");
  ASSERT_TRUE((*rec)->Run(doc).ok());
  for (const auto& p : doc.places) EXPECT_FALSE(p.resolved && p.location.geonames_id == 1);
}

// أل، إل، آل before four letters or more begin a foreign name (ألماتي
// Almaty): the lam is a consonant; ال is the article.
TEST(TransliterationTableTest, HamzaOnAlefLamIsNoArticle) {
  EXPECT_EQ(Table().Skeletons("ألكاميرو"), Table().Skeletons("Alkamiro"));
  EXPECT_EQ(Table().Skeletons("إلكاميرو"), Table().Skeletons("Alkamiro"));
  EXPECT_EQ(Table().Skeletons("الكاميرو"), Table().Skeletons("Kamiro"));
  EXPECT_EQ(Table().Skeletons("ألقى"), Table().Skeletons("القى"));  // a short Arabic word
}

TEST_F(TransliterationIndexTest, HamzaOnAlefLamMatchesALatinNameWithoutArticle) {
  EXPECT_EQ(Choose("ألمادورا", "town", {11}).id, Id(21));
  EXPECT_EQ(Choose("المادورا", "town", {11}).id, -1);  // the article: an Arabic name, no "El …"
}

// An unknown word after a spatial relation (قرب، شمالي) is tried as a town of
// the document's country; elsewhere it is no place.
TEST_F(TransliterationIndexTest, RecognizerTriesAWordAfterARelation) {
  auto rec = PlaceRecognizer::Create(test::DataDir(), *gazetteer_);
  ASSERT_TRUE(rec.ok()) << rec.status().message();
  Doc doc = test::Analyze("قالت مصادر في الخرطوم إن مسلحين هاجموا سوقاً قرب مونتيبارا صباح اليوم.");
  ASSERT_TRUE((*rec)->Run(doc).ok());
  bool found = false;
  for (const auto& p : doc.places) found |= p.resolved && p.location.geonames_id == 22;
  EXPECT_TRUE(found);
  // With the document's places in another country the word is dropped.
  doc = test::Analyze("قالت مصادر في مقديشو إن مسلحين هاجموا سوقاً قرب مونتيبارا صباح اليوم.");
  ASSERT_TRUE((*rec)->Run(doc).ok());
  for (const auto& p : doc.places) EXPECT_NE(p.location.geonames_id, 22);
  // A town cue with أل: the lam is the name's.
  doc = test::Analyze("اندلعت اشتباكات في بلدة ألمادورا غرب الخرطوم.");
  ASSERT_TRUE((*rec)->Run(doc).ok());
  found = false;
  for (const auto& p : doc.places) found |= p.resolved && p.location.geonames_id == 21;
  EXPECT_TRUE(found);
}

// "في X" with X a word no lexicon knows is tried as a town too (a
// locative_link of data/ar/places.tsv), under the same country guard; a word
// ending in taa marbuta there is read as an Arabic noun.
TEST_F(TransliterationIndexTest, RecognizerTriesAWordAfterIn) {
  auto rec = PlaceRecognizer::Create(test::DataDir(), *gazetteer_);
  ASSERT_TRUE(rec.ok()) << rec.status().message();
  Doc doc = test::Analyze("قالت مصادر في الخرطوم إن مسلحين هاجموا سوقاً في مونتيبارا صباح اليوم.");
  ASSERT_TRUE((*rec)->Run(doc).ok());
  bool found = false;
  for (const auto& p : doc.places) found |= p.resolved && p.location.geonames_id == 22;
  EXPECT_TRUE(found);
  doc = test::Analyze("قالت مصادر في مقديشو إن مسلحين هاجموا سوقاً في مونتيبارا صباح اليوم.");
  ASSERT_TRUE((*rec)->Run(doc).ok());
  for (const auto& p : doc.places) EXPECT_NE(p.location.geonames_id, 22);
  // Read as Arabic nouns: taa marbuta, a possessive, a construct state.
  for (const char* text : {"قالت مصادر في الخرطوم إن الحكومة تنظر في مونتيبارة جديدة.",
                           "قالت مصادر في الخرطوم إن الوزير لم يكن في مونتيبارها.",
                           "قالت مصادر في الخرطوم إن الحكومة تنظر في مونتيبارا الأسواق."}) {
    doc = test::Analyze(text);
    ASSERT_TRUE((*rec)->Run(doc).ok());
    for (const auto& p : doc.places) EXPECT_NE(p.location.geonames_id, 22) << text;
  }
}

// A three-letter word after في is tried too (تنج Tunj in a report on
// Sudan), not in a report on another country, nor before a noun with a
// possessive (a construct state: في تنج داره).
TEST_F(TransliterationIndexTest, RecognizerTriesAThreeLetterWordAfterIn) {
  auto rec = PlaceRecognizer::Create(test::DataDir(), *gazetteer_);
  ASSERT_TRUE(rec.ok()) << rec.status().message();
  Doc doc = test::Analyze("قالت مصادر في الخرطوم إن مسلحين هاجموا سوقاً في تنج صباح اليوم.");
  ASSERT_TRUE((*rec)->Run(doc).ok());
  bool found = false;
  for (const auto& p : doc.places) found |= p.resolved && p.location.geonames_id == 57;
  EXPECT_TRUE(found);
  for (const char* text : {"قالت مصادر في مقديشو إن مسلحين هاجموا سوقاً في تنج صباح اليوم.",
                           "قالت مصادر في الخرطوم إن مسلحين هاجموه في تنج داره صباح اليوم."}) {
    doc = test::Analyze(text);
    ASSERT_TRUE((*rec)->Run(doc).ok());
    for (const auto& p : doc.places) EXPECT_NE(p.location.geonames_id, 57) << text;
  }
}

// The table's quality: how often the skeleton of an entry's Arabic name finds
// that entry among the candidates of its Latin names, over the shipped
// gazetteer's entries that have both. Prints the figures (doc/geoparser.md).
// A Romance name joins its words with a particle (de, do): after a cue the
// unknown name runs over it, and its last word keeps its ending (نا is no
// enclitic there).
TEST_F(TransliterationIndexTest, RecognizerReadsARomanceNameOverItsParticle) {
  auto rec = PlaceRecognizer::Create(test::DataDir(), *gazetteer_);
  ASSERT_TRUE(rec.ok()) << rec.status().message();
  Doc doc = test::Analyze("قالت الشرطة في سالفادور إن مسلحين هاجموا مركزاً في بلدة فيلا دي ماراتونا صباح اليوم.");
  ASSERT_TRUE((*rec)->Run(doc).ok());
  bool found = false;
  for (const auto& p : doc.places)
    if (p.resolved && p.location.geonames_id == 25) {
      found = true;
      EXPECT_EQ(doc.OriginalText(p.span), "فيلا دي ماراتونا");
    }
  EXPECT_TRUE(found);
}

TEST_F(TransliterationIndexTest, PersianNameInTheArabicSlotIsNoRivalSpelling) {
  EXPECT_EQ(Choose("لومانغا", "city", {28}).id, Id(27));
}

// A dateline the gazetteer lacks names the town the report is filed from.
TEST_F(TransliterationIndexTest, RecognizerTriesAnUnknownDateline) {
  auto rec = PlaceRecognizer::Create(test::DataDir(), *gazetteer_);
  ASSERT_TRUE(rec.ok()) << rec.status().message();
  Doc doc = test::Analyze("لومانغا (رويترز) - قالت السلطات في مابوتو إن مسلحين هاجموا سوقاً في شمال البلاد صباح اليوم.");
  ASSERT_TRUE((*rec)->Run(doc).ok());
  bool found = false;
  for (const auto& p : doc.places) found |= p.resolved && p.location.geonames_id == 27;
  EXPECT_TRUE(found);
  // A word after the dateline's first is no dateline of its own.
  doc = test::Analyze("قالت السلطات في مابوتو إن مسلحين هاجموا سوق لومانغا - صباح اليوم.");
  ASSERT_TRUE((*rec)->Run(doc).ok());
  for (const auto& p : doc.places) EXPECT_NE(p.location.geonames_id, 27);
}

TEST(TransliterationPrecisionTest, ArabicNamesFindTheirEntries) {
  std::string path = test::DataDir() + "/geo/gazetteer.tsv";
  if (!std::ifstream(path)) GTEST_SKIP() << "data/geo/gazetteer.tsv is absent: build it (tools/build_gazetteer.sh)";
  auto gaz = Gazetteer::Load(path);
  ASSERT_TRUE(gaz.ok()) << gaz.status().message();
  std::shared_ptr<const Gazetteer> g(std::move(gaz).value());
  auto index = LoadTransliterationIndex(test::DataDir(), g);
  ASSERT_TRUE(index.ok() && *index);
  size_t total = 0, found = 0, top1 = 0, top5 = 0, top1_country = 0;
  for (uint32_t id = 0; id < g->size(); ++id) {
    const GazetteerEntry& e = g->entry(id);
    if (e.location.name_ar.empty() || e.location.name.empty()) continue;
    ++total;
    auto c = (*index)->Candidates(e.location.name_ar, 2);
    auto at = std::find_if(c.begin(), c.end(), [id](const auto& x) { return x.id == id; });
    if (at == c.end()) continue;
    ++found;
    size_t rank = static_cast<size_t>(at - c.begin());
    top1 += rank == 0;
    top5 += rank < 5;
    // With the document's country known (Choose's first preference).
    size_t before = 0;
    for (auto it = c.begin(); it != at; ++it) before += g->entry(it->id).location.country == e.location.country;
    top1_country += before == 0;
  }
  ASSERT_GT(total, 1000u);
  auto pct = [total](size_t n) { return 100.0 * static_cast<double>(n) / static_cast<double>(total); };
  std::printf("transliteration precision over %zu entries with Arabic and Latin names: found %.1f%%, "
              "top-1 %.1f%%, top-5 %.1f%%, top-1 in its country %.1f%%\n",
              total, pct(found), pct(top1), pct(top5), pct(top1_country));
  // Floors a little under the figures measured when the table was written.
  EXPECT_GT(pct(found), 80.0);
  EXPECT_GT(pct(top1_country), 67.0);
}

// Arabic writes a foreign name's long vowels with ا ي و: the vowel letter
// after the first consonant tells namesakes of one skeleton apart, over a
// tenfold population; a spelling that writes none there leaves prominence
// to decide.
TEST_F(TransliterationIndexTest, FirstWrittenVowelPicksTheNamesake) {
  EXPECT_EQ(Choose("كابوندا", "town", {31}).id, Id(29));  // ka-: Kabonda
  EXPECT_EQ(Choose("كيبوندا", "town", {31}).id, Id(30));  // ki-: Kibunda
  EXPECT_EQ(Choose("كبوندا", "town", {31}).id, Id(30));   // unwritten: the better known
}

// A better-known namesake spelt otherwise in Arabic doubts a lesser one
// only where its spelling could be another hearing of the same name: one
// with another first vowel (ماريندو against موريندي) is another name.
TEST_F(TransliterationIndexTest, RivalWithAnotherFirstVowelCastsNoDoubt) {
  EXPECT_EQ(Choose("موريندي", "town", {31}).id, Id(32));
  EXPECT_EQ(Choose("ماريندي", "town", {31}).id, -1);  // ma-: Marindo's own hearing, doubtful
}

// A known Arabic spelling with the query's letters but another first vowel
// written (ماريندو against موريندو) is not the place the query names: a
// writer who knew it would have spelt it so. The same first vowel keeps it.
TEST_F(TransliterationIndexTest, KnownSpellingWithAnotherFirstVowelIsAnotherName) {
  EXPECT_EQ(Choose("موريندو", "town", {31}).id, Id(32));
  EXPECT_EQ(Choose("مارندو", "town", {31}).id, Id(33));
}

// Arabic writes a foreign name's final vowel: a spelling ending in و is no
// namesake every Latin name of which ends in a, e or i (Kabonda, Kibunda).
TEST_F(TransliterationIndexTest, WrittenFinalVowelGainsaysANamesake) {
  EXPECT_EQ(Choose("كابوندو", "town", {31}).id, -1);
  EXPECT_EQ(Choose("كابوندا", "town", {31}).id, Id(29));
}

// Namesakes of a two-consonant skeleton in the report's country, none near
// its places: the one whose Latin name has the vowels the Arabic writes,
// first and final, is the one spelt; of several that agree, one of ten
// times the others' population. A spelling that writes no first vowel
// leaves the tie unbroken.
TEST_F(TransliterationIndexTest, WrittenVowelsBreakATieOfTwoConsonants) {
  EXPECT_EQ(Choose("بودي", "city", {51}).id, Id(43));  // o…i: Bodi, not Bedo or Buda
  EXPECT_EQ(Choose("بودا", "city", {51}).id, Id(45));  // o…a: Buda
  EXPECT_EQ(Choose("بدا", "city", {51}).id, -1);       // no first vowel written
  EXPECT_EQ(Choose("ويسو", "city", {51}).id, Id(46));  // a first و is w: Wisu
  EXPECT_EQ(Choose("دالو", "city", {51}).id, Id(48));  // Dalo (20,000) over Dalu (0)
  EXPECT_EQ(Choose("بود", "city", {51}).id, Id(52));   // o, no final vowel: Bood
  EXPECT_EQ(Choose("بودي", "city").id, -1);            // nothing of the country named
  // Held back, as the geoparser does until its other readings are done.
  TransliterationContext held;
  held.cue = "city";
  held.document_places.push_back(static_cast<uint32_t>(Id(51)));
  held.vowel_tie_break = false;
  EXPECT_EQ(index_->Choose("بودي", held).id, -1);
}

// An alef written after the first consonant is a long a or e: of namesakes
// known in Latin only, none whose every name has i, o or u there is taken
// (كابيتو is no Kibito).
TEST_F(TransliterationIndexTest, WrittenAlefIsNoIOrU) {
  EXPECT_EQ(Choose("كيبيتو", "city", {59}).id, Id(58));  // Kibito, i as written
  EXPECT_EQ(Choose("كابيتو", "city", {59}).id, -1);      // Kabito is no Kibito
  EXPECT_EQ(Choose("دالو", "city", {51}).id, Id(48));    // Dalo, a as written
}

// Arabic writes a foreign name's final vowel: a name ending in a consonant
// letter is no town every Latin name of which ends in a (Malgora), while a
// silent final e (Selweyne) stays a match.
TEST_F(TransliterationIndexTest, ConsonantFinalNameIsNoVowelFinalNamesake) {
  EXPECT_EQ(Choose("مالغور", "town", {66}).id, -1);
  EXPECT_EQ(Choose("مالغورا", "town", {66}).id, Id(60));
  EXPECT_EQ(Choose("سلوين", "town", {66}).id, Id(61));
}

// Alef and a vowel letter open a name that begins with a vowel: أوبوندو is
// no Pondu, though بوندو is.
TEST_F(TransliterationIndexTest, WrittenInitialVowelGainsaysAConsonantInitialNamesake) {
  EXPECT_EQ(Choose("أوبوندو", "town", {66}).id, -1);
  EXPECT_EQ(Choose("بوندو", "town", {66}).id, Id(62));
}

// A county named after its seat (مقاطعة X): the seat may be a town of some
// size GeoNames codes as a plain populated place.
TEST_F(TransliterationIndexTest, CountyNamedAfterASeatCodedAsAPlainTown) {
  TransliterationContext ctx;
  ctx.cue = "province";
  ctx.seat_names_unit = true;
  ctx.document_places.push_back(static_cast<uint32_t>(Id(66)));
  EXPECT_EQ(index_->Choose("قوريال", ctx).id, Id(63));
}

// A better-known namesake whose Arabic spelling begins with a vowel is no
// rival of a name beginning with a consonant letter (Abojan آبوجان, also Abongo, against بونغي).
TEST_F(TransliterationIndexTest, VowelInitialSpellingIsNoRivalOfAConsonantInitialName) {
  EXPECT_EQ(Choose("بونغي", "town", {66}).id, Id(64));
}

// و before an alef after a consonant is a w the name says: كينوار is no
// Kinar, though كينار is.
TEST_F(TransliterationIndexTest, ConsonantalWawGainsaysANameWithoutW) {
  EXPECT_EQ(Choose("كينوار", "town", {66}).id, -1);
  EXPECT_EQ(Choose("كينار", "town", {66}).id, Id(67));
}

}  // namespace
}  // namespace marsad
