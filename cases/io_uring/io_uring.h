/*
 * io_uring.h - a small io_uring ring for the cases under cases/io_uring/.
 *
 * The cases drive io_uring through its three system calls, made with the C
 * library's syscall(), and not through liburing:
 *  - musl has no liburing, and the suite is also built with musl-gcc
 *    (make musl) and for other architectures without it;
 *  - liburing 2.x makes the calls with its own inline assembly, which an
 *    LD_PRELOAD fault shim cannot reach: through syscall() the shims under
 *    shims/ (uring_hook.h) can break each behavior to prove a case fails;
 *  - liburing's own man pages and headers lag the kernel (2.3 knows no
 *    IORING_OP_FIXED_FD_INSTALL).
 *
 * The structures and constants are the kernel's ABI from
 * include/uapi/linux/io_uring.h, spelled out here instead of including
 * <linux/io_uring.h>: the 5.10 headers of Debian 11 (which musl builds use
 * as well) lack opcodes that are enum members, which #ifndef cannot test,
 * and the submission entry's file_index field (5.15).  Each constant names
 * the kernel that added it.
 *
 * A ring is one submission and one completion queue of UR_ENTRIES each,
 * used one request at a time: ur_do() submits one entry, waits for its
 * completion and returns its res (a descriptor, 0, or -errno).
 *
 * Where io_uring cannot be had the point skips, naming why: ENOSYS (a
 * kernel without CONFIG_IO_URING, qemu-user, which does not translate
 * these calls, gVisor, whose io_uring is off unless runsc --iouring) or
 * EPERM (the sysctl kernel.io_uring_disabled, Linux 6.6, or a seccomp
 * filter).  An operation is checked with IORING_REGISTER_PROBE (5.6) and
 * skipped, naming the kernel that added it, where the kernel lacks it.
 */
#ifndef IO_URING_CASES_H
#define IO_URING_CASES_H

#include "fdtest.h"
#include <sys/mman.h>
#include <stddef.h>
#include <sys/un.h>

/* One number on every architecture since Linux 5.1. */
#ifndef SYS_io_uring_setup
#define SYS_io_uring_setup 425
#endif
#ifndef SYS_io_uring_enter
#define SYS_io_uring_enter 426
#endif
#ifndef SYS_io_uring_register
#define SYS_io_uring_register 427
#endif

/* struct io_uring_sqe (64 bytes), the fields the cases use. */
struct ur_sqe {
	uint8_t opcode;
	uint8_t flags;       /* IOSQE_* */
	uint16_t ioprio;
	int32_t fd;
	uint64_t off;        /* off, addr2 */
	uint64_t addr;
	uint32_t len;
	uint32_t op_flags;   /* open_flags, accept_flags, rw_flags ... */
	uint64_t user_data;
	uint16_t buf_index;
	uint16_t personality;
	uint32_t file_index; /* 5.15: 1 + fixed slot; IORING_FILE_INDEX_ALLOC */
	uint64_t addr3;
	uint64_t pad2;
};
struct ur_cqe {
	uint64_t user_data;
	int32_t res;
	uint32_t flags;
};
struct ur_sqring_offsets {
	uint32_t head, tail, ring_mask, ring_entries, flags, dropped, array,
		resv1;
	uint64_t user_addr;
};
struct ur_cqring_offsets {
	uint32_t head, tail, ring_mask, ring_entries, overflow, cqes, flags,
		resv1;
	uint64_t user_addr;
};
struct ur_params {
	uint32_t sq_entries, cq_entries, flags, sq_thread_cpu, sq_thread_idle,
		features, wq_fd, resv[3];
	struct ur_sqring_offsets sq_off;
	struct ur_cqring_offsets cq_off;
};
_Static_assert(sizeof(struct ur_sqe) == 64, "io_uring_sqe is 64 bytes");
_Static_assert(sizeof(struct ur_params) == 120, "io_uring_params is 120 bytes");

#define IORING_OFF_SQ_RING 0ULL
#define IORING_OFF_CQ_RING 0x8000000ULL
#define IORING_OFF_SQES 0x10000000ULL
#define IORING_ENTER_GETEVENTS (1U << 0)
#define IORING_ENTER_REGISTERED_RING (1U << 4) /* 5.18 */
#define IOSQE_FIXED_FILE (1U << 0)
#define IORING_FILE_INDEX_ALLOC (~0U)          /* 5.19 */
#define IORING_FIXED_FD_NO_CLOEXEC (1U << 0)   /* 6.8 */
#define IORING_REGISTER_FILES_SKIP (-2)        /* 5.12 */

/* Opcodes (enum io_uring_op). */
#define IORING_OP_NOP 0
#define IORING_OP_ACCEPT 13            /* 5.5 */
#define IORING_OP_CONNECT 16           /* 5.5 */
#define IORING_OP_OPENAT 18            /* 5.6 */
#define IORING_OP_CLOSE 19             /* 5.6; direct close 5.15 */
#define IORING_OP_READ 22              /* 5.6 */
#define IORING_OP_WRITE 23             /* 5.6 */
#define IORING_OP_TEE 33               /* 5.8 */
#define IORING_OP_LINKAT 39            /* 5.15, with direct descriptors */
#define IORING_OP_SOCKET 45            /* 5.19, with IORING_FILE_INDEX_ALLOC */
#define IORING_OP_FIXED_FD_INSTALL 54  /* 6.8 */

/* io_uring_register(2) opcodes. */
#define IORING_REGISTER_FILES 2
#define IORING_UNREGISTER_FILES 3
#define IORING_REGISTER_FILES_UPDATE 6 /* 5.5 */
#define IORING_REGISTER_PROBE 8        /* 5.6 */
#define IORING_REGISTER_RING_FDS 20    /* 5.18 */
#define IORING_UNREGISTER_RING_FDS 21  /* 5.18 */
#define IORING_REGISTER_FILE_ALLOC_RANGE 25 /* 6.0 */

struct ur_files_update {
	uint32_t offset;
	uint32_t resv;
	uint64_t fds; /* pointer to int32_t[] */
};
struct ur_rsrc_update {
	uint32_t offset;
	uint32_t resv;
	uint64_t data;
};
struct ur_file_index_range {
	uint32_t off;
	uint32_t len;
	uint64_t resv;
};
#define UR_PROBE_OPS 256
struct ur_probe_op {
	uint8_t op, resv;
	uint16_t flags; /* IO_URING_OP_SUPPORTED 1 */
	uint32_t resv2;
};
struct ur_probe {
	uint8_t last_op, ops_len;
	uint16_t resv;
	uint32_t resv2[3];
	struct ur_probe_op ops[UR_PROBE_OPS];
};

/* The three calls, as the cases make them (through syscall(), see above). */
static inline int ur_setup_call(unsigned entries, struct ur_params *p)
{
	return (int)syscall(SYS_io_uring_setup, entries, p);
}
static inline int ur_enter_call(int fd, unsigned submit, unsigned wait,
				unsigned flags)
{
	return (int)syscall(SYS_io_uring_enter, fd, submit, wait, flags, NULL,
			    0);
}
static inline int ur_register_call(int fd, unsigned op, void *arg,
				   unsigned nr)
{
	return (int)syscall(SYS_io_uring_register, fd, op, arg, nr);
}

#define UR_ENTRIES 8

struct ur_ring {
	int fd;
	struct ur_params p;
	void *sq_map, *cq_map;
	struct ur_sqe *sqes;
	size_t sq_len, cq_len;
	uint64_t seq; /* user_data of the next request */
};
#define UR_NO_RING { .fd = -1 }

/* The lowest free number above n. */
static inline int ur_free_above(int n)
{
	int f = n + 1;
	while (ft_is_open(f))
		f++;
	return f;
}

/* Makes a gap: occupies the first free number above the lowest free one,
   so that the lowest free number lies below an open descriptor; returns
   it, *plug gets the occupying descriptor (the caller's to close).  A
   call that returns the gap filled it, rather than taking a number above
   everything open. */
#define ur_gap(plug) ur_gap_at(__FILE__, __LINE__, (plug))
static inline int ur_gap_at(const char *file, int line, int *plug)
{
	int gap = ft_lowest_free();
	int src = FT_SYS_AT(file, line, open("/dev/null", O_RDONLY | O_CLOEXEC));
	*plug = FT_SYS_AT(file, line, fcntl(src, F_DUPFD_CLOEXEC, gap + 1));
	close(src);
	if (ft_lowest_free() != gap || *plug <= gap)
		ft_fail_(file, line, "a gap below an open descriptor", "made",
			 "not made", -1, "lowest free %d, plug %d", gap, *plug);
	return gap;
}

/* Unmaps and closes (if still open) a ring; for UR_RING variables. */
static inline void ur_free(struct ur_ring *r)
{
	if (r->sqes)
		munmap(r->sqes, r->p.sq_entries * sizeof(struct ur_sqe));
	if (r->cq_map)
		munmap(r->cq_map, r->cq_len);
	if (r->sq_map)
		munmap(r->sq_map, r->sq_len);
	r->sqes = NULL;
	r->cq_map = r->sq_map = NULL;
	if (r->fd >= 0)
		close(r->fd);
	r->fd = -1;
}
/* A ring that unmaps and closes itself when the body leaves its scope. */
#define UR_RING __attribute__((cleanup(ur_free))) struct ur_ring

/* Skips the point for an io_uring_setup(2) failure that says io_uring is
   absent or denied here; returns for any other error. */
static inline void ur_skip_unavailable(int err)
{
	const char *rt = ft_runtime();
	if (err == ENOSYS)
		ft_skip("io_uring not supported here (ENOSYS; added in Linux "
			"5.1)%s",
			strstr(rt, "qemu-user") ? ": qemu-user does not translate it"
			: strstr(rt, "gvisor") ? ": gVisor enables it only with runsc --iouring"
			: strstr(rt, "valgrind") ? ": valgrind does not pass it on"
			: ": kernel built without CONFIG_IO_URING");
	if (err == EPERM) {
		char v[16] = "";
		int fd = open("/proc/sys/kernel/io_uring_disabled",
			      O_RDONLY | O_CLOEXEC);
		if (fd >= 0) {
			ssize_t n = read(fd, v, sizeof v - 1);
			v[n > 0 ? n : 0] = 0;
			v[strcspn(v, "\n")] = 0;
			close(fd);
		}
		if (v[0] && strcmp(v, "0") != 0)
			ft_skip("denied: io_uring refused with EPERM by sysctl "
				"kernel.io_uring_disabled=%s (Linux 6.6), not a "
				"missing feature", v);
		ft_skip("denied: io_uring refused with EPERM by the environment "
			"(seccomp or policy), not a missing feature");
	}
}

/* Maps the queues of the ring r->fd names (set up with r->p). */
#define ur_map(r) ur_map_at(__FILE__, __LINE__, (r))
static inline void ur_map_at(const char *file, int line, struct ur_ring *r)
{
	r->sq_len = r->p.sq_off.array + r->p.sq_entries * sizeof(uint32_t);
	r->cq_len = r->p.cq_off.cqes + r->p.cq_entries * sizeof(struct ur_cqe);
	void *m = mmap(NULL, r->sq_len, PROT_READ | PROT_WRITE, MAP_SHARED,
		       r->fd, IORING_OFF_SQ_RING);
	if (m == MAP_FAILED)
		ft_fail_(file, line, "mmap(IORING_OFF_SQ_RING)", "a mapping",
			 "MAP_FAILED", errno, NULL);
	r->sq_map = m;
	m = mmap(NULL, r->cq_len, PROT_READ | PROT_WRITE, MAP_SHARED, r->fd,
		 IORING_OFF_CQ_RING);
	if (m == MAP_FAILED)
		ft_fail_(file, line, "mmap(IORING_OFF_CQ_RING)", "a mapping",
			 "MAP_FAILED", errno, NULL);
	r->cq_map = m;
	m = mmap(NULL, r->p.sq_entries * sizeof(struct ur_sqe),
		 PROT_READ | PROT_WRITE, MAP_SHARED, r->fd, IORING_OFF_SQES);
	if (m == MAP_FAILED)
		ft_fail_(file, line, "mmap(IORING_OFF_SQES)", "a mapping",
			 "MAP_FAILED", errno, NULL);
	r->sqes = m;
}

/* io_uring_setup(2) with flags, mapped; skips where io_uring is absent or
   denied.  Returns the ring's descriptor (also in r->fd). */
#define ur_setup(r, flags) ur_setup_at(__FILE__, __LINE__, (r), (flags), NULL)
/* The same with setup flags newer than io_uring (since: the kernel that
   added them): EINVAL for them skips. */
#define ur_setup_since(r, flags, since)                                      \
	ur_setup_at(__FILE__, __LINE__, (r), (flags), (since))
static inline int ur_setup_at(const char *file, int line, struct ur_ring *r,
			      unsigned flags, const char *since)
{
	memset(r, 0, sizeof *r);
	r->fd = -1;
	r->p.flags = flags;
	errno = 0;
	int fd = ur_setup_call(UR_ENTRIES, &r->p);
	if (fd == -1) {
		ur_skip_unavailable(errno);
		if (since && errno == EINVAL)
			ft_skip("io_uring_setup flags %#x not supported here "
				"(EINVAL; added in %s)", flags, since);
		ft_fail_(file, line, "io_uring_setup(UR_ENTRIES, &params)",
			 "a descriptor", "-1", errno, NULL);
	}
	r->fd = fd;
	ur_map_at(file, line, r);
	return fd;
}

static inline uint32_t *ur_sq_word(struct ur_ring *r, uint32_t off)
{
	return (uint32_t *)((char *)r->sq_map + off);
}
static inline uint32_t *ur_cq_word(struct ur_ring *r, uint32_t off)
{
	return (uint32_t *)((char *)r->cq_map + off);
}

/* Queues a copy of *sqe (user_data set to the next sequence number); returns
   the user_data given. */
static inline uint64_t ur_queue(struct ur_ring *r, const struct ur_sqe *sqe)
{
	uint32_t tail = *ur_sq_word(r, r->p.sq_off.tail);
	uint32_t mask = *ur_sq_word(r, r->p.sq_off.ring_mask);
	uint32_t idx = tail & mask;
	r->sqes[idx] = *sqe;
	r->sqes[idx].user_data = ++r->seq;
	ur_sq_word(r, r->p.sq_off.array)[idx] = idx;
	__atomic_store_n(ur_sq_word(r, r->p.sq_off.tail), tail + 1,
			 __ATOMIC_RELEASE);
	return r->seq;
}

/* Takes the next completion off the queue, if there is one. */
static inline int ur_reap(struct ur_ring *r, struct ur_cqe *out)
{
	uint32_t head = *ur_cq_word(r, r->p.cq_off.head);
	uint32_t tail = __atomic_load_n(ur_cq_word(r, r->p.cq_off.tail),
					__ATOMIC_ACQUIRE);
	if (head == tail)
		return 0;
	uint32_t mask = *ur_cq_word(r, r->p.cq_off.ring_mask);
	struct ur_cqe *cqes =
		(struct ur_cqe *)((char *)r->cq_map + r->p.cq_off.cqes);
	*out = cqes[head & mask];
	__atomic_store_n(ur_cq_word(r, r->p.cq_off.head), head + 1,
			 __ATOMIC_RELEASE);
	return 1;
}

/*
 * Submits *sqe through the descriptor enter_fd with enter_flags (the
 * ring's own descriptor and 0 for ur_do), waits for its completion and
 * returns its res.  Fails the point if io_uring_enter fails or the
 * completion is not the request's.
 */
#define ur_do_via(r, sqe, enter_fd, enter_flags)                             \
	ur_do_at(__FILE__, __LINE__, (r), (sqe), (enter_fd), (enter_flags))
#define ur_do(r, sqe) ur_do_at(__FILE__, __LINE__, (r), (sqe), (r)->fd, 0)
static inline int ur_do_at(const char *file, int line, struct ur_ring *r,
			   const struct ur_sqe *sqe, int enter_fd,
			   unsigned enter_flags)
{
	uint64_t id = ur_queue(r, sqe);
	FT_SYS_AT(file, line, ur_enter_call(enter_fd, 1, 1,
					    IORING_ENTER_GETEVENTS | enter_flags));
	struct ur_cqe cqe;
	if (!ur_reap(r, &cqe))
		ft_fail_(file, line, "io_uring_enter(fd, 1, 1, GETEVENTS)",
			 "a completion", "none", -1, NULL);
	if (cqe.user_data != id)
		ft_fail_(file, line, "completion user_data", "the request's",
			 "another", -1, "user_data %llu, expected %llu",
			 (unsigned long long)cqe.user_data,
			 (unsigned long long)id);
	return cqe.res;
}

/* Submission entries for the operations the cases use. */
static inline struct ur_sqe ur_nop(void)
{
	struct ur_sqe s = { .opcode = IORING_OP_NOP };
	return s;
}
static inline struct ur_sqe ur_openat(int dfd, const char *path, int flags,
				      unsigned file_index)
{
	struct ur_sqe s = { .opcode = IORING_OP_OPENAT, .fd = dfd,
			    .addr = (uintptr_t)path, .len = 0600,
			    .op_flags = (uint32_t)flags,
			    .file_index = file_index };
	return s;
}
static inline struct ur_sqe ur_close_op(int fd, unsigned file_index)
{
	struct ur_sqe s = { .opcode = IORING_OP_CLOSE, .fd = fd,
			    .file_index = file_index };
	return s;
}
/* IORING_OP_READ/WRITE at offset off (-1: the file position); fixed:
   fd is a slot of the fixed table (IOSQE_FIXED_FILE). */
static inline struct ur_sqe ur_rw(int op, int fd, int fixed, void *buf,
				  unsigned len, long long off)
{
	struct ur_sqe s = { .opcode = (uint8_t)op, .fd = fd,
			    .flags = fixed ? IOSQE_FIXED_FILE : 0,
			    .addr = (uintptr_t)buf, .len = len,
			    .off = (uint64_t)off };
	return s;
}
static inline struct ur_sqe ur_accept(int lfd, int flags, unsigned file_index)
{
	struct ur_sqe s = { .opcode = IORING_OP_ACCEPT, .fd = lfd,
			    .op_flags = (uint32_t)flags,
			    .file_index = file_index };
	return s;
}
static inline struct ur_sqe ur_socket(int domain, int type, unsigned file_index)
{
	struct ur_sqe s = { .opcode = IORING_OP_SOCKET, .fd = domain,
			    .off = (uint64_t)type, .file_index = file_index };
	return s;
}

/* The res of a completion that must succeed (res >= 0), checked. */
#define UR_OK(expr)                                                          \
	({                                                                   \
		int ur_res_ = (expr);                                        \
		if (ur_res_ < 0)                                             \
			ft_fail_(__FILE__, __LINE__, #expr, "res >= 0",      \
				 "-errno", -ur_res_, NULL);                  \
		ur_res_;                                                     \
	})
/* A completion that must fail with -E. */
#define UR_ERR(expr, E) FT_EQ(ur_res_errno_(expr), (E))
static inline int ur_res_errno_(int res)
{
	return res < 0 ? -res : 0;
}

/*
 * Skips the point unless the kernel supports operation op (by
 * IORING_REGISTER_PROBE, Linux 5.6), naming it and the kernel that added
 * it.  Direct descriptors (5.15) and IORING_FILE_INDEX_ALLOC (5.19) have
 * no probe of their own; they came with IORING_OP_LINKAT and
 * IORING_OP_SOCKET, and older kernels ignore the file_index field (a
 * direct open there returns a plain descriptor), so the cases probe for
 * those operations.
 */
#define ur_need_op(r, op, feature, since)                                    \
	ur_need_op_at(__FILE__, __LINE__, (r), (op), (feature), (since))
static inline void ur_need_op_at(const char *file, int line,
				 struct ur_ring *r, int op,
				 const char *feature, const char *since)
{
	static struct ur_probe probe;
	memset(&probe, 0, sizeof probe);
	errno = 0;
	if (ur_register_call(r->fd, IORING_REGISTER_PROBE, &probe,
			     UR_PROBE_OPS) == -1)
		ft_need_(file, line, "io_uring_register(IORING_REGISTER_PROBE)",
			 errno, 1, "IORING_REGISTER_PROBE", "Linux 5.6");
	if (op > probe.last_op || !(probe.ops[op].flags & 1))
		ft_skip("%s not supported here (not in IORING_REGISTER_PROBE; "
			"added in %s)", feature, since);
}
#define UR_NEED_DIRECT(r)                                                    \
	ur_need_op(r, IORING_OP_LINKAT, "io_uring direct descriptors",      \
		   "Linux 5.15")
#define UR_NEED_ALLOC(r)                                                     \
	ur_need_op(r, IORING_OP_SOCKET, "IORING_FILE_INDEX_ALLOC",           \
		   "Linux 5.19")

/* IORING_REGISTER_FILES of n descriptors (-1: an empty slot), checked;
   skips where io_uring_register(2) is not implemented (ENOSYS: gVisor
   sets up rings but registers nothing) or denied (EPERM). */
#define ur_register_files(r, fds, n)                                         \
	ur_register_files_at(__FILE__, __LINE__, (r), (fds), (n))
static inline void ur_register_files_at(const char *file, int line,
					struct ur_ring *r, int *fds, unsigned n)
{
	errno = 0;
	if (ur_register_call(r->fd, IORING_REGISTER_FILES, fds, n) == -1)
		ft_need_(file, line, "io_uring_register(IORING_REGISTER_FILES)",
			 errno, 0, "io_uring_register(2) IORING_REGISTER_FILES",
			 "Linux 5.1");
}
/* A fixed table of n empty slots. */
#define ur_sparse_table(r, n)                                                \
	do {                                                                 \
		int ur_empty_[64];                                           \
		for (int ur_i_ = 0; ur_i_ < (n); ur_i_++)                    \
			ur_empty_[ur_i_] = -1;                               \
		ur_register_files((r), ur_empty_, (n));                      \
	} while (0)
/* IORING_REGISTER_FILES_UPDATE of n slots from off; returns the count. */
static inline int ur_update_files(struct ur_ring *r, unsigned off, int *fds,
				  unsigned n)
{
	struct ur_files_update up = { .offset = off,
				      .fds = (uintptr_t)fds };
	return ur_register_call(r->fd, IORING_REGISTER_FILES_UPDATE, &up, n);
}

/* Reads the fixed slot through IORING_OP_READ (offset: the file position);
   returns the res. */
static inline int ur_read_fixed(struct ur_ring *r, int slot, void *buf,
				unsigned len)
{
	struct ur_sqe s = ur_rw(IORING_OP_READ, slot, 1, buf, len, -1);
	return ur_do(r, &s);
}

/*
 * A pipe whose only write end sits in the ring's fixed table: registers a
 * table of nslots with p[1] in slot (the others empty), closes the
 * descriptor p[1] (set to -1) and checks the reader sees no end-of-file:
 * the slot holds the writer.  p[0] is the caller's.
 */
#define ur_fixed_writer(r, p, slot, nslots)                                  \
	ur_fixed_writer_at(__FILE__, __LINE__, (r), (p), (slot), (nslots))
static inline void ur_fixed_writer_at(const char *file, int line,
				      struct ur_ring *r, int p[2], int slot,
				      int nslots)
{
	int fds[64];
	FT_SYS_AT(file, line, pipe2(p, O_CLOEXEC));
	for (int i = 0; i < nslots && i < 64; i++)
		fds[i] = i == slot ? p[1] : -1;
	ur_register_files_at(file, line, r, fds, (unsigned)nslots);
	ft_close_at(file, line, "p[1]", &p[1]);
	if (ft_poll_in_at(file, line, p[0], 0) != 0)
		ft_fail_(file, line, "poll(reader, 0)", "not readable",
			 "readable", -1, "the writer in the slot is gone");
}

/* The reader of a pipe reaches end-of-file: every writer is gone. */
#define ur_expect_eof(fd) ur_expect_eof_at(__FILE__, __LINE__, (fd))
static inline void ur_expect_eof_at(const char *file, int line, int fd)
{
	char c;
	if (ft_poll_in_at(file, line, fd, 2000) != 1)
		ft_fail_(file, line, "poll(reader, 2000)", "readable",
			 "not readable", -1, "a writer is still open");
	ssize_t n = read(fd, &c, 1);
	if (n != 0)
		ft_fail_(file, line, "read(reader)", "0 (end-of-file)",
			 n < 0 ? "-1" : "data", errno, NULL);
}

/* fd's FD_CLOEXEC and O_NONBLOCK are set exactly as asked. */
#define ur_expect_flags(fd, cloexec, nonblock)                               \
	ur_expect_flags_at(__FILE__, __LINE__, (fd), (cloexec), (nonblock))
static inline void ur_expect_flags_at(const char *file, int line, int fd,
				      int cloexec, int nonblock)
{
	int fdfl = ft_getfd_at(file, line, "fd", fd);
	ft_flag_(file, line, "F_GETFD", "FD_CLOEXEC", fdfl, FD_CLOEXEC,
		 cloexec != 0);
	int fl = ft_getfl_at(file, line, "fd", fd);
	ft_flag_(file, line, "F_GETFL", "O_NONBLOCK", fl, O_NONBLOCK,
		 nonblock != 0);
}

/* The inode number of fd (fstat, checked). */
#define ur_ino(fd) ur_ino_at(__FILE__, __LINE__, (fd))
static inline unsigned long long ur_ino_at(const char *file, int line, int fd)
{
	struct stat st;
	FT_SYS_AT(file, line, fstat(fd, &st));
	return (unsigned long long)st.st_ino;
}

/* A listening unix stream socket on an abstract name unique to this
   process; *a and *alen get its address. */
#define ur_listener(a, alen) ur_listener_at(__FILE__, __LINE__, (a), (alen))
static inline int ur_listener_at(const char *file, int line,
				 struct sockaddr_un *a, socklen_t *alen)
{
	memset(a, 0, sizeof *a);
	a->sun_family = AF_UNIX;
	snprintf(a->sun_path + 1, sizeof a->sun_path - 1, "fdsuite-uring-%d",
		 (int)getpid());
	*alen = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + 1 +
			    strlen(a->sun_path + 1));
	int l = FT_SYS_AT(file, line,
			  socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
	FT_SYS_AT(file, line, bind(l, (struct sockaddr *)a, *alen));
	FT_SYS_AT(file, line, listen(l, 4));
	return l;
}
/* A listening socket and a client connected to it (the connection waits
   in the backlog). */
#define ur_listen_pair(l, c) ur_listen_pair_at(__FILE__, __LINE__, (l), (c))
static inline void ur_listen_pair_at(const char *file, int line, int *l,
				     int *c)
{
	struct sockaddr_un a;
	socklen_t alen;
	*l = ur_listener_at(file, line, &a, &alen);
	*c = FT_SYS_AT(file, line,
		       socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
	FT_SYS_AT(file, line, connect(*c, (struct sockaddr *)&a, alen));
}

#endif
