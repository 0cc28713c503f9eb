# lede: build, test, install.  See README.md.
PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man
DESTDIR ?=
VERSION = 0.1.0

CC ?= cc
PKG_CONFIG ?= pkg-config
PKGS = gumbo libutf8proc zlib
CFLAGS ?= -O2
WARN = -std=c11 -Wall -Wextra -Werror -D_POSIX_C_SOURCE=200809L -DLEDE_VERSION='"$(VERSION)"'
DEPS_CFLAGS := $(shell $(PKG_CONFIG) --cflags $(PKGS) 2>/dev/null)
DEPS_LIBS := $(shell $(PKG_CONFIG) --libs $(PKGS) 2>/dev/null)
LDLIBS = $(DEPS_LIBS) -lm

SRC = src/buf.c src/text.c src/input.c src/decode.c src/page.c src/html.c src/plain.c \
      src/json.c src/meta.c src/date.c src/classify.c src/dateline.c src/article.c src/output.c src/lede.c src/warc.c src/source.c
MAIN = src/main.c
OBJ = $(SRC:.c=.o)
HDR = $(wildcard src/*.h) src/stopwords.inc

all: lede

lede: $(OBJ) src/main.o
	$(CC) $(LDFLAGS) -o $@ $(OBJ) src/main.o $(LDLIBS)

src/%.o: src/%.c $(HDR)
	$(CC) $(WARN) $(CFLAGS) $(DEPS_CFLAGS) -c -o $@ $<

src/stopwords.inc: $(wildcard src/stopwords/*.txt) scripts/gen-stopwords
	sh scripts/gen-stopwords src/stopwords/*.txt > $@.tmp && mv $@.tmp $@

# The sanitizer build: the same sources, ASan + UBSan, in build/asan/.
ASAN_FLAGS = -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
build/asan/lede: $(SRC) $(MAIN) $(HDR)
	@mkdir -p build/asan
	$(CC) $(WARN) $(ASAN_FLAGS) $(DEPS_CFLAGS) -o $@ $(SRC) $(MAIN) $(LDLIBS)

# Unit tests link the library sources with a test driver.
build/test_dateline: tests/test_dateline.c $(SRC) $(HDR)
	@mkdir -p build
	$(CC) $(WARN) -O1 -g $(DEPS_CFLAGS) -Isrc -o $@ tests/test_dateline.c $(SRC) $(LDLIBS)
build/asan/test_dateline: tests/test_dateline.c $(SRC) $(HDR)
	@mkdir -p build/asan
	$(CC) $(WARN) $(ASAN_FLAGS) $(DEPS_CFLAGS) -Isrc -o $@ tests/test_dateline.c $(SRC) $(LDLIBS)

build/jsonq: tests/jsonq.c
	@mkdir -p build
	$(CC) -std=c11 -Wall -Wextra -Werror -O1 -o $@ tests/jsonq.c

build/test_date: tests/test_date.c $(SRC) $(HDR)
	@mkdir -p build
	$(CC) $(WARN) -O1 -g $(DEPS_CFLAGS) -Isrc -o $@ tests/test_date.c $(SRC) $(LDLIBS)

build/test_text: tests/test_text.c $(SRC) $(HDR)
	@mkdir -p build
	$(CC) $(WARN) -O1 -g $(DEPS_CFLAGS) -Isrc -o $@ tests/test_text.c $(SRC) $(LDLIBS)

build/asan/fuzz-replay: tests/fuzz.c tests/fuzz_replay.c $(SRC) $(HDR)
	@mkdir -p build/asan
	$(CC) $(WARN) -D_GNU_SOURCE $(ASAN_FLAGS) $(DEPS_CFLAGS) -Isrc -o $@ tests/fuzz.c tests/fuzz_replay.c $(SRC) $(LDLIBS)

build/score: tests/score.c $(SRC) $(HDR)
	@mkdir -p build
	$(CC) $(WARN) -O2 $(DEPS_CFLAGS) -Isrc -o $@ tests/score.c $(SRC) $(LDLIBS)

check: lede build/asan/lede build/test_dateline build/asan/test_dateline build/test_date build/test_text build/jsonq build/score build/asan/fuzz-replay
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
	rm -rf lede src/*.o src/stopwords.inc build/asan build/test_* build/jsonq build/fuzz \
	       build/gumbo-parse

.PHONY: all check install uninstall clean
