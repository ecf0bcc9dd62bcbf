# fdsuite - Linux file-descriptor semantics conformance suite.
#
#   make            build the case library, cases, fixtures, runner, shims
#   make check      unit tests of the harness, the whole suite, the fault
#                   shims, prove over the case binaries, memcheck
#   make run        only the suite, through the runner (RUN_ARGS=... to pass)
#   make prove      the case binaries straight under prove
#   make check-shims     every fault shim turns its target cases "not ok"
#   make check-sleeps    nothing under cases/ sleeps or waits out a window
#   make check-valgrind  runner and fdprobe under memcheck --track-fds=yes
#   make check-cite      generated standalone reproducers build with cc and
#                        agree with the cases
#   make check-workflows the GitHub Actions and LAVA definitions parse and use
#                        only commands and options that exist
#   make static     static glibc build in build-static/ (and make musl:
#                   build-musl/, make aarch64: build-aarch64/)
#   make matrix     every environment under ci/ this machine can run, then
#                   REPORT.md
#   make report     REPORT.md from the results files in results/
#   make clean

CC ?= cc
BUILD ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
REV := $(shell ci/revision.sh)
CFLAGS ?= -O2 -g
WARN := -Wall -Wextra -Wno-unused-parameter -Wno-format-truncation
override CPPFLAGS += -D_GNU_SOURCE -Iharness
LDSTATIC ?=
ENV_NAME ?= host-$(shell uname -m)-glibc
# libc version for builds against a libc with no version API (musl)
LIBC_VERSION ?= unknown

LIB_SRCS := harness/fdtest.c harness/fdenv.c harness/fdprobe.c
LIB := $(BUILD)/harness/libfdtest.a
CASE_SRCS := $(sort $(wildcard cases/*/*.c))
CASE_BINS := $(patsubst cases/%.c,$(BUILD)/cases/%,$(CASE_SRCS))
FIXTURE_BINS := $(patsubst fixtures/%.c,$(BUILD)/fixtures/%,$(wildcard fixtures/*.c))
SHIM_SRCS := $(sort $(wildcard shims/*.c))
SHIM_LIBS := $(patsubst shims/%.c,$(BUILD)/shims/%.so,$(SHIM_SRCS))
TOOLS := $(BUILD)/harness/fdrun $(BUILD)/harness/fdreport

.PHONY: all cases tools shims check unit run prove check-shims check-sleeps check-valgrind check-cite check-workflows \
	static report clean matrix
all: cases $(FIXTURE_BINS) tools shims
cases: $(CASE_BINS)
tools: $(TOOLS)
shims: $(SHIM_LIBS)

$(BUILD)/harness/%.o: harness/%.c harness/fdtest.h harness/fdenv.h
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) -DFDSUITE_LIBC_VERSION='"$(LIBC_VERSION)"' -c -o $@ $<

$(LIB): $(BUILD)/harness/fdtest.o $(BUILD)/harness/fdenv.o $(BUILD)/harness/fdprobe.o
	$(AR) rcs $@ $^

$(BUILD)/cases/%: cases/%.c $(LIB) harness/fdtest.h $(wildcard cases/*/*.h)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) $(LDSTATIC) -o $@ $< $(LIB) -lpthread

$(BUILD)/fixtures/%: fixtures/%.c $(LIB)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) $(LDSTATIC) -o $@ $< $(LIB)

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

$(BUILD)/harness/fdrun: harness/fdrun.c harness/tap.c harness/tap.h \
		harness/results.c harness/results.h harness/fdenv.c harness/fdenv.h \
		$(BUILD)/harness/revision
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) $(LDSTATIC) -DFDSUITE_REV='"$(REV)"' -DFDSUITE_LIBC_VERSION='"$(LIBC_VERSION)"' \
		-o $@ harness/fdrun.c harness/tap.c harness/results.c harness/fdenv.c

REPORT_SRCS := harness/collate.c harness/cite.c harness/json.c harness/results.c harness/tap.c
$(BUILD)/harness/fdreport: harness/fdreport.c $(REPORT_SRCS) harness/collate.h harness/cite.h \
		harness/results.h harness/json.h harness/tap.h
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) -o $@ harness/fdreport.c $(REPORT_SRCS)

include harness/tests/tests.mk

RESULTS_DIR ?= $(BUILD)/results
run: all
	$(BUILD)/harness/fdrun -j $(JOBS) -b $(BUILD) -n $(ENV_NAME) \
		-o $(RESULTS_DIR)/$(ENV_NAME).json $(RUN_ARGS)

check: check-sleeps all unit
	$(BUILD)/harness/fdrun -j $(JOBS) -b $(BUILD) -n $(ENV_NAME) \
		-o $(RESULTS_DIR)/$(ENV_NAME).json
	$(MAKE) --no-print-directory check-shims check-cite check-workflows prove check-valgrind

prove: cases $(FIXTURE_BINS)
	@command -v prove >/dev/null || { echo "prove not installed (perl)"; exit 1; }
	FDSUITE_FIXTURES=$(abspath $(BUILD)/fixtures) prove -j $(JOBS) --exec '' $(CASE_BINS)

check-shims: cases $(FIXTURE_BINS) shims
	BUILD=$(BUILD) harness/check-shims.sh

check-sleeps:
	harness/check-sleeps.sh

check-valgrind: all
	BUILD=$(BUILD) harness/check-valgrind.sh

check-cite: all
	BUILD=$(BUILD) harness/check-cite.sh

check-workflows: tools
	BUILD=$(BUILD) harness/check-workflows.sh

# Static builds of the cases, fixtures and runner for initramfs images,
# containers and emulators: glibc (static), musl (musl-gcc; the kernel's
# uapi headers are made visible to it) and aarch64 (cross gcc).
.PHONY: fixtures-bins musl aarch64
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
aarch64:
	$(MAKE) BUILD=$(BUILD)-aarch64 CC=aarch64-linux-gnu-gcc LDSTATIC=-static cases fixtures-bins \
		$(BUILD)-aarch64/harness/fdrun

matrix:
	ci/matrix.sh

report: $(BUILD)/harness/fdreport
	$(BUILD)/harness/fdreport -o REPORT.md results/*.json

clean:
	rm -rf $(BUILD) $(BUILD)-static $(BUILD)-musl $(BUILD)-aarch64
