/*
 * shim startup_signals_inherited: the program starts with SIGPIPE ignored
 * and SIGUSR1 blocked, as a parent that ignored one and blocked the other
 * hands them on through fork and execve.  Set in a constructor, before the
 * program's own.
 *
 * fdsuite-targets: startup/inherited_signals
 */
#include <signal.h>

__attribute__((constructor)) static void inherit(void)
{
	sigset_t s;
	signal(SIGPIPE, SIG_IGN);
	sigemptyset(&s);
	sigaddset(&s, SIGUSR1);
	sigprocmask(SIG_BLOCK, &s, NULL);
}
