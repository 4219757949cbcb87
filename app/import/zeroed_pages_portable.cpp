// ZeroedPages on every system but Linux: calloc(), in the system's usual pages.
#include "zeroed_pages.h"

#include <cstdlib>
#include <new>

void *ZeroedPages::allocate(std::size_t bytes, std::size_t *mappedBytes)
{
    *mappedBytes = 0;
    void *memory = std::calloc(bytes, 1);
    if (!memory)
        throw std::bad_alloc();
    return memory;
}

void ZeroedPages::release(void *memory, std::size_t)
{
    std::free(memory);
}
