// English names of parties the registry lacked or spelled otherwise: the
// Central African Anti-Balaka militias, Yemen's Shabwa Defence Forces (once
// the Shabwani Elite) and "National Shield Forces" (the Nation's Shield),
// Chile's Carabineros; and ACLED's "ABBREVIATION: Full Name" forms of
// registry actors. A named militia that holds ground for a government or a
// party (Political militia) firing on a sit-in puts a protest down, as a
// state's forces do: the crowd is actor 1, the militia actor 2 — never the
// protesters themselves. Sentences are our own wording.
#include <gtest/gtest.h>

#include "eval/event_eval.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventRegistryAdditionsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

const Event* FirstOfType(const Doc& doc, std::string_view type) {
  for (const Event& e : doc.events)
    if (e.acled_event_type == type) return &e;
  return nullptr;
}

TEST_F(EventRegistryAdditionsTest, AntiBalakaFightersAreTheirMilitia) {
  Doc doc = test::ExtractAt("Anti-balaka fighters and CPC rebels clashed near Bambari on Thursday, officials said.", 2026,
                            3, 10);
  test::MaybeDump(doc);
  const Event* e = FirstOfType(doc, "Battles");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "caf.anti_balaka");
  EXPECT_EQ(test::CodedId(doc, e->actor2), "caf.cpc");
}

TEST_F(EventRegistryAdditionsTest, ShabwaDefenceForcesAreNamed) {
  Doc doc = test::ExtractAt(
      "Gunmen attacked a Shabwa Defence Forces checkpoint near Ataq on Monday, killing two soldiers, local officials said.",
      2026, 3, 10);
  test::MaybeDump(doc);
  bool seen = false;
  for (const Event& e : doc.events)
    if (test::CodedId(doc, e.actor2) == "yem.shabwa_defence") seen = true;
  EXPECT_TRUE(seen);
}

TEST_F(EventRegistryAdditionsTest, CarabinerosAreChilesPolice) {
  Doc doc = test::ExtractAt("Carabineros fired tear gas at students marching in Temuco on Friday.", 2026, 3, 10);
  test::MaybeDump(doc);
  const Event* e = FirstOfType(doc, "Protests");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor2), "chl.police");
}

TEST_F(EventRegistryAdditionsTest, MilitiaFiringOnASitInIsForceAgainstProtesters) {
  Doc doc = test::ExtractAt(
      "On Monday, the National Shield forces opened fire on a peaceful sit-in near Hawf, wounding three protesters.", 2026,
      3, 10);
  test::MaybeDump(doc);
  bool force = false;
  for (const Event& e : doc.events) {
    // No protest whose crowd is the militia.
    if (e.acled_event_type == "Protests") EXPECT_NE(test::CodedId(doc, e.actor1), "yem.nation_shield");
    if (e.acled_sub_event_type == "Excessive force against protesters") {
      force = true;
      EXPECT_EQ(test::CodedId(doc, e.actor2), "yem.nation_shield");
    }
  }
  EXPECT_TRUE(force);
}

TEST_F(EventRegistryAdditionsTest, UnidentifiedGunmenFiringNearAProtestStayAnAttack) {
  Doc doc = test::ExtractAt(
      "Unidentified gunmen shot dead four labourers near a protest camp in Turbat on Monday, police said.", 2026, 3, 10);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) EXPECT_NE(e.acled_sub_event_type, "Excessive force against protesters");
}

// "The Islamic State's Khorasan branch claimed the attack": the branch is the
// claimant, not an owned body that leaves no party at all.
TEST_F(EventRegistryAdditionsTest, IslamicStatesRegionalBranchClaims) {
  Doc doc = test::ExtractAt(
      "A suicide bomber blew himself up at a checkpoint in Jalalabad on Friday, killing six guards, officials said.\n"
      "The Islamic State's Khorasan branch claimed the bombing.",
      2026, 3, 10);
  test::MaybeDump(doc);
  const Event* e = FirstOfType(doc, "Explosions/Remote violence");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "isis.khorasan");
}

// Burkina Faso's VDP as news copy describes them.
TEST_F(EventRegistryAdditionsTest, VolunteerDefenceFightersAreTheVdp) {
  Doc doc = test::ExtractAt(
      "Jihadists killed at least 12 volunteer defence fighters near Kaya in northern Burkina Faso on Sunday, security "
      "sources said.",
      2026, 3, 10);
  test::MaybeDump(doc);
  const Event* e = FirstOfType(doc, "Battles");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor2), "bfa.vdp");
}

// In Yemen "the coast guard" is the recognised government's (ACLED "Yemen
// Coast Guard"), not its police.
TEST_F(EventRegistryAdditionsTest, CoastGuardInYemenIsYemensCoastGuard) {
  Doc doc = test::ExtractAt("The coast guard seized a boat loaded with rifles off Mukalla on Sunday, officials said.", 2026,
                            3, 10);
  test::MaybeDump(doc);
  const Event* e = FirstOfType(doc, "Strategic developments");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "yem.coast_guard");
}

// Pakistan's border guards, named in Arabic (قوات حرس الحدود الباكستانية), are
// the Frontier Corps: the side a blast fell on, not civilians.
TEST_F(EventRegistryAdditionsTest, ArabicPakistaniBorderGuardsAreTheFrontierCorps) {
  Doc doc = test::ExtractAt(
      "date 2026-05-20\nقُتل خمسة من عناصر قوات حرس الحدود الباكستانية صباح اليوم الأربعاء بانفجار عبوة ناسفة قرب "
      "مدينة جوب.",
      2026, 5, 20);
  test::MaybeDump(doc);
  const Event* e = FirstOfType(doc, "Explosions/Remote violence");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor2), "pak.fc");
}

// The Afghanistan Freedom Front, an anti-Taliban group, named in Arabic.
TEST_F(EventRegistryAdditionsTest, ArabicAfghanistanFreedomFrontAttacksTheTaliban) {
  Doc doc = test::ExtractAt(
      "date 2026-05-20\nهاجم مسلحون من جبهة الحرية الأفغانية نقطة تفتيش لطالبان في ولاية بغلان مساء الاثنين.", 2026,
      5, 20);
  test::MaybeDump(doc);
  const Event* e = FirstOfType(doc, "Battles");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "afg.aff");
}

// Libya's Kaniyat (ميليشيا الكانيات) of Tarhuna, named in Arabic.
TEST_F(EventRegistryAdditionsTest, ArabicKaniyatMilitiaIsNamed) {
  Doc doc = test::ExtractAt(
      "date 2019-05-20\nهاجمت ميليشيا الكانيات مواقع لقوات حكومة الوفاق جنوب طرابلس مساء الاثنين.", 2019, 5, 20);
  test::MaybeDump(doc);
  const Event* e = FirstOfType(doc, "Battles");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "lby.kaniyat");
}

TEST(RegistryAdditionsNames, AcledNamesAreTheRegistrysActors) {
  auto names = ActorNames::Load(test::DataDir());
  ASSERT_TRUE(names.ok()) << names.status().message();
  EXPECT_TRUE(names->Same("KNDF: Karenni Nationalities Defense Force", "", "mmr.karenni"));
  EXPECT_TRUE(names->Same("UPC: Unity for Peace in Central Africa", "", "caf.upc"));
  EXPECT_TRUE(names->Same("FACT: Front for Change and Concord in Chad", "", "tcd.fact"));
  EXPECT_TRUE(names->Same("VDP: Volunteers for the Defense of the Homeland", "", "bfa.vdp"));
  EXPECT_TRUE(names->Same("3R: Return, Reclamation, Rehabilitation", "", "caf.3r"));
  EXPECT_TRUE(names->Same("Yemen Coast Guard", "", "yem.coast_guard"));
  EXPECT_TRUE(names->Same("Afghanistan Freedom Front", "", "afg.aff"));
  EXPECT_TRUE(names->Same("Kaniyat Militia", "", "lby.kaniyat"));
  EXPECT_TRUE(names->Same("Army of Conquest", "", "syr.jaysh_al_fath"));
  EXPECT_TRUE(names->Same("Derna Mujahideen Shura Council", "", "lby.derna_shura"));
  EXPECT_TRUE(names->Same("CCMSR: Military Command Council for the Salvation of the Republic", "", "tcd.ccmsr"));
  EXPECT_TRUE(names->Same("Anti-Balaka", "", "caf.anti_balaka"));
  EXPECT_FALSE(names->Same("Anti-Balaka", "", "caf.cpc"));
}

}  // namespace
}  // namespace marsad
