/*
 * exec/etxtbsy_open_running - while a program file is being executed by
 * some process, opening it with write access (O_WRONLY, O_RDWR, with or
 * without O_TRUNC, through open or openat) fails with ETXTBSY; reading it
 * is allowed, and once the process has exited the file can be opened for
 * writing again.
 */
#include "image.h"

FT_CASE("opening a running executable for writing fails with ETXTBSY",
	"open(2) ERRORS (ETXTBSY)");

static const struct {
	const char *name;
	int flags;
} opens[] = {
	{ "O_WRONLY", O_WRONLY },
	{ "O_RDWR", O_RDWR },
	{ "O_WRONLY|O_TRUNC", O_WRONLY | O_TRUNC },
	{ "O_RDWR|O_APPEND", O_RDWR | O_APPEND },
};

FT_POINT(write_opens_etxtbsy)
{
	ex_copy_self("prog");
	struct ex_parked p = ex_park("./prog");
	for (size_t i = 0; i < sizeof opens / sizeof *opens; i++) {
		ft_note("open(\"prog\", %s)", opens[i].name);
		FT_ERRNO(open("prog", opens[i].flags | O_CLOEXEC), ETXTBSY);
		FT_ERRNO(openat(AT_FDCWD, "prog", opens[i].flags | O_CLOEXEC), ETXTBSY);
	}
	ex_unpark(&p);
}

FT_POINT(read_open_allowed)
{
	ex_copy_self("prog");
	struct ex_parked p = ex_park("./prog");
	FT_FD int fd = FT_SYS(open("prog", O_RDONLY | O_CLOEXEC));
	char elf[4];
	FT_EQ(read(fd, elf, 4), 4);
	FT_MEMEQ(elf, "\177ELF", 4);
	ft_close(&fd);
	ex_unpark(&p);
}

FT_POINT(writable_after_exit)
{
	ex_copy_self("prog");
	struct ex_parked p = ex_park("./prog");
	FT_ERRNO(open("prog", O_WRONLY | O_CLOEXEC), ETXTBSY);
	ex_unpark(&p);
	FT_FD int fd = FT_SYS(open("prog", O_WRONLY | O_CLOEXEC));
}
