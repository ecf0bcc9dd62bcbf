/*
 * offset.h - rows over the calls that read and write at a file offset,
 * shared by the offset/ cases.
 *
 * offset_preads / offset_pwrites: the positional calls, which transfer at
 * the offset they are given and leave the file offset alone: pread,
 * preadv, preadv2 (flags 0 and a per-call flag) and pwrite, pwritev,
 * pwritev2 (flags 0, RWF_DSYNC, RWF_SYNC).  The vectored ones split the
 * buffer in two iovecs.  A call the kernel lacks (preadv2 before Linux
 * 4.6, RWF_DSYNC/RWF_SYNC before 4.7) skips the point.
 *
 * offset_reads / offset_writes: the calls that use and advance the file
 * offset: read, readv, preadv2 and pwritev2 with offset -1, write, writev.
 */
#ifndef OFFSET_H
#define OFFSET_H
#include "fdtest.h"
#include <sys/uio.h>
#ifndef RWF_HIPRI
#define RWF_HIPRI 0x1
#endif
#ifndef RWF_DSYNC
#define RWF_DSYNC 0x2
#endif
#ifndef RWF_SYNC
#define RWF_SYNC 0x4
#endif

struct offset_call {
	const char *name;
	/* off < 0: the calls that use the file offset ignore it */
	ssize_t (*rd)(int fd, void *buf, size_t n, off_t off);
	ssize_t (*wr)(int fd, const void *buf, size_t n, off_t off);
};

/* A vectored call sees the buffer as two iovecs (the first byte, the
   rest), so that a wrong order or a lost iovec shows. */
#define OFFSET_IOV(buf, n)                                                   \
	struct iovec iov[2] = { { (void *)(buf), (n) > 0 },                  \
				{ (char *)(buf) + ((n) > 0),                 \
				  (n) - ((n) > 0) } }

/* A preadv2()/pwritev2() that the kernel rejects as unknown (ENOSYS, or
   EINVAL/EOPNOTSUPP for a flag) skips the point. */
static inline ssize_t offset_v2_(ssize_t r, const char *what)
{
	if (r == -1 && (errno == ENOSYS || errno == EOPNOTSUPP ||
			(errno == EINVAL && strcmp(what, "preadv2") != 0 &&
			 strcmp(what, "pwritev2") != 0)))
		FT_SKIP("%s not supported here (preadv2/pwritev2: Linux 4.6; "
			"RWF_DSYNC, RWF_SYNC: Linux 4.7)", what);
	return r;
}

static ssize_t offset_pread_(int fd, void *b, size_t n, off_t o)
{
	return pread(fd, b, n, o);
}
static ssize_t offset_preadv_(int fd, void *b, size_t n, off_t o)
{
	OFFSET_IOV(b, n);
	return preadv(fd, iov, 2, o);
}
static ssize_t offset_preadv2_(int fd, void *b, size_t n, off_t o)
{
	OFFSET_IOV(b, n);
	return offset_v2_(preadv2(fd, iov, 2, o, 0), "preadv2");
}
static ssize_t offset_preadv2_hipri_(int fd, void *b, size_t n, off_t o)
{
	OFFSET_IOV(b, n);
	return offset_v2_(preadv2(fd, iov, 2, o, RWF_HIPRI), "preadv2 RWF_HIPRI");
}
static ssize_t offset_pwrite_(int fd, const void *b, size_t n, off_t o)
{
	return pwrite(fd, b, n, o);
}
static ssize_t offset_pwritev_(int fd, const void *b, size_t n, off_t o)
{
	OFFSET_IOV(b, n);
	return pwritev(fd, iov, 2, o);
}
static ssize_t offset_pwritev2_(int fd, const void *b, size_t n, off_t o)
{
	OFFSET_IOV(b, n);
	return offset_v2_(pwritev2(fd, iov, 2, o, 0), "pwritev2");
}
static ssize_t offset_pwritev2_dsync_(int fd, const void *b, size_t n, off_t o)
{
	OFFSET_IOV(b, n);
	return offset_v2_(pwritev2(fd, iov, 2, o, RWF_DSYNC), "pwritev2 RWF_DSYNC");
}
static ssize_t offset_pwritev2_sync_(int fd, const void *b, size_t n, off_t o)
{
	OFFSET_IOV(b, n);
	return offset_v2_(pwritev2(fd, iov, 2, o, RWF_SYNC), "pwritev2 RWF_SYNC");
}

static const struct offset_call offset_preads[] = {
	{ "pread", offset_pread_, NULL },
	{ "preadv", offset_preadv_, NULL },
	{ "preadv2", offset_preadv2_, NULL },
	{ "preadv2_hipri", offset_preadv2_hipri_, NULL },
};
static const struct offset_call offset_pwrites[] = {
	{ "pwrite", NULL, offset_pwrite_ },
	{ "pwritev", NULL, offset_pwritev_ },
	{ "pwritev2", NULL, offset_pwritev2_ },
	{ "pwritev2_dsync", NULL, offset_pwritev2_dsync_ },
	{ "pwritev2_sync", NULL, offset_pwritev2_sync_ },
};

static ssize_t offset_read_(int fd, void *b, size_t n, off_t o)
{
	return read(fd, b, n);
}
static ssize_t offset_readv_(int fd, void *b, size_t n, off_t o)
{
	OFFSET_IOV(b, n);
	return readv(fd, iov, 2);
}
static ssize_t offset_preadv2_cur_(int fd, void *b, size_t n, off_t o)
{
	OFFSET_IOV(b, n);
	return offset_v2_(preadv2(fd, iov, 2, -1, 0), "preadv2");
}
static ssize_t offset_write_(int fd, const void *b, size_t n, off_t o)
{
	return write(fd, b, n);
}
static ssize_t offset_writev_(int fd, const void *b, size_t n, off_t o)
{
	OFFSET_IOV(b, n);
	return writev(fd, iov, 2);
}
static ssize_t offset_pwritev2_cur_(int fd, const void *b, size_t n, off_t o)
{
	OFFSET_IOV(b, n);
	return offset_v2_(pwritev2(fd, iov, 2, -1, 0), "pwritev2");
}
static const struct offset_call offset_reads[] = {
	{ "read", offset_read_, NULL },
	{ "readv", offset_readv_, NULL },
	{ "preadv2_at_minus_1", offset_preadv2_cur_, NULL },
};
static const struct offset_call offset_writes[] = {
	{ "write", NULL, offset_write_ },
	{ "writev", NULL, offset_writev_ },
	{ "pwritev2_at_minus_1", NULL, offset_pwritev2_cur_ },
};

/* A file in the scratch directory holding content, opened again with
   flags (the creating descriptor is closed). */
#define offset_reopen(content, flags)                                        \
	offset_reopen_at(__FILE__, __LINE__, (content), (flags))
static inline int offset_reopen_at(const char *file, int line,
				   const char *content, int flags)
{
	char path[FT_PATH_MAX];
	FT_FD int made = ft_tmpfile_at(file, line, content, path);
	return FT_SYS_AT(file, line, open(path, flags));
}

#endif
