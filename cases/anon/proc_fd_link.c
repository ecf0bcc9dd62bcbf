/*
 * anon/proc_fd_link - /proc/self/fd/N of a descriptor with no file of its
 * own names its type: "anon_inode:[fanotify]", "anon_inode:[userfaultfd]"
 * (whichever way the userfaultfd was made) and
 * "anon_inode:[landlock-ruleset]".  A memfd_secret area is a file on the
 * kernel's internal secretmem mount with no path, shown as
 * "/secretmem (deleted)" like a memfd's "/memfd:NAME (deleted)" (kernel
 * mm/secretmem.c; observed on 6.18).  The link is the same through a
 * duplicate.
 */
#include "anon.h"

FT_CASE("/proc/self/fd links name fanotify, userfaultfd, Landlock and memfd_secret descriptors",
	"proc(5) \"/proc/pid/fd/\" (anon_inode:file-type); fanotify_init(2); userfaultfd(2); landlock_create_ruleset(2) (Linux 5.13); memfd_secret(2) (Linux 5.14)");

FT_NEEDS(FT_NEEDS_PROC)

FT_TABLE(link_names_type, anon_kinds)
{
	char link[256];
	FT_FD int fd = row->open(ANON_CLOEXEC);
	ft_readlink_fd(fd, link, sizeof link);
	FT_STREQ(link, row->link);
}

FT_TABLE(duplicate_same_link, anon_kinds)
{
	char link[256];
	FT_FD int fd = row->open(ANON_CLOEXEC);
	FT_FD int copy = FT_SYS(fcntl(fd, F_DUPFD_CLOEXEC, 0));
	ft_readlink_fd(copy, link, sizeof link);
	FT_STREQ(link, row->link);
}
