/*
 * shim special_eventfd_ignores_flags: eventfd() drops EFD_SEMAPHORE and
 * EFD_CLOEXEC from its flags (keeping EFD_NONBLOCK so nothing hangs), as
 * an emulator that only knows the plain counter would: semaphore reads
 * then return the whole count, and the descriptor is not close-on-exec.
 *
 * fdsuite-targets: special/eventfd_semaphore_mode special/eventfd_creation_flags
 * fdsuite-targets: special/creation_flags_combined
 */
#include <sys/eventfd.h>

#include "next.h"

int eventfd(unsigned int initval, int flags)
{
	__typeof__(&eventfd) real = NEXT(eventfd);
	return real(initval, flags & ~(EFD_SEMAPHORE | EFD_CLOEXEC));
}
