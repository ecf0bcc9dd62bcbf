/*
 * proc/fdinfo_epoll_tfd - /proc/self/fdinfo/N of an epoll descriptor has one
 * "tfd:" line per monitored descriptor (Linux 3.8), giving its number, its
 * event mask in hex (the kernel adds EPOLLERR and EPOLLHUP, which are
 * always reported) and its data in hex; EPOLL_CTL_MOD and EPOLL_CTL_DEL
 * change and remove the lines.
 *
 * Cites: proc(5) "/proc/pid/fdinfo/" (tfd, events, data; since Linux
 * 3.8); epoll_ctl(2) DESCRIPTION (EPOLLERR, EPOLLHUP always waited for).
 */
#include "proc.h"
#include <sys/epoll.h>

FT_CASE("fdinfo of an epoll descriptor lists each watched fd on a \"tfd:\" line",
	"proc(5) \"/proc/pid/fdinfo/\"; epoll_ctl(2) DESCRIPTION");
FT_NEEDS(FT_NEEDS_PROC);

struct tfd {
	int fd;
	unsigned events;
	unsigned long long data;
};

static int tfds(int ep, struct tfd *out, int max)
{
	char info[8192];
	proc_fdinfo(ep, info, sizeof info);
	int n = 0;
	for (char *l = info; l && *l; l = strchr(l, '\n') ? strchr(l, '\n') + 1 : NULL) {
		if (strncmp(l, "tfd:", 4))
			continue;
		struct tfd t;
		if (sscanf(l, "tfd: %d events: %x data: %llx", &t.fd, &t.events, &t.data) != 3)
			FT_FAIL("unparsable tfd line: %.80s", l);
		if (n < max)
			out[n++] = t;
	}
	return n;
}

static const struct tfd *find(const struct tfd *t, int n, int fd)
{
	for (int i = 0; i < n; i++)
		if (t[i].fd == fd)
			return &t[i];
	FT_FAIL("no tfd line for fd %d", fd);
}

#define ALWAYS (EPOLLERR | EPOLLHUP)

FT_POINT(lists_watched)
{
	FT_FD int ep = FT_SYS(epoll_create1(EPOLL_CLOEXEC));
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, 0);
	struct epoll_event a = { .events = EPOLLIN, .data.u64 = 0xabcdef0123ULL };
	struct epoll_event b = { .events = EPOLLOUT, .data.u64 = 0x42 };
	FT_SYS(epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &a));
	FT_SYS(epoll_ctl(ep, EPOLL_CTL_ADD, p[1], &b));
	struct tfd t[8];
	FT_EQ(tfds(ep, t, 8), 2);
	const struct tfd *r = find(t, 2, p[0]), *w = find(t, 2, p[1]);
	FT_EQ(r->events & ~ALWAYS, EPOLLIN);
	FT_EQ(r->data, 0xabcdef0123ULL);
	FT_EQ(w->events & ~ALWAYS, EPOLLOUT);
	FT_EQ(w->data, 0x42);
}

FT_POINT(follows_mod_and_del)
{
	FT_FD int ep = FT_SYS(epoll_create1(EPOLL_CLOEXEC));
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, 0);
	struct epoll_event a = { .events = EPOLLIN, .data.u64 = 1 };
	FT_SYS(epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &a));
	FT_SYS(epoll_ctl(ep, EPOLL_CTL_ADD, p[1], &a));
	struct epoll_event m = { .events = EPOLLIN | EPOLLPRI, .data.u64 = 0x77 };
	FT_SYS(epoll_ctl(ep, EPOLL_CTL_MOD, p[0], &m));
	FT_SYS(epoll_ctl(ep, EPOLL_CTL_DEL, p[1], NULL));
	struct tfd t[8];
	FT_EQ(tfds(ep, t, 8), 1);
	FT_EQ(t[0].fd, p[0]);
	FT_EQ(t[0].events & ~ALWAYS, EPOLLIN | EPOLLPRI);
	FT_EQ(t[0].data, 0x77);
}

FT_POINT(empty_epoll_no_lines)
{
	FT_FD int ep = FT_SYS(epoll_create1(EPOLL_CLOEXEC));
	char info[4096];
	proc_fdinfo(ep, info, sizeof info);
	FT_TRUE(proc_field_text(info, "flags") != NULL);
	struct tfd t[2];
	FT_EQ(tfds(ep, t, 2), 0);
}
