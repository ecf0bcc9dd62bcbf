/*
 * probe_scan.c - the scan behind fixtures/fdprobe: which descriptors an exec'd
 * image holds, with FD_CLOEXEC, status flags, offset, type and inode.  In
 * the case library so that a case program run as "CASE --fdprobe REPORT"
 * is a probe too (standalone reproducers exec themselves).
 */
#include "fdtest.h"

#include <dirent.h>

#define FT_PROBE_SCAN 4096 /* probed one by one with F_GETFD */
#define FT_PROBE_REPORT_MAX 8192  /* descriptors reported at most */

static const char *ft__type_of(int fd, const struct stat *st)
{
	switch (st->st_mode & S_IFMT) {
	case S_IFREG: return "reg";
	case S_IFDIR: return "dir";
	case S_IFIFO: return "fifo";
	case S_IFSOCK: return "sock";
	case S_IFCHR: return "chr";
	case S_IFBLK: return "blk";
	case S_IFLNK: return "lnk";
	}
	(void)fd;
	return "anon";
}

int ft_fdprobe_main(const char *report)
{
	static int fds[FT_PROBE_REPORT_MAX];
	int n = 0;
	/* Scan before opening anything: F_GETFD on every number below
	   FT_PROBE_SCAN, which needs no descriptor of its own.  The soft
	   RLIMIT_NOFILE is no bound: descriptors opened before it was lowered
	   stay open above it, and exec keeps them. */
	for (int fd = 0; fd < FT_PROBE_SCAN; fd++)
		if (fcntl(fd, F_GETFD) != -1 || errno != EBADF)
			fds[n++] = fd;
	/* Numbers from FT_PROBE_SCAN up are read from /proc/self/fd (when
	   mounted); the directory's own descriptor is below them. */
	DIR *d = opendir("/proc/self/fd");
	if (d) {
		struct dirent *e;
		while ((e = readdir(d)) != NULL && n < FT_PROBE_REPORT_MAX) {
			char *end;
			long fd = strtol(e->d_name, &end, 10);
			if (*end == 0 && end != e->d_name && fd >= FT_PROBE_SCAN &&
			    fd != dirfd(d))
				fds[n++] = (int)fd;
		}
		closedir(d);
	}

	static struct {
		int fdflags, flflags;
		long long off;
		const char *type;
		unsigned long long ino;
	} info[FT_PROBE_REPORT_MAX];
	for (int i = 0; i < n; i++) {
		struct stat st;
		info[i].fdflags = fcntl(fds[i], F_GETFD);
		info[i].flflags = fcntl(fds[i], F_GETFL);
		info[i].off = lseek(fds[i], 0, SEEK_CUR);
		if (fstat(fds[i], &st) == 0) {
			info[i].type = ft__type_of(fds[i], &st);
			info[i].ino = st.st_ino;
		} else {
			info[i].type = "unknown";
			info[i].ino = 0;
		}
	}
	FILE *out = fopen(report, "we");
	if (!out) {
		fprintf(stderr, "fdprobe: cannot write %s: %s\n", report,
			strerror(errno));
		return 3;
	}
	for (int i = 0; i < n; i++)
		fprintf(out, "fd=%d fdflags=%d flflags=%d offset=%lld type=%s ino=%llu\n",
			fds[i], info[i].fdflags, info[i].flflags, info[i].off,
			info[i].type, info[i].ino);
	fprintf(out, "end\n");
	if (fclose(out) != 0)
		return 3;
	return 0;
}
