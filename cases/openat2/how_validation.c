/*
 * openat2/how_validation - openat2(2) (Linux 5.6) checks its struct
 * open_how strictly where openat(2) ignores what it does not know: a
 * struct larger than the kernel's is accepted only if the extra bytes are
 * zero (E2BIG otherwise), one smaller than the first version is EINVAL;
 * unknown bits in flags or resolve, a mode without O_CREAT or O_TMPFILE,
 * mode bits above 07777 and the conflicting RESOLVE_BENEATH with
 * RESOLVE_IN_ROOT are EINVAL.  A refused call makes no descriptor.
 */
#include "openat2.h"

FT_CASE("openat2 validates open_how: E2BIG for a non-zero tail, EINVAL for unknown bits and stray modes",
	"openat2(2) ERRORS (E2BIG, EINVAL), NOTES \"Extensibility\"; open_how(2type)");

/* open_how followed by a tail of bytes the kernel may not know. */
struct big_how {
	struct oa_how how;
	uint64_t tail[8];
};

static int open_big(uint64_t tail_word, size_t size)
{
	struct big_how b;
	memset(&b, 0, sizeof b);
	b.how.flags = O_RDONLY | O_CLOEXEC;
	b.tail[7] = tail_word;
	return (int)syscall(SYS_openat2, AT_FDCWD, "file", &b, size);
}

FT_POINT(larger_zero_tail_accepted)
{
	oa_need();
	FT_FD int f = FT_SYS(open("file", O_WRONLY | O_CREAT | O_CLOEXEC, 0600));
	FT_FD int fd = FT_SYS(open_big(0, sizeof(struct big_how)));
	FT_TRUE(oa_is(fd, "file"));
}

FT_POINT(larger_nonzero_tail_e2big)
{
	oa_need();
	FT_FD int f = FT_SYS(open("file", O_WRONLY | O_CREAT | O_CLOEXEC, 0600));
	int before = ft_lowest_free();
	FT_ERRNO(open_big(1, sizeof(struct big_how)), E2BIG);
	FT_EQ(ft_lowest_free(), before);
}

FT_POINT(smaller_than_first_version_einval)
{
	oa_need();
	FT_FD int f = FT_SYS(open("file", O_WRONLY | O_CREAT | O_CLOEXEC, 0600));
	FT_ERRNO(open_big(0, sizeof(struct oa_how) - 8), EINVAL);
	FT_ERRNO(open_big(0, 0), EINVAL);
}

static const struct {
	const char *name;
	uint64_t flags, mode, resolve;
} refused[] = {
	{ "unknown_flag_bit", O_RDONLY | (1ULL << 40), 0, 0 },
	{ "unknown_resolve_bit", O_RDONLY, 0, 1ULL << 40 },
	{ "mode_without_creat", O_RDONLY, 0600, 0 },
	{ "mode_above_07777", O_WRONLY | O_CREAT, 010000 | 0600, 0 },
	{ "beneath_and_in_root", O_RDONLY, 0, RESOLVE_BENEATH | RESOLVE_IN_ROOT },
};

FT_TABLE(einval, refused)
{
	oa_need();
	FT_FD int f = FT_SYS(open("file", O_WRONLY | O_CREAT | O_CLOEXEC, 0600));
	int before = ft_lowest_free();
	FT_ERRNO(oa_open(AT_FDCWD, "file", row->flags | O_CLOEXEC, row->mode, row->resolve), EINVAL);
	FT_EQ(ft_lowest_free(), before);
}

FT_POINT(openat_ignores_stray_mode)
{
	oa_need();
	FT_FD int f = FT_SYS(open("file", O_WRONLY | O_CREAT | O_CLOEXEC, 0600));
	FT_FD int fd = FT_SYS(openat(AT_FDCWD, "file", O_RDONLY | O_CLOEXEC, 0600));
	FT_ERRNO(oa_open(AT_FDCWD, "file", O_RDONLY | O_CLOEXEC, 0600, 0), EINVAL);
}
