/*
 * fork/thread_exit_keeps_fds - descriptors belong to the process, not to
 * the thread that opened them: when that thread exits, what it opened or
 * duplicated stays open and usable for the remaining threads.
 *
 * Cites: pthreads(7) DESCRIPTION (open file descriptors are process-wide
 * attributes); pthread_exit(3) DESCRIPTION (process-shared resources are not
 * released when a thread terminates).
 */
#include "fork.h"

FT_CASE("descriptors opened by a thread outlive the thread",
	"pthreads(7) DESCRIPTION; pthread_exit(3) DESCRIPTION");

static int fd;

static void *open_t(void *arg)
{
	int t = FT_SYS(open("t", O_RDWR | O_CREAT, 0600));
	FT_EQ(write(t, "thread", 6), 6);
	return (void *)(long)t;
}

FT_POINT(opened_in_thread)
{
	char buf[8] = "";
	int t = (int)(long)fk_in_thread(open_t, NULL);
	FT_TRUE(fk_same_file(t, "t"));
	FT_EQ(pread(t, buf, 6, 0), 6);
	FT_MEMEQ(buf, "thread", 6);
	FT_EQ(close(t), 0);
}

static void *dup_fd(void *arg)
{
	return (void *)(long)FT_SYS(dup(fd));
}

FT_POINT(duplicated_in_thread)
{
	char c;
	fd = ft_tmpfile("z", NULL);
	int d = (int)(long)fk_in_thread(dup_fd, NULL);
	FT_EQ(read(d, &c, 1), 1);
	FT_EQ(c, 'z');
	FT_EQ(close(d), 0);
	ft_close(&fd);
}
