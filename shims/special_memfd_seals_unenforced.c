/*
 * shim special_memfd_seals_unenforced: F_ADD_SEALS accepts F_SEAL_WRITE,
 * F_SEAL_GROW, F_SEAL_SHRINK and F_SEAL_FUTURE_WRITE and reports success
 * without applying them (only F_SEAL_SEAL reaches the kernel), as an
 * emulation that records seals but never enforces them: writes, growing
 * and shrinking keep working and F_GET_SEALS misses the seals.
 *
 * fdsuite-targets: special/memfd_sealing_needs_flag special/memfd_seal_write special/memfd_seal_grow_shrink special/memfd_seal_seal special/memfd_seal_future_write special/memfd_reopen_same_file
 */
#include <fcntl.h>

#include "fcntl_hook.h"

#ifndef F_SEAL_FUTURE_WRITE
#define F_SEAL_FUTURE_WRITE 0x0010
#endif
#define UNENFORCED (F_SEAL_WRITE | F_SEAL_GROW | F_SEAL_SHRINK | F_SEAL_FUTURE_WRITE)

static int on_fcntl(int fd, int cmd, long arg)
{
	if (cmd == F_ADD_SEALS) {
		int seals = (int)arg & ~UNENFORCED;
		if (seals == 0)
			return 0;
		return real_fcntl(fd, cmd, seals);
	}
	return real_fcntl(fd, cmd, arg);
}
