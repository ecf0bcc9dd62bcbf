/*
 * proc.h - helpers shared by the cases in cases/proc/.
 */
#ifndef CASES_PROC_H
#define CASES_PROC_H

#include "fdtest.h"
#include <poll.h>
#include <dirent.h>
#include <sys/resource.h>

/* Without procfs the points skip; when it is mounted, differences fail. */
static inline void proc_need(void)
{
	struct stat st;
	if (stat("/proc/self", &st) == -1 && errno == ENOENT)
		FT_SKIP("needs /proc: proc(5) is not mounted (stat /proc/self: ENOENT)");
}

/* A free number, want or the next free one above it; where the soft
   RLIMIT_NOFILE leaves no room there, the first free number above every
   open descriptor (ft_free_run). */
static inline int proc_high_fd(int want)
{
	long lim = sysconf(_SC_OPEN_MAX);
	while ((lim <= 0 || want < lim) && ft_is_open(want))
		want++;
	return lim > 0 && want >= lim ? ft_free_run(1) : want;
}

/* /proc/self/fdinfo/FD into buf, NUL-terminated. */
static inline void proc_fdinfo(int fd, char *buf, size_t n)
{
	char path[64];
	snprintf(path, sizeof path, "/proc/self/fdinfo/%d", fd);
	ft_read_file(path, buf, n);
}

/* The text after "KEY:" on the line starting with KEY, or NULL. */
static inline const char *proc_field_text(const char *info, const char *key)
{
	size_t k = strlen(key);
	for (const char *l = info; l && *l; l = strchr(l, '\n') ? strchr(l, '\n') + 1 : NULL)
		if (!strncmp(l, key, k) && l[k] == ':') {
			l += k + 1;
			while (*l == ' ' || *l == '\t')
				l++;
			return l;
		}
	return NULL;
}

/* The number in field KEY of an fdinfo text, in BASE; fails (at the
   caller's line) if absent or not a number. */
#define proc_field(info, key, base) proc_field_at_(__FILE__, __LINE__, info, key, base)
static inline long long proc_field_at_(const char *file, int line,
				       const char *info, const char *key, int base)
{
	const char *t = proc_field_text(info, key);
	char *end;
	if (!t)
		ft_fail_(file, line, key, "an fdinfo line with this field",
			 "none", -1, "fdinfo has no \"%s:\" line; it reads:\n%s",
			 key, info);
	errno = 0;
	long long v = strtoll(t, &end, base);
	if (end == t || errno || (*end && *end != '\n'))
		ft_fail_(file, line, key, "a number", "other", -1,
			 "fdinfo field \"%s:\" is not a base-%d number: %.40s",
			 key, base, t);
	return v;
}

/* The numeric names in directory PATH (its own descriptor left out), in
   the order readdir returned them; fails on a non-numeric name. */
static inline int proc_list(const char *path, int *out, int max)
{
	DIR *d = opendir(path);
	if (!d)
		FT_FAIL("opendir(%s) failed: %s", path, ft_errno_name(errno));
	int self = dirfd(d), n = 0;
	struct dirent *e;
	const char *me = !strncmp(path, "/proc/self/", 11) ? path : NULL;
	while ((e = readdir(d))) {
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		char *end;
		long v = strtol(e->d_name, &end, 10);
		if (*end || end == e->d_name || v < 0)
			FT_FAIL("%s lists a non-numeric entry \"%s\"", path, e->d_name);
		if (me && v == self)
			continue;
		if (n < max)
			out[n++] = (int)v;
	}
	closedir(d);
	return n;
}

/* 1 if fd appears in list. */
static inline int proc_has(const int *list, int n, int fd)
{
	for (int i = 0; i < n; i++)
		if (list[i] == fd)
			return 1;
	return 0;
}

/* The open descriptors up to the soft RLIMIT_NOFILE, found without /proc
   (poll's POLLNVAL, else F_GETFD). */
static inline int proc_probe(int *out, int max)
{
	struct rlimit rl;
	FT_SYS(getrlimit(RLIMIT_NOFILE, &rl));
	long lim = rl.rlim_cur == RLIM_INFINITY || rl.rlim_cur > 1 << 20 ? 1 << 20 : (long)rl.rlim_cur;
	/* poll(2) answers POLLNVAL for a number that is not open: one call
	   covers a block of numbers (never more than the soft limit, which
	   poll requires), where F_GETFD would take a call per number */
	static struct pollfd block[1024];
	int n = 0;
	for (long base = 0; base < lim; base += 1024) {
		int k = lim - base < 1024 ? (int)(lim - base) : 1024;
		for (int i = 0; i < k; i++)
			block[i] = (struct pollfd){ .fd = (int)(base + i) };
		int polled = poll(block, (nfds_t)k, 0) != -1;
		for (int i = 0; i < k; i++) {
			int open_ = polled ? !(block[i].revents & POLLNVAL)
					   : fcntl((int)(base + i), F_GETFD) != -1;
			if (open_ && n < max)
				out[n++] = (int)(base + i);
		}
	}
	return n;
}

#endif
