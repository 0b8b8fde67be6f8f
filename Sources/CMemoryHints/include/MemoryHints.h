// Memory hints the Swift standard library does not expose.
#ifndef DUIDING_MEMORY_HINTS_H
#define DUIDING_MEMORY_HINTS_H

/// Asks the processor to start loading the cache line that holds `address`, for reading, without waiting for it
/// (a hint: it never faults, and does nothing where the processor has no such instruction).
static inline void duiding_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

#endif
