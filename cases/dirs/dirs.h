/*
 * dirs.h - helpers shared by the cases in cases/dirs/.
 */
#ifndef CASES_DIRS_H
#define CASES_DIRS_H

#include "fdtest.h"
#include <dirent.h>

/* Creates the regular file PATH (relative to the cwd) holding CONTENT. */
static inline void dirs_mkfile(const char *path, const char *content)
{
	int fd = FT_SYS(open(path, O_WRONLY | O_CREAT | O_EXCL, 0600));
	ft_write_all(fd, content, strlen(content));
	close(fd);
}

/* Opens the directory PATH for reading. */
static inline int dirs_open(const char *path)
{
	return FT_SYS(open(path, O_RDONLY | O_DIRECTORY));
}

/* Reads a whole (small) file through an open descriptor, then closes it. */
static inline const char *dirs_slurp(int fd)
{
	static char buf[256];
	size_t n = ft_read_all(fd, buf, sizeof buf - 1);
	buf[n] = 0;
	close(fd);
	return buf;
}

/* The contents of DIRFD/NAME, read through openat (a macro, so that a
   failure is reported at the caller's line). */
#define dirs_read_at(dirfd, name) dirs_slurp(FT_SYS(openat((dirfd), (name), O_RDONLY)))

/* The absolute path of the cwd joined with NAME. */
static inline void dirs_abspath(char *out, size_t n, const char *name)
{
	char cwd[FT_PATH_MAX];
	FT_TRUE(getcwd(cwd, sizeof cwd) != NULL);
	snprintf(out, n, "%s/%s", cwd, name);
}

#endif
