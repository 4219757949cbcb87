// glibc only (mallopt); nothing elsewhere.
#include "large_buffers.h"

#include <mutex>

#ifdef __GLIBC__
#include <malloc.h>
#endif

void keepLargeBuffersMapped()
{
#ifdef __GLIBC__
    static std::once_flag once;
    std::call_once(once, [] { mallopt(M_MMAP_THRESHOLD, 128 * 1024); });
#endif
}
