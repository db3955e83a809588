#include "geo/geo_math.h"

#include <gtest/gtest.h>

#include <random>

namespace marsad {
namespace {

// SurelyFartherThanKm may only rule out pairs the exact distance rules out:
// checked over many random pairs, dense near the threshold and the poles,
// and across the antimeridian.
TEST(GeoMath, SurelyFartherNeverRulesOutANearPair) {
  std::mt19937_64 rng(17);
  std::uniform_real_distribution<double> lat(-90, 90), lon(-180, 180), step(-3, 3);
  int ruled_out = 0;
  for (int i = 0; i < 200000; ++i) {
    const double lat1 = lat(rng), lon1 = lon(rng);
    double lat2 = i % 2 ? lat(rng) : lat1 + step(rng), lon2 = i % 2 ? lon(rng) : lon1 + step(rng);
    lat2 = std::max(-90.0, std::min(90.0, lat2));
    if (lon2 > 180) lon2 -= 360;
    if (lon2 < -180) lon2 += 360;
    for (double km : {25.0, 60.0, 151.0, 1500.0}) {
      if (!SurelyFartherThanKm(lat1, lon1, lat2, lon2, km)) continue;
      ++ruled_out;
      ASSERT_GT(DistanceKm(lat1, lon1, lat2, lon2), km) << lat1 << "," << lon1 << " " << lat2 << "," << lon2;
    }
  }
  EXPECT_GT(ruled_out, 100000);  // and it does rule most far pairs out
}

TEST(GeoMath, SurelyFartherByLongitudeAlone) {
  // Same latitude, 3 degrees of longitude apart at 33N (about 280 km):
  // the latitude bound alone could not tell.
  EXPECT_TRUE(SurelyFartherThanKm(33.5, 36.3, 33.5, 39.3, 151));
  EXPECT_FALSE(SurelyFartherThanKm(33.5, 36.3, 33.5, 37.0, 151));  // about 65 km
  // Across the antimeridian: 179.5 E and 179.5 W are one degree apart.
  EXPECT_FALSE(SurelyFartherThanKm(-17.0, 179.5, -17.0, -179.5, 151));
  EXPECT_TRUE(SurelyFartherThanKm(-17.0, 178.0, -17.0, -178.0, 151));
}

}  // namespace
}  // namespace marsad
