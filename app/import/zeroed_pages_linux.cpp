// ZeroedPages on Linux: from 2 MiB on, pages of their own with a hint for huge pages.
#include "zeroed_pages.h"

#include <cstdlib>
#include <new>
#include <sys/mman.h>

void *ZeroedPages::allocate(std::size_t bytes, std::size_t *mappedBytes)
{
    *mappedBytes = 0;
#if defined(MADV_HUGEPAGE)
    constexpr std::size_t HugePage = 2 * 1024 * 1024;
    if (bytes % HugePage == 0) {
        void *memory =
            mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (memory == MAP_FAILED)
            throw std::bad_alloc();
        madvise(memory, bytes, MADV_HUGEPAGE); // a hint: without it, 4 KiB pages
        *mappedBytes = bytes;
        return memory;
    }
#endif
    void *memory = std::calloc(bytes, 1);
    if (!memory)
        throw std::bad_alloc();
    return memory;
}

void ZeroedPages::release(void *memory, std::size_t mappedBytes)
{
    if (mappedBytes > 0)
        munmap(memory, mappedBytes);
    else
        std::free(memory);
}
