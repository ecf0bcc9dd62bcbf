/*
 * syscall_hook.h - syscall() wrapped for fault shims.  Cases make calls
 * libc has no wrapper for (clone3, kcmp, openat2, fsopen, fsmount,
 * open_tree ... on the suite's
 * oldest libcs) through syscall(); every such call comes to the shim's
 * on_syscall(nr, a) with its six arguments in a[].  real_syscall() makes
 * the real call.  The shim defines on_syscall(), before or after
 * including this, and passes every number it does not break through.
 */
#ifndef SHIM_SYSCALL_HOOK_H
#define SHIM_SYSCALL_HOOK_H
#include <dlfcn.h>
#include <errno.h>
#include <stdarg.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef SYS_open_tree
#define SYS_open_tree 428
#endif
#ifndef SYS_move_mount
#define SYS_move_mount 429
#endif
#ifndef SYS_fsopen
#define SYS_fsopen 430
#endif
#ifndef SYS_fsconfig
#define SYS_fsconfig 431
#endif
#ifndef SYS_fsmount
#define SYS_fsmount 432
#endif
#ifndef SYS_fspick
#define SYS_fspick 433
#endif

static long on_syscall(long nr, long a[6]);

static long real_syscall(long nr, const long a[6])
{
	static long (*real)(long, ...);
	if (!real)
		real = (long (*)(long, ...))dlsym(RTLD_NEXT, "syscall");
	return real(nr, a[0], a[1], a[2], a[3], a[4], a[5]);
}

long syscall(long nr, ...)
{
	long a[6];
	va_list ap;
	va_start(ap, nr);
	for (int i = 0; i < 6; i++)
		a[i] = va_arg(ap, long);
	va_end(ap);
	return on_syscall(nr, a);
}

/* The new mount calls that return a descriptor, and the index of the
   argument holding their flags (-1 for any other number). */
__attribute__((unused)) static int shim_mount_flags_arg(long nr)
{
	switch (nr) {
	case SYS_fsopen: case SYS_fsmount: return 1;
	case SYS_fspick: case SYS_open_tree: return 2;
	default: return -1;
	}
}
/* The close-on-exec bit in those flags. */
__attribute__((unused)) static long shim_mount_cloexec_bit(long nr)
{
	return nr == SYS_open_tree ? 02000000 /* O_CLOEXEC */ : 1;
}

#endif
