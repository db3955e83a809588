// Disambiguation against the shipped gazetteer: choices that depend on how a
// name is written rather than on the document's other places.
#include <gtest/gtest.h>

#include <string>

#include "tests/testutil.h"

namespace marsad {
namespace {

std::string ResolvedName(const std::string& text, const std::string& mention) {
  Doc doc = test::AnalyzeWithPlaces(text);
  for (const PlaceMention& p : doc.places)
    if (doc.OriginalText(p.span) == mention) return p.resolved ? p.location.name : "(unresolved)";
  return "(none)";
}

TEST(Disambiguation, CountryWrittenAsNamedBeatsAFoldedCityName) {
  // "Irak" is an old name of Arak (Iran, 500k people); "Iraq" is the country.
  EXPECT_EQ(ResolvedName("Clashes erupted across Iraq on Monday.", "Iraq"), "Iraq");
  EXPECT_EQ(ResolvedName("اندلعت اشتباكات في العراق أمس.", "العراق"), "Iraq");
}

TEST(Disambiguation, ProvinceConfirmsASmallTownOfItsExtent) {
  // Kutum (10k people) is read only with support; North Darfur's label point
  // lies 150 km from it.
  EXPECT_EQ(ResolvedName("Fighters stormed a village near Kutum in North Darfur on Sunday.", "Kutum"), "Kutum");
}

TEST(Disambiguation, FunctionWordBeginsAName) {
  // أم is also the particle "or": alone it is no place, but it begins names.
  EXPECT_EQ(ResolvedName("أغلق المحتجون الطريق إلى أم قصر.", "أم قصر"), "Umm Qasr");
  EXPECT_EQ(ResolvedName("دخلت القوات مدينة أم درمان.", "أم درمان"), "Omdurman");
  EXPECT_EQ(ResolvedName("هل غادر الوفد أم بقي؟", "أم"), "(none)");
}

TEST(Disambiguation, WordsOfAnOrganisationsNameAreNoPlaces) {
  // "Human" is an old name of Uman in GeoNames; the watchdog is no town.
  const std::string text = "Human Rights Watch said on Monday that the Red Cross reached Aleppo.";
  EXPECT_EQ(ResolvedName(text, "Human"), "(none)");
  EXPECT_EQ(ResolvedName(text, "Aleppo"), "Aleppo");
}

TEST(Disambiguation, ANameThatBeginsLikeAProcliticStaysWhole) {
  // كسلا is Kassala, not ك ("like") + سلا (Salé, Morocco).
  EXPECT_EQ(ResolvedName("تظاهر مئات في مدينة كسلا شرقي السودان أمس.", "كسلا"), "Kassala");
}

// A town of unknown population (a cities1000 addition: the Ethiopian
// Shendi, the Afghan Baraki) does not take a bare name from a namesake
// with a population.
TEST(Disambiguation, ATownOfUnknownPopulationYieldsToAPopulatedNamesake) {
  auto country = [](const std::string& text, const std::string& mention) -> std::string {
    Doc doc = test::AnalyzeWithPlaces(text);
    for (const PlaceMention& p : doc.places)
      if (doc.OriginalText(p.span) == mention && p.resolved) return p.location.country;
    return "(none)";
  };
  EXPECT_EQ(country("Protesters gathered in Shendi on Monday.", "Shendi"), "SD");
  EXPECT_EQ(country("Gunmen attacked the town of Baraki on Monday.", "Baraki"), "DZ");
}

// A name met early is read again once the report has named all its places:
// the towns after it settle which of several namesakes it is.
TEST(Disambiguation, PlacesNamedLaterSettleAnEarlierNamesake) {
  auto admin1 = [](const std::string& text, const std::string& mention) -> std::string {
    Doc doc = test::AnalyzeWithPlaces(text);
    for (const PlaceMention& p : doc.places)
      if (doc.OriginalText(p.span) == mention && p.resolved) return p.location.admin1;
    return "(none)";
  };
  // Kherson alone is nearer a village of Mykolaiv so called; Pokrovsk,
  // named after, is beside the Donetsk town.
  EXPECT_EQ(admin1("Drones struck Kherson overnight, the governor said. In Kostiantynivka a market was shelled. "
                   "Fighting went on near Pokrovsk.",
                   "Kostiantynivka"),
            "Donetsk");
}

TEST(Disambiguation, QuarterOfAnotherCountryIsNoPlaceOfTheReport) {
  // "مركز مدينة" is also a Syrian quarter's registry name: a report on Mosul
  // or Zarqa speaks of its own city's centre; one on Idlib may mean it.
  auto names = [](const std::string& text) {
    Doc doc = test::AnalyzeWithPlaces(text);
    std::string out;
    for (const PlaceMention& p : doc.places)
      if (p.resolved) out += p.location.name + ";";
    return out;
  };
  EXPECT_EQ(names("وفي مركز مدينة الموصل، تظاهر مئات الطلاب أمام مبنى المحافظة صباح الأحد."), "Mosul;");
  EXPECT_EQ(names("في مركز مدينة الزرقاء بالأردن، تجمع مئات العمال للمطالبة برواتبهم."), "Zarqa;Jordan;");
  EXPECT_NE(names("وفي مركز مدينة إدلب، تظاهر مئات الطلاب صباح الأحد.").find("Idlib"), std::string::npos);
}

}  // namespace
}  // namespace marsad
