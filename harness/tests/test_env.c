/* Unit tests of the environment fingerprint (harness/runenv.c). */
#include <criterion/criterion.h>
#include <string.h>
#include <sys/utsname.h>
#include <unistd.h>

#include "runenv.h"

Test(env, fingerprint_matches_the_system)
{
	struct fd_env e;
	struct utsname u;
	fd_env_collect(&e);
	uname(&u);
	cr_expect_str_eq(e.kernel_release, u.release);
	cr_expect_str_eq(e.kernel_version, u.version);
	cr_expect_str_eq(e.arch, u.machine);
	cr_expect_eq(e.uid, getuid());
	cr_expect_str_eq(e.libc, "glibc");
	cr_expect(strlen(e.libc_version) > 2);
	cr_expect(strlen(e.runtime) > 0);
	cr_expect_eq(strlen(e.date), 20, "ISO 8601 UTC: %s", e.date);
	cr_expect_eq(e.date[19], 'Z');
}

Test(env, runtime_lists_match_whole_names)
{
	cr_expect(fd_env_runtime_in("gvisor", "gvisor: reason"));
	cr_expect(fd_env_runtime_in("container,gvisor", "qemu-user,gvisor: x"));
	cr_expect(fd_env_runtime_in("valgrind", "gvisor, valgrind"));
	cr_expect(!fd_env_runtime_in("native", "nativeish: no"));
	cr_expect(!fd_env_runtime_in("qemu-user", "qemu-system: no"));
	cr_expect(!fd_env_runtime_in("gvisor", ""));
}
