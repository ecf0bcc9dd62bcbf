/*
 * shim scm_rights_ctrunc_leak: recvmsg() receives into a private control
 * buffer large enough for everything and copies to the caller only the
 * descriptors that fit in the caller's buffer; the rest stay open in the
 * process (leaked, out of the caller's sight) and MSG_CTRUNC is not set.
 * Without a caller buffer every passed descriptor is leaked that way.
 *
 * fdsuite-targets: scm_rights/ctrunc_closes_excess
 */
#include "scm_rights_ctrunc.h"
