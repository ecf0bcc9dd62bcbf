/*
 * shim proc_fd_list_cached: the listing of /proc/PID/fd and
 * /proc/PID/fdinfo is taken once, at the first opendir() of that directory
 * in the process, and every later opendir()/readdir() of it replays that
 * snapshot, as a runtime that caches its synthetic /proc would.  Listings
 * then miss descriptors opened later and show descriptors already closed.
 *
 * fdsuite-targets: proc/fd_lists_open_fds proc/fdinfo_lists_open_fds
 * fdsuite-targets: proc/fd_lists_high_fds
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "next.h"

#define MAXN 8192
struct snap {
	char path[64];
	int n;
	char names[MAXN][12];
};
static struct snap snaps[4];
static int nsnaps;
static struct {
	DIR *d;
	struct snap *s;
	int pos;
} open_dirs[16];

/* "/proc/self/fd" or "/proc/<pid>/fdinfo/" ... -> "/proc/<pid>/fd..." */
static int fd_dir(const char *path, char *out, size_t n)
{
	char kind[16];
	int pid, used = 0;
	if (sscanf(path, "/proc/self/%15[a-z]%n", kind, &used) == 1)
		pid = getpid();
	else if (sscanf(path, "/proc/%d/%15[a-z]%n", &pid, kind, &used) != 2)
		return 0;
	if (strcmp(kind, "fd") && strcmp(kind, "fdinfo"))
		return 0;
	if (path[used] && strcmp(path + used, "/"))
		return 0;
	snprintf(out, n, "/proc/%d/%s", pid, kind);
	return 1;
}

static struct dirent *real_readdir(DIR *d)
{
	__typeof__(&readdir) real = NEXT(readdir);
	return real(d);
}

DIR *opendir(const char *path)
{
	__typeof__(&opendir) real = NEXT(opendir);
	DIR *d = real(path);
	char norm[64];
	if (!d || !fd_dir(path, norm, sizeof norm))
		return d;
	struct snap *s = NULL;
	for (int i = 0; i < nsnaps && !s; i++)
		if (!strcmp(snaps[i].path, norm))
			s = &snaps[i];
	if (!s && nsnaps < 4) {
		s = &snaps[nsnaps++];
		snprintf(s->path, sizeof s->path, "%s", norm);
		struct dirent *e;
		while ((e = real_readdir(d)) && s->n < MAXN)
			snprintf(s->names[s->n++], 12, "%s", e->d_name);
	}
	for (int i = 0; s && i < 16; i++)
		if (!open_dirs[i].d) {
			open_dirs[i].d = d;
			open_dirs[i].s = s;
			open_dirs[i].pos = 0;
			break;
		}
	return d;
}

struct dirent *readdir(DIR *d)
{
	static struct dirent ent;
	for (int i = 0; i < 16; i++)
		if (open_dirs[i].d == d) {
			struct snap *s = open_dirs[i].s;
			if (open_dirs[i].pos >= s->n)
				return NULL;
			memset(&ent, 0, sizeof ent);
			snprintf(ent.d_name, sizeof ent.d_name, "%s", s->names[open_dirs[i].pos++]);
			ent.d_reclen = sizeof ent;
			ent.d_type = ent.d_name[0] == '.' ? DT_DIR : DT_UNKNOWN;
			return &ent;
		}
	return real_readdir(d);
}

struct dirent64 *readdir64(DIR *d)
{
	return (struct dirent64 *)readdir(d);
}

int closedir(DIR *d)
{
	__typeof__(&closedir) real = NEXT(closedir);
	for (int i = 0; i < 16; i++)
		if (open_dirs[i].d == d)
			open_dirs[i].d = NULL;
	return real(d);
}
