/*
 * fork/unshare_files_splits - unshare(CLONE_FILES) in one thread gives
 * that thread a private copy of the table: the descriptors open at that
 * moment stay open on both sides, but afterwards an open or a close in
 * one thread is not seen by the other.
 *
 * Cites: unshare(2) DESCRIPTION (CLONE_FILES); clone(2) "The flags mask"
 * (CLONE_FILES).
 */
#include "fork.h"

FT_CASE("unshare(CLONE_FILES) splits a shared descriptor table",
	"unshare(2) DESCRIPTION (CLONE_FILES); clone(2) \"The flags mask\"");

static pthread_barrier_t bar;
static int keep, drop_here, drop_there, opened;

static void *split(void *arg)
{
	FT_SYS(unshare(CLONE_FILES));
	FT_TRUE(fk_same_file(keep, "keep")); /* copied */
	FT_EQ(close(drop_here), 0);
	opened = FT_SYS(open("private", O_RDWR | O_CREAT, 0600));
	pthread_barrier_wait(&bar); /* main looks at its table */
	pthread_barrier_wait(&bar); /* main has closed drop_there */
	FT_TRUE(fk_same_file(drop_there, "there"));
	FT_TRUE(fk_same_file(opened, "private"));
	return NULL;
}

FT_POINT(changes_not_shared_after_unshare)
{
	keep = FT_SYS(open("keep", O_RDWR | O_CREAT, 0600));
	drop_here = FT_SYS(open("here", O_RDWR | O_CREAT, 0600));
	drop_there = FT_SYS(open("there", O_RDWR | O_CREAT, 0600));
	pthread_barrier_init(&bar, NULL, 2);
	pthread_t t = fk_thread(split, NULL);
	pthread_barrier_wait(&bar);
	FT_TRUE(fk_same_file(drop_here, "here")); /* closed there only */
	FT_TRUE(!ft_is_open(opened) || !fk_same_file(opened, "private"));
	FT_EQ(close(drop_there), 0);
	pthread_barrier_wait(&bar);
	fk_join(t);
	FT_TRUE(fk_same_file(keep, "keep"));
	ft_close(&keep);
	ft_close(&drop_here);
}
