// Arabic constructions and lexicon forms of event-level decisions: who the
// victims are (civilian person nouns in the plural and the dual), crowd
// nouns in the accusative, road blocks and burnt tyres, a town "on the
// border with" a country, a projectile that "hit", and a withdrawal told
// after fighting elsewhere.
#include <gtest/gtest.h>

#include <utility>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

const Event* For(const Doc& doc, std::string_view trigger) { return test::EventFor(doc, NormalizeKey(trigger)); }

std::string PlaceName(const Doc& doc, const Event* e) {
  const PlaceMention* p = test::PlaceOf(doc, e);
  return p ? p->location.name : "";
}

class ArabicFormsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

// Gunmen who kill herders or farmers (a plural occupation noun, no مدنيين)
// attack civilians; no battle is fought.
// تعزيزات، نشر قوات: troops sent or deployed are a movement (PLOVER
// MOBILIZE), not an event ACLED codes.
TEST_F(ArabicFormsTest, ReinforcementsSentAreNoAcledEvent) {
  Doc doc = test::ExtractAt("أرسل الجيش تعزيزات عسكرية إلى مدينة كسلا يوم الاثنين، ونشر قوات في محيط المطار.", 2024, 3, 12);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) EXPECT_EQ(e.acled_event_type, "none");
}

TEST_F(ArabicFormsTest, GunmenKillingFarmersAttackCivilians) {
  Doc doc = test::ExtractAt("قتل مسلحون ثلاثة رعاة قرب مدينة الموصل فجر الثلاثاء.", 2025, 3, 6);
  test::MaybeDump(doc);
  const Event* e = For(doc, "قتل");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_event_type, "Violence against civilians");
  EXPECT_EQ(test::ActorId(doc, e->actor2), "gen.civilians");
}

// Workers, drivers or traders killed (an indefinite plural or dual
// occupation noun) are civilians too; the definite plural is left alone (it
// is often a protest's own subject: نظم التجار احتجاجاً).
TEST_F(ArabicFormsTest, GunmenKillingWorkersAttackCivilians) {
  for (const char* text : {"قال مسؤول محلي إن مسلحين قتلوا سبعة عمال في مقلع للحجارة قرب مدينة الموصل أمس.",
                           "أوقف مسلحون شاحنة قرب مدينة الموصل وقتلوا سائقين اثنين مساء الأحد.",
                           "قتل مسلحون تاجرين في سوق قرب مدينة الموصل صباح اليوم."}) {
    Doc doc = test::ExtractAt(text, 2025, 3, 6);
    test::MaybeDump(doc);
    bool attack = false;
    for (const Event& e : doc.events)
      attack |= e.acled_event_type == "Violence against civilians" && test::ActorId(doc, e.actor2) == "gen.civilians";
    EXPECT_TRUE(attack) << text;
  }
}

// One civilian person noun right after the killing verb (a man, a woman):
// the victim is a civilian.
TEST_F(ArabicFormsTest, GunmenKillingOneManAttackCivilians) {
  Doc doc = test::ExtractAt("وذكرت مصادر محلية أن مسلحين ملثمين قتلوا امرأة أمام منزلها في مدينة الموصل يوم الاثنين.",
                            2025, 3, 6);
  test::MaybeDump(doc);
  const Event* e = For(doc, "قتلوا");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_event_type, "Violence against civilians");
  EXPECT_EQ(e->acled_sub_event_type, "Attack");
}

// A dual person noun is both the victims and their count: two dead.
TEST_F(ArabicFormsTest, DualPersonNounCountsTwo) {
  Doc doc = test::ExtractAt("قتل مسلحون مجهولون طفلين في هجوم على حافلة قرب مدينة كركوك يوم الأحد.", 2025, 3, 6);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  const Event& e = doc.events[0];
  EXPECT_EQ(e.acled_event_type, "Violence against civilians");
  EXPECT_EQ(test::Figures(e.fatalities), "2/2/2");
}

// Villages as the object of a generic attack word, with no armed party
// named but the attackers: violence against civilians.
TEST_F(ArabicFormsTest, AttackOnVillagesIsOnCivilians) {
  Doc doc = test::ExtractAt("شن مسلحون هجوماً على قرى في ريف كركوك ليل الجمعة وأحرقوا عشرات المنازل.", 2025, 3, 9);
  test::MaybeDump(doc);
  const Event* e = For(doc, "هجوما");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_event_type, "Violence against civilians");
}

// Angry young men in the accusative are a crowd; blocking a road (a gap
// between the verb and the road) and burning tyres are rioting.
TEST_F(ArabicFormsTest, AngryYouthBlockingRoadsRiot) {
  Doc doc = test::ExtractAt("دفع الغضب شباناً غاضبين إلى إحراق الإطارات أمام مبنى المحافظة في مدينة البصرة أمس.", 2025, 3,
                            9);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events[0].acled_event_type, "Riots");
  Doc gap = test::ExtractAt("قطع عشرات المحتجين الغاضبين الطرق الرئيسية في مدينة البصرة صباح اليوم.", 2025, 3, 9);
  test::MaybeDump(gap);
  const Event* e = For(gap, "قطع");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_event_type, "Riots");
}

// "The border town with X": X is the other side of a border, not where the
// capture was; the town told before (the anaphor المدينة) is.
TEST_F(ArabicFormsTest, BorderAdjectiveNamesTheOtherSide) {
  Doc doc = test::ExtractAt(
      "وصلت تعزيزات عسكرية إلى مدينة القضارف أمس.\nوكانت قوات الدعم السريع قد سيطرت على المدينة الحدودية مع إثيوبيا "
      "قبل أسبوعين.",
      2025, 3, 12);
  test::MaybeDump(doc);
  const Event* e = For(doc, "سيطرت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, e), "Al Qadarif");
}

// A drone that "hit" (أصابت) a depot is a strike, typed by its instrument,
// even when the drone is "a similar one" (no event word of its own).
TEST_F(ArabicFormsTest, ProjectileThatHitIsAStrike) {
  Doc doc = test::ExtractAt("وكانت مسيرة مماثلة قد أصابت مستودعاً للوقود في مدينة كركوك مساء الأحد.", 2025, 3, 12);
  test::MaybeDump(doc);
  const Event* e = For(doc, "أصابت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_event_type, "Explosions/Remote violence");
}

// Fighting near one town in one sentence, then troops entering another
// town after the same side withdrew from it: the withdrawal is no part of
// that fighting, and the entry is a transfer without violence.
TEST_F(ArabicFormsTest, WithdrawalFromAnotherTownIsAHandover) {
  Doc doc = test::ExtractAt(
      "اندلعت اشتباكات ليل الأحد بين قوات سوريا الديمقراطية ومسلحين من العشائر قرب مدينة دير الزور.\n"
      "ودخلت وحدات من الجيش السوري مدينة الرقة صباح اليوم بعد انسحاب قوات سوريا الديمقراطية منها.",
      2025, 3, 10);
  test::MaybeDump(doc);
  const Event* e = For(doc, "ودخلت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Non-violent transfer of territory");
}

// A survivor's quote right after the telling that names no day and no
// town of its own retells the same attack: one event, not two.
TEST_F(ArabicFormsTest, SurvivorQuoteRetellsTheAttack) {
  Doc doc = test::ExtractAt(
      "أفاد شهود بأن مسلحين من قوات الدعم السريع هاجموا يوم الأحد قرية قرب مدينة نيالا وقتلوا خمسة مدنيين.\n"
      "وقال أحد السكان لمراسلنا: \"جاؤوا على شاحنات وأطلقوا النار على الجميع\".",
      2025, 3, 12);
  test::MaybeDump(doc);
  int attacks = 0;
  for (const Event& e : doc.events) attacks += e.acled_event_type == "Violence against civilians";
  EXPECT_EQ(attacks, 1);
}

// A town given first after a cue word (مدينة العمارة) is that town again
// when it comes back bare after another town (في العمارة), though the word
// is also a common noun.
TEST_F(ArabicFormsTest, TownNamedBeforeWithACueComesBackBare) {
  Doc doc = test::ExtractAt(
      "اعتصم عشرات الموظفين أمام مديرية التربية في مدينة العمارة أمس.\n"
      "وفي مدينة الكوت، نظم طلاب وقفة احتجاجية أمام مبنى الجامعة.\n"
      "وفي العمارة أيضاً، أحرق محتجون غاضبون إطارات أمام مبنى المحافظة صباح اليوم.",
      2025, 3, 12);
  test::MaybeDump(doc);
  const Event* e = For(doc, "أحرق");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, e), "Al 'Amarah");
}

// Bodies received by a hospital, told after the receiver, the town and
// the day, are people handed over: no transfer of territory.
TEST_F(ArabicFormsTest, BodiesReceivedAreNoTerritory) {
  Doc doc = test::ExtractAt("وتسلّم المستشفى الحكومي في مدينة الموصل صباح اليوم جثامين 12 شخصاً من أبناء المدينة.", 2025, 3,
                            12);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) EXPECT_NE(e.acled_sub_event_type, "Non-violent transfer of territory");
}

// Bare مسيّرات is "drones" or "marches": written with ب after a violent
// event word of its clause it is the means, and the attack is a drone
// strike; people who "took part in marches" fought no one.
TEST_F(ArabicFormsTest, DronesAsTheMeansMakeADroneStrike) {
  Doc doc = test::ExtractAt("تواصلت الهجمات الروسية بالمسيرات على مدينة خاركيف طوال ليل الأحد.", 2025, 3, 10);
  test::MaybeDump(doc);
  const Event* e = For(doc, "الهجمات");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Air/drone strike");
}

TEST_F(ArabicFormsTest, MarchesWithBaAfterNoViolenceAreNoStrike) {
  Doc doc = test::ExtractAt("شارك آلاف الطلاب بالمسيرات في مدينة الخليل يوم الجمعة.", 2025, 3, 10);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) EXPECT_NE(e.acled_sub_event_type, "Air/drone strike");
}

// "لم تقع أي اشتباكات": "any" before the event noun makes the particle deny
// the clashes — a negated event, kept as such; a refusal of what is to come
// (لن تقبل بأي هدنة) tells no event at all.
TEST_F(ArabicFormsTest, NoClashesOfAnyKindIsANegatedClash) {
  Doc doc = test::ExtractAt("وقال سكان إنه لم تقع أي اشتباكات بين الفصائل في مدينة إدلب طوال يوم الأحد.", 2025, 3, 10);
  test::MaybeDump(doc);
  const Event* e = For(doc, "اشتباكات");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Armed clash");
  EXPECT_EQ(e->status, "negated");
}

TEST_F(ArabicFormsTest, RefusingAnyTruceToComeIsNoEvent) {
  Doc doc = test::ExtractAt("قال المتحدث في مدينة إدلب إن الحركة لن تقبل بأي هدنة مع الحكومة.", 2025, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(For(doc, "هدنة"), nullptr);
}

// Kin joined by و count by the clitic grammar of clitics.tsv, whatever the
// pronoun: "their brother" (وشقيقهم) is one more dead, as "his brother" is.
TEST_F(ArabicFormsTest, KinWithAnyPronounCountByTheCliticGrammar) {
  for (const char* text : {"قُتل طفل وشقيقه في قصف مدفعي على قرية قرب بلدة نوى صباح الأحد.",
                           "قُتل طفل وشقيقهم في قصف مدفعي على قرية قرب بلدة نوى صباح الأحد."}) {
    Doc doc = test::ExtractAt(text, 2024, 5, 13);
    test::MaybeDump(doc);
    bool two = false;
    for (const Event& e : doc.events) two |= test::Figures(e.fatalities) == "2/2/2";
    EXPECT_TRUE(two) << text;
  }
}

// "ضرب ... حتى الموت": beaten to death, the doers between the verb and its
// end. By a crowd it is mob violence, and one event with the crowd noun.
TEST_F(ArabicFormsTest, ACrowdBeatingAManToDeathIsMobViolence) {
  for (const char* text : {"وفي مدينة كانو، ضرب حشد غاضب لصاً حتى الموت يوم الأحد.",
                           "قالت الشرطة إن حشداً غاضباً ضرب حتى الموت لصاً في مدينة كانو يوم الأحد."}) {
    Doc doc = test::ExtractAt(text, 2026, 3, 10);
    test::MaybeDump(doc);
    ASSERT_EQ(doc.events.size(), 1u) << text;
    EXPECT_EQ(doc.events[0].acled_sub_event_type, "Mob violence") << text;
    EXPECT_EQ(test::ActorId(doc, doc.events[0].actor1), "gen.rioters") << text;
    EXPECT_EQ(PlaceName(doc, &doc.events[0]), "Kano") << text;
  }
}

// Gunmen who beat a villager to death attack a civilian.
TEST_F(ArabicFormsTest, GunmenBeatingAVillagerToDeathAttackACivilian) {
  Doc doc = test::ExtractAt("ضرب مسلحون قروياً حتى الموت قرب مدينة كانو مساء السبت.", 2026, 3, 10);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Attack");
  EXPECT_EQ(test::ActorId(doc, doc.events[0].actor2), "gen.civilians");
}

// "أضرم حشد النار في رجل": the doer stands between the verb and the fire;
// a crowd that sets a person on fire is a mob, one that burns a house riots.
TEST_F(ArabicFormsTest, ACrowdSettingAManOnFireIsMobViolence) {
  Doc man = test::ExtractAt("أضرم حشد من الشبان النار في رجل يُتهم بالسرقة في مدينة كادونا يوم الثلاثاء.", 2026, 3, 10);
  test::MaybeDump(man);
  ASSERT_GE(man.events.size(), 1u);
  const Event* e = For(man, "أضرم");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Mob violence");
  Doc house = test::ExtractAt("أضرم حشد من الشبان النار في مقر الحزب في مدينة كادونا يوم الثلاثاء.", 2026, 3, 10);
  test::MaybeDump(house);
  e = For(house, "أضرم");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Violent demonstration");
  Doc gunmen = test::ExtractAt("أضرم مسلحون النار في عشرات المنازل في قرية قرب مدينة كادونا يوم الثلاثاء.", 2026, 3, 10);
  test::MaybeDump(gunmen);
  e = For(gunmen, "أضرم");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Looting/property destruction");
}

// اقتيدوا "they were led away", the passive of اقتاد: the taken are its
// subject, and they disappeared (abduction).
TEST_F(ArabicFormsTest, MenLedAwayAreAbducted) {
  Doc doc = test::ExtractAt("قال سكان إن مسلحين داهموا قرية قرب مدينة نيالا ليل السبت، وإن ثلاثة رجال اقتيدوا إلى جهة مجهولة.",
                            2023, 12, 19);
  test::MaybeDump(doc);
  const Event* e = For(doc, "اقتيدوا");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Abduction/forced disappearance");
  EXPECT_EQ(test::ActorId(doc, e->actor2), "gen.civilians");
  EXPECT_EQ(PlaceName(doc, e), "Nyala");
}

// فر سجناء من سجن، فرار السجناء: a jailbreak is a strategic development
// (Other); fighters who fled a town (فر المسلحون من البلدة) withdrew.
TEST_F(ArabicFormsTest, PrisonersFleeingAPrisonIsAJailbreak) {
  Doc fled = test::ExtractAt("فر نحو أربعين سجينا من السجن المركزي في مدينة كادونا ليل الأحد، بحسب مسؤولين.", 2026, 5, 3);
  test::MaybeDump(fled);
  EXPECT_EQ(test::CountSub(fled, "Other"), 1u);
  Doc escape = test::ExtractAt("أفادت مصادر أمنية بفرار عشرات السجناء من سجن في مدينة الحديدة مساء الأحد.", 2026, 5, 3);
  test::MaybeDump(escape);
  EXPECT_EQ(test::CountSub(escape, "Other"), 1u);
  Doc fighters = test::ExtractAt("فر المسلحون من بلدة قرب مدينة الحديدة مساء الأحد بعد وصول تعزيزات الجيش.", 2026, 5, 3);
  test::MaybeDump(fighters);
  EXPECT_EQ(test::CountSub(fighters, "Other"), 0u);
}

// أوقف is "stopped" as well as "detained": with the wanted or the suspected
// as its object it is an arrest.
TEST_F(ArabicFormsTest, StoppingWantedMenIsAnArrest) {
  Doc doc = test::ExtractAt("وقال الجيش إنه أوقف أربعة مطلوبين خلال مداهمة في مدينة صيدا يوم الأحد.", 2026, 3, 10);
  test::MaybeDump(doc);
  const Event* e = For(doc, "أوقف");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Arrests");
  Doc halted = test::ExtractAt("وأوقفت البلدية أعمال البناء في مدينة صيدا يوم الأحد.", 2026, 3, 10);
  test::MaybeDump(halted);
  for (const Event& h : halted.events) EXPECT_NE(h.acled_sub_event_type, "Arrests");
}

// لقي X حتفه "X met his death": the dead stand between the verb and its
// end (لقي خمسة أشخاص حتفهم), or are two (لقي شرطيان حتفهما، لقيا حتفهما).
TEST_F(ArabicFormsTest, TheDeadBetweenMetAndTheirDeathAreCounted) {
  Doc two = test::ExtractAt("وفي اليوم نفسه، لقي شرطيان حتفهما بانفجار عبوة ناسفة قرب مدينة غاو.", 2026, 3, 10);
  test::MaybeDump(two);
  ASSERT_EQ(two.events.size(), 1u);
  ASSERT_TRUE(two.events[0].fatalities.has_value());
  EXPECT_EQ(two.events[0].fatalities->low.value_or(-1), 2);
  Doc five = test::ExtractAt("لقي ما لا يقل عن خمسة أشخاص حتفهم في قصف على مدينة كيدال صباح اليوم.", 2026, 3, 10);
  test::MaybeDump(five);
  ASSERT_EQ(five.events.size(), 1u);
  ASSERT_TRUE(five.events[0].fatalities.has_value());
  EXPECT_EQ(five.events[0].fatalities->low.value_or(-1), 5);
}

// "قتل شخص"، "مقتل متظاهر"، "قتل محتجان": a person, a protester, in the
// singular or the dual after the toll word counts one or two dead.
TEST_F(ArabicFormsTest, OnePersonOrProtesterKilledCountsOne) {
  const std::pair<const char*, int> cases[] = {
      {"الموصل – قُتل شخص بغارة نفذتها طائرة مسيّرة على دراجة نارية قرب مدينة الموصل مساء أمس.", 1},
      {"أطلقت الشرطة الرصاص الحي على محتجين في مدينة البصرة أمس، ما أدى إلى مقتل متظاهر وإصابة ثلاثة آخرين.", 1},
      {"قُتل محتجان عندما أطلقت الشرطة الرصاص الحي على المتظاهرين في مدينة البصرة أمس الأحد.", 2}};
  for (const auto& [text, dead] : cases) {
    Doc doc = test::ExtractAt(text, 2026, 3, 10);
    test::MaybeDump(doc);
    ASSERT_EQ(doc.events.size(), 1u) << text;
    ASSERT_TRUE(doc.events[0].fatalities.has_value()) << text;
    EXPECT_EQ(doc.events[0].fatalities->low.value_or(-1), dead) << text;
    EXPECT_EQ(doc.events[0].fatalities->best.value_or(-1), dead) << text;
  }
}

// "ضرب حشد غاضب رجلين حتى الموت": a gapped beating-to-death form holds its
// doer and its victims in the gap; they are its dead.
TEST_F(ArabicFormsTest, VictimsInsideAGappedLethalFormAreTheDead) {
  const std::pair<const char*, int> cases[] = {
      {"وفي مدينة البصرة، ضرب حشد غاضب رجلاً حتى الموت مساء السبت.", 1},
      {"وفي مدينة البصرة، ضرب حشد غاضب رجلين حتى الموت مساء السبت.", 2}};
  for (const auto& [text, dead] : cases) {
    Doc doc = test::ExtractAt(text, 2026, 3, 10);
    test::MaybeDump(doc);
    ASSERT_FALSE(doc.events.empty()) << text;
    ASSERT_TRUE(doc.events[0].fatalities.has_value()) << text;
    EXPECT_EQ(doc.events[0].fatalities->best.value_or(-1), dead) << text;
  }
}

// A toll verb in the dual (قُتلا، استشهدا) counts the two before it; a dual
// noun of a broken plural (حارسين) after a toll noun is two dead.
TEST_F(ArabicFormsTest, DualTollVerbsAndNounsCountTwo) {
  for (const char* text : {"قالت السلطات المحلية إن مدنيين اثنين قُتلا في قصف مدفعي استهدف مدينة الموصل أمس.",
                           "استهدفت طائرة مسيّرة محطة للكهرباء في مدينة الموصل فجر اليوم، ما أدى إلى مقتل حارسين."}) {
    Doc doc = test::ExtractAt(text, 2026, 3, 10);
    test::MaybeDump(doc);
    ASSERT_EQ(doc.events.size(), 1u) << text;
    ASSERT_TRUE(doc.events[0].fatalities.has_value()) << text;
    EXPECT_EQ(doc.events[0].fatalities->best.value_or(-1), 2) << text;
  }
}

// "خمسة من المسلحين وجندياً واحداً قُتلوا": a one joined by و (fused to a
// noun the segmenter kept whole) to a count before it: both are the dead.
TEST_F(ArabicFormsTest, CountJoinedBeforeTheOneKilledIsSummed) {
  Doc doc = test::ExtractAt("أعلن الجيش أن خمسة من المسلحين وجندياً واحداً قُتلوا في اشتباك اندلع صباح الأحد قرب مدينة الموصل.",
                            2026, 3, 10);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best.value_or(-1), 6);
}

// "مقتل أحد عناصر الشرطة"، "فقُتل أحدهما"، "قُتل راعي أغنام": "one of" and
// the construct form of a person noun after the toll word count one dead.
TEST_F(ArabicFormsTest, OneOfThemAndConstructNounsCountOne) {
  for (const char* text : {"انفجرت عبوة ناسفة بدورية للشرطة في مدينة الموصل صباح اليوم، ما أدى إلى مقتل أحد عناصر الشرطة.",
                           "وفي مدينة الموصل، أطلق مسلحون النار على رجلين أمس الخميس، فقُتل أحدهما وأصيب الآخر.",
                           "وفي مدينة الموصل، قُتل راعي أغنام برصاص مسلحين مجهولين مساء الأحد."}) {
    Doc doc = test::ExtractAt(text, 2026, 3, 10);
    test::MaybeDump(doc);
    ASSERT_EQ(doc.events.size(), 1u) << text;
    ASSERT_TRUE(doc.events[0].fatalities.has_value()) << text;
    EXPECT_EQ(doc.events[0].fatalities->best.value_or(-1), 1) << text;
  }
}

// One source telling both sides' losses of a clash in one sentence: one
// battle whose toll is their sum; a second source's figure stays apart.
TEST_F(ArabicFormsTest, BothSidesLossesOfOneClashAddUp) {
  Doc doc = test::ExtractAt(
      "date 2025-04-12\nنيامي - أعلن الجيش النيجري أن وحدة من قواته قتلت 12 مسلحاً من جماعة بوكو حرام خلال صد هجوم "
      "على موقع عسكري في بلدة ديفا يوم الجمعة، فيما قتل ثلاثة جنود وأصيب أربعة آخرون.",
      2025, 4, 12);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best, 15);
}

// Engineers' teams (الفرق) are a noun: the article rules out the verb فرّق
// "dispersed", so no protest is read; what they lifted (نزعت ... ألغاماً) is a
// disruption of weapons, not a blast.
TEST_F(ArabicFormsTest, TeamsLiftingMinesDisruptWeapons) {
  Doc doc = test::ExtractAt("قال الجيش إن الفرق الهندسية نزعت أمس عشرين لغماً في قرية قرب مدينة الموصل.", 2025, 3, 6);
  test::MaybeDump(doc);
  bool disrupted = false;
  for (const Event& e : doc.events) {
    EXPECT_NE(e.acled_event_type, "Protests");
    EXPECT_NE(e.acled_sub_event_type, "Remote explosive/landmine/IED");
    disrupted |= e.acled_sub_event_type == "Disrupted weapons use";
  }
  EXPECT_TRUE(disrupted);
}

// The finder named between the verb and على (عثرت القوات على عبوة): the bomb
// was found, so its use was disrupted — no explosion.
TEST_F(ArabicFormsTest, ForcesFindingABombDisruptWeapons) {
  Doc doc = test::ExtractAt("عثرت قوات الأمن صباح الأحد على عبوة ناسفة قرب جسر في مدينة الموصل.", 2025, 3, 6);
  test::MaybeDump(doc);
  bool disrupted = false;
  for (const Event& e : doc.events) {
    EXPECT_NE(e.acled_event_type, "Explosions/Remote violence");
    disrupted |= e.acled_sub_event_type == "Disrupted weapons use";
  }
  EXPECT_TRUE(disrupted);
}

}  // namespace
// A cache found with the finder and the search told between the verb and على,
// and the weapons it holds named after يضم: one disruption, no shelling or
// bombing.
TEST_F(ArabicFormsTest, CacheFoundDuringASearchDisruptsWeapons) {
  Doc doc = test::ExtractAt(
      "قال الجيش إن وحداته عثرت أثناء تفتيش قرية حدودية قرب الرمثا على مخزن يضم قذائف هاون وصواريخ.", 2026, 3, 2);
  test::MaybeDump(doc);
  bool disrupted = false;
  for (const Event& e : doc.events) {
    EXPECT_NE(e.acled_event_type, "Explosions/Remote violence");
    disrupted |= e.acled_sub_event_type == "Disrupted weapons use";
  }
  EXPECT_TRUE(disrupted);
}

// فجّر أحدهم نفسه، فجّرت إحداهن نفسها: "one of them blew himself up" — the
// pronoun subject leaves نفسه no noun to mean "the same" after, so it is the
// reflexive of a suicide bombing, not a charge set off from afar.
TEST_F(ArabicFormsTest, OneOfThemBlewHimselfUpIsASuicideBombing) {
  Doc doc = test::ExtractAt("اقتحم مسلحون حاجزاً للجيش قرب مدينة الموصل مساء الأحد، بعد أن فجّر أحدهم نفسه عند مدخله.",
                            2025, 3, 6);
  test::MaybeDump(doc);
  const Event* e = For(doc, "فجر");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Suicide bomb");
}

// دخلت … دون أن تلقى أي مقاومة: a town entered "without meeting any
// resistance" changed hands peacefully, a non-violent transfer of territory;
// an overrun "without resistance worth mentioning" (دون مقاومة تذكر) was
// still forced.
TEST_F(ArabicFormsTest, TownEnteredWithoutMeetingResistanceChangedHandsPeacefully) {
  Doc doc = test::ExtractAt("دخل مقاتلو حركة الشباب مدينة بيدوا مساء الجمعة دون أن يلقوا أي مقاومة، بحسب سكان.", 2025, 3, 9);
  test::MaybeDump(doc);
  const Event* e = For(doc, "دخل");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Non-violent transfer of territory");
  Doc forced = test::ExtractAt("اجتاحت حركة الشباب مدينة بيدوا مساء الجمعة من دون مقاومة تذكر، بحسب سكان.", 2025, 3, 9);
  test::MaybeDump(forced);
  const Event* f = For(forced, "اجتاحت");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->acled_sub_event_type, "Non-state actor overtakes territory");
}

// نفّذت الطائرات ضربتين / ضربة على …: the dual and the singular of the
// strikes carried out are an air strike, as the plural ضربات is; the toll
// after it (ما أسفر عن مقتل) is the strike's, no clash of its own.
TEST_F(ArabicFormsTest, TwoStrikesCarriedOutAreAnAirStrike) {
  Doc doc = test::ExtractAt(
      "نفذت طائرات القوة الجوية العراقية فجر الخميس ضربتين على وكر للمسلحين قرب مدينة الموصل، ما أسفر عن مقتل ثلاثة "
      "منهم.",
      2025, 3, 7);
  test::MaybeDump(doc);
  const Event* e = For(doc, "نفذت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Air/drone strike");
  for (const Event& o : doc.events) EXPECT_NE(o.acled_event_type, "Battles");
}

// قُتل ثلاثة أشخاص في نزاع عشائري: people killed "in" a feud of clans tell
// a fight waged with arms though no armed side is named; a feud with no one
// killed in it (over land, in court) stays no event.
TEST_F(ArabicFormsTest, PeopleKilledInAClanFeudAreAnArmedClash) {
  Doc doc = test::ExtractAt("قُتل أربعة أشخاص وأصيب ستة آخرون في نزاع عشائري في مدينة البصرة مساء الأحد.", 2025, 3, 11);
  test::MaybeDump(doc);
  const Event* e = For(doc, "نزاع عشائري");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Armed clash");
  // Negatives that come near the rule: a toll denied before في، and a toll
  // of another clause (after a comma).
  for (const char* text : {"لم يُقتل أحد في نزاع عشائري في قرية قرب مدينة البصرة مساء الأحد.",
                           "قتل شاب برصاص مجهولين قرب مدينة البصرة، واتهمت عائلته جيرانها في نزاع عشائري قديم."}) {
    Doc none = test::ExtractAt(text, 2025, 3, 11);
    test::MaybeDump(none);
    for (const Event& o : none.events)
      if (o.acled_event_type == "Battles") ADD_FAILURE() << text << ": " << none.norm(none.triggers[o.trigger].span);
  }
}

}  // namespace marsad

namespace marsad {

// نفّذ … ضربة: the singular alone is no strike from the air (a penalty kick,
// a police raid); only the dual and the plural after this verb are.
TEST_F(ArabicFormsTest, ASingularStrikeCarriedOutNeedsAnAirWord) {
  for (const char* text : {"نفذت قوات الأمن ضربة استباقية ضد عصابة للتهريب في مدينة الناصرية يوم الثلاثاء.",
                           "نفذ المهاجم ضربة حرة في الدقيقة الأخيرة من المباراة في مدينة أربيل."}) {
    Doc doc = test::ExtractAt(text, 2025, 3, 7);
    test::MaybeDump(doc);
    for (const Event& e : doc.events) EXPECT_NE(e.acled_sub_event_type, "Air/drone strike") << text;
  }
  Doc air = test::ExtractAt("نفذت مقاتلات ضربة جوية على مخزن للسلاح قرب مدينة تكريت فجر الخميس.", 2025, 3, 7);
  ASSERT_FALSE(air.events.empty());
  EXPECT_EQ(air.events.front().acled_sub_event_type, "Air/drone strike");
}

// نفّذت طائرات ضربتين جويتين: the noun told in full after the gapped form
// (ضربتين جويتين, of its lemma) is its tail, no word of it left over.
TEST_F(ArabicFormsTest, TheDualStrikeToldInFullIsTheFormsTail) {
  Doc doc = test::ExtractAt("نفذت مقاتلات ضربتين جويتين على مخازن للسلاح قرب مدينة تكريت فجر الخميس.", 2025, 3, 7);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  const Event* e = For(doc, "ضربتين جويتين");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Air/drone strike");
  EXPECT_NE(doc.norm(doc.triggers[e->trigger].span).find(NormalizeKey("نفذت")), std::string_view::npos);
}

}  // namespace marsad
