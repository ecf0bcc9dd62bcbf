/*
 * shim fcntl_getfd_fails: every F_GETFD fails with EBADF, as a runtime
 * that has not implemented it might report.  A case that reads the
 * descriptor flags (FD_CLOEXEC) and still passes treated -1 (every bit
 * set) as a flag word.  Descriptors also look closed to whatever probes
 * with F_GETFD (the exec'd fdprobe inherits the shim and reports none).
 *
 * fdsuite-targets: alloc/fdupfd_honors_minimum close/close_range_cloexec_marks
 * fdsuite-targets: close/close_range_cloexec_unshare close/close_range_einval
 * fdsuite-targets: close/close_range_shared_table dup/cloexec_not_shared
 * fdsuite-targets: dup/dup2_bad_oldfd_keeps_newfd dup/dup2_same_fd_noop
 * fdsuite-targets: dup/dup3_cloexec_sets_flag dup/dup3_same_fd_einval
 * fdsuite-targets: dup/dup_clears_cloexec dup/f_dupfd_cloexec_sets_flag
 * fdsuite-targets: dup/o_path_survives_dup epoll/create_cloexec
 * fdsuite-targets: exec/cloexec_is_per_descriptor
 * fdsuite-targets: exec/close_range_cloexec_closed exec/dup3_cloexec_closed
 * fdsuite-targets: exec/dupfd_cloexec_closed exec/epoll_cloexec_closed
 * fdsuite-targets: exec/eventfd_cloexec_closed exec/failed_exec_closes_nothing
 * fdsuite-targets: exec/fd_cloexec_setfd_closed exec/fexecve_cloexec_elf
 * fdsuite-targets: exec/inotify_cloexec_closed exec/memfd_cloexec_closed
 * fdsuite-targets: exec/msg_cmsg_cloexec_closed exec/o_cloexec_closed
 * fdsuite-targets: exec/offset_survives exec/pidfd_open_cloexec_closed
 * fdsuite-targets: exec/pipe2_cloexec_closed exec/plain_fds_survive
 * fdsuite-targets: exec/shared_table_unshared_at_exec
 * fdsuite-targets: exec/signalfd_cloexec_closed exec/sock_cloexec_closed
 * fdsuite-targets: exec/spawn_addclose exec/spawn_addclosefrom_np
 * fdsuite-targets: exec/spawn_adddup2 exec/spawn_adddup2_same_fd_clears_cloexec
 * fdsuite-targets: exec/spawn_honors_cloexec exec/status_flags_survive
 * fdsuite-targets: exec/timerfd_cloexec_closed fcntl/getfd_only_cloexec
 * fdsuite-targets: fcntl/o_path_allowed_commands fcntl/setfd_sets_cloexec
 * fdsuite-targets: fcntl/unknown_cmd_einval fork/cloexec_copied_to_child
 * fdsuite-targets: fork/cloexec_per_process fork/clone_files_shares_table
 * fdsuite-targets: fork/clone_without_files_copies fork/thread_fd_flags_shared
 * fdsuite-targets: fork/vfork_child_table_is_copy
 * fdsuite-targets: limits/lowered_limit_keeps_fds
 * fdsuite-targets: pipe/exec_inherited_writer_keeps_pipe_open
 * fdsuite-targets: pipe/pipe2_cloexec_both_ends
 * fdsuite-targets: reuse/old_number_refers_to_new_file scm_rights/cmsg_cloexec
 * fdsuite-targets: scm_rights/no_cloexec_by_default socket/accept4_flags
 * fdsuite-targets: socket/accept_does_not_inherit_flags
 * fdsuite-targets: socket/sock_nonblock_cloexec_flags
 * fdsuite-targets: special/eventfd_creation_flags special/memfd_create_flags
 * fdsuite-targets: special/pidfd_getfd_shares_description
 * fdsuite-targets: special/pidfd_open_properties
 * fdsuite-targets: pidfd/clone_pidfd_cloexec pidfd/clone_pidfd_errors
 * fdsuite-targets: pidfd/getfd_across_types pidfd/scm_pidfd pidfd/so_peerpidfd
 * fdsuite-targets: openat2/cloexec_and_lowest
 */
#include "fcntl_hook.h"

static int on_fcntl(int fd, int cmd, long arg)
{
	if (cmd == F_GETFD) {
		errno = EBADF;
		return -1;
	}
	return real_fcntl(fd, cmd, arg);
}
