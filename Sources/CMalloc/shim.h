// glibc's malloc tuning (mallopt and its M_ parameters), for the rapport binary's start.
#ifdef __linux__
#include <malloc.h>
#endif
