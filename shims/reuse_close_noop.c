/*
 * shim reuse_close_noop: close() reports success but leaves the descriptor
 * open (and so never reports EBADF either), like a sandbox that defers or
 * drops closes.  Numbers are then never given back for reuse and a stale
 * number keeps naming the old file.
 *
 * fdsuite-targets: reuse/closed_number_next reuse/old_number_refers_to_new_file
 * fdsuite-targets: reuse/close_twice_ebadf reuse/close_open_loop_same_number
 * fdsuite-targets: reuse/epoll_follows_description
 * fdsuite-targets: reuse/stale_number_writes_new_file
 * fdsuite-targets: reuse/mapping_survives_close_and_reuse
 * fdsuite-targets: reuse/handler_takes_closed_number
 */
int close(int fd)
{
	(void)fd;
	return 0;
}
