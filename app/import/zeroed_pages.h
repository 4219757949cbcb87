#pragma once

#include <cstddef>

// Zeroed memory for a large table whose lookups are random: in huge pages where the system gives
// them (Linux: zeroed_pages_linux.cpp), since with 4 KiB pages each lookup would also miss the
// TLB; from calloc() elsewhere (zeroed_pages_portable.cpp).
namespace ZeroedPages {

// `bytes` zeroed bytes, or throws std::bad_alloc. `*mappedBytes` is what release() needs back.
void *allocate(std::size_t bytes, std::size_t *mappedBytes);
void release(void *memory, std::size_t mappedBytes);

} // namespace ZeroedPages
