/*
 * shim exec_keeps_cloexec_of_special_files: close-on-exec is honoured
 * only for regular files and directories: before every exec and
 * posix_spawn, FD_CLOEXEC is cleared on pipes, sockets, character
 * devices and anonymous-inode descriptors (eventfd, timerfd, signalfd,
 * epoll, inotify, pidfd), so the new image inherits them.
 *
 * fdsuite-targets: exec/dup3_cloexec_closed exec/dupfd_cloexec_closed
 * fdsuite-targets: exec/fd_cloexec_setfd_closed exec/msg_cmsg_cloexec_closed
 * fdsuite-targets: exec/pipe2_cloexec_closed exec/sock_cloexec_closed
 * fdsuite-targets: exec/eventfd_cloexec_closed exec/timerfd_cloexec_closed
 * fdsuite-targets: exec/signalfd_cloexec_closed exec/inotify_cloexec_closed
 * fdsuite-targets: exec/epoll_cloexec_closed exec/pidfd_open_cloexec_closed
 */
#include <sys/stat.h>
#include "cloexec_clear.h"

static int special(int fd)
{
	struct stat st;
	return fstat(fd, &st) == 0 && !S_ISREG(st.st_mode) &&
	       !S_ISDIR(st.st_mode);
}

static void before_exec(void)
{
	clear_cloexec(0, special);
}

static void before_spawn(void)
{
	before_exec();
}

static void after_spawn(void)
{
}

#define EXEC_HOOK_SPAWN
#include "exec_hook.h"
