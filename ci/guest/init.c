/*
 * init - PID 1 of the guest that boots fdsuite under qemu-system.
 *
 * The root filesystem is a read-only ext4 image (ci/env-kernel.sh) holding
 * this program as /init and a static build in /fdsuite, on namespace 1 of
 * an emulated NVMe disk; the same image serves every kernel.  Mounts
 * /proc, /sys, /dev (unless the kernel mounted devtmpfs there already), a
 * tmpfs /tmp and a tmpfs /etc holding an os-release that names the
 * kernel's suite, brings the loopback interface up (the kernel gives it
 * 127.0.0.1), runs the runner over /fdsuite with its TAP on the console
 * (ttyS0), writes the results file raw to namespace 2 (a scratch image
 * the host reads back: a serial port carried it at about 150 KB/s), then
 * powers the machine off.  Each of its own lines carries the seconds
 * since the kernel started (CLOCK_BOOTTIME), so the console shows where a
 * run's time went.  The kernel command line may carry fdsuite.name=NAME,
 * fdsuite.suite=SUITE (named in reproduce commands), fdsuite.build=LABEL
 * (the build the runner names), fdsuite.jobs=N and fdsuite.scale=X.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <linux/magic.h>
#include <net/if.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/socket.h>
#include <sys/reboot.h>
#include <sys/stat.h>
#include <sys/statfs.h>
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

static void say(const char *fmt, ...)
{
	struct timespec t = { 0, 0 };
	clock_gettime(CLOCK_BOOTTIME, &t);
	printf("fdsuite init: [%ld.%03ld] ", (long)t.tv_sec, t.tv_nsec / 1000000);
	va_list ap;
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
	fflush(stdout);
}

int main(void)
{
	/* the image has these directories; mkdir matters only on a writable root */
	mkdir("/proc", 0555);
	mkdir("/sys", 0555);
	mkdir("/dev", 0755);
	mkdir("/tmp", 01777);
	mkdir("/etc", 0755);
	mount("proc", "/proc", "proc", 0, NULL);
	mount("sysfs", "/sys", "sysfs", 0, NULL);
	struct statfs sf;
	if (statfs("/dev", &sf) != 0 || sf.f_type != TMPFS_MAGIC) /* devtmpfs says tmpfs */
		mount("devtmpfs", "/dev", "devtmpfs", 0, NULL);
	mount("tmpfs", "/tmp", "tmpfs", 0, "mode=1777");
	mount("tmpfs", "/etc", "tmpfs", 0, "mode=755");
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
	     scale[16] = "10", suite[32] = "SUITE", build[32] = "build-static", repro[128];
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
	param(cmdline, "fdsuite.build=", build, sizeof build);
	snprintf(repro, sizeof repro, "(in the kernel booted by ci/env-kernel.sh %s)", suite);
	FILE *osr = fopen("/etc/os-release", "w");
	if (osr) {
		fprintf(osr, "PRETTY_NAME=\"fdsuite boot image (Debian %s kernel)\"\n", suite);
		fclose(osr);
	}
	setenv("FT_TIMEOUT_SCALE", scale, 1);
	setenv("PATH", "/fdsuite/harness:/bin", 1);
	setenv("TMPDIR", "/tmp", 1);

	say("running the suite as %s", name);
	pid_t pid = fork();
	if (pid == 0) {
		execl("/fdsuite/harness/fdrun", "fdrun", "-q", "-j", jobs, "-b",
		      "/fdsuite", "-n", name, "-r", repro, "-B", build,
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
	say("runner exited with %d", WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st));
	/* the results go to the second namespace of the NVMe disk, a raw
	 * scratch image the host reads back (the file, then zero bytes) */
	int in = open("/tmp/results.json", O_RDONLY);
	int out = open("/dev/nvme0n2", O_WRONLY);
	if (in >= 0 && out >= 0) {
		char buf[65536];
		ssize_t r;
		while ((r = read(in, buf, sizeof buf)) > 0)
			if (write(out, buf, (size_t)r) != r)
				break;
		if (r != 0 || fsync(out) != 0)
			perror("fdsuite init: writing the results to /dev/nvme0n2");
		say("results written");
	} else {
		perror("fdsuite init: no results to send: open");
	}
	sync();
	reboot(RB_POWER_OFF);
	return 0;
}
