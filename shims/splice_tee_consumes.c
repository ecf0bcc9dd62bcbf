/*
 * shim splice_tee_consumes: tee() is carried out as splice(), so the data
 * is moved out of the source pipe instead of copied, and a destination
 * that is not a pipe is accepted.
 *
 * fdsuite-targets: splice/tee_copies_without_consuming
 */
#include <fcntl.h>
#include <sys/types.h>
#include <unistd.h>

ssize_t tee(int fd_in, int fd_out, size_t len, unsigned int flags)
{
	return splice(fd_in, NULL, fd_out, NULL, len, flags);
}
