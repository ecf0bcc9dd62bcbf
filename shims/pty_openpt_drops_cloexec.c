/*
 * shim pty_openpt_drops_cloexec: posix_openpt() drops O_CLOEXEC from its
 * flags before opening the multiplexor, as a C library that filtered the
 * flags to the two POSIX names would.
 *
 * fdsuite-targets: pty/posix_openpt_cloexec
 */
#include <dlfcn.h>
#include <fcntl.h>
#include <stdlib.h>

int posix_openpt(int flags)
{
	int (*real)(int) = (int (*)(int))dlsym(RTLD_NEXT, "posix_openpt");
	return real(flags & ~O_CLOEXEC);
}
