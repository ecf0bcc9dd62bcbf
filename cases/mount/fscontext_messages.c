/*
 * mount/fscontext_messages - a filesystem context descriptor (from fsopen
 * or fspick) is also the channel of the filesystem's diagnostics: after
 * fsconfig rejects a parameter, read() returns one message per call,
 * prefixed "e " for an error; once the queue is drained read fails with
 * ENODATA.  Descriptors sharing the open file description (dup, fork)
 * share one queue, so a message read through one is gone for the other.
 */
#include "mount.h"

FT_CASE("reading an fsopen/fspick descriptor returns the context's messages, then ENODATA",
	"fsopen(2) \"Message retrieval interface\" (Linux 5.2); fsconfig(2) ERRORS");

static int by_fsopen(void) { return FT_SYS(mnt_fsopen("tmpfs", FSOPEN_CLOEXEC)); }
static int by_fspick(void)
{
	mount_tmpfs_on("m");
	return FT_SYS(mnt_fspick(AT_FDCWD, "m", FSPICK_CLOEXEC));
}
static const struct { const char *name; int (*open)(void); } kinds[] = {
	{ "fsopen", by_fsopen },
	{ "fspick", by_fspick },
};

static void bad_parameter(int ctx)
{
	FT_ERRNO(mnt_fsconfig(ctx, MNT_SET_STRING, "fdsuite_no_such_option", "1", 0),
		 EINVAL);
}

FT_TABLE(error_message_then_enodata, kinds)
{
	char msg[512];
	mount_enter();
	FT_FD int ctx = row->open();
	char c;
	FT_ERRNO(read(ctx, &c, 1), ENODATA);
	bad_parameter(ctx);
	ssize_t n = FT_SYS(read(ctx, msg, sizeof msg - 1));
	FT_GE(n, 2);
	msg[n] = 0;
	FT_EQ(msg[0], 'e');
	FT_EQ(msg[1], ' ');
	FT_STRHAS(msg, "fdsuite_no_such_option");
	FT_ERRNO(read(ctx, msg, sizeof msg), ENODATA);
}

FT_POINT(one_message_per_read)
{
	char msg[512];
	mount_enter();
	FT_FD int ctx = by_fsopen();
	bad_parameter(ctx);
	bad_parameter(ctx);
	FT_GE(read(ctx, msg, sizeof msg), 2);
	FT_GE(read(ctx, msg, sizeof msg), 2);
	FT_ERRNO(read(ctx, msg, sizeof msg), ENODATA);
}

FT_POINT(dup_shares_queue)
{
	char msg[512];
	mount_enter();
	FT_FD int ctx = by_fsopen();
	FT_FD int copy = FT_SYS(dup(ctx));
	bad_parameter(ctx);
	FT_GE(read(copy, msg, sizeof msg), 2);
	FT_ERRNO(read(ctx, msg, sizeof msg), ENODATA);
}

FT_POINT(fork_shares_queue)
{
	char msg[512];
	mount_enter();
	FT_FD int ctx = by_fsopen();
	pid_t pid = ft_fork();
	if (pid == 0) {
		bad_parameter(ctx);
		_exit(0);
	}
	FT_CHILD_OK(pid);
	FT_GE(read(ctx, msg, sizeof msg), 2);
	FT_ERRNO(read(ctx, msg, sizeof msg), ENODATA);
}
