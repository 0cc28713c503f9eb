/* input: the bytes of one page, and whether they are a page at all. */
#include "input.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <sys/stat.h>
#include <zlib.h>

ReadStatus input_read(FILE *f, size_t max_size, Buf *out)
{
    struct stat st;
    buf_clear(out);
    if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode)) {
        if ((unsigned long long)st.st_size > max_size)
            return READ_TOO_BIG;
        buf_reserve(out, (size_t)st.st_size + 1);
    }
    for (;;) {
        buf_reserve(out, 65536);
        size_t room = out->cap - out->len - 1;
        size_t got = fread(out->p + out->len, 1, room, f);
        out->len += got;
        out->p[out->len] = '\0';
        if (out->len > max_size)
            return READ_TOO_BIG;
        if (got < room) {
            if (ferror(f)) {
                if (!errno)
                    errno = EIO;
                return READ_ERROR;
            }
            if (feof(f))
                return READ_OK;
        }
    }
}

bool input_gzipped(const Buf *b)
{
    return b->len >= 2 && (unsigned char)b->p[0] == 0x1f && (unsigned char)b->p[1] == 0x8b;
}

ReadStatus input_inflate(Buf *b, size_t from, size_t max)
{
    enum { CHUNK = 65536 };
    Buf out = {0};
    /* gzip or zlib (a header tells which), else raw deflate */
    for (int attempt = 0; attempt < 2; attempt++) {
        z_stream zs;
        memset(&zs, 0, sizeof zs);
        if (inflateInit2(&zs, attempt == 0 ? 15 + 32 : -15) != Z_OK)
            break;
        zs.next_in = (Bytef *)b->p + from;
        zs.avail_in = (uInt)(b->len - from);
        buf_clear(&out);
        int z = Z_OK;
        bool cut = false;
        while (z == Z_OK && out.len <= max) {
            buf_reserve(&out, CHUNK);
            zs.next_out = (Bytef *)out.p + out.len;
            zs.avail_out = CHUNK;
            z = inflate(&zs, Z_NO_FLUSH);
            out.len += CHUNK - zs.avail_out;
            if (z == Z_BUF_ERROR && zs.avail_in == 0)
                z = Z_STREAM_END, cut = true; /* truncated: keep what came out */
            /* gzip members one after another are one stream (as zcat reads them) */
            if (z == Z_STREAM_END && attempt == 0 && zs.avail_in >= 2 && zs.next_in[0] == 0x1f &&
                zs.next_in[1] == 0x8b && inflateReset(&zs) == Z_OK)
                z = Z_OK;
        }
        inflateEnd(&zs);
        if ((z == Z_STREAM_END || out.len > max) && out.len) {
            bool big = out.len > max;
            b->len = from;
            buf_add(b, out.p, big ? max : out.len);
            buf_free(&out);
            return big ? READ_TOO_BIG : cut ? READ_TRUNCATED : READ_OK;
        }
    }
    buf_free(&out);
    return READ_ERROR;
}

static const struct {
    const char *magic;
    size_t len;
    const char *name;
} signatures[] = {
    {"%PDF-", 5, "a PDF document"},
    {"\x1f\x8b", 2, "gzip data"},
    {"PK\x03\x04", 4, "a zip archive"},
    {"\x89PNG\r\n\x1a\n", 8, "a PNG image"},
    {"\xff\xd8\xff", 3, "a JPEG image"},
    {"GIF87a", 6, "a GIF image"},
    {"GIF89a", 6, "a GIF image"},
    {"RIFF", 4, "RIFF media"},
    {"\x7f" "ELF", 4, "an executable"},
    {"OggS", 4, "Ogg media"},
    {"ID3", 3, "MP3 audio"},
    {"fLaC", 4, "FLAC audio"},
    {"wOFF", 4, "a web font"},
    {"wOF2", 4, "a web font"},
    {"7z\xbc\xaf\x27\x1c", 6, "a 7-Zip archive"},
    {"Rar!\x1a\x07", 6, "a RAR archive"},
    {"\xfd" "7zXZ", 5, "xz data"},
    {"\x28\xb5\x2f\xfd", 4, "zstd data"},
    {"BZh", 3, NULL}, /* bzip2: needs a digit after, checked below */
    {"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8, "an Office document"},
    {"\x00\x00\x01\x00", 4, "an icon"},
    {"\x1a\x45\xdf\xa3", 4, "Matroska media"},
};

const char *input_binary(const char *p, size_t n)
{
    for (size_t i = 0; i < sizeof signatures / sizeof *signatures; i++) {
        size_t k = signatures[i].len;
        if (n >= k && memcmp(p, signatures[i].magic, k) == 0) {
            if (signatures[i].name)
                return signatures[i].name;
            if (n > 3 && p[3] >= '1' && p[3] <= '9' && n > 4 && (unsigned char)p[4] == 0x31)
                return "bzip2 data";
        }
    }
    if (n >= 8 && memcmp(p + 4, "ftyp", 4) == 0)
        return "MP4 media";
    /* UTF-16 text is full of NULs: with a BOM it is text. */
    if (n >= 2 && (((unsigned char)p[0] == 0xFF && (unsigned char)p[1] == 0xFE) ||
                   ((unsigned char)p[0] == 0xFE && (unsigned char)p[1] == 0xFF)))
        return NULL;
    /* control bytes, but for tab, line ends, form feed and escape */
    static const unsigned char control[256] = {
        1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 0, 0, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1,
        [0x7F] = 1};
    size_t m = n < 8192 ? n : 8192, bad = 0, i = 0;
#ifdef __SSE2__
    /* sixteen bytes at a time, the control bytes counted from a mask */
    for (; i + 16 <= m; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
        __m128i low = _mm_and_si128(_mm_cmplt_epi8(v, _mm_set1_epi8(0x20)),
                                    _mm_cmpgt_epi8(v, _mm_set1_epi8(-1))); /* 0x00..0x1F */
        __m128i fine = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\t')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\n'))),
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\f')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\r'))),
                         _mm_cmpeq_epi8(v, _mm_set1_epi8(0x1B))));
        __m128i ctl = _mm_or_si128(_mm_andnot_si128(fine, low), _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F)));
        for (unsigned mask = (unsigned)_mm_movemask_epi8(ctl); mask; mask &= mask - 1)
            bad++;
    }
#endif
    for (; i + 8 <= m; i += 8) {
        /* eight bytes at a time: only those with a byte below 0x20 or a
         * DEL are looked at one by one */
        uint64_t v, t;
        memcpy(&v, p + i, 8);
        t = v ^ 0x7F7F7F7F7F7F7F7Full;
        if (!((((v - 0x2020202020202020ull) | (t - 0x0101010101010101ull)) & ~v & ~t) &
              0x8080808080808080ull))
            continue;
        for (size_t k = i; k < i + 8; k++)
            bad += control[(unsigned char)p[k]];
    }
    for (; i < m; i++)
        bad += control[(unsigned char)p[i]];
    if (m && bad * 100 > m)
        return "binary data";
    return NULL;
}

bool input_parse_size(const char *s, size_t *out)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || end == s || s[0] == '-')
        return false;
    unsigned long long mul = 1;
    if (*end == 'k' || *end == 'K')
        mul = 1ull << 10, end++;
    else if (*end == 'm' || *end == 'M')
        mul = 1ull << 20, end++;
    else if (*end == 'g' || *end == 'G')
        mul = 1ull << 30, end++;
    if (*end || (v && mul > ~0ull / v))
        return false;
    *out = (size_t)(v * mul);
    return true;
}
