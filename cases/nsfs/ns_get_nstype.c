/*
 * nsfs/ns_get_nstype - NS_GET_NSTYPE on a namespace descriptor returns
 * the CLONE_NEW* value naming its type (pid_for_children and
 * time_for_children report the PID and time types); on a descriptor that
 * is no namespace it fails with ENOTTY.
 */
#include "nsfs.h"

FT_CASE("NS_GET_NSTYPE returns the namespace's CLONE_NEW* type",
	"ioctl_ns(2) \"Discovering the namespace type\" (NS_GET_NSTYPE, Linux 4.11); "
	"ioctl_ns(2) ERRORS");

FT_NEEDS(FT_NEEDS_PROC);

FT_TABLE(type_of, ns_kinds)
{
	FT_FD int fd = ns_open(row, O_RDONLY | O_CLOEXEC);
	FT_EQ(ns_type(fd), row->type);
}

FT_TABLE(type_via_dup, ft_dup_kinds)
{
	FT_FD int fd = ns_open_pid(getpid(), "net");
	FT_FD int copy = FT_SYS(row->dup(fd));
	FT_EQ(ns_type(copy), CLONE_NEWNET);
}

FT_POINT(regular_file_enotty)
{
	FT_FD int f = ft_tmpfile("x", NULL);
	FT_FD int ns = ns_open_pid(getpid(), "uts");
	ns_type(ns);
	FT_ERRNO(ioctl(f, NS_GET_NSTYPE), ENOTTY);
}
