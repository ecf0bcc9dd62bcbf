/*
 * openat2/resolve_cached - RESOLVE_CACHED (Linux 5.12) lets openat2(2)
 * open only what the kernel's lookup cache already holds, and fail with
 * EAGAIN whenever anything more would be needed: a path just opened may
 * open (EAGAIN is allowed there too), while an open that would create or
 * truncate a file always needs more and is EAGAIN - the file is not
 * created, its data not truncated, no descriptor made.  A kernel before
 * 5.12 rejects the unknown resolve bit with EINVAL: skipped.
 */
#include "openat2.h"

FT_CASE("RESOLVE_CACHED: cached lookups may open, O_CREAT/O_TRUNC are EAGAIN with nothing done",
	"openat2(2) RESOLVE_CACHED, ERRORS (EAGAIN)");

/* openat2 of "." with RESOLVE_CACHED, EAGAIN counted as known. */
static int cached_probe(void)
{
	int fd = oa_open(AT_FDCWD, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0, RESOLVE_CACHED);
	if (fd == -1 && errno == EAGAIN)
		return 0;
	if (fd >= 0)
		close(fd);
	return fd == -1 ? -1 : 0;
}

static void need_cached(void)
{
	oa_need();
	FT_NEED_FLAG(cached_probe(), "RESOLVE_CACHED", "Linux 5.12");
}

FT_POINT(cached_path_opens_or_eagain)
{
	need_cached();
	FT_FD int root = oa_tree();
	FT_FD int warm = FT_SYS(openat(root, "sub/inner", O_RDONLY | O_CLOEXEC));
	int fd = oa_open(root, "sub/inner", O_RDONLY | O_CLOEXEC, 0, RESOLVE_CACHED);
	if (fd == -1) {
		FT_EQ(errno, EAGAIN);
		ft_note("EAGAIN: allowed, the lookup needed more than the cache");
		return;
	}
	FT_TRUE(oa_is(fd, "root/sub/inner"));
	close(fd);
}

FT_POINT(create_eagain)
{
	need_cached();
	FT_FD int root = oa_tree();
	int before = ft_lowest_free();
	FT_ERRNO(oa_open(root, "new", O_WRONLY | O_CREAT | O_CLOEXEC, 0600, RESOLVE_CACHED), EAGAIN);
	FT_EQ(ft_lowest_free(), before);
	FT_ERRNO(faccessat(root, "new", F_OK, 0), ENOENT);
}

FT_POINT(truncate_eagain)
{
	need_cached();
	FT_FD int root = oa_tree();
	FT_ERRNO(oa_open(root, "file", O_WRONLY | O_TRUNC | O_CLOEXEC, 0, RESOLVE_CACHED), EAGAIN);
	struct stat st;
	FT_SYS(stat("root/file", &st));
	FT_EQ(st.st_size, 7); /* "in root" */
}
