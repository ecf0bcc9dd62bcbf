/*
 * runenv.h - the environment fingerprint and runtime detection, shared by
 * the case library (for expected failures) and the runner (for results).
 * Everything here is read from the environment itself, never from a flag.
 * Also the two pieces of process hygiene both need: a clean signal state
 * and removing a scratch tree.
 */
#ifndef RUNENV_H
#define RUNENV_H

#include <stddef.h>

struct fd_env {
	char kernel_release[128];
	char kernel_version[256];
	char arch[64];
	char libc[32];
	char libc_version[64];
	char distro[128];
	unsigned uid;
	char runtime[128]; /* comma-separated, most specific first */
	char revision[64];
	char date[32]; /* UTC, ISO 8601 */
};

void fd_env_collect(struct fd_env *e);
/* Detected runtimes, comma-separated ("gvisor", "valgrind", "qemu-user",
   "proot", "bubblewrap", "container", "qemu-system", "native"). */
const char *fd_env_runtime(void);
/* 1 if name is one of the comma-separated runtimes in list. */
int fd_env_runtime_in(const char *runtimes, const char *list);

/* Every signal to its default action, an empty signal mask. */
void fd_reset_signals(void);
/* Removes dir and everything under it, making unreadable directories
   readable first; errors are ignored.  An empty name does nothing. */
void fd_remove_tree(const char *dir);

#endif
