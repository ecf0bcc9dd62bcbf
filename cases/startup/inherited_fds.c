/*
 * startup/inherited_fds - a program starts with no descriptor beyond 0, 1
 * and 2 except those it was told about: LISTEN_FDS descriptors from 3 on
 * when LISTEN_PID is its own pid (socket activation), or numbers listed in
 * FDSUITE_ALLOW_FDS="7,9".  execve(2) keeps every descriptor without
 * FD_CLOEXEC, so a descriptor a runtime, daemon or agent forgot reaches the
 * program (runc CVE-2024-21626 handed containers a /sys/fs/cgroup
 * directory).  Each extra one is named with its flags, type and target.
 * Declared LISTEN_FDS descriptors must be there.
 *
 * Cites: execve(2) "Effect on process attributes" (descriptors stay open
 * unless close-on-exec); fcntl(2) "File descriptor flags"; sd_listen_fds(3)
 * DESCRIPTION, NOTES (LISTEN_PID must equal the receiver's pid); OCI
 * runtime spec runtime-linux.md "File descriptors".
 */
#include "startup.h"

FT_CASE("a new program holds no descriptor beyond 0, 1, 2 but those declared",
	"execve(2) \"Effect on process attributes\"; fcntl(2) \"File descriptor flags\"; sd_listen_fds(3) NOTES; "
	"OCI runtime spec runtime-linux.md \"File descriptors\"");

FT_POINT(only_declared) { st_judge("inherited_fds/only_declared", 1); }
FT_POINT(declared_open) { st_judge("inherited_fds/declared_open", 0); }
