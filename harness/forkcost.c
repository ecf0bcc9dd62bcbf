/*
 * forkcost.c - what creating a process costs on this machine, for
 * harness/bench.sh: the median time of fork + _exit + waitpid of a small
 * process, measured by one process alone and by JOBS processes at once
 * (on some virtual machines page-table work is serialized, and forks do
 * not get faster with more cores).  Every point of the suite is a forked
 * process and every program an exec'd one, so this bounds how fast the
 * suite can be here.
 *
 * usage: forkcost [ROUNDS [JOBS]]   prints "alone_ms parallel_ms"
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now_ms(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static int cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

/* median ms of one fork + _exit + waitpid over rounds */
static double one(int rounds)
{
	double *t = malloc(sizeof *t * (size_t)rounds);
	if (!t)
		exit(1);
	for (int i = 0; i < rounds; i++) {
		double t0 = now_ms();
		pid_t p = fork();
		if (p == 0)
			_exit(0);
		if (p == -1 || waitpid(p, NULL, 0) != p)
			exit(1);
		t[i] = now_ms() - t0;
	}
	qsort(t, (size_t)rounds, sizeof *t, cmp);
	double m = t[rounds / 2];
	free(t);
	return m;
}

int main(int argc, char **argv)
{
	int rounds = argc > 1 ? atoi(argv[1]) : 300;
	int jobs = argc > 2 ? atoi(argv[2]) : 2;
	if (rounds < 1 || jobs < 1 || jobs > 64) {
		fprintf(stderr, "usage: forkcost [ROUNDS [JOBS]]\n");
		return 2;
	}
	double alone = one(rounds);
	double *med = mmap(NULL, sizeof(double) * (size_t)jobs,
			   PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (med == MAP_FAILED)
		return 1;
	for (int j = 0; j < jobs; j++)
		if (fork() == 0) {
			med[j] = one(rounds);
			_exit(0);
		}
	while (wait(NULL) > 0)
		;
	qsort(med, (size_t)jobs, sizeof *med, cmp);
	printf("%.4f %.4f\n", alone, med[jobs / 2]);
	return 0;
}
