/* Unit tests of the start-up audit (harness/audit.c): its text format
   round-trips and its points judge what they say. */
#include <criterion/criterion.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "audit.h"

static struct audit a, b;

static void round_trip(const struct audit *in, struct audit *out)
{
	char path[] = "/tmp/fdsuite-audit-test.XXXXXX";
	int fd = mkstemp(path);
	cr_assert_geq(fd, 0);
	cr_assert_eq(audit_write(in, fd), 0);
	close(fd);
	char err[256] = "";
	int rc = audit_read_file(out, path, err, sizeof err);
	unlink(path);
	cr_assert_eq(rc, 0, "%s", err);
}

Test(audit, round_trips)
{
	audit_capture(&a);
	a.nfds = a.fd_count = 1;
	a.fds[0] = (struct audit_fd){ 7, 0, O_RDONLY, "reg", "/tmp/odd\\name\nx" };
	a.ignored = 1ULL << (SIGPIPE - 1);
	a.blocked = (1ULL << (SIGUSR1 - 1)) | (1ULL << 63);
	snprintf(a.cwd, sizeof a.cwd, "/a b\\c");
	round_trip(&a, &b);
	cr_expect_eq(b.pid, a.pid);
	cr_assert_eq(b.nfds, 1);
	cr_expect_eq(b.fds[0].fd, 7);
	cr_expect_eq(b.fds[0].flflags, O_RDONLY);
	cr_expect_str_eq(b.fds[0].type, "reg");
	cr_expect_str_eq(b.fds[0].target, "/tmp/odd\\name\nx");
	cr_expect_eq(b.ignored, a.ignored);
	cr_expect_eq(b.blocked, a.blocked);
	cr_expect_str_eq(b.cwd, a.cwd);
	cr_expect_str_eq(b.umask, a.umask);
	cr_expect_str_eq(b.nofile_soft, a.nofile_soft);
}

Test(audit, rejects_other_text)
{
	char err[128];
	cr_expect_eq(audit_parse(&b, "hello\n", err, sizeof err), -1);
	cr_expect_eq(audit_parse(&b, AUDIT_FORMAT "\nfd=x\n", err, sizeof err), -1);
	cr_expect_eq(audit_parse(&b, AUDIT_FORMAT "\nfd_count=0\n", err, sizeof err), -1,
		     "no pid");
}

Test(audit, judges_declared_descriptors)
{
	char msg[1024];
	memset(&a, 0, sizeof a);
	a.pid = 42;
	for (int i = 0; i < 5; i++)
		a.fds[i] = (struct audit_fd){ i, 0, O_RDWR, "chr", "/dev/null" };
	a.nfds = a.fd_count = 5;
	cr_expect_eq(audit_judge(&a, "inherited_fds/only_declared", msg, sizeof msg), 0);
	cr_expect(strstr(msg, "fd 3 -> /dev/null (chr), O_RDWR, no FD_CLOEXEC"), "%s", msg);
	snprintf(a.listen_fds, sizeof a.listen_fds, "2");
	snprintf(a.listen_pid, sizeof a.listen_pid, "43");
	cr_expect_eq(audit_judge(&a, "inherited_fds/only_declared", msg, sizeof msg), 0,
		     "LISTEN_PID of another process declares nothing");
	cr_expect_eq(audit_judge(&a, "inherited_fds/declared_open", msg, sizeof msg), -1);
	snprintf(a.listen_pid, sizeof a.listen_pid, "42");
	cr_expect_eq(audit_judge(&a, "inherited_fds/only_declared", msg, sizeof msg), 1, "%s", msg);
	cr_expect_eq(audit_judge(&a, "inherited_fds/declared_open", msg, sizeof msg), 1, "%s", msg);
	snprintf(a.listen_fds, sizeof a.listen_fds, "3");
	cr_expect_eq(audit_judge(&a, "inherited_fds/declared_open", msg, sizeof msg), 0);
	cr_expect(strstr(msg, "fd 5 declared"), "%s", msg);
	a.listen_fds[0] = 0;
	snprintf(a.allow_fds, sizeof a.allow_fds, "4,3");
	cr_expect_eq(audit_judge(&a, "inherited_fds/only_declared", msg, sizeof msg), 1, "%s", msg);
	a.fds[0].fd = 9; /* 0 closed */
	cr_expect_eq(audit_judge(&a, "standard_fds_open/stdin_open", msg, sizeof msg), 0);
	cr_expect_eq(audit_judge(&a, "standard_fds_open/stdout_open", msg, sizeof msg), 1);
}

Test(audit, judges_signals)
{
	char msg[1024];
	memset(&a, 0, sizeof a);
	cr_expect_eq(audit_judge(&a, "inherited_signals/none_ignored", msg, sizeof msg), 1);
	a.ignored = 1ULL << (SIGPIPE - 1);
	cr_expect_eq(audit_judge(&a, "inherited_signals/none_ignored", msg, sizeof msg), 0);
	cr_expect(strstr(msg, "SIGPIPE"), "%s", msg);
	a.blocked = 1ULL << (SIGRTMIN + 1 - 1);
	cr_expect_eq(audit_judge(&a, "inherited_signals/none_blocked", msg, sizeof msg), 0);
	cr_expect(strstr(msg, "real-time"), "%s", msg);
}
