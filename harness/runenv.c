/* runenv.c - environment fingerprint and runtime detection (see runenv.h). */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "runenv.h"

#include <fcntl.h>
#include <ftw.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>
#ifdef __GLIBC__
#include <gnu/libc-version.h>
#endif
#if defined(__has_include)
#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#define FD_HAVE_VALGRIND_H 1
#endif
#endif

#ifndef FDSUITE_REV
#define FDSUITE_REV "unknown"
#endif
#ifndef FDSUITE_LIBC_VERSION
#define FDSUITE_LIBC_VERSION "unknown"
#endif

/* Read a small file with raw system calls (fault shims may wrap libc). */
static int fd__slurp(const char *path, char *buf, size_t n)
{
	int fd = (int)syscall(SYS_openat, AT_FDCWD, path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		buf[0] = 0;
		return -1;
	}
	size_t got = 0;
	while (got + 1 < n) {
		long r = syscall(SYS_read, fd, buf + got, n - 1 - got);
		if (r <= 0)
			break;
		got += (size_t)r;
	}
	buf[got] = 0;
	syscall(SYS_close, fd);
	return (int)got;
}

static void fd__chomp(char *s)
{
	size_t n = strlen(s);
	while (n && (s[n - 1] == '\n' || s[n - 1] == ' '))
		s[--n] = 0;
}

static void fd__add(char *list, size_t n, const char *name)
{
	if (list[0])
		strncat(list, ",", n - strlen(list) - 1);
	strncat(list, name, n - strlen(list) - 1);
}

static int fd__file_has(const char *path, const char *needle)
{
	char buf[8192];
	if (fd__slurp(path, buf, sizeof buf) < 0)
		return 0;
	return strstr(buf, needle) != NULL;
}

static int fd__exists(const char *path)
{
	return syscall(SYS_faccessat, AT_FDCWD, path, F_OK) == 0;
}

/* The pid of whoever ptraces us, 0 if nobody. */
static long fd__tracer_pid(void)
{
	char buf[4096];
	if (fd__slurp("/proc/self/status", buf, sizeof buf) < 0)
		return 0;
	char *p = strstr(buf, "TracerPid:");
	return p ? strtol(p + 10, NULL, 10) : 0;
}

static void fd__detect(char *rt, size_t n)
{
	struct utsname u;
	rt[0] = 0;
	uname(&u);
	/* gVisor's Sentry reports a fixed, fictional kernel. */
	if (strcmp(u.release, "4.4.0") == 0 &&
	    strstr(u.version, "Sun Jan 10 15:06:54 PST 2016"))
		fd__add(rt, n, "gvisor");
#ifdef FD_HAVE_VALGRIND_H
	if (RUNNING_ON_VALGRIND)
		fd__add(rt, n, "valgrind");
#endif
	/* qemu-user answers /proc/self/exe, cmdline and maps with the guest's
	   view, but the host process's name is still the emulator's. */
	{
		char comm[64];
		fd__slurp("/proc/self/comm", comm, sizeof comm);
		if (strncmp(comm, "qemu-", 5) == 0)
			fd__add(rt, n, "qemu-user");
	}
	long tp = fd__tracer_pid();
	if (tp > 0) {
		char path[64], comm[64];
		snprintf(path, sizeof path, "/proc/%ld/comm", tp);
		fd__slurp(path, comm, sizeof comm);
		fd__chomp(comm);
		fd__add(rt, n, strcmp(comm, "proot") == 0 ? "proot" : "ptraced");
	} else if (getenv("PROOT_LOADER") || getenv("PROOT_TMP_DIR")) {
		fd__add(rt, n, "proot");
	}
	{
		char comm[64];
		fd__slurp("/proc/1/comm", comm, sizeof comm);
		fd__chomp(comm);
		if (strcmp(comm, "bwrap") == 0)
			fd__add(rt, n, "bubblewrap");
	}
	/* OCI runtimes' default specs mask /proc files (kcore, keys,
	   timer_list ...) by mounting /dev/null over those that exist */
	static const char *masked[] = { "/proc/kcore", "/proc/keys",
					"/proc/timer_list", "/proc/sched_debug" };
	int kcore_masked = 0;
	for (size_t i = 0; i < sizeof masked / sizeof masked[0]; i++) {
		struct stat kc;
		if (stat(masked[i], &kc) == 0 && S_ISCHR(kc.st_mode))
			kcore_masked = 1;
	}
	if (fd__exists("/.dockerenv") || fd__exists("/run/.containerenv") ||
	    getenv("container") || kcore_masked)
		fd__add(rt, n, "container");
	if (fd__file_has("/sys/class/dmi/id/sys_vendor", "QEMU") ||
	    fd__file_has("/proc/cpuinfo", "QEMU Virtual CPU"))
		fd__add(rt, n, "qemu-system");
	if (!rt[0])
		fd__add(rt, n, "native");
}

const char *fd_env_runtime(void)
{
	static char rt[128];
	if (!rt[0])
		fd__detect(rt, sizeof rt);
	return rt;
}

int fd_env_runtime_in(const char *runtimes, const char *list)
{
	/* any name of runtimes (comma-separated) appearing in list */
	char a[256];
	snprintf(a, sizeof a, "%s", runtimes);
	for (char *save = NULL, *t = strtok_r(a, ",", &save); t;
	     t = strtok_r(NULL, ",", &save)) {
		size_t tl = strlen(t);
		for (const char *p = list; (p = strstr(p, t)); p += tl) {
			int start = p == list || p[-1] == ',' || p[-1] == ' ';
			int end = p[tl] == 0 || p[tl] == ',' || p[tl] == ' ' ||
				  p[tl] == ':';
			if (start && end)
				return 1;
		}
	}
	return 0;
}

void fd_env_collect(struct fd_env *e)
{
	struct utsname u;
	memset(e, 0, sizeof *e);
	uname(&u);
	snprintf(e->kernel_release, sizeof e->kernel_release, "%s", u.release);
	snprintf(e->kernel_version, sizeof e->kernel_version, "%s", u.version);
	snprintf(e->arch, sizeof e->arch, "%s", u.machine);
#ifdef __GLIBC__
	snprintf(e->libc, sizeof e->libc, "glibc");
	snprintf(e->libc_version, sizeof e->libc_version, "%s",
		 gnu_get_libc_version());
#else
	snprintf(e->libc, sizeof e->libc, "musl");
	snprintf(e->libc_version, sizeof e->libc_version, "%s",
		 FDSUITE_LIBC_VERSION);
#endif
	char buf[4096];
	char *p = NULL;
	if (fd__slurp("/etc/os-release", buf, sizeof buf) > 0)
		p = strstr(buf, "PRETTY_NAME=");
	if (p) {
		p += 12;
		if (*p == '"')
			p++;
		size_t l = strcspn(p, "\"\n");
		snprintf(e->distro, sizeof e->distro, "%.*s", (int)l, p);
	} else {
		snprintf(e->distro, sizeof e->distro, "unknown");
	}
	e->uid = (unsigned)getuid();
	snprintf(e->runtime, sizeof e->runtime, "%s", fd_env_runtime());
	snprintf(e->revision, sizeof e->revision, "%s", FDSUITE_REV);
	time_t t = time(NULL);
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(e->date, sizeof e->date, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

void fd_reset_signals(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = SIG_DFL;
	for (int s = 1; s < NSIG; s++)
		if (s != SIGKILL && s != SIGSTOP)
			sigaction(s, &sa, NULL);
	sigset_t none;
	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);
}

static int fd__rm_entry(const char *path, const struct stat *sb, int flag,
			struct FTW *ftw)
{
	(void)sb;
	(void)ftw;
	if (flag == FTW_DP || flag == FTW_D || flag == FTW_DNR)
		rmdir(path);
	else
		unlink(path);
	return 0;
}

static int fd__chmod_entry(const char *path, const struct stat *sb, int flag,
			   struct FTW *ftw)
{
	(void)sb;
	(void)ftw;
	if (flag == FTW_D || flag == FTW_DNR)
		chmod(path, 0700);
	return 0;
}

void fd_remove_tree(const char *dir)
{
	if (!dir || !dir[0])
		return;
	chmod(dir, 0700);
	nftw(dir, fd__chmod_entry, 16, FTW_PHYS);
	nftw(dir, fd__rm_entry, 16, FTW_DEPTH | FTW_PHYS);
	rmdir(dir);
}
