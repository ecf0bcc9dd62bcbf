/*
 * init - PID 1 of the initramfs that boots fdsuite under qemu-system.
 *
 * Mounts /proc, /sys, /dev and a tmpfs /tmp, brings the loopback
 * interface up (the kernel gives it 127.0.0.1), runs the runner over the
 * static build in /fdsuite with its TAP on the console (ttyS0), copies the
 * results file to the second serial port (ttyS1, a file on the host), then
 * powers the machine off.  The kernel command line may carry
 * fdsuite.name=NAME, fdsuite.suite=SUITE (named in reproduce commands),
 * fdsuite.jobs=N and fdsuite.scale=X.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <net/if.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/socket.h>
#include <sys/reboot.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static void param(const char *cmdline, const char *key, char *out, size_t n)
{
	const char *p = strstr(cmdline, key);
	if (!p)
		return;
	p += strlen(key);
	size_t l = strcspn(p, " \n");
	snprintf(out, n, "%.*s", (int)l, p);
}

int main(void)
{
	mkdir("/proc", 0555);
	mkdir("/sys", 0555);
	mkdir("/dev", 0755);
	mkdir("/tmp", 01777);
	mount("proc", "/proc", "proc", 0, NULL);
	mount("sysfs", "/sys", "sysfs", 0, NULL);
	mount("devtmpfs", "/dev", "devtmpfs", 0, NULL);
	mount("tmpfs", "/tmp", "tmpfs", 0, "mode=1777");
	symlink("/proc/self/fd", "/dev/fd");

	int s = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	struct ifreq ifr;
	memset(&ifr, 0, sizeof ifr);
	strcpy(ifr.ifr_name, "lo");
	if (s < 0 || ioctl(s, SIOCGIFFLAGS, &ifr) != 0 ||
	    (ifr.ifr_flags |= IFF_UP, ioctl(s, SIOCSIFFLAGS, &ifr)) != 0)
		perror("fdsuite init: bringing lo up");
	if (s >= 0)
		close(s);

	char cmdline[4096] = "", name[128] = "qemu-system", jobs[16] = "2",
	     scale[16] = "10", suite[32] = "SUITE", repro[128];
	int fd = open("/proc/cmdline", O_RDONLY);
	if (fd >= 0) {
		ssize_t r = read(fd, cmdline, sizeof cmdline - 1);
		cmdline[r > 0 ? r : 0] = 0;
		close(fd);
	}
	param(cmdline, "fdsuite.name=", name, sizeof name);
	param(cmdline, "fdsuite.jobs=", jobs, sizeof jobs);
	param(cmdline, "fdsuite.scale=", scale, sizeof scale);
	param(cmdline, "fdsuite.suite=", suite, sizeof suite);
	snprintf(repro, sizeof repro, "(in the kernel booted by ci/env-kernel.sh %s)", suite);
	setenv("FT_TIMEOUT_SCALE", scale, 1);
	setenv("PATH", "/fdsuite/harness:/bin", 1);
	setenv("TMPDIR", "/tmp", 1);

	printf("fdsuite init: running the suite as %s\n", name);
	fflush(stdout);
	pid_t pid = fork();
	if (pid == 0) {
		execl("/fdsuite/harness/fdrun", "fdrun", "-q", "-j", jobs, "-b",
		      "/fdsuite", "-n", name, "-r", repro, "-B", "build-static",
		      "-o", "/tmp/results.json", (char *)NULL);
		perror("exec fdrun");
		_exit(127);
	}
	int st = 0;
	for (;;) { /* as init, reap everything; stop when the runner ends */
		pid_t w = wait(&st);
		if (w == pid || (w == -1 && errno != EINTR))
			break;
	}
	printf("fdsuite init: runner exited with %d\n",
	       WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st));
	int in = open("/tmp/results.json", O_RDONLY);
	int out = open("/dev/ttyS1", O_WRONLY | O_NOCTTY);
	if (in >= 0 && out >= 0) {
		char buf[65536];
		ssize_t r;
		while ((r = read(in, buf, sizeof buf)) > 0)
			if (write(out, buf, (size_t)r) != r)
				break;
		fsync(out);
	} else {
		printf("fdsuite init: no results to send\n");
	}
	fflush(stdout);
	sync();
	reboot(RB_POWER_OFF);
	return 0;
}
