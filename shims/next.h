/*
 * next.h - the next definition of a function a fault shim wraps: the one
 * dlsym(RTLD_NEXT) finds (the C library's), typed like the function's own
 * declaration and looked up once per place of use.  NEXT(fn)(args) calls
 * it.
 */
#include <dlfcn.h>

#define NEXT(fn)                                                             \
	(__extension__({                                                     \
		static __typeof__(&fn) next_;                                \
		if (!next_)                                                  \
			next_ = (__typeof__(&fn))dlsym(RTLD_NEXT, #fn);      \
		next_;                                                       \
	}))
