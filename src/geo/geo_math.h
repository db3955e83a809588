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
