// Which date of its sentence an event takes when a date names something else
// (a possessive, a duration) or a part of a period. Sentences are our own
// wording; published Saturday 2024-11-30.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class EventDateChoiceTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

struct Dated {
  std::string day, status;
};

Dated Of(const Doc& doc, std::string_view trigger) {
  const Event* e = test::EventFor(doc, NormalizeKey(trigger));
  EXPECT_NE(e, nullptr) << trigger;
  if (!e) return {};
  return {e->date < 0 ? "" : doc.dates[e->date].value, e->status};
}

// "last year's war" names the war, not the day of the protest.
TEST_F(EventDateChoiceTest, PossessiveDateNamesItsNounOnly) {
  Doc doc = test::ExtractAt(
      "Farmers staged a sit-in outside the governor's office in Zahle on Thursday to demand the compensation "
      "promised for last year's floods.",
      2024, 11, 30);
  const Dated d = Of(doc, "sit-in");
  EXPECT_EQ(d.day, "2024-11-28");
  EXPECT_EQ(d.status, "reported");
}

// A day that opens the sentence dates the act of the clause after its comma;
// an old date well past the trigger names what a noun after it tells ("the
// plan signed last year"), not when the act happened.
TEST_F(EventDateChoiceTest, OpeningDayOverAnOldDatePastTheTrigger) {
  Doc doc = test::ExtractAt(
      "On Thursday morning, government troops took over the oil field from the rebels under the plan the two "
      "sides signed last year.",
      2024, 11, 30);
  const Dated d = Of(doc, "took over");
  EXPECT_EQ(d.day, "2024-11-28");
  EXPECT_EQ(d.status, "reported");
  // Right after the dateline too.
  Doc dateline = test::ExtractAt(
      "BAGHDAD, Nov 30 (Reuters) - Students set fire to a police car outside the provincial council on Thursday.\n"
      "On Friday, protesters stormed the municipal building in Kut over the project the council cancelled last "
      "year.",
      2024, 11, 30);
  EXPECT_EQ(Of(dateline, "stormed").day, "2024-11-29");
}

// A plan or threat is dated on the publication day, whatever day its
// sentence names: the day of the act told beside it, or of the saying.
TEST_F(EventDateChoiceTest, APlanTakesThePublicationDay) {
  Doc ar = test::ExtractAt("وسيطر المسلحون على بلدة الرهد يوم الأحد، فيما توعد الجيش باستعادتها خلال أيام.", 2024,
                           11, 30);
  EXPECT_EQ(Of(ar, "وسيطر").day, "2024-11-24");
  const Dated plan = Of(ar, "باستعادتها");
  EXPECT_EQ(plan.status, "intent");
  EXPECT_EQ(plan.day, "");
  Doc en = test::ExtractAt("On Sunday, union leaders said they would stage a sit-in outside parliament.", 2024, 11,
                           30);
  const Dated sit_in = Of(en, "sit-in");
  EXPECT_EQ(sit_in.status, "intent");
  EXPECT_EQ(sit_in.day, "");
}

// "Wednesday's ambush" dates the ambush itself.
TEST_F(EventDateChoiceTest, PossessiveDateDatesThePossessedEvent) {
  Doc doc = test::ExtractAt("Wednesday's ambush near Kirkuk killed four soldiers, police said.", 2024, 11, 30);
  EXPECT_EQ(Of(doc, "ambush").day, "2024-11-27");
}

// An aside on the place ("…, emptied by its people in June,") has its own
// time; the date set off after it ("…, on Tuesday") is the event's.
TEST_F(EventDateChoiceTest, DateAfterAnAsideIsTheEvents) {
  Doc doc = test::ExtractAt(
      "The army said soldiers had recaptured Tal Afar, emptied by its people in June, on Tuesday.", 2024, 11, 30);
  test::MaybeDump(doc);
  EXPECT_EQ(Of(doc, "recaptured").day, "2024-11-26");
  // "said today" is the saying, no date set off for the event.
  Doc said = test::ExtractAt("Shells landed in a market of Tal Afar on Tuesday, killing two, the mayor said today.", 2024,
                             11, 30);
  test::MaybeDump(said);
  EXPECT_EQ(Of(said, "shells landed").day, "2024-11-26");
}

// A date a few words after a speech verb told after the act ("…, a rights
// group said in its bulletin on Thursday") is the day of the saying: the act
// takes a day of its own sentence told before it, and one told later (in the
// words said) still dates it.
TEST_F(EventDateChoiceTest, DayOfALaterSayingIsNotTheActs) {
  Doc doc = test::ExtractAt(
      "Riot police used batons and tear gas on Monday to break up a protest by hundreds of shopkeepers in Kirkuk, "
      "hours after soldiers escorted by police demolished 30 shops built near the old market, a rights group said "
      "in its weekly bulletin on Thursday.",
      2024, 11, 30);
  test::MaybeDump(doc);
  EXPECT_EQ(Of(doc, "demolished").day, "2024-11-25");
  Doc ar = test::ExtractAt(
      "أطلقت الشرطة الغاز المسيل للدموع على محتجين في كركوك يوم الاثنين بعد ساعات من قيام الجرافات بهدم 30 محلاً "
      "في السوق القديم، قالت منظمة حقوقية الخميس.",
      2024, 11, 30);
  test::MaybeDump(ar);
  EXPECT_EQ(Of(ar, "بهدم").day, "2024-11-25");
  // "said the raid took place on Thursday": the date of the words said.
  Doc said = test::ExtractAt("Soldiers raided a village near Kirkuk, officials said the raid took place on Thursday.",
                             2024, 11, 30);
  test::MaybeDump(said);
  EXPECT_EQ(Of(said, "raided").day, "2024-11-28");
}

// A date naming a war or a season after خلال / "during" is the time of what
// the clause tells after it: the act is that old, historical.
TEST_F(EventDateChoiceTest, DateOfAPeriodNamedAfterDuringDatesTheClause) {
  Doc ar = test::ExtractAt("وقال سكان إن البلدة شهدت خلال حرب صيف 2022 معارك عنيفة بين الجيش والمتمردين.", 2024,
                           11, 30);
  test::MaybeDump(ar);
  const Dated fights = Of(ar, "معارك");
  EXPECT_EQ(fights.day, "2022-06");
  EXPECT_EQ(fights.status, "historical");
  Doc en = test::ExtractAt("Residents said that during the summer 2022 war troops shelled the old market of Bentiu.",
                           2024, 11, 30);
  test::MaybeDump(en);
  EXPECT_EQ(Of(en, "shelled").status, "historical");
  // Named in passing after the act, the war does not date it.
  Doc passing = test::ExtractAt("Troops shelled Bentiu on Monday, residents said, recalling the 2022 war.", 2024, 11,
                                30);
  EXPECT_EQ(Of(passing, "shelled").day, "2024-11-25");
}

// A speaker going on (وأضاف المصدر أن …) with no day of its own tells more
// of the act told just before, even when a toll word alone told that act.
TEST_F(EventDateChoiceTest, SpeakerGoingOnAfterATollTakesItsDay) {
  Doc doc = test::ExtractAt(
      "قال الجيش إن انتحارياً فجّر سيارة مفخخة صباح الخميس قرب ثكنة في مدينة والام.\n"
      "وفي قرية غرب والام، قتل مسلحون أربعة مزارعين ليل الجمعة، بحسب مصدر محلي.\n"
      "وأضاف المصدر أن المسلحين اقتادوا معهم ثلاثة شبان إلى جهة مجهولة.",
      2024, 11, 30);
  test::MaybeDump(doc);
  EXPECT_EQ(Of(doc, "اقتادوا").day, "2024-11-29");
}

// People handed back or handed over with the participle of their captivity
// and its date ("captured in May", "who had been detained on Monday"): a
// release dated by the handing, not by the captivity, and no capture.
TEST_F(EventDateChoiceTest, CaptivityDateInAReleaseIsNotTheReleases) {
  Doc back = test::ExtractAt(
      "On Thursday the militia handed back three traders who had been detained on Monday, the mayor of Tal Afar said.",
      2024, 11, 30);
  test::MaybeDump(back);
  EXPECT_EQ(Of(back, "handed back").day, "2024-11-28");
  Doc old = test::ExtractAt(
      "On Thursday the army handed 12 fighters captured in May 2023 back to the rebels at Tal Afar, officials said.", 2024,
      11, 30);
  test::MaybeDump(old);
  const Dated d = Of(old, "handed");
  EXPECT_EQ(d.day, "2024-11-28");
  EXPECT_NE(d.status, "historical");
  for (const Event& e : old.events) EXPECT_NE(e.acled_sub_event_type, "Government regains territory");
}

// "the 2014 siege" names the siege's year, not the day of the shelling told
// in the same sentence.
TEST_F(EventDateChoiceTest, AttributiveYearNamesItsNounOnly) {
  Doc doc = test::ExtractAt(
      "Artillery shelled the outskirts of Kirkuk on Thursday, residents said, recalling the 2014 siege of the city.",
      2024, 11, 30);
  EXPECT_EQ(Of(doc, "shelled").day, "2024-11-28");
}

// منذ أشهر is how long the camp was held; the day told after the comma is the raid's.
TEST_F(EventDateChoiceTest, ArabicDurationBeforeACommaLeavesThePlainDay) {
  Doc doc = test::ExtractAt(
      "استعاد الجيش السيطرة على معسكر قرب الحويجة كان المسلحون يتحصنون فيه منذ أشهر، وذلك في عملية نفذت الخميس.",
      2024, 11, 30);
  EXPECT_EQ(Of(doc, "استعاد").day, "2024-11-28");
}

// كانوا يحتجزونهما منذ أسبوعين: how long the captivity lasted, not when
// the release happened (the report's day).
TEST_F(EventDateChoiceTest, ArabicDurationOfAStateWithKana) {
  Doc doc = test::ExtractAt("أفرج مسلحون في بلدة الحويجة عن رهينتين كانوا يحتجزونهما منذ أسبوعين.", 2024, 11, 30);
  EXPECT_EQ(Of(doc, "أفرج").day, "");
}

// مطلع الأسبوع: early in the current week (Monday 25th to Sunday 1st).
TEST_F(EventDateChoiceTest, ArabicStartOfTheWeek) {
  Doc doc = test::ExtractAt("اختطف مسلحون ثلاثة مزارعين قرب بلدة الحويجة مطلع الأسبوع.", 2024, 11, 30);
  EXPECT_EQ(Of(doc, "اختطف").day, "2024-11-25");
}


// Two words of one act in a clause (tear gas fired "to disperse" a crowd that
// gathered on a day told in a relative clause) share that day; the crowd's
// event is not dated by the paragraph before.
TEST_F(EventDateChoiceTest, ArabicWordsOfOneActShareTheDayOfTheirClause) {
  Doc doc = test::ExtractAt(
      "date 2024-11-30\nقتل جنديان بانفجار عبوة ناسفة في مدينة الحديدة صباح الخميس.\n"
      "وفي مدينة تعز، أطلقت الشرطة الغاز المسيل للدموع لتفريق مئات المحتجين الذين تجمعوا الثلاثاء أمام مبنى "
      "المحافظة.",
      2024, 11, 30);
  int crowd = 0;
  for (const Event& e : doc.events) {
    if (e.acled_event_type != "Protests") continue;
    ++crowd;
    ASSERT_GE(e.date, 0);
    EXPECT_EQ(doc.dates[e.date].value, "2024-11-26");
  }
  EXPECT_EQ(crowd, 1);
}


// A recent day told right after the event word dates it; an older month
// further on in the sentence dates what the words after it tell (the
// crackdown demanded to be tried), not the event: it is no background.
TEST_F(EventDateChoiceTest, ArabicOlderDateAfterTheEventsOwnDayIsNotItsTime) {
  Doc doc = test::ExtractAt(
      "date 2024-11-30\nاعتصم مئات الطلاب أمام مبنى البرلمان في مدينة صنعاء يوم الخميس للمطالبة بمحاسبة "
      "المسؤولين عن قمع مظاهرات آذار/مارس 2021.",
      2024, 11, 30);
  const Dated d = Of(doc, "اعتصم");
  EXPECT_EQ(d.day, "2024-11-28");
  EXPECT_EQ(d.status, "reported");
}


// An aside opened by a comma and a past participle after the event's object
// ("Ghazni, abandoned by its police in March,") dates what the participle
// tells; the day after the aside dates the event.
TEST_F(EventDateChoiceTest, EnglishParticipleAsideDatesItsOwnNoun) {
  Doc doc = test::ExtractAt(
      "Government troops recaptured the town of Jaghatu, abandoned by its police in March, on Thursday.",
      2024, 11, 30);
  EXPECT_EQ(Of(doc, "recaptured").day, "2024-11-28");
  // Without a date after the aside, the aside's month is all there is.
  Doc only = test::ExtractAt(
      "Government troops recaptured the town of Jaghatu, abandoned by its police in March.", 2024, 11, 30);
  EXPECT_NE(Of(only, "recaptured").day, "2024-11-28");
}

// A past month or year that opens its sentence frames all the sentence
// tells, past the toll word that comes first and through a when-clause.
TEST_F(EventDateChoiceTest, OpeningPastDateFramesTheWholeSentence) {
  Doc ambush = test::ExtractAt(
      "Gunmen killed four farmers near Mubi on Tuesday, police said.\n"
      "In March 2022, more than 40 villagers were killed in an ambush near Gwoza.",
      2024, 11, 30);
  Dated a = Of(ambush, "ambush");
  EXPECT_EQ(a.day, "2022-03");
  EXPECT_EQ(a.status, "historical");
  Doc when = test::ExtractAt(
      "Gunmen killed four farmers near Mubi on Tuesday, police said.\n"
      "In June 2021, 12 people were killed in Kano when police opened fire on protesters blocking a highway.",
      2024, 11, 30);
  EXPECT_EQ(Of(when, "opened fire").day, "2021-06");
  Doc ar = test::ExtractAt(
      "قتل مسلحون أربعة مزارعين قرب مدينة موبي يوم الثلاثاء، بحسب الشرطة.\n"
      "وفي آذار/مارس 2022، قُتل أكثر من 40 قروياً في كمين نصبه مسلحون قرب غوزا.",
      2024, 11, 30);
  EXPECT_EQ(Of(ar, "كمين").day, "2022-03");
}

// A day of this week opening the sentence frames nothing more than before.
TEST_F(EventDateChoiceTest, OpeningRecentDayKeepsItsClause) {
  Doc doc = test::ExtractAt(
      "On Tuesday, 12 people were killed in Kano when police opened fire on protesters.", 2024, 11, 30);
  EXPECT_EQ(Of(doc, "opened fire").status, "reported");
}

// "since 2004, when …": the when-clause tells what happened at that date,
// through a toll word and an "after" inside it.
TEST_F(EventDateChoiceTest, WhenClauseAfterAPastDateIsThen) {
  Doc doc = test::ExtractAt(
      "Gunmen killed four farmers near Mubi on Tuesday, police said.\n"
      "Violence has killed more than 700 people since 2004, when 85 protesters died after troops broke up "
      "a demonstration in Bama.",
      2024, 11, 30);
  Dated d = Of(doc, "broke up");
  EXPECT_EQ(d.day, "2004");
  EXPECT_EQ(d.status, "historical");
  Doc ar = test::ExtractAt(
      "قتل مسلحون أربعة مزارعين قرب مدينة موبي يوم الثلاثاء، بحسب الشرطة.\n"
      "وتنتشر قوات الجيش في مدينة باما منذ آذار/مارس 2019، حين دخلتها إثر انسحاب المسلحين منها.",
      2024, 11, 30);
  EXPECT_EQ(Of(ar, "انسحاب").day, "2019-03");
}

// A toll in the when-clause after a since-date is the toll of what happened
// on that date, no running count since it: the act is kept, dated then.
TEST_F(EventDateChoiceTest, TollInWhenClauseAfterSinceDateIsThatAct) {
  Doc doc = test::ExtractAt(
      "Police arrested four men near Zaria on Sunday.\n"
      "Tensions have simmered since 2019, when troops killed 30 protesters in Kafanchan.",
      2025, 6, 10);
  test::MaybeDump(doc);
  Dated d = Of(doc, "killed");
  EXPECT_EQ(d.day, "2019");
  EXPECT_EQ(d.status, "historical");
}

// Nor is it the toll of an event word told before the since-date: the
// attacks going on since then are a series, the killing then an act.
TEST_F(EventDateChoiceTest, TollInWhenClauseAfterSinceDateIsNotTheEarlierWords) {
  Doc doc = test::ExtractAt(
      "Police arrested four men near Zaria on Sunday.\n"
      "Kafanchan has been attacked repeatedly since 2019, when bandits killed 30 villagers in Kafanchan.",
      2025, 6, 10);
  test::MaybeDump(doc);
  Dated d = Of(doc, "killed");
  EXPECT_EQ(d.day, "2019");
  EXPECT_EQ(d.status, "historical");
}

// A sentence opened by "Separately," (وفي سياق منفصل، إلى ذلك، من جهة أخرى)
// leaves the story told before it: with no day of its own, its event is
// news of the report's day, not of the day carried from before.
TEST_F(EventDateChoiceTest, NewStoryTakesNoCarriedDay) {
  Doc en = test::ExtractAt(
      "Gunmen killed three farmers near Gao on Wednesday, local officials said. "
      "Separately, police arrested six suspected smugglers in Mopti.",
      2024, 11, 30);
  test::MaybeDump(en);
  EXPECT_EQ(Of(en, "killed").day, "2024-11-27");
  EXPECT_EQ(Of(en, "arrested").day, "");
  Doc ar = test::ExtractAt(
      "قتل مسلحون ثلاثة مزارعين قرب مدينة غاو يوم الأربعاء، بحسب مسؤولين محليين. "
      "وفي سياق منفصل، اعتقلت الشرطة ستة مهربين في مدينة موبتي.",
      2024, 11, 30);
  test::MaybeDump(ar);
  EXPECT_EQ(Of(ar, "قتل").day, "2024-11-27");
  EXPECT_EQ(Of(ar, "اعتقلت").day, "");
  // Without the cue the undated sentence carries the day told before it.
  Doc carried = test::ExtractAt(
      "Gunmen killed three farmers near Gao on Wednesday, local officials said. "
      "Police arrested six suspected smugglers in Mopti.",
      2024, 11, 30);
  EXPECT_EQ(Of(carried, "arrested").day, "2024-11-27");
}

// كما أعلنت/أفاد … ("it also announced …") opening a sentence adds another
// statement to the round-up: with no day of its own, what it tells is news
// of the report's day, not of the day the sentence before ended on.
TEST_F(EventDateChoiceTest, AlsoAnnouncedTakesNoCarriedDay) {
  Doc also = test::ExtractAt(
      "انفجرت عبوة ناسفة بدورية للجيش قرب مدينة غاو مساء الأربعاء دون وقوع إصابات. "
      "كما أعلنت السلطات اعتقال ستة مهربين في مدينة موبتي.",
      2024, 11, 30);
  test::MaybeDump(also);
  EXPECT_EQ(Of(also, "انفجرت").day, "2024-11-27");
  EXPECT_EQ(Of(also, "اعتقال").day, "");
  // A plain sequel with no such opening keeps the day told before it.
  Doc sequel = test::ExtractAt(
      "انفجرت عبوة ناسفة بدورية للجيش قرب مدينة غاو مساء الأربعاء دون وقوع إصابات. "
      "واعتقلت السلطات ستة مهربين في مدينة موبتي.",
      2024, 11, 30);
  EXPECT_EQ(Of(sequel, "واعتقلت").day, "2024-11-27");
}


// A plan keeps the report's day when a later mention of its kind is folded
// into it: the later one's day is of what that mention tells.
TEST_F(EventDateChoiceTest, PlanKeepsTheReportsDayThroughAFold) {
  Doc doc = test::ExtractAt(
      "Thousands of teachers affiliated with the union marched through the centre of Sucre on Monday against the "
      "pay freeze. "
      "The union said its members would march again from Potosi to the seat of government in Sucre on Thursday "
      "if the decree is not repealed. "
      "Memories of 2008 weigh on the protests: in March that year, security forces killed ten people when they "
      "opened fire on coca growers marching near Oruro.",
      2024, 11, 30);
  test::MaybeDump(doc);
  int plans = 0;
  for (const Event& e : doc.events)
    if (e.status == "intent") {
      ++plans;
      EXPECT_EQ(e.date, -1) << doc.OriginalText(doc.triggers[e.trigger].span);
    }
  EXPECT_EQ(plans, 1);
}

// An old date in a relative clause opened a few words past the trigger dates
// that clause's own act (the plan announced last year): it makes the
// handover no background. A relative clause right after the trigger
// describes the event itself, and its old date does.
TEST_F(EventDateChoiceTest, OldDateOfALaterRelativeClause) {
  Doc doc = test::ExtractAt(
      "وتسلّمت قوات الجيش، بحسب مصدر محلي، نقطتين عسكريتين قرب البلدة أخلاهما المسلحون الأسبوع الماضي في إطار "
      "الخطة التي أعلنتها الحكومة العام الماضي.",
      2024, 11, 30);
  const Dated d = Of(doc, "وتسلّمت");
  EXPECT_NE(d.status, "historical");
  EXPECT_EQ(d.day, "2024-11-18");
  Doc own = test::ExtractAt("ويعيد التصعيد إلى الأذهان الهجوم الذي وقع في القرية العام الماضي.", 2024, 11, 30);
  EXPECT_EQ(Of(own, "الهجوم").status, "historical");
}

// قبل أن، بعد أن open a clause with a time of its own: each capture takes the
// date of its clause, not the nearer one across the conjunction.
TEST_F(EventDateChoiceTest, ArabicSubordinateClauseKeepsItsOwnDate) {
  Doc doc = test::ExtractAt(
      "وكان المسلحون قد سيطروا على البلدة في شباط/فبراير 2019 قبل أن تستعيدها القوات الحكومية بدعم جوي في "
      "تشرين الأول/أكتوبر 2020.",
      2024, 11, 30);
  EXPECT_EQ(Of(doc, "سيطروا").day, "2019-02");
  EXPECT_EQ(Of(doc, "تستعيدها").day, "2020-10");
}

// A date inside a relative clause before the trigger ("men who died at sea
// last month") dates that clause's verb: the day that opens the sentence
// dates the event, in both languages.
TEST_F(EventDateChoiceTest, DateOfARelativeClauseBeforeTheTriggerYieldsToTheOpeningDay) {
  Doc doc = test::ExtractAt(
      "On Sunday, about 50 relatives of fishermen who died at sea last month held a vigil on the seafront in "
      "Tangier.",
      2024, 11, 30);
  const Dated d = Of(doc, "vigil");
  EXPECT_EQ(d.day, "2024-11-24");
  EXPECT_EQ(d.status, "reported");
  Doc ar = test::ExtractAt(
      "وفي يوم الأحد، نظم عشرات من أهالي الصيادين الذين غرقوا قبالة الساحل الشهر الماضي وقفة احتجاجية أمام "
      "مقر الولاية في طنجة.",
      2024, 11, 30);
  EXPECT_EQ(Of(ar, "وقفة احتجاجية").day, "2024-11-24");
}

// A recent week of the event's own clause, told first, dates it; an old date
// further on is of what the words after it tell, and makes the event no
// past deed.
TEST_F(EventDateChoiceTest, RecentWeekOfTheClauseOverAnOldDateFurtherOn) {
  Doc doc = test::ExtractAt(
      "Elders said herders clashed with farmers near Bor last week over pasture that the county had seized from "
      "them in 2019.",
      2024, 11, 30);
  const Dated d = Of(doc, "clashed with");
  EXPECT_EQ(d.day, "2024-11-18");
  EXPECT_EQ(d.status, "reported");
  Doc denied = test::ExtractAt(
      "Police denied reports that militiamen had shelled the market in Kidal this week, saying the craters dated "
      "from last year.",
      2024, 11, 30);
  const Dated s = Of(denied, "shelled");
  EXPECT_EQ(s.day, "2024-11-25");
  EXPECT_EQ(s.status, "negated");
  Doc ar = test::ExtractAt(
      "قال شهود إن مسلحين هاجموا حاجزاً للشرطة في بلدة جاسم الأسبوع الماضي، مؤكدين أن الحاجز أقيم في عام 2021.",
      2024, 11, 30);
  const Dated a = Of(ar, "هاجموا");
  EXPECT_EQ(a.day, "2024-11-18");
  EXPECT_EQ(a.status, "reported");
}

// An agreement named as the ground of another act (بموجب، "under") came
// before that act: the act's date, told before the cue, does not date it; a
// date of the agreement's own words after it does.
TEST_F(EventDateChoiceTest, AgreementGroundingAnActTakesTheDateOfItsOwnWords) {
  Doc ar = test::ExtractAt(
      "وفي جاسم، سلّم مسلحون محليون مقراتهم للجيش أمس بموجب اتفاق توصل إليه وجهاء البلدة مع المحافظ يوم "
      "الأربعاء.",
      2024, 11, 30);
  EXPECT_EQ(Of(ar, "سلّم").day, "2024-11-29");
  EXPECT_EQ(Of(ar, "اتفاق").day, "2024-11-27");
  Doc en = test::ExtractAt(
      "Fighters left the town of Jasim on Friday under a truce agreement signed by local notables and the "
      "governor on Tuesday.",
      2024, 11, 30);
  EXPECT_EQ(Of(en, "agreement").day, "2024-11-26");
}

// "During the protests of 2017, police arrested …": the year after "of"
// dates the background sentence; it does not take the day the story told
// before it.
TEST_F(EventDateChoiceTest, YearAfterOfDatesItsSentenceNotTheDayCarried) {
  Doc doc = test::ExtractAt(
      "Hundreds of students marched through Kasserine on Thursday demanding jobs. During the bread riots of 2018, "
      "police arrested dozens of young men in the town.",
      2024, 11, 30);
  EXPECT_EQ(Of(doc, "marched").day, "2024-11-28");
  const Dated d = Of(doc, "arrested");
  EXPECT_EQ(d.day, "2018");
  EXPECT_EQ(d.status, "historical");
}

}  // namespace
}  // namespace marsad
