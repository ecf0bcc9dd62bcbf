/*
 * fdtest.h - the case library every program under cases/ links against.
 *
 * A case is one program that checks one documented behavior through one or
 * more test points:
 *
 *     #include "fdtest.h"
 *
 *     FT_CASE("dup returns a descriptor sharing the file offset",
 *             "dup(2) DESCRIPTION; open(2) NOTES \"Open file descriptions\"");
 *
 *     FT_POINT(read_moves_both) {
 *         int fd = ft_tmpfile("abcdef", NULL);
 *         int d = FT_SYS(dup(fd));
 *         ...
 *         FT_EQ(lseek(d, 0, SEEK_CUR), 3);
 *     }
 *
 * The library provides main().  It prints TAP version 13: a plan, then one
 * line per point named "area/behavior/point", with a YAML block under every
 * failure (call, expected, observed, errno by name, file:line, citation).
 *
 * Every point runs in its own forked child, in its own process group, in a
 * fresh private scratch directory, under a watchdog.  A point that hangs,
 * crashes or dies by a signal is reported "not ok" with the reason and the
 * program goes on.  After a point the whole process group is killed and
 * reaped and the scratch directory is removed.  Descriptors a point leaves
 * open are reported as a failure of that point (a case defect).
 *
 * Assertions are fatal for the point: the first failed check records its
 * diagnostics and ends the point.  They may be used in forked children of a
 * point as well; the first failure in any process of the point wins.
 *
 * Before the points run the library resets signal dispositions and the
 * signal mask and sets the umask to 022, so that files and directories a
 * point creates get the modes it asks for whatever umask it inherited (no
 * case asks for group or other write permission).
 *
 * Running a case binary: "case" runs all points, "case POINT..." runs the
 * named points, "case --list" lists them.  Environment: FT_TIMEOUT_SCALE
 * multiplies every time limit (slow emulators), FT_TIMING=1 adds a YAML
 * block with duration_ms to every point, FDSUITE_FIXTURES names the
 * directory holding fdprobe.
 */
#ifndef FDTEST_H
#define FDTEST_H

#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>
#include <linux/capability.h>

/* System call numbers of calls newer than some libcs' headers (bullseye's
   glibc 2.31, musl 1.2).  Since Linux 5.1 new calls have one number on
   every architecture. */
#ifndef SYS_pidfd_send_signal
#define SYS_pidfd_send_signal 424
#endif
#ifndef SYS_pidfd_open
#define SYS_pidfd_open 434
#endif
#ifndef SYS_close_range
#define SYS_close_range 436
#endif
#ifndef SYS_openat2
#define SYS_openat2 437
#endif
#ifndef SYS_pidfd_getfd
#define SYS_pidfd_getfd 438
#endif
#ifndef P_PIDFD
#define P_PIDFD 3
#endif
#ifndef CLOSE_RANGE_UNSHARE
#define CLOSE_RANGE_UNSHARE (1U << 1)
#endif
#ifndef CLOSE_RANGE_CLOEXEC
#define CLOSE_RANGE_CLOEXEC (1U << 2)
#endif

/* ---- declaring a case and its points ---------------------------------- */

struct ft_case_info {
	const char *file;    /* __FILE__; the stable name is derived from it */
	const char *summary; /* the behavior, one sentence */
	const char *cite;    /* where it is documented */
};
extern const struct ft_case_info ft_case_info;

#ifdef FT_NAME
#define FT_CASE_FILE_ FT_NAME
#else
#define FT_CASE_FILE_ __FILE__
#endif
#define FT_CASE(summary, cite) \
	const struct ft_case_info ft_case_info = { FT_CASE_FILE_, summary, cite }

struct ft_opts {
	int timeout_ms;    /* watchdog for this point; 0 means the default */
	const char *xfail; /* "RUNTIME[,RUNTIME...]: why" - expected to fail
			      there; reported as TAP TODO, never hidden */
	unsigned needs;    /* FT_NEEDS_* the point requires (see below) */
};

#define FT_DEFAULT_TIMEOUT_MS 5000

void ft_register_(const char *name, void (*fn)(void), const struct ft_opts *o,
		  int line);

#define FT_POINT_OPTS(pname, ...)                                            \
	static void ft_point_##pname(void);                                  \
	__attribute__((constructor)) static void ft_register_##pname(void)   \
	{                                                                    \
		static const struct ft_opts ft_o_ = { __VA_ARGS__ };         \
		ft_register_(#pname, ft_point_##pname, &ft_o_, __LINE__);    \
	}                                                                    \
	static void ft_point_##pname(void)
#define FT_POINT(pname) FT_POINT_OPTS(pname, 0)

/*
 * Table points: one body run over named rows, each row its own point named
 * "PNAME_ROW" (so its id is area/behavior/PNAME_ROW, stable as long as the
 * row keeps its name).  The rows are a static array of any struct whose
 * first member is "const char *name" (lower_snake_case); the body gets
 * "row", a pointer to its row:
 *
 *     static const struct { const char *name; int flags; } kinds[] = {
 *             { "plain", 0 }, { "cloexec", O_CLOEXEC },
 *     };
 *     FT_TABLE(dup3_sets, kinds) { ... row->flags ... }
 *
 * gives the points dup3_sets_plain and dup3_sets_cloexec.  A failing row
 * is reported under its own id.
 */
void ft_register_rows_(const char *pname, void (*fn)(const void *),
		       const void *rows, size_t rowsize, size_t nrows,
		       const struct ft_opts *o, int line);
#define FT_TABLE_OPTS(pname, rows, ...)                                      \
	static void ft_point_##pname(const __typeof__((rows)[0]) *row);      \
	static void ft_row_##pname(const void *ft_row_)                      \
	{                                                                    \
		ft_point_##pname(ft_row_);                                   \
	}                                                                    \
	__attribute__((constructor)) static void ft_register_##pname(void)   \
	{                                                                    \
		_Static_assert(__builtin_offsetof(__typeof__((rows)[0]),     \
						  name) == 0,                \
			       "a table's rows begin with their name");      \
		static const struct ft_opts ft_o_ = { __VA_ARGS__ };         \
		ft_register_rows_(#pname, ft_row_##pname, (rows),            \
				  sizeof(rows)[0],                           \
				  sizeof(rows) / sizeof(rows)[0], &ft_o_,    \
				  __LINE__);                                 \
	}                                                                    \
	static void ft_point_##pname(const __typeof__((rows)[0]) *row)
#define FT_TABLE(pname, rows) FT_TABLE_OPTS(pname, rows, 0)

/*
 * Requirements, declared once: FT_POINT_OPTS(name, .needs = FT_NEEDS_PROC)
 * for a point, FT_NEEDS(FT_NEEDS_PROC | ...) once in a case for all its
 * points.  Before the point's body runs, a requirement that does not hold
 * skips it with one wording per requirement:
 *   FT_NEEDS_PROC      proc(5) mounted ("needs /proc: ...")
 *   FT_NEEDS_DEV_FD    /dev/fd present ("needs /dev/fd: ...")
 *   FT_NEEDS_OFD_LOCKS F_OFD_GETLK known to the kernel (Linux 3.15)
 *   FT_NEEDS_PIDFD     pidfd_open(2) known to the kernel (Linux 5.3)
 *   FT_NEEDS_ROOT      CAP_SYS_ADMIN honoured (ft_has_init_cap)
 */
#define FT_NEEDS_PROC 0x1u
#define FT_NEEDS_DEV_FD 0x2u
#define FT_NEEDS_OFD_LOCKS 0x4u
#define FT_NEEDS_PIDFD 0x8u
#define FT_NEEDS_ROOT 0x10u
extern unsigned ft_case_needs;
#define FT_NEEDS(mask)                                                       \
	__attribute__((constructor)) static void ft_needs_(void)             \
	{                                                                    \
		ft_case_needs |= (mask);                                     \
	}
/* Checks the requirements in mask now, skipping the point if one fails. */
void ft_require(unsigned mask);

/* ---- outcomes ----------------------------------------------------------- */

__attribute__((noreturn, format(printf, 7, 8))) void
ft_fail_(const char *file, int line, const char *call, const char *expected,
	 const char *observed, int err, const char *fmt, ...);
__attribute__((noreturn, format(printf, 1, 2))) void ft_skip(const char *fmt,
							      ...);
__attribute__((format(printf, 1, 2))) void ft_note(const char *fmt, ...);

#define FT_FAIL(...) ft_fail_(__FILE__, __LINE__, NULL, NULL, NULL, -1, __VA_ARGS__)
#define FT_SKIP(...) ft_skip(__VA_ARGS__)

/* The call must succeed (not return -1); yields its value.  FT_SYS_AT
   reports the failure at the given file and line: a helper in a header
   passes its caller's on. */
#define FT_SYS(expr) FT_SYS_AT_(__FILE__, __LINE__, expr, #expr)
#define FT_SYS_AT(file, line, expr) FT_SYS_AT_(file, line, expr, #expr)
#define FT_SYS_AT_(file, line, expr, sexpr)                                  \
	({                                                                   \
		errno = 0;                                                   \
		__typeof__(expr) ft_r_ = (expr);                             \
		if ((long long)ft_r_ == -1)                                  \
			ft_fail_(file, line, sexpr, "success", "-1", errno,  \
				 NULL);                                      \
		ft_r_;                                                       \
	})

/* The call must fail with -1 and errno E. */
#define FT_ERRNO(expr, E)                                                    \
	do {                                                                 \
		errno = 0;                                                   \
		long long ft_r_ = (long long)(expr);                         \
		int ft_e_ = errno;                                           \
		if (ft_r_ != -1 || ft_e_ != (E))                             \
			ft_fail_errno_(__FILE__, __LINE__, #expr, (E), ft_r_, \
				       ft_e_);                               \
	} while (0)
__attribute__((noreturn)) void ft_fail_errno_(const char *file, int line,
					      const char *call, int want,
					      long long got, int err);

/* The call must fail with -1 and one of the errnos listed, for where the
   documentation allows several: FT_ERRNO_ANY(accept(...), EAGAIN,
   EWOULDBLOCK). */
#define FT_ERRNO_ANY(expr, ...)                                              \
	do {                                                                 \
		static const int ft_w_[] = { __VA_ARGS__ };                  \
		errno = 0;                                                   \
		long long ft_r_ = (long long)(expr);                         \
		int ft_e_ = errno;                                           \
		ft_errno_any_(__FILE__, __LINE__, #expr, ft_w_,              \
			      (int)(sizeof ft_w_ / sizeof ft_w_[0]), ft_r_,  \
			      ft_e_);                                        \
	} while (0)
void ft_errno_any_(const char *file, int line, const char *call,
		   const int *want, int nwant, long long got, int err);

/* Integer comparison; errno (as left by evaluating a) is shown when the
   left side is -1.  errno is not reset first, so FT_EQ(errno, EAGAIN)
   checks the errno of the call before it. */
#define FT_CMP(a, op, b) FT_CMP_(a, op, b, #a, #b)
/* the operands are spelled as written in the case (stringified here, before
   offsetof, NULL or a case's own macros are expanded) */
#define FT_CMP_(a, op, b, sa, sb)                                            \
	do {                                                                 \
		long long ft_a_ = (long long)(a);                            \
		int ft_e_ = errno;                                           \
		long long ft_b_ = (long long)(b);                            \
		if (!(ft_a_ op ft_b_))                                       \
			ft_fail_cmp_(__FILE__, __LINE__, sa, #op, sb, ft_a_, \
				     ft_b_, ft_e_);                          \
	} while (0)
__attribute__((noreturn)) void ft_fail_cmp_(const char *file, int line,
					    const char *a, const char *op,
					    const char *b, long long va,
					    long long vb, int err);
#define FT_EQ(a, b) FT_CMP_(a, ==, b, #a, #b)
#define FT_NE(a, b) FT_CMP_(a, !=, b, #a, #b)
#define FT_LT(a, b) FT_CMP_(a, <, b, #a, #b)
#define FT_LE(a, b) FT_CMP_(a, <=, b, #a, #b)
#define FT_GT(a, b) FT_CMP_(a, >, b, #a, #b)
#define FT_GE(a, b) FT_CMP_(a, >=, b, #a, #b)
#define FT_TRUE(c)                                                           \
	do {                                                                 \
		if (!(c))                                                    \
			ft_fail_(__FILE__, __LINE__, #c, "true", "false", -1, \
				 NULL);                                      \
	} while (0)
#define FT_FALSE(c)                                                          \
	do {                                                                 \
		if (c)                                                       \
			ft_fail_(__FILE__, __LINE__, #c, "false", "true", -1, \
				 NULL);                                      \
	} while (0)

/* Flag words (F_GETFL, F_GETFD, a probe's report, revents ...): every bit
   of FLAG set, or none of them.  A value of -1 is a failed call, never a
   word with every flag set: it fails both checks.  Read flags with the
   checked ft_getfl()/ft_getfd() below, never a bare fcntl() inside a
   check (harness/lint-cases.sh rejects that). */
#define FT_FLAG_SET(value, flag)                                             \
	ft_flag_(__FILE__, __LINE__, #value, #flag, (long long)(value),      \
		 (long long)(flag), 1)
#define FT_FLAG_CLEAR(value, flag)                                           \
	ft_flag_(__FILE__, __LINE__, #value, #flag, (long long)(value),      \
		 (long long)(flag), 0)
void ft_flag_(const char *file, int line, const char *value,
	      const char *flag, long long v, long long f, int set);

/* String checks: equal, contains, ends with. */
#define FT_STREQ(a, b) ft_str_(__FILE__, __LINE__, #a, (a), (b), 0)
#define FT_STRHAS(a, b) ft_str_(__FILE__, __LINE__, #a, (a), (b), 1)
#define FT_STRENDS(a, b) ft_str_(__FILE__, __LINE__, #a, (a), (b), 2)
void ft_str_(const char *file, int line, const char *expr, const char *got,
	     const char *want, int mode);
#define FT_MEMEQ(a, b, n) ft_mem_(__FILE__, __LINE__, #a, (a), (b), (n))
void ft_mem_(const char *file, int line, const char *expr, const void *got,
	     const void *want, size_t n);

/*
 * Version-gated features.  The call is made once.  -1 with ENOSYS (or, for
 * FT_NEED_FLAG, EINVAL or EOPNOTSUPP) skips the point naming the feature and
 * the kernel that added it; EPERM skips it as a denial by the environment
 * (a seccomp filter), which is reported distinctly.  Any other -1 fails.
 */
#define FT_NEED_CALL(expr, feature, since)                                   \
	({                                                                   \
		errno = 0;                                                   \
		__typeof__(expr) ft_r_ = (expr);                             \
		if ((long long)ft_r_ == -1)                                  \
			ft_need_(__FILE__, __LINE__, #expr, errno, 0,        \
				 feature, since);                            \
		ft_r_;                                                       \
	})
#define FT_NEED_FLAG(expr, feature, since)                                   \
	({                                                                   \
		errno = 0;                                                   \
		__typeof__(expr) ft_r_ = (expr);                             \
		if ((long long)ft_r_ == -1)                                  \
			ft_need_(__FILE__, __LINE__, #expr, errno, 1,        \
				 feature, since);                            \
		ft_r_;                                                       \
	})
__attribute__((noreturn)) void ft_need_(const char *file, int line,
					const char *call, int err, int flag,
					const char *feature, const char *since);

/* ---- helpers ------------------------------------------------------------ */

/* A helper that can fail the point is a macro passing the caller's file
   and line on (to ft_NAME_at), so that the failure's "at:" names the line
   of the case that called it, not the library. */

/*
 * Descriptors that close themselves: a variable declared FT_FD (one
 * descriptor) or FT_FDS (an array, e.g. a pipe's two ends) is closed when
 * the point's body leaves its scope, so a point need not end with a row of
 * close() calls.  -1 entries are skipped.  Close one early with
 * ft_close(&fd), which checks the close and sets it to -1.  The leak check
 * still catches every descriptor not held this way.
 *
 *     FT_FD int fd = ft_tmpfile("x", NULL);
 *     FT_FDS int p[2] = FT_NO_FDS;  ft_pipe(p, 0);
 */
void ft_close_fd_(int *fd);
void ft_close_fds2_(int (*fds)[2]);
#define FT_FD __attribute__((cleanup(ft_close_fd_)))
#define FT_FDS __attribute__((cleanup(ft_close_fds2_)))
#define FT_NO_FDS { -1, -1 }
#define ft_close(fdp) ft_close_at(__FILE__, __LINE__, #fdp, (fdp))
void ft_close_at(const char *file, int line, const char *what, int *fd);
/* pipe2(p, flags) and socketpair(domain, type, 0, p), checked. */
#define ft_pipe(p, flags) FT_SYS_AT(__FILE__, __LINE__, pipe2((p), (flags)))
#define ft_socketpair(domain, type, p)                                       \
	FT_SYS_AT(__FILE__, __LINE__, socketpair((domain), (type), 0, (p)))

/*
 * Rows for tables over the places a bug hides.
 *
 * ft_dup_kinds: the dup family.  .dup(oldfd) makes a copy the lowest free
 * number allows (dup2/dup3 onto the lowest free number) and returns it or
 * -1; .cloexec says whether the copy is made close-on-exec.  Rows: dup,
 * dup2, dup3, dup3_cloexec, f_dupfd, f_dupfd_cloexec.
 *
 * ft_fd_kinds: one descriptor of every type.  .open() returns a new
 * descriptor of that type (close-on-exec clear, blocking), or skips the
 * point where the kernel lacks the type (pidfd before Linux 5.3); it fails
 * the point if creation fails otherwise.  .type is what fdprobe reports
 * (reg dir fifo sock chr anon; NULL where it varies by kernel).  A pidfd,
 * which pidfd_open(2) always makes close-on-exec, has the flag cleared.  Rows:
 * reg, dir, pipe_read, pipe_write,
 * fifo, unix_stream, unix_dgram, dev_null, eventfd, timerfd, signalfd,
 * epoll, inotify, memfd, pidfd.
 */
struct ft_dup_kind {
	const char *name;
	int (*dup)(int oldfd);
	int cloexec;
};
#define FT_NDUP_KINDS 6
extern const struct ft_dup_kind ft_dup_kinds[FT_NDUP_KINDS];
struct ft_fd_kind {
	const char *name;
	int (*open)(void);
	const char *type;
};
#define FT_NFD_KINDS 15
extern const struct ft_fd_kind ft_fd_kinds[FT_NFD_KINDS];

/* Descriptor table. */
int ft_is_open(int fd);
int ft_lowest_free(void);
int ft_list_fds(int *fds, int max); /* sorted; returns the count */
/* lseek(fd, 0, SEEK_CUR), checked */
#define ft_offset(fd) ft_offset_at(__FILE__, __LINE__, (fd))
long long ft_offset_at(const char *file, int line, int fd);
/* F_GETFL and F_GETFD, checked: a failing fcntl fails the point instead of
   yielding -1, a word with every flag bit set. */
#define ft_getfl(fd) ft_getfl_at(__FILE__, __LINE__, #fd, (fd))
#define ft_getfd(fd) ft_getfd_at(__FILE__, __LINE__, #fd, (fd))
int ft_getfl_at(const char *file, int line, const char *what, int fd);
int ft_getfd_at(const char *file, int line, const char *what, int fd);
/* The first of n consecutive free numbers below the soft RLIMIT_NOFILE,
   preferably above every open descriptor, so that a range starting there
   holds only what the point puts in it.  Fails the point if there is none. */
#define ft_free_run(n) ft_free_run_at(__FILE__, __LINE__, (n))
int ft_free_run_at(const char *file, int line, int n);
/* close_range(2) as applications call it: the libc wrapper where the C
   library has one (glibc 2.34), else the system call (musl has none). */
int ft_close_range(unsigned first, unsigned last, unsigned flags);

/* Signals.  ft_count_signal(sig) installs a handler that counts deliveries
   of sig (no SA_RESTART: a blocking call it interrupts fails with EINTR)
   and resets the count; ft_signal_count(sig) reads it.  ft_pend_signal(sig)
   does the same, then blocks sig and raises it, leaving it pending. */
#define ft_count_signal(sig) ft_count_signal_at(__FILE__, __LINE__, (sig))
#define ft_pend_signal(sig) ft_pend_signal_at(__FILE__, __LINE__, (sig))
void ft_count_signal_at(const char *file, int line, int sig);
int ft_signal_count(int sig);
void ft_pend_signal_at(const char *file, int line, int sig);

/* Files in the point's scratch directory (the cwd of the point).
   ft_tmpfile(content, path_out): a new file holding content (if not NULL),
   offset 0; its path in path_out (FT_PATH_MAX bytes) if not NULL.
   ft_read_all reads until EOF or n bytes; ft_read_file NUL-ends;
   ft_readlink_fd reads /proc/self/fd/N. */
#define FT_PATH_MAX 4096
#define ft_tmpfile(content, path_out)                                        \
	ft_tmpfile_at(__FILE__, __LINE__, (content), (path_out))
#define ft_write_all(fd, buf, n) ft_write_all_at(__FILE__, __LINE__, fd, buf, n)
#define ft_read_all(fd, buf, n) ft_read_all_at(__FILE__, __LINE__, fd, buf, n)
#define ft_read_file(path, buf, n)                                           \
	ft_read_file_at(__FILE__, __LINE__, path, buf, n)
/* readlink of /proc/self/fd/N; skips the point when /proc is not mounted. */
#define ft_readlink_fd(fd, buf, n)                                           \
	ft_readlink_fd_at(__FILE__, __LINE__, fd, buf, n)
int ft_tmpfile_at(const char *file, int line, const char *content,
		  char *path_out);
void ft_write_all_at(const char *file, int line, int fd, const void *buf,
		     size_t n);
size_t ft_read_all_at(const char *file, int line, int fd, void *buf,
		      size_t n);
size_t ft_read_file_at(const char *file, int line, const char *path,
		       char *buf, size_t n);
void ft_readlink_fd_at(const char *file, int line, int fd, char *buf,
		       size_t n);

/* Processes.  ft_wait fails the point if the child outlives timeout_ms
   (it is killed first); it returns the raw wait status.  It sleeps in
   waitpid until the child exits, and a timer ends the wait at the
   deadline (where timer_create fails: sigtimedwait for SIGCHLD), never
   in a loop of naps; it opens no descriptor.  ft_wait_exit: the child
   must exit; returns its code. */
#define ft_fork() ft_fork_at(__FILE__, __LINE__)
#define ft_wait(pid, timeout_ms) ft_wait_at(__FILE__, __LINE__, pid, timeout_ms)
#define ft_wait_exit(pid, timeout_ms)                                        \
	ft_wait_exit_at(__FILE__, __LINE__, pid, timeout_ms)
pid_t ft_fork_at(const char *file, int line);
int ft_wait_at(const char *file, int line, pid_t pid, int timeout_ms);
int ft_wait_exit_at(const char *file, int line, pid_t pid, int timeout_ms);
#define FT_CHILD_OK(pid) FT_EQ(ft_wait_exit((pid), 0), 0)
int ft_scaled_ms(int ms); /* ms times FT_TIMEOUT_SCALE */
/* 1 if fd is readable (or at EOF/hangup) within timeout_ms, else 0.
   Readiness is computed when asked: to show that something has NOT
   happened, pass 0, after making sure the event that would make fd ready
   has certainly happened (the other process acknowledged, exited, or
   sleeps in its next call: ft_wait_blocked). */
#define ft_poll_in(fd, timeout_ms) ft_poll_in_at(__FILE__, __LINE__, fd, timeout_ms)
int ft_poll_in_at(const char *file, int line, int fd, int timeout_ms);

/*
 * Proving that a call blocks.  ft_wait_blocked(tid, nr, timeout_ms)
 * returns once tid - a thread of this process (gettid) or a child
 * process (its pid) - sleeps in system call nr: its state in
 * /proc/PID/task/TID/stat is 'S' and, where /proc/.../syscall is readable
 * (not under gVisor; under qemu-user it names the host's call and is not
 * used), the call it sleeps in is nr (-1: any call).  The point then
 * checks that the call has not returned (a zero-timeout poll on a pipe the
 * blocked side writes to after the call, a shared flag).  Returns 1 when
 * it saw tid asleep; 0 when tid exited first (so that check fails
 * with the real story); fails the point if tid is still elsewhere after
 * timeout_ms (0: FT_DEFAULT_TIMEOUT_MS / 2).  Without /proc it waits a
 * fixed window of FT_BLOCK_WINDOW_MS instead and says so in the point's
 * diagnostics (ft_note).  Pass the number the C library's wrapper uses:
 * FT_NR_OPEN, FT_NR_FCNTL, SYS_read, SYS_write, SYS_flock ...
 */
int ft_wait_blocked(pid_t tid, long nr, int timeout_ms);
#define FT_BLOCK_WINDOW_MS 100
#if defined(__GLIBC__) || !defined(SYS_open)
#define FT_NR_OPEN SYS_openat /* glibc's open() is openat */
#else
#define FT_NR_OPEN SYS_open /* musl's open() where the arch has open */
#endif
#ifdef SYS_fcntl64
#define FT_NR_FCNTL SYS_fcntl64 /* 32-bit architectures */
#else
#define FT_NR_FCNTL SYS_fcntl
#endif
/* Sleeps ms milliseconds.  Not for cases: nothing is proven by sleeping
   (the check in make check-sleeps rejects it under cases/). */
void ft_msleep(int ms);

/* What an exec'd image holds: fixtures/fdprobe reports every open fd. */
struct ft_probe_fd {
	int fd;
	int fdflags;        /* F_GETFD */
	int flflags;        /* F_GETFL */
	long long offset;   /* -1 where lseek fails */
	char type[8];       /* reg dir fifo sock chr blk lnk anon */
	unsigned long long ino;
};
#define FT_PROBE_MAX 256
struct ft_probe {
	int n;
	struct ft_probe_fd fds[FT_PROBE_MAX];
};
/* fork, run prep(arg) in the child if given, exec fdprobe, parse its
   report.  The exec'd image inherits exactly the child's fd table. */
#define ft_exec_probe(out, prep, arg)                                        \
	ft_exec_probe_at(__FILE__, __LINE__, out, prep, arg)
void ft_exec_probe_at(const char *file, int line, struct ft_probe *out,
		      void (*prep)(void *), void *arg);
/* Parse a report fdprobe wrote (text NUL-ended).  A descriptor whose
   F_GETFD or F_GETFL failed in the probe fails the point: its flags are
   unknown, not -1. */
#define ft_probe_parse(text, out) ft_probe_parse_at(__FILE__, __LINE__, text, out)
void ft_probe_parse_at(const char *file, int line, const char *text,
		       struct ft_probe *out);
const struct ft_probe_fd *ft_probe_find(const struct ft_probe *p, int fd);
const char *ft_fixture(const char *name); /* path of a fixture program */
/* fdprobe's work: scan the inherited table, write the report (see
   fixtures/fdprobe.c).  A case program run as "CASE --fdprobe REPORT" does
   the same, which makes standalone reproducers their own probe. */
int ft_fdprobe_main(const char *report);

/* Privilege as the kernel checks it.  The capability checks on descriptor
   limits (a hard RLIMIT_NOFILE above the current one, F_SETPIPE_SZ above
   pipe-max-size, linkat(2) AT_EMPTY_PATH before Linux 6.10) are made in
   the initial user namespace, while capget(2) inside a user namespace (a
   rootless container) reports a full effective set the kernel does not
   honour there.  Returns 1 if the process holds cap in its effective set
   and runs in the initial user namespace (/proc/self/uid_map reads
   "0 0 4294967295", user_namespaces(7)); 0 if the kernel will not honour
   cap (not in the effective set, or another user namespace); -1 if that
   cannot be told (no /proc).  *why (when why is not NULL) is set to the
   reason for 0 or -1.  For checks the kernel makes in the caller's own
   namespace (CAP_FOWNER, CAP_CHOWN) a 1 is still sound and a 0 cautious.
   A point that needs the privilege skips unless 1; one that needs its
   absence skips unless 0: an EPERM caused by a missing privilege proves
   nothing about the documented EPERM. */
int ft_has_init_cap(int cap, const char **why);

/* Names. */
const char *ft_errno_name(int err);
const char *ft_signal_name(int sig);

/* The runtime this process runs under, as the harness detects it:
   "native", "gvisor", "qemu-user", "valgrind", ... (see runenv.h). */
const char *ft_runtime(void);

#endif
