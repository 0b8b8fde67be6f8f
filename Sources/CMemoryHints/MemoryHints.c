// The hints are inline functions in include/MemoryHints.h; a C target needs one source file.
#include "MemoryHints.h"
