/*
 * shim fcntl_getfl_fails: every F_GETFL fails with EBADF, as a runtime
 * that has not implemented it might report.  A case that reads a status
 * flag and still passes treated the -1 (every bit set) as a flag word.
 * The exec'd fdprobe inherits the shim, so cases reading the flags an
 * exec'd image holds fail too.
 *
 * fdsuite-targets: dirs/o_path_empty_path dup/cloexec_not_shared
 * fdsuite-targets: dup/dup2_dup3_share_description dup/dup3_cloexec_sets_flag
 * fdsuite-targets: dup/fork_shares_append dup/fork_shares_nonblock
 * fdsuite-targets: dup/o_path_survives_dup dup/shares_status_flags
 * fdsuite-targets: epoll/create_cloexec exec/cloexec_is_per_descriptor
 * fdsuite-targets: exec/close_range_cloexec_closed exec/dup3_cloexec_closed
 * fdsuite-targets: exec/dupfd_cloexec_closed exec/epoll_cloexec_closed
 * fdsuite-targets: exec/eventfd_cloexec_closed exec/fd_cloexec_setfd_closed
 * fdsuite-targets: exec/fexecve_cloexec_elf exec/inotify_cloexec_closed
 * fdsuite-targets: exec/memfd_cloexec_closed exec/msg_cmsg_cloexec_closed
 * fdsuite-targets: exec/o_cloexec_closed exec/offset_survives
 * fdsuite-targets: exec/pidfd_open_cloexec_closed exec/pipe2_cloexec_closed
 * fdsuite-targets: exec/plain_fds_survive exec/shared_table_unshared_at_exec
 * fdsuite-targets: exec/signalfd_cloexec_closed exec/sock_cloexec_closed
 * fdsuite-targets: exec/spawn_addclose exec/spawn_addclosefrom_np
 * fdsuite-targets: exec/spawn_adddup2 exec/spawn_adddup2_same_fd_clears_cloexec
 * fdsuite-targets: exec/spawn_honors_cloexec exec/status_flags_survive
 * fdsuite-targets: exec/timerfd_cloexec_closed fcntl/getfl_access_mode
 * fdsuite-targets: fcntl/getfl_status_flags_from_open fcntl/noatime_needs_owner
 * fdsuite-targets: fcntl/o_path_allowed_commands
 * fdsuite-targets: fcntl/o_path_other_commands_ebadf fcntl/setfd_sets_cloexec
 * fdsuite-targets: fcntl/setfl_append_takes_effect
 * fdsuite-targets: fcntl/setfl_cannot_change_sync
 * fdsuite-targets: fcntl/setfl_ignores_access_mode
 * fdsuite-targets: fcntl/setfl_ignores_creation_flags
 * fdsuite-targets: fcntl/setfl_nonblock_takes_effect fcntl/setfl_replaces_flags
 * fdsuite-targets: fcntl/setfl_sets_and_clears fcntl/unknown_cmd_einval
 * fdsuite-targets: limits/lowered_limit_keeps_fds offset/pwrite_append_appends
 * fdsuite-targets: offset/reopen_proc_fd_new_description
 * fdsuite-targets: offset/separate_opens_separate_offsets
 * fdsuite-targets: pipe/ends_have_separate_status_flags pipe/ends_share_inode
 * fdsuite-targets: pipe/fifo_nonblock_reader_opens_alone
 * fdsuite-targets: pipe/fifo_rdwr_open_does_not_block pipe/getfl_access_modes
 * fdsuite-targets: pipe/nonblock_read_empty_eagain pipe/o_direct_set_by_fcntl
 * fdsuite-targets: pipe/pipe2_cloexec_both_ends pipe/pipe2_nonblock_both_ends
 * fdsuite-targets: pipe/proc_fd_reopen_same_pipe
 * fdsuite-targets: proc/reopen_regular_new_description
 * fdsuite-targets: reuse/old_number_refers_to_new_file scm_rights/cmsg_cloexec
 * fdsuite-targets: scm_rights/no_cloexec_by_default scm_rights/pass_o_path
 * fdsuite-targets: scm_rights/shares_status_flags socket/accept4_flags
 * fdsuite-targets: socket/accept_does_not_inherit_flags
 * fdsuite-targets: socket/accept_nonblock_listener_eagain
 * fdsuite-targets: socket/sock_nonblock_cloexec_flags
 * fdsuite-targets: socket/socketpair_ends_distinct_inodes
 * fdsuite-targets: special/eventfd_creation_flags special/memfd_create_flags
 * fdsuite-targets: special/pidfd_getfd_shares_description
 * fdsuite-targets: special/pidfd_open_properties
 * fdsuite-targets: special/timerfd_disarmed_nonblock
 * fdsuite-targets: splice/sendfile_offset_pointer splice/splice_file_offsets
 * fdsuite-targets: splice/splice_offset_on_pipe_espipe
 * fdsuite-targets: splice/splice_pipe_to_pipe_moves
 * fdsuite-targets: splice/tee_copies_without_consuming
 * fdsuite-targets: splice/vmsplice_user_memory
 * fdsuite-targets: pidfd/clone_pidfd_cloexec pidfd/fork_shares_pidfd
 * fdsuite-targets: pidfd/getfd_across_types openat2/o_path openat2/resolve_no_symlinks
 */
#include "fcntl_hook.h"

static int on_fcntl(int fd, int cmd, long arg)
{
	if (cmd == F_GETFL) {
		errno = EBADF;
		return -1;
	}
	return real_fcntl(fd, cmd, arg);
}
