/*
 * uring_hook.h - io_uring wrapped for fault shims.  The cases make the
 * io_uring calls through the C library's syscall() (see
 * cases/io_uring/io_uring.h), and map the queues with mmap(); this header
 * wraps both and gives the shim these hooks (each optional, enabled by
 * defining the macro named before including this):
 *
 *   URING_ON_SETUP   int on_setup(int fd): after a successful
 *                    io_uring_setup; returns the descriptor to report.
 *   URING_ON_SQE     void on_sqe(struct ur_sqe *): each entry about to be
 *                    submitted by io_uring_enter on a ring this process set
 *                    up and mapped (entries may be rewritten).
 *   URING_ON_CQE     void on_cqe(struct ur_cqe *, const struct ur_sqe *):
 *                    each completion that arrived during the call, with the
 *                    entry (as submitted) it completes.
 *   URING_ON_REGISTER long on_register(int fd, unsigned op, void *arg,
 *                    unsigned nr): replaces io_uring_register; call
 *                    real_syscall(SYS_io_uring_register, ...) to make it.
 *
 * Every other call passes through.  Completions are matched to entries by
 * user_data, which the cases' ring sets to a sequence number.  The ABI
 * (structures, constants) is the cases' own io_uring.h: only its
 * definitions are used here, none of its functions.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <unistd.h>

#include "../cases/io_uring/io_uring.h"

static long real_syscall(long n, long a, long b, long c, long d, long e, long f)
{
	static long (*real)(long, ...);
	if (!real)
		real = (long (*)(long, ...))dlsym(RTLD_NEXT, "syscall");
	return real(n, a, b, c, d, e, f);
}

#define URING_MAX 16
static struct uring_seen {
	int fd;
	struct ur_params p;
	char *sq, *cq;
	struct ur_sqe *sqes;
} uring_seen[URING_MAX];
static int uring_n;

#define URING_SAVED 64
static struct ur_sqe uring_saved[URING_SAVED]; /* by user_data % URING_SAVED */

static struct uring_seen *uring_find(int fd)
{
	for (int i = uring_n - 1; i >= 0; i--)
		if (uring_seen[i].fd == fd)
			return &uring_seen[i];
	return NULL;
}

static void *uring_mmap_(void *addr, size_t len, int prot, int flags, int fd,
			 off_t off)
{
	static void *(*real)(void *, size_t, int, int, int, off_t);
	if (!real)
		real = (void *(*)(void *, size_t, int, int, int, off_t))dlsym(
			RTLD_NEXT, "mmap");
	void *m = real(addr, len, prot, flags, fd, off);
	struct uring_seen *s = m == MAP_FAILED ? NULL : uring_find(fd);
	if (s) {
		if ((unsigned long long)off == IORING_OFF_SQ_RING)
			s->sq = m;
		else if ((unsigned long long)off == IORING_OFF_CQ_RING)
			s->cq = m;
		else if ((unsigned long long)off == IORING_OFF_SQES)
			s->sqes = m;
	}
	return m;
}
void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off)
{
	return uring_mmap_(addr, len, prot, flags, fd, off);
}
void *mmap64(void *addr, size_t len, int prot, int flags, int fd, off_t off)
{
	return uring_mmap_(addr, len, prot, flags, fd, off);
}

#define URING_W(base, off) ((uint32_t *)((base) + (off)))

static long uring_enter_(long fd, long submit, long wait, long flags, long a5,
			 long a6)
{
	struct uring_seen *s = (flags & IORING_ENTER_REGISTERED_RING)
				       ? NULL
				       : uring_find((int)fd);
	uint32_t cq_head = 0;
	if (s && s->sq && s->cq && s->sqes) {
		uint32_t head = *URING_W(s->sq, s->p.sq_off.head);
		uint32_t tail = *URING_W(s->sq, s->p.sq_off.tail);
		uint32_t mask = *URING_W(s->sq, s->p.sq_off.ring_mask);
		uint32_t *array = URING_W(s->sq, s->p.sq_off.array);
		for (uint32_t i = head; i != tail; i++) {
			struct ur_sqe *e = &s->sqes[array[i & mask]];
#ifdef URING_ON_SQE
			on_sqe(e);
#endif
			uring_saved[e->user_data % URING_SAVED] = *e;
		}
		cq_head = *URING_W(s->cq, s->p.cq_off.head);
	}
	long r = real_syscall(SYS_io_uring_enter, fd, submit, wait, flags, a5,
			      a6);
#ifdef URING_ON_CQE
	if (s && s->cq && r >= 0) {
		int saved = errno;
		uint32_t tail = *URING_W(s->cq, s->p.cq_off.tail);
		uint32_t mask = *URING_W(s->cq, s->p.cq_off.ring_mask);
		struct ur_cqe *cqes = (struct ur_cqe *)(s->cq + s->p.cq_off.cqes);
		for (uint32_t i = cq_head; i != tail; i++) {
			struct ur_cqe *c = &cqes[i & mask];
			on_cqe(c, &uring_saved[c->user_data % URING_SAVED]);
		}
		errno = saved;
	}
#else
	(void)cq_head;
#endif
	return r;
}

long syscall(long n, ...)
{
	va_list ap;
	va_start(ap, n);
	long a[6];
	for (int i = 0; i < 6; i++)
		a[i] = va_arg(ap, long);
	va_end(ap);
	if (n == SYS_io_uring_setup) {
		long r = real_syscall(n, a[0], a[1], a[2], a[3], a[4], a[5]);
		if (r >= 0) {
#ifdef URING_ON_SETUP
			int saved = errno;
			r = on_setup((int)r);
			errno = saved;
#endif
			if (uring_n < URING_MAX) {
				uring_seen[uring_n].fd = (int)r;
				memcpy(&uring_seen[uring_n].p, (void *)a[1],
				       sizeof(struct ur_params));
				uring_n++;
			}
		}
		return r;
	}
	if (n == SYS_io_uring_enter)
		return uring_enter_(a[0], a[1], a[2], a[3], a[4], a[5]);
#ifdef URING_ON_REGISTER
	if (n == SYS_io_uring_register)
		return on_register((int)a[0], (unsigned)a[1], (void *)a[2],
				   (unsigned)a[3]);
#endif
	return real_syscall(n, a[0], a[1], a[2], a[3], a[4], a[5]);
}
