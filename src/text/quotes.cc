#include "text/quotes.h"
namespace marsad {
Status QuoteFinder::Run(Doc&) const { return Status::OK(); }  // STUB
}  // namespace marsad
