# fdsuite - Linux file-descriptor semantics conformance suite.
#
#   make            build the case library, cases, fixtures, runner, shims
#   make check      the cases' lint, unit tests of the harness, the whole
#                   suite, the fault shims, prove over the case binaries,
#                   memcheck
#   make run        only the suite, through the runner (RUN_ARGS=... to pass)
#   make prove      the case binaries straight under prove
#   make check-shims     every fault shim turns its target cases "not ok"
#   make check-hostile   the suite's verdicts do not depend on how the runner
#                        was started (fds 0-2 closed, signals ignored or
#                        blocked, low RLIMIT_NOFILE, umask, no /proc, user
#                        and pid namespaces, an unprivileged user)
#   make check-options   fdrun refuses bad option values before running
#                        anything (exit 2), and its exit statuses
#   make check-formats   fdrun --junit validates against harness/junit.xsd,
#                        fdrun --ktap is well-formed KTAP v1
#   make bench      the runner against a bare loop over the same programs,
#                   alternating, medians (a benchmark, never fails)
#   make check-lint      no check in cases/ reads the result of a call that
#                        may have failed (bare F_GETFL/F_GETFD, ...)
#   make check-sleeps    nothing under cases/ sleeps or waits out a window
#   make check-valgrind  runner and fdprobe under memcheck --track-fds=yes
#   make check-cite      generated minimal reproducers build with -Werror,
#                        -static and musl, and agree with the cases
#   make check-findings  every finding of results/FINDINGS.md re-proven: its
#                        reproducer fails in the environment and passes here
#                        (slow: a few minutes; not part of make check)
#   make check-workflows the GitHub Actions and LAVA definitions parse and use
#                        only commands and options that exist
#   make static     static glibc build in build-static/ (and make musl:
#                   build-musl/, make aarch64|i686|s390x|riscv64|ppc64le:
#                   build-ARCH/)
#   make matrix     every environment under ci/ this machine can run, then
#                   REPORT.md
#   make report     REPORT.md, report.svg and build/report.html from the
#                   results files in results/, and reports/: a paste-ready
#                   report per divergence (make gallery)
#   make install    PREFIX=/usr/local DESTDIR=: fdsuite, fdrun, fdreport in
#                   PREFIX/bin, the case programs and fixtures in
#                   PREFIX/libexec/fdsuite, case sources, findings and the
#                   shims' list in PREFIX/share/fdsuite, man pages
#   make uninstall  removes what make install put there
#   make check-install   make install into a DESTDIR, the installed fdsuite
#                   runs from there (and moved), make uninstall removes it
#   make check-man  the man pages pass mandoc -Tlint -Wwarning
#   make deb        fdsuite_VERSION_ARCH.deb with dpkg-buildpackage, built in
#                   a copy of the tree under a temporary directory
#   make check-deb  the package builds, passes lintian's errors, installs
#                   into a scratch root, and the suite passes there
#   make check-html the report page's heat map and links (check-html-chromium:
#                   also drawn by headless Chromium, with a screenshot)
#   make clean      the build directories
#   make distclean  also .cache/ (downloaded kernels, userlands: over 1 GB)

CC ?= cc
BUILD ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
REV := $(shell ci/revision.sh)
CFLAGS ?= -O2 -g
WARN := -Wall -Wextra -Wno-unused-parameter -Wno-format-truncation
override CPPFLAGS += -D_GNU_SOURCE -Iharness
LDSTATIC ?=
LDFLAGS ?=
PREFIX ?= /usr/local
DESTDIR ?=
BINDIR = $(PREFIX)/bin
LIBEXECDIR = $(PREFIX)/libexec/fdsuite
DATADIR = $(PREFIX)/share/fdsuite
DOCDIR = $(PREFIX)/share/doc/fdsuite
MANDIR = $(PREFIX)/share/man
# the version is the package's: the first line of debian/changelog
VERSION := $(shell sed -n '1s/^[^(]*(\([^)]*\)).*/\1/p' debian/changelog)
MANPAGES := $(wildcard man/*.1)
ENV_NAME ?= host-$(shell uname -m)-glibc
# libc version for builds against a libc with no version API (musl)
LIBC_VERSION ?= unknown

LIB_SRCS := harness/fdtest.c harness/runenv.c harness/probe_scan.c harness/audit.c
LIB := $(BUILD)/harness/libfdtest.a
CASE_SRCS := $(sort $(wildcard cases/*/*.c))
CASE_BINS := $(patsubst cases/%.c,$(BUILD)/cases/%,$(CASE_SRCS))
FIXTURE_BINS := $(patsubst fixtures/%.c,$(BUILD)/fixtures/%,$(wildcard fixtures/*.c))
SHIM_SRCS := $(sort $(wildcard shims/*.c))
SHIM_LIBS := $(patsubst shims/%.c,$(BUILD)/shims/%.so,$(SHIM_SRCS))
TOOLS := $(BUILD)/harness/fdrun $(BUILD)/harness/fdreport $(BUILD)/harness/fdhostile

.PHONY: all cases tools shims check unit distclean run prove check-shims check-lint check-sleeps check-options check-hostile check-formats check-valgrind bench check-cite check-findings check-workflows gallery \
	static report clean matrix install uninstall check-install check-man deb check-deb check-html check-html-chromium
all: cases $(FIXTURE_BINS) tools shims
cases: $(CASE_BINS)
tools: $(TOOLS)
shims: $(SHIM_LIBS)

$(BUILD)/harness/%.o: harness/%.c harness/fdtest.h harness/runenv.h
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) -DFDSUITE_LIBC_VERSION='"$(LIBC_VERSION)"' -c -o $@ $<
$(BUILD)/harness/audit.o: harness/audit.h

$(LIB): $(BUILD)/harness/fdtest.o $(BUILD)/harness/runenv.o $(BUILD)/harness/probe_scan.o \
		$(BUILD)/harness/audit.o
	$(AR) rcs $@ $^

$(BUILD)/cases/%: cases/%.c $(LIB) harness/fdtest.h $(wildcard cases/*/*.h)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) $(LDFLAGS) $(LDSTATIC) -o $@ $< $(LIB) -lpthread

$(BUILD)/fixtures/%: fixtures/%.c $(LIB)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) $(LDFLAGS) $(LDSTATIC) -o $@ $< $(LIB)

# the start-up audit runs as the first program of bare root file systems
$(BUILD)/fixtures/fdaudit: LDSTATIC = -static

$(BUILD)/shims/%.so: shims/%.c $(wildcard shims/*.h)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) -shared -fPIC -o $@ $< -ldl

# The runner carries the suite's revision; the case library does not, so a
# new commit does not relink every case.  The revision is kept in a file
# rewritten only when it changes, and the runner is relinked exactly then.
$(BUILD)/harness/revision: FORCE
	@mkdir -p $(@D)
	@echo '$(REV)' | cmp -s - $@ || echo '$(REV)' >$@
FORCE:
.PHONY: FORCE

$(BUILD)/harness/fdrun: harness/fdrun.c harness/tap.c harness/tap.h harness/formats.c harness/formats.h \
		harness/results.c harness/results.h harness/utf8.h harness/runenv.c harness/runenv.h \
		harness/collate.c harness/collate.h harness/diff.c harness/diff.h harness/json.c harness/json.h \
		harness/cite.c harness/cite.h harness/repro.c harness/repro.h harness/audit.c harness/audit.h $(BUILD)/harness/revision
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) $(LDFLAGS) $(LDSTATIC) -DFDSUITE_REV='"$(REV)"' -DFDSUITE_LIBC_VERSION='"$(LIBC_VERSION)"' \
		-o $@ harness/fdrun.c harness/tap.c harness/results.c harness/runenv.c harness/formats.c \
		harness/collate.c harness/diff.c harness/json.c harness/cite.c harness/repro.c harness/audit.c

$(BUILD)/harness/fdhostile: harness/fdhostile.c
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) $(LDSTATIC) -o $@ $<

REPORT_SRCS := harness/collate.c harness/cite.c harness/repro.c harness/diff.c harness/json.c harness/results.c harness/tap.c harness/html.c
$(BUILD)/harness/fdreport: harness/fdreport.c $(REPORT_SRCS) harness/collate.h harness/cite.h harness/repro.h harness/html.h \
		harness/diff.h harness/results.h harness/json.h harness/tap.h harness/utf8.h
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) $(LDFLAGS) -o $@ harness/fdreport.c $(REPORT_SRCS)

include harness/tests/tests.mk

RESULTS_DIR ?= $(BUILD)/results
run: all
	@mkdir -p $(RESULTS_DIR)
	$(BUILD)/harness/fdrun -j $(JOBS) -b $(BUILD) -n $(ENV_NAME) \
		-o $(RESULTS_DIR)/$(ENV_NAME).json $(RUN_ARGS)

check: check-lint check-sleeps all unit
	@mkdir -p $(RESULTS_DIR)
	$(BUILD)/harness/fdrun -j $(JOBS) -b $(BUILD) -n $(ENV_NAME) \
		-o $(RESULTS_DIR)/$(ENV_NAME).json
	$(MAKE) --no-print-directory check-shims check-options check-hostile check-formats check-cite check-workflows check-install check-man check-html \
		prove check-valgrind

prove: cases $(FIXTURE_BINS)
	@command -v prove >/dev/null || { echo "prove not installed (perl)"; exit 1; }
	FDSUITE_FIXTURES=$(abspath $(BUILD)/fixtures) prove -j $(JOBS) --exec '' $(CASE_BINS)

check-shims: cases $(FIXTURE_BINS) shims
	BUILD=$(BUILD) harness/check-shims.sh

# a benchmark, not a test: alternating runs of the runner and a bare loop
bench: all $(BUILD)/harness/forkcost
	BUILD=$(BUILD) JOBS=$(JOBS) harness/bench.sh

$(BUILD)/harness/forkcost: harness/forkcost.c
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(WARN) -o $@ $<

check-formats: all
	BUILD=$(BUILD) harness/check-formats.sh

check-options: tools
	BUILD=$(BUILD) harness/check-options.sh

check-hostile: all
	BUILD=$(BUILD) JOBS=$(JOBS) harness/check-hostile.sh
check-lint:
	harness/lint-cases.sh
check-sleeps:
	harness/check-sleeps.sh

check-valgrind: all
	BUILD=$(BUILD) harness/check-valgrind.sh

check-cite: all
	BUILD=$(BUILD) harness/check-cite.sh

check-findings: tools $(FIXTURE_BINS)
	BUILD=$(BUILD) harness/check-findings.sh

check-workflows: tools
	BUILD=$(BUILD) harness/check-workflows.sh

# Static builds of the cases, fixtures and runner for initramfs images,
# containers and emulators: glibc (static), musl (musl-gcc; the kernel's
# uapi headers are made visible to it) and aarch64 (cross gcc).
.PHONY: fixtures-bins musl
fixtures-bins: $(FIXTURE_BINS)
static:
	$(MAKE) BUILD=$(BUILD)-static LDSTATIC=-static cases fixtures-bins $(BUILD)-static/harness/fdrun
musl:
	@mkdir -p $(BUILD)-musl/include
	@for d in linux asm-generic mtd; do ln -sfn /usr/include/$$d $(BUILD)-musl/include/$$d; done
	@ln -sfn /usr/include/$$(gcc -print-multiarch)/asm $(BUILD)-musl/include/asm
	$(MAKE) BUILD=$(BUILD)-musl CC=musl-gcc LDSTATIC=-static CPPFLAGS="-isystem $(abspath $(BUILD))-musl/include" \
		LIBC_VERSION="$$(dpkg-query -W -f='$${Version}' musl 2>/dev/null || echo unknown)" \
		cases fixtures-bins $(BUILD)-musl/harness/fdrun
# Cross builds (static): make aarch64, i686, s390x, riscv64, ppc64le; each in
# $(BUILD)-ARCH with Debian's cross compiler gcc-TRIPLET (and
# libc6-dev-DEBARCH-cross).  i686 runs natively on x86_64 (the kernel's
# compat layer); the others under qemu-user.
CROSS_aarch64 := aarch64-linux-gnu
CROSS_i686 := i686-linux-gnu
CROSS_s390x := s390x-linux-gnu
CROSS_riscv64 := riscv64-linux-gnu
CROSS_ppc64le := powerpc64le-linux-gnu
CROSS_ARCHES := aarch64 i686 s390x riscv64 ppc64le
.PHONY: $(CROSS_ARCHES)
# 32-bit builds use a 64-bit off_t and ino_t (_FILE_OFFSET_BITS=64), as
# distributions build programs: offsets past 2 GiB and 64-bit inode
# numbers (readdir) work, and the calls are still the compat layer's.
CROSS_CPPFLAGS_i686 := -D_FILE_OFFSET_BITS=64
$(CROSS_ARCHES):
	$(MAKE) BUILD=$(BUILD)-$@ CC=$(CROSS_$@)-gcc LDSTATIC=-static CPPFLAGS="$(CROSS_CPPFLAGS_$@)" \
		cases fixtures-bins $(BUILD)-$@/harness/fdrun

matrix:
	ci/matrix.sh

report: $(BUILD)/harness/fdreport gallery
	$(BUILD)/harness/fdreport -o REPORT.md --svg report.svg --html $(BUILD)/report.html results/*.json

# Installation.  Relocatable: fdsuite finds libexec/ and share/ from its own
# path, and a case finds fixtures/ from its own (ft_fixture), so a tree
# installed with DESTDIR or unpacked anywhere runs where it lies.
LIB_SRC_FILES := harness/runenv.h harness/fdtest.h harness/runenv.c harness/probe_scan.c harness/fdtest.c \
		harness/audit.h harness/audit.c harness/repro_lib.c
install: $(CASE_BINS) $(FIXTURE_BINS) $(BUILD)/harness/fdrun $(BUILD)/harness/fdreport
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(LIBEXECDIR)/fixtures $(DESTDIR)$(DATADIR)/src/harness \
		$(DESTDIR)$(DOCDIR) $(DESTDIR)$(MANDIR)/man1
	install -m 755 $(BUILD)/harness/fdrun $(BUILD)/harness/fdreport $(DESTDIR)$(BINDIR)/
	sed 's/@VERSION@/$(VERSION)/' harness/fdsuite.sh >$(DESTDIR)$(BINDIR)/fdsuite
	chmod 755 $(DESTDIR)$(BINDIR)/fdsuite
	install -m 755 $(FIXTURE_BINS) $(DESTDIR)$(LIBEXECDIR)/fixtures/
	@set -e; for c in $(patsubst $(BUILD)/cases/%,%,$(CASE_BINS)); do \
		install -d $(DESTDIR)$(LIBEXECDIR)/cases/$${c%/*}; \
		install -m 755 $(BUILD)/cases/$$c $(DESTDIR)$(LIBEXECDIR)/cases/$$c; done
	@echo "installed $(words $(CASE_BINS)) case programs in $(DESTDIR)$(LIBEXECDIR)/cases"
	install -m 644 $(LIB_SRC_FILES) $(DESTDIR)$(DATADIR)/src/harness/
	@set -e; for a in $(sort $(dir $(CASE_SRCS))); do \
		install -d $(DESTDIR)$(DATADIR)/src/$$a; \
		install -m 644 $$a*.c $$(ls $$a*.h 2>/dev/null) $(DESTDIR)$(DATADIR)/src/$$a; done
	install -m 644 results/FINDINGS.md $(DESTDIR)$(DATADIR)/
	@{ echo "# fdsuite's fault shims (shims/NAME.c in the source tree, LD_PRELOAD) and the"; \
	  echo "# cases each turns \"not ok\", proving those cases can fail: NAME TARGET..."; \
	  for f in $(SHIM_SRCS); do n=$${f##*/}; \
		echo "$${n%.c}" $$(sed -n 's/.*fdsuite-targets://p' $$f); done; } \
		>$(DESTDIR)$(DATADIR)/shims.txt
	install -m 644 README.md $(DESTDIR)$(DOCDIR)/
	install -m 644 cases/README.md $(DESTDIR)$(DOCDIR)/cases.md
	install -m 644 $(MANPAGES) $(DESTDIR)$(MANDIR)/man1/

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/fdsuite $(DESTDIR)$(BINDIR)/fdrun $(DESTDIR)$(BINDIR)/fdreport
	rm -f $(patsubst man/%,$(DESTDIR)$(MANDIR)/man1/%,$(MANPAGES))
	rm -rf $(DESTDIR)$(LIBEXECDIR) $(DESTDIR)$(DATADIR) $(DESTDIR)$(DOCDIR)

check-install: cases $(FIXTURE_BINS) tools
	BUILD=$(BUILD) harness/check-install.sh

check-man:
	@command -v mandoc >/dev/null || { echo "check-man: mandoc is missing (apt-get install mandoc)"; exit 1; }
	mandoc -Tlint -Wwarning $(MANPAGES)

# The package is built from a copy of the tree (only the files git tracks,
# plus uncommitted changes) under a temporary directory: nothing is written
# into this tree but the .deb, in $(BUILD)/deb/.
deb:
	BUILD=$(BUILD) ci/make-deb.sh

check-deb:
	BUILD=$(BUILD) ci/check-deb.sh

check-html: $(BUILD)/harness/fdreport
	BUILD=$(BUILD) harness/check-html.sh

check-html-chromium: $(BUILD)/harness/fdreport
	BUILD=$(BUILD) harness/check-html.sh --chromium

# reports/ is generated whole from results/: never edit it by hand
gallery: $(BUILD)/harness/fdreport
	rm -rf reports
	$(BUILD)/harness/fdreport cite --gallery reports results/*.json

clean:
	rm -rf $(BUILD) $(BUILD)-static $(BUILD)-musl $(addprefix $(BUILD)-,$(CROSS_ARCHES))

# also the downloads and environments make matrix keeps in .cache/ (kernel
# packages, debootstrap roots, runsc builds: over a gigabyte)
distclean: clean
	rm -rf .cache
