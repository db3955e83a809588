// Where ACLED codes armed crime as the gangs' (national_forces.tsv rows for
// the unidentified generics: Brazil, Ecuador, Haiti, Honduras, Mexico, Peru),
// unidentified gunmen are coded an unidentified gang; elsewhere they stay.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class UnidentifiedGangsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

std::string Coded(const Doc& doc, const EventArgument& a) {
  return a.actor >= 0 && !a.coded_id.empty() ? a.coded_id : test::ActorId(doc, a);
}

TEST_F(UnidentifiedGangsTest, GunmenInEcuadorAreAGang) {
  Doc doc = test::ExtractAt("Unidentified gunmen shot dead three men outside a bar in Guayaquil on Saturday night, police said.",
                            2025, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, NormalizeKey("shot dead"));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(Coded(doc, e->actor1), "gen.unidentified_gang");
}

TEST_F(UnidentifiedGangsTest, GunmenInColombiaStayGunmen) {
  Doc doc = test::ExtractAt("Unidentified gunmen shot dead three men outside a bar in Cali on Saturday night, police said.",
                            2025, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, NormalizeKey("shot dead"));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(Coded(doc, e->actor1), "gen.unidentified_gunmen");
}

TEST_F(UnidentifiedGangsTest, GunmenInMexicoAreAGang) {
  Doc doc = test::ExtractAt("Armed men opened fire on diners at a taco stand in Culiacan on Sunday night, killing four, prosecutors said.",
                            2026, 11, 10);
  test::MaybeDump(doc);
  const Event* e = nullptr;
  for (const Event& x : doc.events)
    if (x.acled_event_type == "Violence against civilians") e = &x;
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(Coded(doc, e->actor1), "gen.unidentified_gang");
}

// South Sudan's armed youth of a community are ACLED's Communal militia
// (an alias row with context country:SSD); elsewhere armed youth are gunmen.
TEST_F(UnidentifiedGangsTest, ArmedYouthInSouthSudanAreACommunalMilitia) {
  Doc doc = test::ExtractAt("Armed youth from Tonj raided cattle camps near Rumbek on Tuesday, killing nine herders, officials said.",
                            2026, 11, 10);
  test::MaybeDump(doc);
  const Event* e = nullptr;
  for (const Event& x : doc.events)
    if (!e && x.acled_event_type == "Violence against civilians") e = &x;
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(Coded(doc, e->actor1), "gen.communal_militia");
}

TEST_F(UnidentifiedGangsTest, ArmedYouthInNigeriaAreGunmen) {
  Doc doc = test::ExtractAt("Armed youth raided a village near Warri on Tuesday, killing nine farmers, police said.", 2026, 11, 10);
  test::MaybeDump(doc);
  const Event* e = nullptr;
  for (const Event& x : doc.events)
    if (!e && x.acled_event_type == "Violence against civilians") e = &x;
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(Coded(doc, e->actor1), "gen.unidentified_gunmen");
}

}  // namespace
}  // namespace marsad
