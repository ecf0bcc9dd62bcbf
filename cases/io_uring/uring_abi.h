/*
 * uring_abi.h - the io_uring ABI the cases (io_uring.h) and the fault
 * shims (shims/uring_hook.h) share: system call numbers, the kernel's
 * structures and constants from include/uapi/linux/io_uring.h, spelled
 * out so that older uapi headers (Debian 11's 5.10, which musl builds use
 * too) build; each constant names the kernel that added it.
 */
#ifndef URING_ABI_H
#define URING_ABI_H
#include <stdint.h>
#include <sys/syscall.h>

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

#endif
