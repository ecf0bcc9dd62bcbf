# Criterion unit tests of the harness's own code (included by the Makefile).
UNIT_SRCS := $(sort $(wildcard harness/tests/test_*.c))
UNIT_BIN := $(BUILD)/harness/tests/unit

$(UNIT_BIN): $(UNIT_SRCS) harness/tap.c harness/tap.h harness/results.c harness/results.h \
		harness/collate.c harness/collate.h harness/json.c harness/json.h \
		harness/fdenv.c harness/fdenv.h harness/audit.c harness/audit.h
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) -o $@ $(UNIT_SRCS) harness/tap.c \
		harness/results.c harness/collate.c harness/json.c harness/fdenv.c harness/audit.c \
		$$(pkg-config --cflags --libs criterion 2>/dev/null || echo -lcriterion)

unit: $(UNIT_BIN)
	$(UNIT_BIN) --jobs 1
