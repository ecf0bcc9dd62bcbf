/*
 * nsfs_ns_path.h - for shims: whether a path names a namespace file,
 * /proc/PID/ns/NAME (PID "self", "thread-self" or digits).
 */
#ifndef SHIM_NSFS_NS_PATH_H
#define SHIM_NSFS_NS_PATH_H
#include <string.h>

static int shim_is_ns_path(const char *path)
{
	if (!path || strncmp(path, "/proc/", 6) != 0)
		return 0;
	const char *ns = strstr(path + 6, "/ns/");
	return ns && ns[4] && !strchr(ns + 4, '/');
}

#endif
