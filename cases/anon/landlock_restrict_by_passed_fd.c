/*
 * anon/landlock_restrict_by_passed_fd - a Landlock ruleset is an object
 * behind its descriptor: a process that received the descriptor over
 * SCM_RIGHTS can add rules to it and enforce it on itself with
 * landlock_restrict_self() (after PR_SET_NO_NEW_PRIVS), a rule added
 * through the received copy is in the sender's ruleset too, and the
 * sender is not restricted by what the receiver enforced.  A descriptor
 * that is not a ruleset is EBADFD, a closed one EBADF.
 */
#include "anon.h"
#include "../scm_rights/scm_rights.h"
#include <sys/prctl.h>

FT_CASE("a Landlock ruleset descriptor passed over SCM_RIGHTS is the same ruleset, enforceable by the receiver",
	"landlock_restrict_self(2) DESCRIPTION, ERRORS (EBADF, EBADFD); landlock_add_rule(2); landlock(7); unix(7) \"Ancillary messages\"; Linux 5.13");

struct ll_path_beneath {
	uint64_t allowed_access;
	int32_t parent_fd;
} __attribute__((packed)); /* struct landlock_path_beneath_attr */
#define LL_RULE_PATH_BENEATH 1

/* "ok/f" and "f", both readable before any restriction. */
static void files(void)
{
	FT_SYS(mkdir("ok", 0700));
	int fd = FT_SYS(open("ok/f", O_WRONLY | O_CREAT | O_CLOEXEC, 0600));
	FT_SYS(close(fd));
	fd = FT_SYS(open("f", O_WRONLY | O_CREAT | O_CLOEXEC, 0600));
	FT_SYS(close(fd));
}

static void allow_ok(int ruleset)
{
	struct ll_path_beneath pb = { ANON_LL_READ_FILE, -1 };
	pb.parent_fd = FT_SYS(open("ok", O_PATH | O_DIRECTORY | O_CLOEXEC));
	FT_SYS(syscall(SYS_landlock_add_rule, ruleset, LL_RULE_PATH_BENEATH, &pb, 0));
	FT_SYS(close(pb.parent_fd));
}

/* In a child: enforce ruleset, then "ok/f" opens and "f" is EACCES. */
static void enforce_and_check(int ruleset)
{
	FT_SYS(prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0));
	FT_SYS(syscall(SYS_landlock_restrict_self, ruleset, 0));
	int fd = FT_SYS(open("ok/f", O_RDONLY | O_CLOEXEC));
	FT_SYS(close(fd));
	FT_ERRNO(open("f", O_RDONLY | O_CLOEXEC), EACCES);
}

FT_POINT(receiver_adds_rule_and_enforces)
{
	FT_FDS int s[2] = FT_NO_FDS;
	files();
	ft_socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, s);
	FT_FD int ruleset = anon_landlock(0);
	pid_t pid = ft_fork();
	if (pid == 0) {
		int got = scm_recv1(s[1]);
		allow_ok(got);
		enforce_and_check(got);
		_exit(0);
	}
	SCM_SEND1(s[0], ruleset);
	FT_CHILD_OK(pid);
	FT_FD int still = FT_SYS(open("f", O_RDONLY | O_CLOEXEC)); /* sender free */
}

FT_POINT(rule_via_copy_in_senders_ruleset)
{
	FT_FDS int s[2] = FT_NO_FDS;
	files();
	ft_socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, s);
	FT_FD int ruleset = anon_landlock(0);
	pid_t adder = ft_fork();
	if (adder == 0) {
		int got = scm_recv1(s[1]);
		allow_ok(got);
		_exit(0);
	}
	SCM_SEND1(s[0], ruleset);
	FT_CHILD_OK(adder);
	pid_t pid = ft_fork();
	if (pid == 0) {
		enforce_and_check(ruleset); /* the rule the other process added */
		_exit(0);
	}
	FT_CHILD_OK(pid);
}

FT_POINT(not_a_ruleset_ebadfd)
{
	FT_FD int ruleset = anon_landlock(0);
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, O_CLOEXEC);
	pid_t pid = ft_fork();
	if (pid == 0) {
		FT_SYS(prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0));
		FT_ERRNO(syscall(SYS_landlock_restrict_self, p[0], 0), EBADFD);
		int closed = ft_lowest_free();
		FT_ERRNO(syscall(SYS_landlock_restrict_self, closed, 0), EBADF);
		_exit(0);
	}
	FT_CHILD_OK(pid);
}
