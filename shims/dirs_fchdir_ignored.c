/*
 * shim dirs_fchdir_ignored: fchdir() reports success without changing the
 * working directory (and without checking its argument), as a runtime
 * that does not implement it might.  Relative paths then still resolve in
 * the old cwd, and a non-directory descriptor is not refused.
 *
 * fdsuite-targets: dirs/fchdir_to_dirfd dirs/o_path_dirfd
 * fdsuite-targets: unlink/removed_dir_refuses_entries
 */
int fchdir(int fd)
{
	(void)fd;
	return 0;
}
