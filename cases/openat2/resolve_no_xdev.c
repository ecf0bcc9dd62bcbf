/*
 * openat2/resolve_no_xdev - with RESOLVE_NO_XDEV, openat2(2) (Linux 5.6)
 * refuses to cross a mount point in either direction: from "/" down into
 * the proc(5) mount ("proc/self/status") and from the proc mount up with
 * ".." both fail with EXDEV, while a path that stays on dirfd's mount
 * opens.  Needs proc mounted on /proc as a mount of its own.
 */
#include "openat2.h"

FT_CASE("RESOLVE_NO_XDEV: crossing a mount point in the path is EXDEV",
	"openat2(2) RESOLVE_NO_XDEV, ERRORS (EXDEV), VERSIONS (Linux 5.6)");

/* "/" and "/proc" on different mounts: skips otherwise. */
static void need_proc_mount(void)
{
	struct stat root, proc;
	FT_SYS(stat("/", &root));
	if (stat("/proc/self", &proc) == -1 || stat("/proc", &proc) == -1 ||
	    proc.st_dev == root.st_dev)
		FT_SKIP("needs /proc: proc(5) mounted on /proc, a mount of its own");
}

FT_POINT(down_into_mount_exdev)
{
	oa_need();
	need_proc_mount();
	FT_FD int slash = FT_SYS(open("/", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
	int before = ft_lowest_free();
	FT_ERRNO(oa_open(slash, "proc/self/status", O_RDONLY | O_CLOEXEC, 0, RESOLVE_NO_XDEV), EXDEV);
	FT_ERRNO(oa_open(slash, "proc", O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0, RESOLVE_NO_XDEV), EXDEV);
	FT_EQ(ft_lowest_free(), before);
	FT_FD int plain = FT_SYS(oa_open(slash, "proc/self/status", O_RDONLY | O_CLOEXEC, 0, 0));
}

FT_POINT(up_out_of_mount_exdev)
{
	oa_need();
	need_proc_mount();
	FT_FD int proc = FT_SYS(open("/proc", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
	FT_ERRNO(oa_open(proc, "..", O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0, RESOLVE_NO_XDEV), EXDEV);
	FT_FD int plain = FT_SYS(oa_open(proc, "..", O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0, 0));
}

FT_POINT(same_mount_opens)
{
	oa_need();
	FT_FD int root = oa_tree();
	FT_FD int fd = FT_SYS(oa_open(root, "sub/../sub/inner", O_RDONLY | O_CLOEXEC, 0, RESOLVE_NO_XDEV));
	FT_TRUE(oa_is(fd, "root/sub/inner"));
	FT_FD int linked = FT_SYS(oa_open(root, "rel_link", O_RDONLY | O_CLOEXEC, 0, RESOLVE_NO_XDEV));
	FT_TRUE(oa_is(linked, "root/file"));
}
