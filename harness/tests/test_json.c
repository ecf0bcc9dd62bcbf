/* Unit tests of the JSON reader (harness/json.c). */
#include <criterion/criterion.h>
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
	cr_expect_str_eq(err, "line 3 column 7: expected ':'");
	cr_expect_null(json_parse("[1, 2", err, sizeof err));
	cr_expect(strstr(err, "expected ',' or ']'") != NULL, "%s", err);
	cr_expect_null(json_parse("\"abc", err, sizeof err));
	cr_expect(strstr(err, "unterminated string") != NULL, "%s", err);
	cr_expect_null(json_parse("{} x", err, sizeof err));
	cr_expect(strstr(err, "trailing") != NULL, "%s", err);
	cr_expect_null(json_parse("", err, sizeof err));
}
