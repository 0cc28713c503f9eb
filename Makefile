# lede: build, test, install.  See README.md.
PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man
DESTDIR ?=
VERSION = 0.3.0

CC ?= cc
PKG_CONFIG ?= pkg-config
PKGS = gumbo libutf8proc zlib
CFLAGS ?= -O2
WARN = -std=c11 -Wall -Wextra -Werror -D_POSIX_C_SOURCE=200809L -DLEDE_VERSION='"$(VERSION)"'
DEPS_CFLAGS := $(shell $(PKG_CONFIG) --cflags $(PKGS) 2>/dev/null)
DEPS_LIBS := $(shell $(PKG_CONFIG) --libs $(PKGS) 2>/dev/null)
LDLIBS = $(DEPS_LIBS) -lm

SRC = src/buf.c src/text.c src/input.c src/decode.c src/page.c src/measure.c src/html.c src/plain.c \
      src/json.c src/meta.c src/date.c src/classify.c src/classify_html.c src/classify_text.c src/dateline.c src/headline.c src/opening.c src/byline.c src/roles.c src/verdict.c src/body.c src/article.c \
      src/url.c src/output.c src/markdown.c \
      src/lede.c src/warc.c src/source.c src/words.c
HDR = $(filter-out src/words.h,$(wildcard src/*.h)) src/words.h
OBJ = $(SRC:src/%.c=build/obj/%.o)
ASAN_OBJ = $(SRC:src/%.c=build/asan/obj/%.o)
# unit tests: tests/test_NAME.c, each a program of "ok N - ..." lines
UNIT = $(patsubst tests/%.c,%,$(wildcard tests/test_*.c))

all: lede

# The library holds every stage; lede is main.c over it.  Each build kind
# (normal, sanitizer) compiles the sources once, into a library of its own.
build/liblede.a: $(OBJ)
	rm -f $@ && $(AR) rcs $@ $(OBJ)

build/obj/%.o: src/%.c $(HDR)
	@mkdir -p build/obj
	$(CC) $(WARN) $(CFLAGS) $(DEPS_CFLAGS) -c -o $@ $<

lede: src/main.c build/liblede.a $(HDR) Makefile
	$(CC) $(WARN) $(CFLAGS) $(DEPS_CFLAGS) $(LDFLAGS) -o $@ src/main.c build/liblede.a $(LDLIBS)

# Every table is built at compile time by one generator, scripts/gen-tables:
# the word lists (src/words/*.txt), the stopwords (src/stopwords/*.txt), the
# cues' filters and the Unicode classes; it checks their sizes.
WORDS = $(sort $(wildcard src/words/*.txt))
STOPWORDS = $(sort $(wildcard src/stopwords/*.txt))
build/gen-tables: scripts/gen-tables.c src/unicode.h src/wordhash.h src/text.h src/buf.h
	@mkdir -p build
	$(CC) $(WARN) -O1 $(DEPS_CFLAGS) -Isrc -o $@ scripts/gen-tables.c $(LDLIBS)
src/words.h: build/gen-tables $(WORDS) $(STOPWORDS)
	@echo "build/gen-tables h ... > $@"
	@build/gen-tables h $(STOPWORDS) -- $(WORDS) > $@.tmp && mv $@.tmp $@
src/words.c: build/gen-tables $(WORDS) $(STOPWORDS)
	@echo "build/gen-tables c ... > $@"
	@build/gen-tables c $(STOPWORDS) -- $(WORDS) > $@.tmp && mv $@.tmp $@

# The sanitizer build: the same sources, ASan + UBSan, in build/asan/.
ASAN_FLAGS = -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
build/asan/liblede.a: $(ASAN_OBJ)
	rm -f $@ && $(AR) rcs $@ $(ASAN_OBJ)

build/asan/obj/%.o: src/%.c $(HDR)
	@mkdir -p build/asan/obj
	$(CC) $(WARN) $(ASAN_FLAGS) $(DEPS_CFLAGS) -c -o $@ $<

build/asan/lede: src/main.c build/asan/liblede.a
	$(CC) $(WARN) $(ASAN_FLAGS) $(DEPS_CFLAGS) -o $@ src/main.c build/asan/liblede.a $(LDLIBS)

# Unit tests and the tools the suite uses: one rule each build kind.
build/test_%: tests/test_%.c build/liblede.a $(HDR)
	$(CC) $(WARN) -O1 -g $(DEPS_CFLAGS) -Isrc -o $@ $< build/liblede.a $(LDLIBS)
build/asan/test_%: tests/test_%.c build/asan/liblede.a $(HDR)
	$(CC) $(WARN) $(ASAN_FLAGS) $(DEPS_CFLAGS) -Isrc -o $@ $< build/asan/liblede.a $(LDLIBS)

build/score: tests/score.c build/liblede.a $(HDR)
	$(CC) $(WARN) -O2 $(DEPS_CFLAGS) -Isrc -o $@ $< build/liblede.a $(LDLIBS)

build/jsonq: tests/jsonq.c
	@mkdir -p build
	$(CC) -std=c11 -Wall -Wextra -Werror -O1 -o $@ tests/jsonq.c

build/asan/fuzz-replay: tests/fuzz.c tests/fuzz_replay.c build/asan/liblede.a $(HDR)
	$(CC) $(WARN) -D_GNU_SOURCE $(ASAN_FLAGS) $(DEPS_CFLAGS) -Isrc -o $@ tests/fuzz.c tests/fuzz_replay.c build/asan/liblede.a $(LDLIBS)

check: lede build/asan/lede $(UNIT:%=build/%) $(UNIT:%=build/asan/%) build/jsonq build/score build/asan/fuzz-replay
	@sh tests/run.sh

install: lede
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1
	cp lede $(DESTDIR)$(BINDIR)/lede
	chmod 755 $(DESTDIR)$(BINDIR)/lede
	cp man/lede.1 $(DESTDIR)$(MANDIR)/man1/lede.1
	chmod 644 $(DESTDIR)$(MANDIR)/man1/lede.1

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/lede $(DESTDIR)$(MANDIR)/man1/lede.1

# The fuzzer's corpus (build/fuzz-corpus) and findings are kept.
clean:
	rm -rf lede src/*.o src/words.h src/words.c build/gen-tables build/obj build/liblede.a build/asan build/test_* \
	       build/jsonq build/score build/fuzz build/gumbo-parse

.PHONY: all check install uninstall clean
