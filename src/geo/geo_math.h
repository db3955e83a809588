// Small numeric helpers shared by the gazetteer, the geoparser and the
// evaluations: great-circle distance and strict field parsing.
#ifndef MARSAD_GEO_GEO_MATH_H_
#define MARSAD_GEO_GEO_MATH_H_

#include <charconv>
#include <cmath>
#include <cstdint>
#include <string_view>

namespace marsad {

// Great-circle (haversine) distance in km on a sphere of radius 6371 km.
inline double DistanceKm(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kRad = M_PI / 180.0;
  double dlat = (lat2 - lat1) * kRad, dlon = (lon2 - lon1) * kRad;
  double a = std::sin(dlat / 2) * std::sin(dlat / 2) +
             std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 6371.0 * 2 * std::atan2(std::sqrt(a), std::sqrt(1 - a));
}

// Whether DistanceKm(lat1, lon1, lat2, lon2) is surely over `km`, told
// without the trigonometry from two lower bounds of the haversine distance:
// a great circle is at least as long as its north-south part, and
// haversin(d / R) >= cos(lat1) cos(lat2) haversin(dlon), where
// cos(x) >= 1 - x^2 / 2 and sin(x / 2) >= x / pi on [0, pi]. Callers ask it
// before DistanceKm with a margin over the threshold they test (a kilometre
// is far more than any rounding), so that a pair it rules out is one the
// exact distance would have ruled out too. Most candidate namesakes of a
// place lie far away, and this test costs a few multiplications.
inline bool SurelyFartherThanKm(double lat1, double lon1, double lat2, double lon2, double km) {
  constexpr double kRadius = 6371.0;
  constexpr double kRad = M_PI / 180.0;
  if (std::abs(lat1 - lat2) * (kRadius * kRad) > km) return true;
  double dlon = std::abs(lon2 - lon1);
  if (dlon > 180) dlon = 360 - dlon;  // the shorter way round
  const double x = dlon * kRad, p1 = lat1 * kRad, p2 = lat2 * kRad;
  const double c1 = 1 - p1 * p1 / 2, c2 = 1 - p2 * p2 / 2;
  if (c1 <= 0 || c2 <= 0) return false;  // near a pole the bound says nothing
  // haversin(d / R) = sin^2(d / 2R) >= c1 c2 (x / pi)^2, so d > km when
  // c1 c2 (x / pi)^2 > (km / 2R)^2, which is at least sin^2(km / 2R).
  const double t = km / (2 * kRadius);
  return c1 * c2 * (x / M_PI) * (x / M_PI) > t * t;
}

// The whole of `s` as a finite number; false for anything else (empty too).
inline bool ParseDouble(std::string_view s, double* out) {
  if (s.empty()) return false;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && p == s.data() + s.size() && std::isfinite(*out);
}

// The whole of `s` as an integer; an empty field is 0 (GeoNames leaves
// population and ids empty for "unknown").
inline bool ParseInt(std::string_view s, int64_t* out) {
  if (s.empty()) {
    *out = 0;
    return true;
  }
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && p == s.data() + s.size();
}

}  // namespace marsad

#endif  // MARSAD_GEO_GEO_MATH_H_
