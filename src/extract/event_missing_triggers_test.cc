// Event words the lexicons lacked: arms found, a device's planting foiled,
// a seizure whose cargo is told after the thing seized; and a withdrawal
// told as the tail of a riot's sentence. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class MissingTriggersTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

int Count(const Doc& doc, const std::string& sub) {
  int n = 0;
  for (const Event& e : doc.events) n += e.acled_sub_event_type == sub;
  return n;
}

TEST_F(MissingTriggersTest, EnglishFirearmsFoundAreDisruptedWeaponsUse) {
  Doc doc = test::ExtractAt(
      "date 2026-06-03\nIn Merca, Somali troops found two AK-47 rifles and a box of ammunition buried near the "
      "livestock market on Tuesday, the army said.",
      2026, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(Count(doc, "Disrupted weapons use"), 1);
}

TEST_F(MissingTriggersTest, EnglishFoiledPlantingIsADisruptionNotABlast) {
  Doc doc = test::ExtractAt(
      "date 2026-06-03\nOn Tuesday, Kenyan police foiled an attempt to plant an explosive device on the road "
      "near Garissa town.",
      2026, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(Count(doc, "Disrupted weapons use"), 1);
  EXPECT_EQ(Count(doc, "Remote explosive/landmine/IED"), 0);
}

TEST_F(MissingTriggersTest, EnglishThwartedCarBombIsADisruption) {
  Doc doc = test::ExtractAt(
      "date 2026-06-03\nIraqi security forces thwarted a plot to detonate a car bomb in Tikrit on Tuesday.", 2026,
      6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(Count(doc, "Disrupted weapons use"), 1);
  EXPECT_EQ(Count(doc, "Remote explosive/landmine/IED"), 0);
}

TEST_F(MissingTriggersTest, EnglishFoiledRobberyIsNoWeaponsEvent) {
  Doc doc = test::ExtractAt(
      "date 2026-06-03\nPolice in Garissa foiled a robbery at a bank on Tuesday, a spokesman said.", 2026, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(Count(doc, "Disrupted weapons use"), 0);
}

TEST_F(MissingTriggersTest, ArabicSeizedBoatCarryingAShipment) {
  Doc doc = test::ExtractAt(
      "date 2026-06-03\nأعلنت قوات خفر السواحل اليمنية يوم الثلاثاء ضبط زورق يحمل شحنة من الصواعق قبالة "
      "سواحل الحديدة.",
      2026, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(Count(doc, "Disrupted weapons use"), 1);
}

TEST_F(MissingTriggersTest, ArabicSeizedTruckCarryingBombsIsNoBlast) {
  Doc doc = test::ExtractAt(
      "date 2026-06-03\nوضبطت قوات الأمن العراقية يوم الثلاثاء في قضاء القائم شاحنة تنقل عبوات ناسفة.", 2026,
      6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(Count(doc, "Disrupted weapons use"), 1);
  EXPECT_EQ(Count(doc, "Remote explosive/landmine/IED"), 0);
}

TEST_F(MissingTriggersTest, EnglishWithdrawalTimedByARiotIsNoHandover) {
  Doc doc = test::ExtractAt(
      "date 2026-06-03\nYouths threw stones at Israeli soldiers as they withdrew from Beita on Tuesday, "
      "residents said.",
      2026, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(Count(doc, "Non-violent transfer of territory"), 0);
  EXPECT_EQ(Count(doc, "Violent demonstration"), 1);
}

TEST_F(MissingTriggersTest, EnglishSignedCessationOfHostilitiesIsAnAgreement) {
  Doc doc = test::ExtractAt(
      "date 2026-06-03\nOn Tuesday, elders from Akobo and Nasir signed a cessation of hostilities in Akobo after "
      "months of cattle raids.",
      2026, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(Count(doc, "Agreement"), 1);
}

TEST_F(MissingTriggersTest, EnglishCessationOfHostilitiesAsAStateIsNoAgreement) {
  Doc doc = test::ExtractAt(
      "date 2026-06-03\nTraders in Akobo said the market stayed shut despite the cessation of hostilities.", 2026, 6,
      3);
  test::MaybeDump(doc);
  EXPECT_EQ(Count(doc, "Agreement"), 0);
}

TEST_F(MissingTriggersTest, ArabicReconciliationDeedIsAnAgreement) {
  Doc doc = test::ExtractAt(
      "date 2026-06-03\nوقّعت عشيرتان في قضاء الخالص يوم الثلاثاء وثيقة صلح أنهت نزاعاً على مياه الري.", 2026, 6,
      3);
  test::MaybeDump(doc);
  EXPECT_EQ(Count(doc, "Agreement"), 1);
}

TEST_F(MissingTriggersTest, ArabicFoiledSmugglingOfAShipmentIsADisruption) {
  Doc doc = test::ExtractAt(
      "date 2026-06-03\nأعلنت وزارة الداخلية أن وحدات من حرس الحدود أحبطت فجر الثلاثاء محاولة تهريب شحنة أسلحة "
      "قرب بلدة البوكمال.",
      2026, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(Count(doc, "Disrupted weapons use"), 1);
}

TEST_F(MissingTriggersTest, ArabicFoiledPlantingOfADeviceIsNoBlast) {
  Doc doc = test::ExtractAt(
      "date 2026-06-03\nوأعلنت الشرطة يوم الثلاثاء إحباط محاولة لزرع عبوة ناسفة على طريق المطار في مدينة بنغازي.",
      2026, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(Count(doc, "Disrupted weapons use"), 1);
  EXPECT_EQ(Count(doc, "Remote explosive/landmine/IED"), 0);
}

TEST_F(MissingTriggersTest, ArabicFoiledAttackIsNoDisruption) {
  Doc doc = test::ExtractAt(
      "date 2026-06-03\nأحبطت قوات الأمن يوم الثلاثاء هجوماً على حاجز للجيش قرب مدينة درنة.", 2026, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(Count(doc, "Disrupted weapons use"), 0);
}

TEST_F(MissingTriggersTest, EnglishFoiledSmugglingOfWeaponsIsADisruption) {
  Doc doc = test::ExtractAt(
      "date 2026-06-03\nJordanian border guards foiled an attempt to smuggle a shipment of weapons from Syria near "
      "Ruwaished on Tuesday.",
      2026, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(Count(doc, "Disrupted weapons use"), 1);
}

TEST_F(MissingTriggersTest, EnglishGoodsCartedOffByGunmenAreALooting) {
  Doc doc = test::ExtractAt(
      "date 2026-06-03\nIn Jebel Marra, militiamen carted off the grain stores of two villages on Tuesday, residents "
      "said.",
      2026, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(Count(doc, "Looting/property destruction"), 1);
}

}  // namespace
}  // namespace marsad
