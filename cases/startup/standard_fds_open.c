/*
 * startup/standard_fds_open - a program starts with descriptors 0, 1 and 2
 * open (standard input, output and error).  If one is closed, the first
 * descriptor the program opens takes its number and everything written to
 * standard output or error goes into that file or socket.  Judged on what
 * the process was handed, before anything reopens them (see startup.h).
 *
 * Cites: stdin(3) DESCRIPTION; OCI runtime spec runtime-linux.md "File
 * descriptors" (stdin, stdout and stderr are kept open); open(2)
 * DESCRIPTION (the lowest-numbered free descriptor is used).
 */
#include "startup.h"

FT_CASE("a new program holds descriptors 0, 1 and 2",
	"stdin(3) DESCRIPTION; OCI runtime spec runtime-linux.md \"File descriptors\"; "
	"open(2) DESCRIPTION");

FT_POINT(stdin_open) { st_judge("standard_fds_open/stdin_open", 0); }
FT_POINT(stdout_open) { st_judge("standard_fds_open/stdout_open", 0); }
FT_POINT(stderr_open) { st_judge("standard_fds_open/stderr_open", 0); }
