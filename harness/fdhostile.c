/*
 * fdhostile - starts a command the way shells, CI agents, init systems and
 * container runtimes really start programs, so that `make check-hostile`
 * can require the suite's verdicts not to depend on how it was started.
 *
 *     fdhostile START[,START...] -- COMMAND [ARG...]
 *
 * Starts (several may be combined with commas, applied in order):
 *   clean         the start `make check` expects: fds 0, 1, 2 open (on
 *                 /dev/null where one was closed) and nothing else, every
 *                 signal at its default action, an empty signal mask; what
 *                 was closed or reset is said on stderr
 *   close01       fds 0 and 1 closed
 *   close012      fds 0, 1 and 2 closed
 *   leak          extra descriptors inherited without FD_CLOEXEC: a regular
 *                 file, one end of a socket pair, the write end of a pipe
 *   sigpipe-ign   SIGPIPE ignored (survives exec, signal(7))
 *   sigchld-ign   SIGCHLD ignored (children are then reaped by the kernel)
 *   block-intterm SIGINT and SIGTERM blocked
 *   nofile64      soft RLIMIT_NOFILE 64 (hard limit unchanged)
 *   nofile64-hard soft and hard RLIMIT_NOFILE 64
 *   umask0177     umask 0177 (no execute bits, no group or other access)
 *   rocwd         the cwd is read-only (bound read-only onto itself in a
 *                 private mount namespace)
 *   notmpdir      TMPDIR unset
 *   userns        a new user namespace mapping the caller's ids to 0
 *   rootless      as the unprivileged user nobody, then userns: how rootless
 *                 containers run
 *   noproc        an empty tmpfs over /proc (a private mount namespace)
 *   pid1          a new pid namespace, the command is its PID 1 (with its
 *                 own /proc)
 *   nobody        as the unprivileged user nobody (65534)
 *
 * Exit status: the command's, or 125 when a start cannot be made here
 * (the reason is printed: e.g. needs root), 126/127 when the command
 * cannot be executed, 2 on bad usage.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#define UNAVAILABLE 125
#define NOBODY 65534

static const char *prog = "fdhostile";

__attribute__((noreturn)) static void unavailable(const char *start,
						  const char *why)
{
	fprintf(stderr, "%s: start '%s' cannot be made here: %s (%s)\n", prog,
		start, why, strerror(errno));
	exit(UNAVAILABLE);
}

static int write_file(const char *path, const char *text)
{
	int fd = open(path, O_WRONLY | O_CLOEXEC);
	if (fd == -1)
		return -1;
	ssize_t n = write(fd, text, strlen(text));
	int e = errno;
	close(fd);
	errno = e;
	return n == (ssize_t)strlen(text) ? 0 : -1;
}

static void become_nobody(const char *start)
{
	if (setgroups(0, NULL) == -1 || setresgid(NOBODY, NOBODY, NOBODY) == -1 ||
	    setresuid(NOBODY, NOBODY, NOBODY) == -1)
		unavailable(start, "cannot become the user nobody (needs root)");
	/* a change of credentials makes /proc/self root's; the namespace
	   set-up writes there */
	prctl(PR_SET_DUMPABLE, 1);
}

/* A user namespace in which the caller's uid and gid are 0. */
static void enter_userns(const char *start)
{
	uid_t uid = geteuid();
	gid_t gid = getegid();
	if (unshare(CLONE_NEWUSER) == -1)
		unavailable(start, "unshare(CLONE_NEWUSER) failed");
	char map[64];
	snprintf(map, sizeof map, "0 %u 1\n", (unsigned)uid);
	if (write_file("/proc/self/uid_map", map) == -1)
		unavailable(start, "cannot write uid_map");
	if (write_file("/proc/self/setgroups", "deny\n") == -1 && errno != ENOENT)
		unavailable(start, "cannot write setgroups");
	snprintf(map, sizeof map, "0 %u 1\n", (unsigned)gid);
	if (write_file("/proc/self/gid_map", map) == -1)
		unavailable(start, "cannot write gid_map");
}

/* A private mount namespace; as non-root, inside a new user namespace. */
static void private_mounts(const char *start)
{
	if (geteuid() != 0)
		enter_userns(start);
	if (unshare(CLONE_NEWNS) == -1)
		unavailable(start, "unshare(CLONE_NEWNS) failed");
	if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) == -1)
		unavailable(start, "cannot make mounts private");
}

/* Becomes PID 1 of a new pid namespace: the caller stays as the parent,
   relaying the exit status, and never returns. */
static void become_pid1(const char *start)
{
	private_mounts(start);
	if (unshare(CLONE_NEWPID) == -1)
		unavailable(start, "unshare(CLONE_NEWPID) failed");
	pid_t pid = fork();
	if (pid == -1)
		unavailable(start, "fork failed");
	if (pid == 0) {
		if (mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL) == -1)
			unavailable(start, "cannot mount the new /proc");
		return;
	}
	/* the relay: signals meant for the command go to it */
	sigset_t all;
	sigfillset(&all);
	sigprocmask(SIG_BLOCK, &all, NULL);
	for (;;) {
		siginfo_t si;
		int sig = sigwaitinfo(&all, &si);
		if (sig == SIGCHLD) {
			int st;
			pid_t r = waitpid(pid, &st, WNOHANG);
			if (r == pid)
				exit(WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st));
		} else if (sig > 0) {
			kill(pid, sig);
		}
	}
}

/* The documented start: what was handed over is named, then undone. */
static void clean_start(void)
{
	for (int fd = 0; fd < 3; fd++)
		if (fcntl(fd, F_GETFD) == -1 && errno == EBADF) {
			int n = open("/dev/null", fd ? O_WRONLY : O_RDONLY);
			if (n != fd && n >= 0) {
				dup2(n, fd);
				close(n);
			}
			fprintf(stderr, "%s: clean: fd %d was closed; /dev/null now\n", prog, fd);
		}
	struct rlimit rl;
	long max = getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < 65536 ? (long)rl.rlim_cur : 65536;
	for (int fd = 3; fd < max; fd++) {
		if (fcntl(fd, F_GETFD) == -1)
			continue;
		char link[64], target[256] = "?";
		snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
		ssize_t n = readlink(link, target, sizeof target - 1);
		target[n > 0 ? n : 1] = 0;
		fprintf(stderr, "%s: clean: closing inherited fd %d -> %s\n", prog, fd, target);
		close(fd);
	}
	for (int sig = 1; sig < NSIG; sig++) {
		struct sigaction sa;
		if (sig == SIGKILL || sig == SIGSTOP || sigaction(sig, NULL, &sa) != 0)
			continue;
		if (sa.sa_handler == SIG_IGN)
			fprintf(stderr, "%s: clean: signal %d (%s) was ignored; default now\n",
				prog, sig, strsignal(sig));
		memset(&sa, 0, sizeof sa);
		sa.sa_handler = SIG_DFL;
		sigaction(sig, &sa, NULL);
	}
	sigset_t set, none;
	sigemptyset(&none);
	if (sigprocmask(SIG_SETMASK, &none, &set) == 0)
		for (int sig = 1; sig < NSIG; sig++)
			if (sigismember(&set, sig) == 1)
				fprintf(stderr, "%s: clean: signal %d (%s) was blocked; unblocked now\n",
					prog, sig, strsignal(sig));
}

static void apply(const char *s)
{
	if (strcmp(s, "clean") == 0) {
		clean_start();
	} else if (strcmp(s, "close01") == 0) {
		close(0);
		close(1);
	} else if (strcmp(s, "close012") == 0) {
		close(0);
		close(1);
		close(2);
	} else if (strcmp(s, "leak") == 0) {
		int f = open("/etc/passwd", O_RDONLY);
		int sv[2], p[2];
		if (f == -1 || socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == -1 ||
		    pipe(p) == -1)
			unavailable(s, "cannot open the descriptors to leak");
		close(sv[1]);
		close(p[0]); /* the write end of a pipe nobody reads */
	} else if (strcmp(s, "sigpipe-ign") == 0) {
		signal(SIGPIPE, SIG_IGN);
	} else if (strcmp(s, "sigchld-ign") == 0) {
		signal(SIGCHLD, SIG_IGN);
	} else if (strcmp(s, "block-intterm") == 0) {
		sigset_t set;
		sigemptyset(&set);
		sigaddset(&set, SIGINT);
		sigaddset(&set, SIGTERM);
		sigprocmask(SIG_BLOCK, &set, NULL);
	} else if (strcmp(s, "nofile64") == 0 || strcmp(s, "nofile64-hard") == 0) {
		struct rlimit rl;
		if (getrlimit(RLIMIT_NOFILE, &rl) == -1)
			unavailable(s, "getrlimit failed");
		rl.rlim_cur = 64;
		if (strcmp(s, "nofile64-hard") == 0)
			rl.rlim_max = 64;
		if (setrlimit(RLIMIT_NOFILE, &rl) == -1)
			unavailable(s, "setrlimit failed");
	} else if (strcmp(s, "umask0177") == 0) {
		umask(0177);
	} else if (strcmp(s, "rocwd") == 0) {
		/* the cwd itself, bound read-only onto itself */
		char cwd[4096];
		if (!getcwd(cwd, sizeof cwd))
			unavailable(s, "getcwd failed");
		private_mounts(s);
		if (mount(cwd, cwd, NULL, MS_BIND | MS_REC, NULL) == -1 ||
		    mount(NULL, cwd, NULL, MS_BIND | MS_REMOUNT | MS_RDONLY, NULL) == -1 ||
		    chdir(cwd) == -1)
			unavailable(s, "cannot bind the cwd read-only");
	} else if (strcmp(s, "notmpdir") == 0) {
		unsetenv("TMPDIR");
	} else if (strcmp(s, "userns") == 0) {
		enter_userns(s);
	} else if (strcmp(s, "rootless") == 0) {
		if (geteuid() == 0)
			become_nobody(s);
		enter_userns(s);
	} else if (strcmp(s, "noproc") == 0) {
		private_mounts(s);
		if (mount("fdhostile", "/proc", "tmpfs", 0, "size=4k") == -1)
			unavailable(s, "cannot mount a tmpfs over /proc");
	} else if (strcmp(s, "pid1") == 0) {
		become_pid1(s);
	} else if (strcmp(s, "nobody") == 0) {
		become_nobody(s);
	} else {
		fprintf(stderr, "%s: unknown start '%s' (see the top of harness/fdhostile.c)\n",
			prog, s);
		exit(2);
	}
}

int main(int argc, char **argv)
{
	if (argc < 4 || strcmp(argv[2], "--") != 0) {
		fprintf(stderr, "usage: %s START[,START...] -- COMMAND [ARG...]\n", prog);
		return 2;
	}
	char *starts = strdup(argv[1]), *save = NULL;
	if (!starts)
		return 2;
	/* the command must be runnable by whoever it will run as: checked
	   after the start is made, before the exec */
	for (char *s = strtok_r(starts, ",", &save); s; s = strtok_r(NULL, ",", &save))
		apply(s);
	if (access(argv[3], X_OK) == -1 && strchr(argv[3], '/')) {
		fprintf(stderr, "%s: start '%s' cannot be made here: %s is not executable after it (%s)\n",
			prog, argv[1], argv[3], strerror(errno));
		return UNAVAILABLE;
	}
	execvp(argv[3], argv + 3);
	return errno == ENOENT ? 127 : 126;
}
