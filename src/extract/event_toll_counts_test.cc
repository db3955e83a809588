// Which count a toll word takes (event_tolls.cc AttachCasualty). Sentences
// are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class TollCountTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

// A passive toll takes no object: the count after it is the wounded's.
TEST_F(TollCountTest, CountAfterAPassiveTollIsNotItsDead) {
  Doc doc = test::ExtractAt(
      "A boy was killed and five other people were injured when shells hit a market in Kismayo on Friday.", 2025, 4,
      12);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  const Event& e = doc.events[0];
  ASSERT_TRUE(e.fatalities.has_value());
  EXPECT_EQ(e.fatalities->best, 1.0);
  ASSERT_TRUE(e.injuries.has_value());
  EXPECT_EQ(e.injuries->best, 5.0);
}

// The count after an active toll verb is still its object.
TEST_F(TollCountTest, CountAfterAnActiveTollIsItsDead) {
  Doc doc = test::ExtractAt("Gunmen killed four traders near Kismayo on Friday.", 2025, 4, 12);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best, 4.0);
}

// Victims in the singular joined by "and a" are counted once: "a woman and
// a child" are two dead, and a count joined after them still adds.
TEST_F(TollCountTest, SingularVictimsJoinedByAnArticleAreCountedOnce) {
  Doc doc = test::ExtractAt("A roadside bomb exploded near Gao on Friday, killing a teacher and a nurse.", 2025, 4, 12);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best, 2.0);
  Doc more = test::ExtractAt("A roadside bomb exploded near Gao on Friday, killing a teacher, a nurse and three pupils.",
                             2025, 4, 12);
  test::MaybeDump(more);
  ASSERT_FALSE(more.events.empty());
  ASSERT_TRUE(more.events[0].fatalities.has_value());
  EXPECT_EQ(more.events[0].fatalities->best, 5.0);
}

// Numbers after "aged" (and the list they open) are ages, not counts.
TEST_F(TollCountTest, AgesAreNoCount) {
  Doc doc = test::ExtractAt("Two girls aged 7 and 11 were killed when a mortar shell hit their house in Kismayo on Thursday.",
                            2025, 4, 12);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best, 2.0);
  Doc list = test::ExtractAt("Gunmen shot dead three men, aged 20, 25 and 31, near Kismayo on Saturday.", 2025, 4, 12);
  ASSERT_FALSE(list.events.empty());
  ASSERT_TRUE(list.events[0].fatalities.has_value());
  EXPECT_EQ(list.events[0].fatalities->best, 3.0);
}

TEST_F(TollCountTest, ArabicAgeRangeIsNoCount) {
  Doc doc = test::ExtractAt("وقتل صبية تتراوح أعمارهم بين 8 و13 عاماً في قصف مدفعي على حي سكني في مدينة تعز يوم الخميس.", 2025, 4,
                            12);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  for (const Event& e : doc.events)
    if (e.fatalities) {
      EXPECT_NE(e.fatalities->low, 8.0);
      EXPECT_NE(e.fatalities->high, 13.0);
    }
}

// "The group said it had killed 25": a party's own count of whom it killed,
// told after the event with no claim word, is that event's high bound.
TEST_F(TollCountTest, PartySayingItKilledMoreRaisesTheHigh) {
  Doc doc = test::ExtractAt(
      "Six soldiers were killed when gunmen attacked an army post near Gwoza on Monday, security sources said. "
      "The jihadist group said its fighters had killed 25 soldiers.",
      2026, 3, 10);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best, 6.0);
  EXPECT_EQ(doc.events[0].fatalities->high, 25.0);
  Doc later = test::ExtractAt(
      "Three soldiers died on Friday when militants ambushed a convoy near Kidal, the army said. "
      "The militants later said in a video that they had killed 14 soldiers.",
      2026, 3, 10);
  ASSERT_FALSE(later.events.empty());
  ASSERT_TRUE(later.events[0].fatalities.has_value());
  EXPECT_EQ(later.events[0].fatalities->best, 3.0);
  EXPECT_EQ(later.events[0].fatalities->high, 14.0);
}

// A party's count over a wider area is its own tally, not this event's.
TEST_F(TollCountTest, PartysTallyElsewhereLeavesTheHigh) {
  Doc doc = test::ExtractAt(
      "A drone strike hit a truck near Kidal on Monday, killing two drivers, the army said. "
      "The ministry said its forces had killed 40 fighters in Mali and Niger.",
      2026, 3, 10);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best, 2.0);
  EXPECT_NE(doc.events[0].fatalities->high, 40.0);
}

// An open "at least" toll takes a claimant's larger figure as its high bound
// when the claim is told in a sentence of its own, whatever the status the
// claimed killing verb read.
TEST_F(TollCountTest, ClaimSentenceRaisesAnOpenToll) {
  const std::pair<const char*, double> cases[] = {
      {"At least four guards were killed when a suicide bomber blew himself up at the gate of a prison in Bosaso "
       "on Tuesday, officials said. Islamic State claimed the bombing in a statement, saying it had killed 16 guards.",
       16.0},
      {"قُتل أربعة حراس على الأقل عندما فجّر انتحاري نفسه عند بوابة سجن في مدينة بوصاصو يوم الثلاثاء، بحسب مسؤولين. "
       "وتبنى تنظيم الدولة التفجير، وزعم أنه قتل 16 حارساً.",
       16.0},
      {"At least six soldiers were killed when gunmen attacked an army post near Gwoza on Monday, security sources "
       "said. The jihadist group claimed the raid in a statement, saying its fighters had killed 25 soldiers.",
       25.0},
  };
  for (const auto& [text, high] : cases) {
    Doc doc = test::ExtractAt(text, 2026, 3, 10);
    test::MaybeDump(doc);
    ASSERT_FALSE(doc.events.empty()) << text;
    ASSERT_TRUE(doc.events[0].fatalities.has_value()) << text;
    EXPECT_EQ(doc.events[0].fatalities->low, doc.events[0].fatalities->best) << text;
    EXPECT_EQ(doc.events[0].fatalities->high, high) << text;
  }
}

// A later sentence where another speaker gives its own, lower count of the
// event told before: the lower count is the toll, the claim its high bound.
TEST_F(TollCountTest, AnotherSpeakersLowerCountBecomesTheToll) {
  Doc doc = test::ExtractAt(
      "Rebels of the FDLR attacked an army camp near Rutshuru on Sunday, and the group said it had killed "
      "\"more than 30\" soldiers. The army said four soldiers were killed.",
      2026, 3, 10);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best, 4.0);
  EXPECT_EQ(doc.events[0].fatalities->high, 31.0);
}

// A spelled age joined by hyphens ("nine-year-old") and an Arabic age told
// before من عمره are ages, not counts.
TEST_F(TollCountTest, SpelledHyphenatedAgeIsNoCount) {
  Doc doc = test::ExtractAt("A nine-year-old girl was killed when a mortar round hit her home in Kismayo on Friday, medics said.",
                            2025, 4, 12);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best, 1.0);
}

TEST_F(TollCountTest, ArabicAgeBeforeMinUmurihiIsNoCount) {
  Doc doc = test::ExtractAt("قُتل فتى في الرابعة عشرة من عمره بانفجار لغم أرضي قرب بلدة تدمر صباح الأحد.", 2025, 4, 12);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best, 1.0);
}

// Counts joined by "and" before a postposed toll add up, when the first is
// in digits and when the first victims' party is named after "of".
TEST_F(TollCountTest, DigitCountJoinedBeforeAPostposedTollAddsUp) {
  Doc doc = test::ExtractAt("Clashes near Wajir on Sunday left 11 bandits and two soldiers dead, officials said.", 2025, 4, 12);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best, 13.0);
}

TEST_F(TollCountTest, CountsAcrossAPartyNamedAfterOfAddUp) {
  Doc doc = test::ExtractAt(
      "Four soldiers of the Somali National Army and six al-Shabaab fighters were killed on Tuesday in a firefight near "
      "Jowhar, officials said.",
      2025, 4, 12);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best, 10.0);
}

// "martyring four soldiers and injuring six": the object of "martyring" is the
// dead, the count after "injuring" the wounded.
TEST_F(TollCountTest, MartyringCountsItsObjectAsTheDead) {
  Doc doc = test::ExtractAt(
      "A suicide bomber rammed a car into an army post in Bannu on Friday, martyring four soldiers and injuring six "
      "civilians, officials said.",
      2025, 4, 12);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best, 4.0);
}

// An active toll verb's definite object: "the" and a singular person, a
// singular pronoun, "both" and a plural.
TEST_F(TollCountTest, DefiniteSingularObjectIsOneDead) {
  Doc doc = test::ExtractAt("A day earlier, a bomb planted under a minibus exploded in Idlib, killing the driver, residents said.",
                            2025, 4, 12);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best, 1.0);
}

TEST_F(TollCountTest, BothAndAPluralIsTwoDead) {
  Doc doc = test::ExtractAt(
      "On Tuesday a drone struck a pickup truck on the road between Marib and Sirwah, killing both men inside, local "
      "sources said.",
      2025, 4, 12);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best, 2.0);
}

TEST_F(TollCountTest, PronounBeatenToDeathIsOneDead) {
  Doc doc = test::ExtractAt("A mob dragged a bus driver from his vehicle in Jos and beat him to death on Friday, police said.",
                            2025, 4, 12);
  test::MaybeDump(doc);
  bool one = false;
  for (const Event& e : doc.events) one |= e.fatalities && e.fatalities->best == 1.0;
  EXPECT_TRUE(one);
}

TEST_F(TollCountTest, DefiniteCollectiveObjectIsNoOne) {
  Doc doc = test::ExtractAt("A shell hit a minibus in Idlib on Monday, killing the people inside, residents said.", 2025, 4, 12);
  test::MaybeDump(doc);
  for (const Event& e : doc.events)
    if (e.fatalities) EXPECT_NE(e.fatalities->best, 1.0);
}

// "and wounded a fourth": a participle with its own object is active, and the
// count before it stays the dead's.
TEST_F(TollCountTest, WoundedWithItsOwnObjectTakesNoEarlierCount) {
  Doc doc = test::ExtractAt(
      "Turkish border guards shot dead three smugglers near Zakho on Friday and wounded a fourth, a local official said.",
      2025, 4, 12);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best, 3.0);
}

// "and wounded a boy": a toll word with an object of its own after it is a
// verb, no participle after the count before it ("two soldiers wounded"):
// the count stays the dead's.
TEST_F(TollCountTest, CountBeforeAVerbWithItsObjectIsTheDead) {
  Doc doc = test::ExtractAt("A drone strike on a truck near Kismayo on Friday killed one man and wounded a boy.", 2025, 4, 12);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best, 1.0);
  Doc the = test::ExtractAt("Gunmen killed three herders and wounded the village chief near Kismayo on Friday.", 2025, 4, 12);
  ASSERT_FALSE(the.events.empty());
  ASSERT_TRUE(the.events[0].fatalities.has_value());
  EXPECT_EQ(the.events[0].fatalities->best, 3.0);
  // A participle after its noun still takes the count before it.
  Doc postposed = test::ExtractAt("Clashes near Kismayo on Friday left five gunmen dead and two soldiers wounded.", 2025, 4, 12);
  ASSERT_FALSE(postposed.events.empty());
  ASSERT_TRUE(postposed.events[0].fatalities.has_value());
  EXPECT_EQ(postposed.events[0].fatalities->best, 5.0);
}

// "shot dead two men and wounded the driver": the count right after a
// killing verb is its object, not the subject of the toll word after it.
TEST_F(TollCountTest, ObjectOfAKillingVerbIsNotTheWoundedCount) {
  Doc doc = test::ExtractAt("Gunmen shot dead two traders and wounded the driver near Kismayo on Friday.", 2025, 4, 12);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best, 2.0);
  EXPECT_FALSE(doc.events[0].injuries.has_value() && doc.events[0].injuries->best == 2.0);
}

// "killing its driver": a possessive opens a definite victim as "the" does.
TEST_F(TollCountTest, PossessiveVictimIsOne) {
  Doc doc = test::ExtractAt("A drone struck a car near Kismayo on Friday, killing its driver.", 2025, 4, 12);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best, 1.0);
  // A plural head after the possessive is no count of one.
  Doc plural = test::ExtractAt("A drone struck a car near Kismayo on Friday, killing its passengers.", 2025, 4, 12);
  ASSERT_FALSE(plural.events.empty());
  EXPECT_FALSE(plural.events[0].fatalities.has_value() && plural.events[0].fatalities->best == 1.0);
}

// وأحد، وإحدى "and one of" joined to a count adds one victim; the hamza
// tells it from the numeral واحد.
TEST_F(TollCountTest, ArabicAndOneOfAddsOne) {
  Doc doc = test::ExtractAt("انفجرت عبوة ناسفة بدورية للشرطة في مدينة بيداوة يوم الجمعة، ما أسفر عن مقتل ثلاثة من عناصرها وأحد المارة.",
                            2025, 4, 12);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best, 4.0);
}

// مقتل بائع: a vendor is one civilian victim.
TEST_F(TollCountTest, ArabicVendorIsOneVictim) {
  Doc doc = test::ExtractAt("أطلقت الشرطة النار على محتجين في مدينة بيداوة يوم الجمعة، ما أدى إلى مقتل بائع.", 2025, 4, 12);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  bool one = false;
  for (const Event& e : doc.events) one = one || (e.fatalities && e.fatalities->best == 1.0);
  EXPECT_TRUE(one);
}

// A count of places (عدة أحياء، أحياء عدة، "three villages") is no toll: the
// dead are the count that comes with its own toll noun.
TEST_F(TollCountTest, CountOfPlacesIsNoToll) {
  Doc doc = test::ExtractAt(
      "ارتفعت حصيلة الاشتباكات التي اندلعت يوم الخميس في عدة أحياء من مدينة الزاوية إلى 14 قتيلاً و40 جريحاً.", 2025, 4, 12);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best, 14.0);
  Doc after = test::ExtractAt(
      "ارتفعت حصيلة الاشتباكات التي اندلعت يوم الخميس في أحياء عدة من مدينة الزاوية إلى 14 قتيلاً و40 جريحاً.", 2025, 4, 12);
  ASSERT_FALSE(after.events.empty());
  ASSERT_TRUE(after.events[0].fatalities.has_value());
  EXPECT_EQ(after.events[0].fatalities->best, 14.0);
}

// An armed man named by what he did (مهرب، إرهابي: `one_victim` cues) after
// a toll word is one dead, as a soldier is.
TEST_F(TollCountTest, ArabicSmugglerNeutralisedIsOneDead) {
  Doc doc = test::ExtractAt(
      "وأضافت الوزارة أن مفرزة للجيش اشتبكت مع مهربين قرب برج باجي مختار يوم الأحد، ما أسفر عن تحييد مهرب "
      "وحجز سيارة رباعية الدفع.",
      2026, 10, 14);
  test::MaybeDump(doc);
  const Event* clash = nullptr;
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == "Armed clash") clash = &e;
  ASSERT_NE(clash, nullptr);
  ASSERT_TRUE(clash->fatalities.has_value());
  EXPECT_EQ(clash->fatalities->best, 1.0);
}

TEST_F(TollCountTest, ArabicTerroristKilledIsOneDead) {
  Doc doc = test::ExtractAt("اندلع اشتباك بين الجيش ومسلحين قرب مدينة ديفا مساء السبت أسفر عن مقتل إرهابي.", 2026,
                            10, 14);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best, 1.0);
}

// Goods taken back beside a killing (واسترجعت بنادق) are no event to carry
// its dead: the killing keeps them, with or without a clash word.
TEST_F(TollCountTest, ArabicGoodsRecoveredTakeNoDead) {
  Doc doc = test::ExtractAt(
      "وأفادت الوزارة أن وحدة من الجيش قضت على أربعة إرهابيين واسترجعت ثلاث بنادق قرب مدينة تبسة يوم الاثنين.", 2026,
      10, 14);
  test::MaybeDump(doc);
  double dead = 0;
  for (const Event& e : doc.events)
    if (e.fatalities && e.fatalities->best) dead += *e.fatalities->best;
  EXPECT_EQ(dead, 4.0);
}

// "At least" after the count's noun and its relative adjective, or after a
// partitive pronoun, opens the toll: no high bound.
TEST_F(TollCountTest, ArabicAtLeastAfterAnAdjectiveOrAPartitivePronounIsOpen) {
  Doc adj = test::ExtractAt("قُتل خمسة جنود تشاديين على الأقل عندما انفجر لغم بعربتهم قرب مدينة أبشي يوم الجمعة.", 2025,
                            4, 12);
  test::MaybeDump(adj);
  ASSERT_FALSE(adj.events.empty());
  ASSERT_TRUE(adj.events[0].fatalities.has_value());
  EXPECT_EQ(adj.events[0].fatalities->best, 5.0);
  EXPECT_FALSE(adj.events[0].fatalities->high.has_value());
  Doc pron = test::ExtractAt(
      "انفجرت عبوة ناسفة قرب مدينة أبشي يوم الجمعة لدى مرور حافلة تقل مزارعين، ما أدى إلى مقتل ثمانية منهم على الأقل.",
      2025, 4, 12);
  test::MaybeDump(pron);
  ASSERT_FALSE(pron.events.empty());
  ASSERT_TRUE(pron.events[0].fatalities.has_value());
  EXPECT_EQ(pron.events[0].fatalities->best, 8.0);
  EXPECT_FALSE(pron.events[0].fatalities->high.has_value());
}

// "بين القتلى" (among the dead) before a count: the count is part of the
// toll told already, never the toll itself.
TEST_F(TollCountTest, ArabicCountAmongTheDeadIsNoToll) {
  Doc doc = test::ExtractAt(
      "قال الجيش إن غارة جوية استهدفت مخبأ للمسلحين قرب مدينة أبشي يوم الجمعة وقتلت 30 مسلحاً.\n"
      "لكن سكاناً قالوا إن بين القتلى أربعة رعاة.",
      2025, 4, 12);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best, 30.0);
  for (const Event& e : doc.events)
    if (e.fatalities) EXPECT_NE(e.fatalities->best, 4.0);
}

// أحد المهربين قُتل: a singular person noun heading a construct with a
// definite noun, right before a passive toll verb, is one dead.
TEST_F(TollCountTest, ArabicOneOfTheNounBeforeTheVerbIsOneDead) {
  Doc doc = test::ExtractAt(
      "قالت الشرطة إن مسلحين هاجموا حاجزاً أمنياً قرب مدينة أبشي يوم الجمعة، وإن أحد الحراس قُتل.", 2025, 4, 12);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best, 1.0);
}

// A toll told in the next sentence goes to the last event before it that
// kills, not to a seizure told after that event.
TEST_F(TollCountTest, TollOfTheNextSentenceGoesToTheFightNotTheSeizure) {
  Doc doc = test::ExtractAt(
      "قال الجيش إن وحدة عسكرية تبادلت إطلاق النار مع مسلحين قرب مدينة أبشي يوم الجمعة، وحجزت سيارتين محملتين بالأسلحة.\n"
      "وأضاف أن ثلاثة مسلحين قُتلوا.",
      2025, 4, 12);
  test::MaybeDump(doc);
  const Event* fight = nullptr;
  for (const Event& e : doc.events)
    if (e.acled_event_type == "Battles") fight = &e;
  ASSERT_NE(fight, nullptr);
  ASSERT_TRUE(fight->fatalities.has_value());
  EXPECT_EQ(fight->fatalities->best, 3.0);
  for (const Event& e : doc.events)
    if (e.acled_event_type != "Battles") EXPECT_FALSE(e.fatalities.has_value());
}

// القضاء على, the verbal noun of قضى على ("finished off"), is a toll word:
// the count after it is the dead of the strike it resulted from.
TEST_F(TollCountTest, ArabicEliminationNounIsAToll) {
  Doc doc = test::ExtractAt(
      "وأعلن الجيش أن طائرات حربية قصفت أمس مواقع للمسلحين قرب مدينة أبشي، ما أسفر عن القضاء على 12 مسلحاً.", 2025, 4,
      12);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best, 12.0);
}

// Dead told in a later sentence are no toll of an abduction told before:
// an abduction takes no lives.
TEST_F(TollCountTest, LaterDeadAreNoTollOfAnAbduction) {
  Doc doc = test::ExtractAt(
      "قال سكان إن مسلحين خطفوا خمسة مزارعين من قرية قرب مدينة أبشي مساء الجمعة.\n"
      "وأضاف السكان أن جثث ثلاثة منهم عُثر عليها صباح السبت.",
      2025, 4, 12);
  test::MaybeDump(doc);
  bool abduction = false;
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == "Abduction/forced disappearance") {
      abduction = true;
      EXPECT_FALSE(e.fatalities.has_value());
    }
  EXPECT_TRUE(abduction);
}

// An event told in the clause بعد opens after a killing event (what that
// event came after) is not the target of a toll told in a later clause.
TEST_F(TollCountTest, TollAfterALeadUpClauseIsTheMainEvents) {
  Doc doc = test::ExtractAt(
      "أعلن الجيش أن قواته استعادت السيطرة على مدينة أبشي يوم الجمعة بعد أيام من سيطرة المتمردين عليها، وقتلت 15 "
      "متمرداً.",
      2025, 4, 12);
  test::MaybeDump(doc);
  const Event* regain = nullptr;
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == "Government regains territory") regain = &e;
  ASSERT_NE(regain, nullptr);
  ASSERT_TRUE(regain->fatalities.has_value());
  EXPECT_EQ(regain->fatalities->best, 15.0);
}

// Men of religion are person nouns in the singular: a killing verb with one
// of them as its object counts one dead.
TEST_F(TollCountTest, ArabicManOfReligionKilledIsOneDead) {
  for (const char* text : {"قال سكان إن مسلحين اغتالوا عالم دين قرب مدينة أبشي يوم الجمعة.",
                           "قال سكان إن مسلحين اغتالوا كاهناً قرب مدينة أبشي يوم الجمعة."}) {
    Doc doc = test::ExtractAt(text, 2025, 4, 12);
    test::MaybeDump(doc);
    ASSERT_FALSE(doc.events.empty()) << text;
    ASSERT_TRUE(doc.events[0].fatalities.has_value()) << text;
    EXPECT_EQ(doc.events[0].fatalities->best, 1.0) << text;
  }
}

// An active toll verb whose doer is named before it is its own act, not the
// toll of an event told only after it in another clause (فيما …).
TEST_F(TollCountTest, ArabicNamedKillerIsNoTollOfALaterClause) {
  Doc doc = test::ExtractAt(
      "وفي اليوم التالي، أعلن الجيش أن قوات الأمن قتلت ستة «خوارج» في عملية أمنية قرب مدينة أبشي، فيما فجّر انتحاري "
      "نفسه قرب نقطة تفتيش على مدخل المدينة، ما أدى إلى إصابة جنديين.",
      2025, 4, 12);
  test::MaybeDump(doc);
  bool six = false;
  for (const Event& e : doc.events) {
    if (e.acled_sub_event_type == "Suicide bomb") EXPECT_FALSE(e.fatalities.has_value());
    if (e.fatalities && e.fatalities->best == 6.0) six = true;
  }
  EXPECT_TRUE(six);
}

// The same in English: the killers named as the subject of the verb make the
// killing its own act, not the toll of the blast told after "while".
TEST_F(TollCountTest, EnglishNamedKillerIsNoTollOfALaterClause) {
  Doc doc = test::ExtractAt(
      "The army said troops killed six militants in an operation near Abeche on Friday, while a suicide bomber blew "
      "himself up at a checkpoint outside the town, wounding two soldiers.",
      2025, 4, 12);
  test::MaybeDump(doc);
  bool six = false;
  for (const Event& e : doc.events) {
    if (e.acled_sub_event_type == "Suicide bomb") EXPECT_FALSE(e.fatalities.has_value());
    if (e.fatalities && e.fatalities->best == 6.0) six = true;
  }
  EXPECT_TRUE(six);
}

// "killing a rider, a claim the police did not address": an aside on what
// was told (`remark_noun`) is no second victim in the singular.
TEST_F(TollCountTest, EnglishRemarkAfterTheVictimIsNoVictim) {
  Doc doc = test::ExtractAt(
      "Witnesses said soldiers opened fire on a bus near Abeche on Friday, killing a driver, an allegation the army "
      "denied.",
      2025, 4, 12);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best, 1.0);
}

// A raid that killed is the killing, never folded into the abduction told
// beside it: two events, the dead on the raid.
TEST_F(TollCountTest, RaidThatKilledIsNoWayInToAnAbduction) {
  Doc doc = test::ExtractAt(
      "North of Abeche, armed youths raided a cattle camp on Sunday, killing six herders and taking away three "
      "children, the minister said.",
      2025, 4, 14);
  test::MaybeDump(doc);
  bool abduction = false, killing = false;
  for (const Event& e : doc.events) {
    if (e.acled_sub_event_type == "Abduction/forced disappearance") {
      abduction = true;
      EXPECT_FALSE(e.fatalities.has_value());
    } else if (e.fatalities && e.fatalities->best == 6.0) {
      killing = true;
    }
  }
  EXPECT_TRUE(abduction);
  EXPECT_TRUE(killing);
}

// "shot dead a (retired) teacher and his two sons": the victim joined by
// "and" before the count of a lethal verb's object is one more dead.
TEST_F(TollCountTest, LethalVerbCountsTheVictimJoinedBeforeItsCount) {
  Doc doc = test::ExtractAt("Bandits shot dead a retired nurse and her three daughters in Zamfara on Tuesday.", 2025, 4,
                            12);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best, 4.0);
}

TEST_F(TollCountTest, LethalVerbCountsTheVictimJoinedBeforeItsNearCount) {
  Doc doc = test::ExtractAt("Bandits shot dead a herder and his two brothers near Gusau on Tuesday.", 2025, 4, 12);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best, 3.0);
}

// قُتل … وأُصيب …، مساء الاثنين، برصاص: the agent phrase told past a date set
// off by commas is still the passive's, though the subject (a dual with its
// adjective) and a joined wounded clause run four words or more before it.
TEST_F(TollCountTest, AgentPastADateAsideAfterALongSubjectKeepsTheToll) {
  Doc doc = test::ExtractAt(
      "date 2025-04-10\nقُتل صيادان سودانيان وأُصيب رابع، صباح الأحد، برصاص مسلحين قرب بلدة بول.", 2025, 4, 10);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best, 2.0);
}

TEST_F(TollCountTest, AgentPastADateAsideAfterAThreeWordSubjectKeepsTheToll) {
  Doc doc = test::ExtractAt(
      "date 2025-04-10\nقُتل ثلاثة جنود تشاديين وأُصيب اثنان، فجر الأحد، برصاص مسلحين قرب بلدة بول.", 2025, 4, 10);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best, 3.0);
}

// "killing two policemen and the attacker": the doer told back in the
// singular after "and" is one more dead; a plural with no count adds none.
TEST_F(TollCountTest, TheAttackerJoinedToACountIsOneMoreDead) {
  Doc doc = test::ExtractAt(
      "A suicide bomber rammed a truck laden with explosives into a police station in Tank on Monday, killing five "
      "policemen and the bomber, officials said.",
      2025, 4, 12);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best, 6.0);
}

TEST_F(TollCountTest, TheGunmanJoinedToACountIsOneMoreDead) {
  Doc doc = test::ExtractAt(
      "A gunman opened fire on worshippers at a church in Ondo on Sunday, killing three people and the gunman, "
      "police said.",
      2025, 4, 12);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best, 4.0);
}

// "killed four guards and the attacker escaped": the doer after "and" with a
// verb of his own opens a clause; he is no one more dead. Before a place or
// the sentence's end he still closes the list of the dead.
TEST_F(TollCountTest, TheAttackerWithAVerbOfHisOwnIsNoMoreDead) {
  Doc doc = test::ExtractAt("A gunman killed four guards and the attacker escaped on foot near Kohat on Tuesday.",
                            2025, 4, 12);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best, 4.0);
  Doc closed = test::ExtractAt("A suicide bomber killed four guards and the bomber near Kohat on Tuesday.", 2025, 4, 12);
  test::MaybeDump(closed);
  ASSERT_FALSE(closed.events.empty());
  ASSERT_TRUE(closed.events[0].fatalities.has_value());
  EXPECT_EQ(closed.events[0].fatalities->best, 5.0);
}

// "one member of the hunters' group died": a count whose noun takes an "of"
// phrase is the subject of the toll verb after it, and a second toll of the
// sentence adds its dead.
TEST_F(TollCountTest, CountWithAnOfPhraseBeforeADeathVerbIsItsSubject) {
  Doc doc = test::ExtractAt(
      "Villagers repelled a raid on a hamlet near Lapai on Friday, killing six of the bandits, while two members "
      "of the local guard died, a district official said.",
      2025, 4, 12);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best, 8.0);
}

}  // namespace
}  // namespace marsad
