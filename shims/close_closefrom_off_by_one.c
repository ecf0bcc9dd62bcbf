/*
 * shim close_closefrom_off_by_one: closefrom(lowfd) starts closing at
 * lowfd + 1, leaving lowfd itself open.
 *
 * fdsuite-targets: close/closefrom_closes_above
 */
#include <unistd.h>

void closefrom(int lowfd)
{
	if (lowfd < 0)
		lowfd = 0;
	close_range((unsigned)lowfd + 1, ~0U, 0);
}
