# Criterion unit tests of the harness's own code (included by the Makefile).
# test_oom.c replaces malloc for the whole program it is in: a program of
# its own, so the other tests run on the plain allocator.
UNIT_SRCS := $(sort $(filter-out harness/tests/test_oom.c,$(wildcard harness/tests/test_*.c)))
UNIT_BIN := $(BUILD)/harness/tests/unit
OOM_BIN := $(BUILD)/harness/tests/unit-oom
READER_SRCS := harness/tap.c harness/results.c harness/collate.c harness/diff.c harness/json.c \
		harness/cite.c harness/repro.c
READER_DEPS := $(READER_SRCS) harness/tap.h harness/results.h harness/collate.h harness/diff.h \
		harness/cite.h \
		harness/json.h harness/utf8.h harness/runenv.h

$(UNIT_BIN): $(UNIT_SRCS) harness/tap.c harness/tap.h harness/results.c harness/results.h \
		harness/collate.c harness/collate.h harness/json.c harness/json.h harness/utf8.h \
		harness/diff.c harness/diff.h harness/runenv.c harness/runenv.h harness/formats.c harness/formats.h \
		harness/audit.c harness/audit.h harness/repro.c harness/repro.h harness/repro_lib.c
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) -o $@ $(UNIT_SRCS) harness/tap.c \
		harness/results.c harness/collate.c harness/diff.c harness/json.c harness/runenv.c harness/formats.c harness/audit.c \
		harness/repro.c \
		$$(pkg-config --cflags --libs criterion 2>/dev/null || echo -lcriterion)

$(OOM_BIN): harness/tests/test_oom.c $(READER_DEPS)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) -o $@ harness/tests/test_oom.c $(READER_SRCS) \
		$$(pkg-config --cflags --libs criterion 2>/dev/null || echo -lcriterion)

unit: $(UNIT_BIN) $(OOM_BIN)
	$(UNIT_BIN) --jobs 1
	$(OOM_BIN) --jobs 1
