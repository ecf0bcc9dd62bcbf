/*
 * shim scm_rights_ctrunc_flagged_leak: recvmsg() with a control buffer too
 * short for the descriptor list sets MSG_CTRUNC and hands the caller the
 * descriptors that fit, as documented, but leaves the rest open in the
 * process instead of closing them.  Without a caller buffer every passed
 * descriptor is leaked that way.
 *
 * fdsuite-targets: scm_rights/ctrunc_closes_excess
 */
#define SCM_SHIM_REPORTS_CTRUNC 1
#include "scm_rights_ctrunc.h"
