/*
 * identity/kcmp_files_table - kcmp(2) KCMP_FILES answers 0 for two tasks
 * that share one descriptor table - a thread and its process, a child
 * made by clone(2) with CLONE_FILES - and non-zero for a child made by
 * fork(2), which gets a copy, and for a CLONE_FILES child after it has
 * called unshare(CLONE_FILES).
 */
#include "identity.h"

FT_CASE("kcmp(KCMP_FILES) tells a shared descriptor table (threads, CLONE_FILES) from a copy (fork, unshare)",
	"kcmp(2) DESCRIPTION (KCMP_FILES); clone(2) \"The flags mask\" (CLONE_FILES); unshare(2) CLONE_FILES");

static long files_cmp(pid_t other)
{
	return FT_SYS(id_kcmp(getpid(), other, ID_KCMP_FILES, 0, 0));
}

struct thread_arg {
	int ready_wr; /* the thread writes its tid is known */
	int go_rd;    /* it then waits here until the test has looked */
	pid_t tid;
};

static void *thread_body(void *p)
{
	struct thread_arg *a = p;
	a->tid = (pid_t)syscall(SYS_gettid);
	FT_EQ(write(a->ready_wr, "t", 1), 1);
	char c;
	FT_EQ(read(a->go_rd, &c, 1), 1);
	return NULL;
}

FT_POINT(thread_shares)
{
	id_need_kcmp();
	FT_FDS int ready[2] = FT_NO_FDS, go[2] = FT_NO_FDS;
	ft_pipe(ready, O_CLOEXEC);
	ft_pipe(go, O_CLOEXEC);
	struct thread_arg a = { ready[1], go[0], 0 };
	pthread_t t;
	FT_EQ(pthread_create(&t, NULL, thread_body, &a), 0);
	char c;
	FT_EQ(read(ready[0], &c, 1), 1);
	FT_EQ(files_cmp(a.tid), 0);
	FT_EQ(write(go[1], "g", 1), 1);
	FT_EQ(pthread_join(t, NULL), 0);
}

static int park_fd = -1, park_wr = -1, report_fd = -1;

/* A CLONE_FILES child: it shares the table, so it closes nothing; with
   arg set it first takes a table of its own (a copy) and closes its copy
   of the parking pipe's write end, then reports. */
static int clone_body(void *arg)
{
	char c;
	if (arg) {
		FT_SYS(unshare(CLONE_FILES));
		FT_SYS(close(park_wr));
		FT_EQ(write(report_fd, "u", 1), 1);
	}
	while (read(park_fd, &c, 1) == -1 && errno == EINTR)
		;
	_exit(0);
}

static pid_t clone_files_child(int unshare_first, int *wr, int *report_rd)
{
	static char stack[64 * 1024] __attribute__((aligned(16)));
	int p[2], r[2];
	ft_pipe(p, O_CLOEXEC);
	ft_pipe(r, O_CLOEXEC);
	park_fd = p[0];
	park_wr = p[1];
	report_fd = r[1];
	pid_t pid = clone(clone_body, stack + sizeof stack,
			  CLONE_FILES | SIGCHLD, unshare_first ? (void *)1 : NULL);
	FT_NE(pid, -1);
	*wr = p[1];
	*report_rd = r[0];
	return pid;
}

FT_POINT(clone_files_shares)
{
	id_need_kcmp();
	int wr, rd;
	pid_t pid = clone_files_child(0, &wr, &rd);
	FT_EQ(files_cmp(pid), 0);
	close(wr); /* the shared table: closed for the child as well */
	FT_CHILD_OK(pid);
	close(park_fd);
	close(report_fd);
	close(rd);
}

FT_POINT(unshared_differs)
{
	id_need_kcmp();
	int wr, rd;
	pid_t pid = clone_files_child(1, &wr, &rd);
	char c;
	FT_EQ(read(rd, &c, 1), 1); /* it has unshared */
	FT_NE(files_cmp(pid), 0);
	close(wr);
	FT_CHILD_OK(pid);
	close(park_fd);
	close(report_fd);
	close(rd);
}

FT_POINT(fork_differs)
{
	id_need_kcmp();
	int wr;
	pid_t pid = sp_parked_child(&wr);
	FT_NE(files_cmp(pid), 0);
	close(wr);
	FT_CHILD_OK(pid);
}
