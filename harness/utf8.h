/*
 * utf8.h - strict UTF-8 (RFC 3629 section 4): the JSON reader refuses
 * anything else in a string, and the results writer escapes anything else,
 * so that what reaches the Markdown report is text.
 */
#ifndef UTF8_H
#define UTF8_H

#include <stddef.h>

/* The length (1 to 4) of the well-formed UTF-8 character at s, reading no
   further than end; 0 when the bytes there are not one (a stray
   continuation byte, an overlong form, a surrogate, a code point above
   U+10FFFF, a truncated sequence).  s < end. */
static inline size_t utf8_char_len(const char *s, const char *end)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t avail = (size_t)(end - s);
	unsigned char lo = 0x80, hi = 0xbf;
	size_t n;
	if (p[0] < 0x80)
		return 1;
	if (p[0] >= 0xc2 && p[0] <= 0xdf)
		n = 2;
	else if (p[0] >= 0xe0 && p[0] <= 0xef) {
		n = 3;
		if (p[0] == 0xe0)
			lo = 0xa0; /* overlong below U+0800 */
		if (p[0] == 0xed)
			hi = 0x9f; /* U+D800..U+DFFF are surrogates */
	} else if (p[0] >= 0xf0 && p[0] <= 0xf4) {
		n = 4;
		if (p[0] == 0xf0)
			lo = 0x90; /* overlong below U+10000 */
		if (p[0] == 0xf4)
			hi = 0x8f; /* above U+10FFFF */
	} else
		return 0;
	if (avail < n || p[1] < lo || p[1] > hi)
		return 0;
	for (size_t i = 2; i < n; i++)
		if (p[i] < 0x80 || p[i] > 0xbf)
			return 0;
	return n;
}

#endif
