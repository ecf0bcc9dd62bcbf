/* Unit tests of the JSON reader (harness/json.c). */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "json.h"

Test(json, values_and_nesting)
{
	char err[128];
	struct json *j = json_parse(" {\"a\": [1, -2.5e1, true, false, null],"
				    " \"b\": {\"c\": \"d\"}, \"e\": []}", err, sizeof err);
	cr_assert_not_null(j, "%s", err);
	const struct json *a = json_get(j, "a");
	cr_assert_eq(a->type, JSON_ARRAY);
	cr_assert_eq(a->n, 5);
	cr_expect_float_eq(a->items[1]->number, -25.0, 1e-9);
	cr_expect_eq(a->items[2]->type, JSON_BOOL);
	cr_expect_eq(a->items[4]->type, JSON_NULL);
	cr_expect_str_eq(json_str(json_get(j, "b"), "c", NULL), "d");
	cr_expect_eq(json_get(j, "e")->n, 0);
	cr_expect_null(json_get(j, "missing"));
	json_free(j);
}

Test(json, string_escapes)
{
	char err[128];
	struct json *j = json_parse("\"q\\\"b\\\\n\\n\\t\\u00e9\\u0041\"", err, sizeof err);
	cr_assert_not_null(j, "%s", err);
	cr_expect_str_eq(j->string, "q\"b\\n\n\t\xc3\xa9" "A");
	json_free(j);
}

Test(json, many_items_grow)
{
	char text[8192] = "[";
	for (int i = 0; i < 1000; i++)
		strcat(text, i ? ",7" : "7");
	strcat(text, "]");
	char err[128];
	struct json *j = json_parse(text, err, sizeof err);
	cr_assert_not_null(j, "%s", err);
	cr_expect_eq(j->n, 1000);
	json_free(j);
}

Test(json, errors_name_line_and_column)
{
	char err[128];
	cr_expect_null(json_parse("{\n  \"a\": 1,\n  \"b\" 2\n}", err, sizeof err));
	cr_expect_str_eq(err, "line 3 column 7 (byte offset 18): expected ':'");
	cr_expect_null(json_parse("[1, 2", err, sizeof err));
	cr_expect(strstr(err, "expected ',' or ']'") != NULL, "%s", err);
	cr_expect_null(json_parse("\"abc", err, sizeof err));
	cr_expect(strstr(err, "unterminated string") != NULL, "%s", err);
	cr_expect_null(json_parse("{} x", err, sizeof err));
	cr_expect(strstr(err, "trailing") != NULL, "%s", err);
	cr_expect_null(json_parse("", err, sizeof err));
}

/* What a report could not show faithfully is refused, with the byte. */
static void refused(const char *text, const char *what)
{
	char err[256];
	struct json *j = json_parse(text, err, sizeof err);
	cr_expect_null(j, "%s accepted", text);
	json_free(j);
	cr_expect(strstr(err, what) != NULL, "%s: %s", text, err);
	cr_expect(strstr(err, "byte offset") != NULL, "%s: %s", text, err);
}

Test(json, nan_and_infinity_are_refused)
{
	refused("[NaN]", "NaN or infinity");
	refused("[-nan]", "NaN or infinity");
	refused("[Infinity]", "NaN or infinity");
	refused("[-inf]", "NaN or infinity");
	refused("[1e999]", "too large");
	refused("[-1e400]", "too large");
	refused("[0x10]", "bad number");
	refused("[01]", "bad number");
	refused("[1.]", "bad number");
	refused("[.5]", "unexpected character");
	refused("[1e]", "bad number");
	refused("[-]", "bad number");
}

Test(json, numbers_that_are_json)
{
	char err[128];
	struct json *j = json_parse("[0, -0.5, 1e3, 2E-2, 12.25e+1, 1e-400]", err, sizeof err);
	cr_assert_not_null(j, "%s", err);
	cr_expect_float_eq(j->items[2]->number, 1000.0, 1e-9);
	cr_expect_float_eq(j->items[3]->number, 0.02, 1e-12);
	cr_expect_float_eq(j->items[4]->number, 122.5, 1e-9);
	json_free(j);
}

Test(json, nul_in_strings_is_refused)
{
	refused("[\"a\\u0000b\"]", "\\u0000 in a string");
	char err[128];
	/* a raw NUL byte would hide whatever follows it */
	static const char text[] = "{\"a\": 1}\0{\"b\": 2}";
	cr_expect_null(json_parse_n(text, sizeof text - 1, err, sizeof err, NULL));
	cr_expect_str_eq(err, "line 1 column 9 (byte offset 8): NUL byte in the input");
}

Test(json, invalid_utf8_is_refused)
{
	refused("[\"\xc3\x28\"]", "invalid UTF-8");         /* bad continuation */
	refused("[\"\x80\"]", "invalid UTF-8");             /* stray continuation */
	refused("[\"\xc0\xaf\"]", "invalid UTF-8");         /* overlong '/' */
	refused("[\"\xe0\x80\xaf\"]", "invalid UTF-8");     /* overlong */
	refused("[\"\xed\xa0\x80\"]", "invalid UTF-8");     /* surrogate U+D800 */
	refused("[\"\xf4\x90\x80\x80\"]", "invalid UTF-8"); /* above U+10FFFF */
	refused("[\"\xe2\x82\"]", "invalid UTF-8");         /* truncated */
	refused("[\"\xff\"]", "invalid UTF-8");
	refused("[\"\\ud800\"]", "unpaired surrogate");
	refused("[\"\\udc00x\"]", "unpaired surrogate");
	refused("[\"\\u12g4\"]", "four hex digits");
	refused("[\"\\x41\"]", "invalid escape");
	char err[128];
	struct json *j = json_parse("\"\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80 \\ud83d\\ude00 \\u20ac\\/\"",
				    err, sizeof err);
	cr_assert_not_null(j, "%s", err);
	cr_expect_str_eq(j->string, "\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80 \xf0\x9f\x98\x80 \xe2\x82\xac/");
	json_free(j);
}

Test(json, data_after_the_value_is_refused)
{
	refused("{} {}", "trailing characters after the value");
	refused("{\"a\": 1}\n]", "trailing characters after the value");
	refused("[1] x", "trailing characters after the value");
}

Test(json, a_key_given_twice_is_refused)
{
	refused("{\"status\": \"pass\", \"status\": \"fail\"}", "key \"status\" given twice");
	/* a large object is checked at its end */
	char text[4096] = "{";
	for (int i = 0; i < 40; i++)
		sprintf(text + strlen(text), "\"k%d\": %d, ", i, i);
	strcat(text, "\"k7\": 0}");
	refused(text, "key \"k7\" given twice");
}

Test(json, malformed_input_is_not_out_of_memory)
{
	/* a plain parse that cannot fail for memory says oom = 0 */
	char err[128];
	int oom = -1;
	cr_expect_null(json_parse_n("[1,", 3, err, sizeof err, &oom));
	cr_expect_eq(oom, 0);
}
