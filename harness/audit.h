/*
 * audit.h - the start-up audit: what a process was handed when it started,
 * recorded before anything is cleaned, written as key=value lines, read
 * back, and judged.
 *
 * A new process should hold descriptors 0, 1 and 2 and nothing else but
 * what it was told about (LISTEN_FDS/LISTEN_PID, sd_listen_fds(3); or the
 * suite's FDSUITE_ALLOW_FDS="7,9"), should ignore no signal and block no
 * signal: execve(2) keeps open descriptors without FD_CLOEXEC, ignored
 * dispositions and the signal mask (signal(7) "Signal dispositions",
 * "Signal mask and pending signals"), so whatever a container runtime, a
 * daemon or a CI agent left behind reaches the program.  The OCI runtime
 * spec (runtime-linux.md "File descriptors") keeps only stdin, stdout and
 * stderr open by default, plus descriptors passed for socket activation.
 *
 * The runner captures its own start first thing in main(), writes the
 * audit to a file and names it to the cases in FDSUITE_STARTUP_AUDIT;
 * the cases under cases/startup/ judge that file, or, run on their own,
 * their own start.  fixtures/fdaudit prints the same points for any
 * environment's first process.
 *
 * Format (fdsuite-startup-audit/1), one fact a line, in this order:
 *   fdsuite-startup-audit/1
 *   pid=1234
 *   fd_source=/proc/self/fd          (or "F_GETFD scan below N")
 *   fd_count=4
 *   fd=7 fdflags=0x0 flflags=0x8000 type=reg target=/etc/hostname
 *   sig_ignored=13 17                (signal numbers, space-separated)
 *   sig_blocked=
 *   nofile_soft=1024
 *   nofile_hard=1048576              (or "unlimited")
 *   umask=0022
 *   no_new_privs=0                   (or "unknown: EINVAL")
 *   cwd=/home/me
 *   uid_map=0 1000 1                 (the map's lines joined by "; ")
 *   gid_map=0 1000 1
 *   listen_fds=2                     (environment at capture, "" if unset)
 *   listen_pid=1234
 *   allow_fds=7,9
 * Backslash and newline in values are written as \\ and \n.
 */
#ifndef AUDIT_H
#define AUDIT_H

#include <stddef.h>

#define AUDIT_FORMAT "fdsuite-startup-audit/1"
#define AUDIT_MAX_FDS 256 /* descriptors described; fd_count counts all */

struct audit_fd {
	int fd;
	int fdflags;   /* F_GETFD */
	int flflags;   /* F_GETFL, -1 where it failed */
	char type[8];  /* reg dir fifo sock chr blk lnk anon, "?" */
	char target[256]; /* readlink of /proc/self/fd/N; where that is
			     unreadable "[dev MAJ:MIN ino N]", else "" */
};

struct audit {
	int pid;
	char fd_source[64];
	int fd_count; /* open descriptors found; fds[] holds the first ones */
	int nfds;
	struct audit_fd fds[AUDIT_MAX_FDS];
	unsigned long long ignored, blocked; /* bit s-1 for signal s */
	/* recorded, not judged */
	char nofile_soft[24], nofile_hard[24];
	char umask[8];
	char no_new_privs[32];
	char cwd[512];
	char uid_map[256], gid_map[256];
	/* what the environment declares, as it was at capture */
	char listen_fds[24], listen_pid[24], allow_fds[256];
};

/* Records the calling process's start.  Opens nothing that outlives the
   call and changes nothing (the umask is read by setting it back).  Call
   it before anything else in main() or from a constructor. */
void audit_capture(struct audit *a);

/* Serialize to fd / to a file (created 0600, close-on-exec).  0 or -1. */
int audit_write(const struct audit *a, int fd);
int audit_write_file(const struct audit *a, const char *path);
/* Parse the text (NUL-terminated) or a file.  0, or -1 with a reason. */
int audit_parse(struct audit *a, const char *text, char *err, size_t errlen);
int audit_read_file(struct audit *a, const char *path, char *err,
		    size_t errlen);

/* Is fd declared: in LISTEN_FDS (when LISTEN_PID is the audited pid) or
   in the allow list?  audit_listen_count() is N of LISTEN_FDS when it was
   meant for the audited process, else 0. */
int audit_declared(const struct audit *a, int fd);
int audit_listen_count(const struct audit *a);

/* "fd 7 -> /etc/hostname (reg), O_RDONLY, no FD_CLOEXEC" */
void audit_describe_fd(const struct audit_fd *f, char *buf, size_t n);

/* "SIGPIPE", "signal 40 (real-time)" */
void audit_signal_name(int sig, char *buf, size_t n);

/* The judged points, by "behavior/point" name under startup/ (the case
   programs' names); NULL-terminated. */
extern const char *const audit_points[];
/* Judges one point: 1 holds, 0 fails, -1 cannot be judged (skip); msg
   says what was observed, or why it was skipped. */
int audit_judge(const struct audit *a, const char *point, char *msg,
		size_t n);
/* The recorded facts, one line each, for diagnostics: calls
   emit(line, arg) for every line. */
void audit_facts(const struct audit *a, void (*emit)(const char *, void *),
		 void *arg);

#endif
