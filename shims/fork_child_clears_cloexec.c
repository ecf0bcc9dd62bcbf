/*
 * shim fork_child_clears_cloexec: the child of fork() starts with
 * FD_CLOEXEC cleared on every descriptor, as if the flags were not part
 * of the copied table.
 *
 * fdsuite-targets: fork/cloexec_copied_to_child
 */
#include <dlfcn.h>
#include <fcntl.h>
#include <unistd.h>

pid_t fork(void)
{
	static pid_t (*real)(void);
	if (!real)
		real = (pid_t(*)(void))dlsym(RTLD_NEXT, "fork");
	pid_t pid = real();
	if (pid == 0)
		for (int fd = 0; fd < 1024; fd++)
			if (fcntl(fd, F_GETFD) > 0)
				fcntl(fd, F_SETFD, 0);
	return pid;
}
