/*
 * openat2.h - helpers shared by the cases under cases/openat2/: the
 * openat2(2) call (Linux 5.6) and a small tree to resolve paths in.
 */
#ifndef OPENAT2_CASES_H
#define OPENAT2_CASES_H
#include "fdtest.h"

/* struct open_how as open_how(2type) gives it, declared here under a name
   of its own: no C library wraps openat2, and older or musl sysroots may
   lack <linux/openat2.h>.  The RESOLVE_* values are fixed ABI. */
struct oa_how {
	uint64_t flags;
	uint64_t mode;
	uint64_t resolve;
};
#ifndef RESOLVE_NO_XDEV
#define RESOLVE_NO_XDEV 0x01
#define RESOLVE_NO_MAGICLINKS 0x02
#define RESOLVE_NO_SYMLINKS 0x04
#define RESOLVE_BENEATH 0x08
#define RESOLVE_IN_ROOT 0x10
#endif
#ifndef RESOLVE_CACHED
#define RESOLVE_CACHED 0x20 /* Linux 5.12 */
#endif

/* openat2 with a zero-filled struct of the first version (24 bytes).
   Under RESOLVE_BENEATH or RESOLVE_IN_ROOT a ".." may fail with EAGAIN
   when any rename or mount anywhere in the system raced the lookup; the
   page says to retry, and so this does (a bounded number of times). */
static inline int oa_open(int dirfd, const char *path, uint64_t flags,
			  uint64_t mode, uint64_t resolve)
{
	struct oa_how how = { flags, mode, resolve };
	int tries = resolve & (RESOLVE_BENEATH | RESOLVE_IN_ROOT) ? 1000 : 1;
	int fd;
	do
		fd = (int)syscall(SYS_openat2, dirfd, path, &how, sizeof how);
	while (fd == -1 && errno == EAGAIN && --tries > 0);
	return fd;
}

/* Skip the point unless openat2 exists here (ENOSYS before Linux 5.6,
   and under emulators that do not translate it). */
#define oa_need()                                                            \
	close(FT_NEED_CALL(oa_open(AT_FDCWD, ".", O_RDONLY | O_DIRECTORY |   \
					  O_CLOEXEC, 0, 0),                  \
			   "openat2", "Linux 5.6"))

/*
 * The tree every openat2 case resolves in, made in the point's scratch
 * directory:
 *
 *   outside                 a file beside the root
 *   root/                   the directory given as dirfd
 *   root/file               "in root"
 *   root/sub/inner          "inner"
 *   root/rel_link   -> file
 *   root/abs_link   -> /file           (absolute)
 *   root/up_link    -> ../outside      (leaves root)
 *   root/sub_link   -> sub             (a directory)
 *
 * Returns an O_RDONLY | O_DIRECTORY | O_CLOEXEC descriptor of root.
 */
#define oa_tree() oa_tree_at(__FILE__, __LINE__)
static inline int oa_tree_at(const char *file, int line)
{
	int fd;
	fd = FT_SYS_AT(file, line, open("outside", O_WRONLY | O_CREAT | O_CLOEXEC, 0600));
	ft_write_all_at(file, line, fd, "outside", 7);
	close(fd);
	FT_SYS_AT(file, line, mkdir("root", 0700));
	FT_SYS_AT(file, line, mkdir("root/sub", 0700));
	fd = FT_SYS_AT(file, line, open("root/file", O_WRONLY | O_CREAT | O_CLOEXEC, 0600));
	ft_write_all_at(file, line, fd, "in root", 7);
	close(fd);
	fd = FT_SYS_AT(file, line, open("root/sub/inner", O_WRONLY | O_CREAT | O_CLOEXEC, 0600));
	ft_write_all_at(file, line, fd, "inner", 5);
	close(fd);
	FT_SYS_AT(file, line, symlink("file", "root/rel_link"));
	FT_SYS_AT(file, line, symlink("/file", "root/abs_link"));
	FT_SYS_AT(file, line, symlink("../outside", "root/up_link"));
	FT_SYS_AT(file, line, symlink("sub", "root/sub_link"));
	return FT_SYS_AT(file, line, open("root", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
}

/* The descriptor opened that path (relative to the scratch directory):
   same device and inode.  Checked. */
#define oa_is(fd, path) oa_is_at(__FILE__, __LINE__, (fd), (path))
static inline int oa_is_at(const char *file, int line, int fd, const char *path)
{
	struct stat a, b;
	FT_SYS_AT(file, line, fstat(fd, &a));
	FT_SYS_AT(file, line, lstat(path, &b));
	return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

#endif
