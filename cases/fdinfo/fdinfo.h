/*
 * fdinfo.h - functions shared by the cases in cases/fdinfo/.  Reading
 * /proc/self/fdinfo/N and its "key: value" fields is proc.h's (cases/proc/),
 * reused here; this adds the lines that repeat (one per watch or mark)
 * and a kernel version check for fields whose meaning changed.
 */
#ifndef CASES_FDINFO_H
#define CASES_FDINFO_H

#include "../proc/proc.h"
#include <sys/utsname.h>

/* fdinfo of fd; skips without /proc. */
#define fdinfo_read(fd, buf, n)                                              \
	do {                                                                 \
		proc_need();                                                 \
		proc_fdinfo((fd), (buf), (n));                               \
	} while (0)

/* The lines of info starting with prefix, copied NUL-ended into
   lines[i] (at most max of them, 256 bytes each); returns how many. */
static inline int fdinfo_lines(const char *info, const char *prefix,
			       char lines[][256], int max)
{
	int n = 0;
	size_t k = strlen(prefix);
	for (const char *l = info; l && *l; l = strchr(l, '\n') ? strchr(l, '\n') + 1 : NULL) {
		if (strncmp(l, prefix, k))
			continue;
		if (n < max) {
			const char *e = strchr(l, '\n');
			size_t len = e ? (size_t)(e - l) : strlen(l);
			if (len > 255)
				len = 255;
			memcpy(lines[n], l, len);
			lines[n][len] = 0;
		}
		n++;
	}
	return n;
}

/* The hexadecimal value after " key:" (or at the start) in one line;
   fails at the caller's line if absent. */
#define fdinfo_hex(line, key) fdinfo_hex_at(__FILE__, __LINE__, (line), (key))
static inline unsigned long long fdinfo_hex_at(const char *file, int line,
					       const char *text, const char *key)
{
	char pat[64];
	snprintf(pat, sizeof pat, "%s:", key);
	size_t k = strlen(pat);
	for (const char *p = text; (p = strstr(p, pat)); p++) {
		if (p != text && p[-1] != ' ' && p[-1] != '\t')
			continue;
		char *end;
		errno = 0;
		unsigned long long v = strtoull(p + k, &end, 16);
		if (end == p + k || errno)
			break;
		return v;
	}
	ft_fail_(file, line, key, "a hexadecimal field", "none", -1,
		 "no \"%s\" hex field in: %s", pat, text);
}

/* 1 if the running kernel's release is at least major.minor. */
static inline int fdinfo_kernel_at_least(int major, int minor)
{
	struct utsname u;
	int ma = 0, mi = 0;
	if (uname(&u) == -1 || sscanf(u.release, "%d.%d", &ma, &mi) != 2)
		return 0;
	return ma > major || (ma == major && mi >= minor);
}

#endif
