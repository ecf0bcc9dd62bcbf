/*
 * shim reuse_close_unmaps: file mappings are tied to the descriptor they
 * were made from, as in an emulator that implements MAP_SHARED by copying
 * and drops the copy on close(): closing the descriptor replaces each of
 * its MAP_SHARED mappings with zero-filled anonymous memory, so the
 * mapping no longer shows, or writes back to, the file.
 *
 * fdsuite-targets: reuse/mapping_survives_close_and_reuse
 */
#include <dlfcn.h>
#include <sys/mman.h>
#include <sys/types.h>
#include <unistd.h>

#define MAXMAP 64
static struct {
	void *addr;
	size_t len;
	int fd;
} maps[MAXMAP];
static int nmaps;

typedef void *(*mmap_t)(void *, size_t, int, int, int, off_t);

static void *track(void *r, size_t len, int flags, int fd)
{
	if (r != MAP_FAILED && fd >= 0 && (flags & MAP_SHARED) &&
	    nmaps < MAXMAP) {
		maps[nmaps].addr = r;
		maps[nmaps].len = len;
		maps[nmaps].fd = fd;
		nmaps++;
	}
	return r;
}

void *mmap(void *a, size_t len, int prot, int flags, int fd, off_t off)
{
	return track(((mmap_t)dlsym(RTLD_NEXT, "mmap"))(a, len, prot, flags,
							 fd, off),
		     len, flags, fd);
}

void *mmap64(void *a, size_t len, int prot, int flags, int fd, off_t off)
{
	return track(((mmap_t)dlsym(RTLD_NEXT, "mmap64"))(a, len, prot, flags,
							   fd, off),
		     len, flags, fd);
}

int close(int fd)
{
	mmap_t real = (mmap_t)dlsym(RTLD_NEXT, "mmap");
	for (int i = 0; i < nmaps; i++)
		if (maps[i].fd == fd) {
			real(maps[i].addr, maps[i].len, PROT_READ | PROT_WRITE,
			     MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
			maps[i] = maps[--nmaps];
			i--;
		}
	return ((int (*)(int))dlsym(RTLD_NEXT, "close"))(fd);
}
