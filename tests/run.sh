#!/bin/sh
# The test suite: unit tests, then every command-line test run against the
# normal build and again against the ASan+UBSan build.  Run by `make check`.
# Ends with "N passed, N failed, N skipped".
set -u
cd "$(dirname "$0")/.." || exit 2
top=$(pwd)
data=$top/tests/data
shared=$top/../shared
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
pass=0 fail=0 skip=0

ok() { pass=$((pass + 1)); }
not_ok() { fail=$((fail + 1)); echo "FAIL: $*"; }
skipped() { skip=$((skip + 1)); echo "SKIP: $*"; }

# check NAME: run the rest of the line as a command; pass when it succeeds
check() {
    name=$1; shift
    if "$@" >/dev/null 2>&1; then ok; else not_ok "$name [$LEDE_NAME]"; fi
}
# eq NAME EXPECTED ACTUAL
eq() {
    if [ "$2" = "$3" ]; then ok; else
        not_ok "$1 [$LEDE_NAME]"
        printf '  want: %s\n  got:  %s\n' "$2" "$3"
    fi
}
q() { "$top/build/jsonq" "$@"; }

# ---- unit tests ------------------------------------------------------------
unit() {
    out=$($1 2>&1); st=$?
    n_ok=$(printf '%s\n' "$out" | grep -c '^ok ')
    n_bad=$(printf '%s\n' "$out" | grep -c '^not ok ')
    pass=$((pass + n_ok))
    fail=$((fail + n_bad))
    [ "$n_bad" -eq 0 ] || printf '%s\n' "$out" | grep -A1 '^not ok' | sed 's/^/FAIL: /'
    # a crash (a sanitizer's report) stops the program before its last line
    if [ "$st" -ne 0 ] && [ "$n_bad" -eq 0 ]; then
        not_ok "$(printf '%s' "$1" | cut -d' ' -f1) exited with status $st"
        printf '%s\n' "$out" | grep -m 3 -E 'ERROR|runtime error' | sed 's/^/  /'
    fi
}
for t in build/test_* build/asan/test_*; do unit "$t"; done
# inputs the fuzzer found (and the hostile seeds), replayed under ASan+UBSan
set -- "$top"/tests/fuzz/*.in
if [ -e "$1" ]; then unit "build/asan/fuzz-replay $*"; else skipped "no fuzz inputs in tests/fuzz"; fi

# ---- the layout's promises -------------------------------------------------
# no mutable static data in the library (tables are built at compile time,
# per-page state lives in Page), no function over 120 lines, no word lists
# left in C
LEDE_NAME=layout
if command -v objdump > /dev/null 2>&1; then
    w=$(objdump -t build/liblede.a | awk '($3 == "O" || $2 == "O") && /[.](bss|data)( |\t|[.]rel[.]local)/' | wc -l)
    eq "layout: no object in .bss or writable .data of liblede.a" 0 "$w"
else
    skipped "layout: objdump is not installed"
fi
eq "layout: no function in src/ over 120 lines" "" "$(scripts/long-functions 120)"
if command -v python3 > /dev/null 2>&1; then
    n=$(scripts/count-words | tail -1 | awk '{print $1}')
    if [ "$n" -lt 125 ]; then ok; else not_ok "layout: $n quoted lower-case words in src/ (word lists go in src/words/)"; fi
else
    skipped "layout: python3 is not here (scripts/count-words)"
fi

# ---- command-line tests, for one binary ----------------------------------
# record TYPE URI FILE: a WARC/1.1 record whose content is FILE
warc_record() {
    printf 'WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%s>\r\nWARC-Date: 2024-09-03T10:21:00Z\r\nWARC-Target-URI: %s\r\nContent-Length: %s\r\n\r\n' \
        "$1" "$4" "$2" "$(wc -c < "$3" | tr -d ' ')"
    cat "$3"
    printf '\r\n\r\n'
}

warc_tests() {
    L=$1
    w=$tmp/warc
    mkdir -p "$w"
    { printf 'HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n'; cat "$data/small.html"; } > "$w/ok"
    printf 'HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<html>gone</html>' > "$w/404"
    printf 'HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\211PNG\r\n' > "$w/png"
    gzip -c "$data/meta.html" > "$w/gz"
    { printf 'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n'
      printf '%x\r\n' "$(wc -c < "$w/gz" | tr -d ' ')"; cat "$w/gz"; printf '\r\n0\r\n\r\n'; } > "$w/chunked"
    { printf 'HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1252\r\n\r\n'
      printf '<p>Le café du coin a rouvert — une bonne nouvelle pour les habitués du quartier, qui attendaient depuis des mois.</p>' | iconv -f UTF-8 -t WINDOWS-1252; } > "$w/cp1252"
    : > "$w/empty"
    { warc_record warcinfo "" "$w/empty" 1
      warc_record response https://a.example/ok "$w/ok" 2
      warc_record request https://a.example/ok "$w/404" 3
      warc_record response https://a.example/404 "$w/404" 4
      warc_record response https://a.example/png "$w/png" 5
      warc_record response https://a.example/chunked "$w/chunked" 6
      warc_record response https://a.example/cp1252 "$w/cp1252" 7
      warc_record conversion https://a.example/wet "$data/seed.txt" 8; } > "$w/t.warc"
    $L --warc --explain "$w/t.warc" > "$w/out" 2> "$w/err"; st=$?
    eq "warc: exit 0" 0 "$st"
    eq "warc: a JSON line a page (4 of 8 records)" 4 "$(wc -l < "$w/out" | tr -d ' ')"
    check "warc: valid JSON Lines" q < "$w/out"
    eq "warc: sources are the target URIs" "https://a.example/ok|https://a.example/chunked|https://a.example/cp1252|https://a.example/wet" \
        "$(for i in 1 2 3 4; do sed -n "${i}p" "$w/out" | q source; done | paste -sd'|')"
    eq "warc: record ID and date" "<urn:uuid:2>|2024-09-03T10:21:00Z" "$(sed -n 1p "$w/out" | q warc_record_id warc_date | paste -sd'|')"
    eq "warc: chunked and gzipped body" "Ferry service to resume after storm repairs" "$(sed -n 2p "$w/out" | q headline)"
    eq "warc: HTTP charset" "Le café du coin a rouvert — une bonne nouvelle pour les habitués du quartier, qui attendaient depuis des mois." "$(sed -n 3p "$w/out" | q paragraphs.0)"
    eq "warc: conversion record is WET text" "text|SEOUL" "$(sed -n 4p "$w/out" | q input dateline.city | paste -sd'|')"
    check "warc: --explain counts records" grep -q "8 records: 4 pages, 4 not pages, 0 damaged" "$w/err"
    for f in ok 404 chunked wet; do
        case $f in wet) src=$data/seed.txt; t=conversion ;; *) src=$w/$f; t=response ;; esac
        warc_record $t "https://b.example/$f" "$src" "b$f" | gzip -c
    done > "$w/t.warc.gz"
    $L --warc "$w/t.warc.gz" > "$w/out"; st=$?
    eq "warc.gz: gzipped per record" "https://b.example/ok|https://b.example/chunked|https://b.example/wet" "$(for i in 1 2 3; do sed -n "${i}p" "$w/out" | q source; done | paste -sd'|')"
    eq "warc.gz: exit 0" 0 "$st"
    head -c 9000 "$w/t.warc" > "$w/trunc.warc"
    $L --warc "$w/trunc.warc" > "$w/out" 2> "$w/err"; st=$?
    eq "warc: truncated record makes exit 2" 2 "$st"
    check "warc: the message names the record" grep -q "record .* truncated" "$w/err"
    check "warc: pages before it still out" grep -q "a.example/ok" "$w/out"
    { echo 'not a record'; cat "$w/t.warc"; } > "$w/junk.warc"
    $L --warc "$w/junk.warc" > "$w/out" 2> /dev/null; st=$?
    eq "warc: junk before a record: exit 2, the records still read" "2|4" "$st|$(wc -l < "$w/out" | tr -d ' ')"
}

# the article's structure (#28): blocks, --links, --images, image,
# next_page, Markdown
structure_tests() {
    L=$1
    st_page=$top/tests/cases/html-subheads-lists-quote-table-code-kept-as-blocks.html
    $L -j --links --images "$st_page" > "$tmp/st.json"
    check "blocks: valid JSON with --links --images" q < "$tmp/st.json"
    eq "blocks: a link's text and its address made absolute against the canonical URL" \
        "engineers' report|https://news.example.org/bridge-report" "$(q blocks.2.links.0.text blocks.2.links.0.href < "$tmp/st.json" | paste -sd'|')"
    eq "blocks: --images puts the figure's image where it stands, src absolute, with alt and caption" \
        "image|https://news.example.org/2024/05/pics/bridge.jpg|The old bridge at dusk|The bridge has stood since 1901." \
        "$(q blocks.0.type blocks.0.src blocks.0.alt blocks.0.caption < "$tmp/st.json" | paste -sd'|')"
    eq "blocks: the first paragraph block leaves the dateline out, as paragraphs.0 does" \
        "The council voted on Tuesday|The council voted on Tuesday" \
        "$(q blocks.1.text paragraphs.0 < "$tmp/st.json" | cut -c1-28 | paste -sd'|')"
    $L -j "$st_page" > "$tmp/st0.json"
    eq "blocks: without --links and --images, no links and no image blocks" "(missing)|paragraph" \
        "$(q blocks.1.links blocks.0.type < "$tmp/st0.json" | paste -sd'|')"
    eq "image: og:image made absolute; next_page: rel=next that goes on from the page's URL" \
        "https://news.example.org/img/bridge.jpg|https://news.example.org/2024/05/bridge.html?page=2" \
        "$(q image next_page < "$tmp/st0.json" | paste -sd'|')"
    eq "paragraphs: a table's row is one entry, its cells joined by ' | '; code keeps its lines" \
        "Democrats | 48 | 2|3" "$(q paragraphs.5 < "$tmp/st0.json")|$(q paragraphs.17 < "$tmp/st0.json" | wc -l | tr -d ' ')"
    eq "text output: code stays on one line, as every paragraph" "year cars a day 1990 8,000 2023 12,000" \
        "$($L "$st_page" | grep '^year')"
    body='<p>The council voted on Tuesday to close the old bridge, which has stood over the river since 1901, after engineers found deep cracks in two of its piers.</p><p>Repairs are expected to take at least two years and to cost about forty million dollars, the engineers said.</p>'
    printf '<html><head><title>Bridge</title><link rel="canonical" href="https://n.example/a/bridge.html"><link rel="next" href="/a/ferry-returns.html"></head><body><article><h1>Bridge</h1><figure><img src="/p/1.jpg"></figure>%s</article></body></html>' "$body" > "$tmp/nx.html"
    eq "image: with no og:image, the first figure in the article; next_page: rel=next to another story is none" \
        "https://n.example/p/1.jpg|null" "$($L -j "$tmp/nx.html" | q image next_page | paste -sd'|')"
    printf '<html><head><title>Bridge</title><link rel="next" href="bridge-2.html"><meta property="og:image" content="/p/2.jpg"></head><body><article><h1>Bridge</h1>%s</article></body></html>' "$body" > "$tmp/nx.html"
    eq "image and next_page with no URL known: image as the page gives it, next_page none" \
        "/p/2.jpg|null" "$($L -j "$tmp/nx.html" | q image next_page | paste -sd'|')"
    printf '{"url":"https://n.example/a/b.html","html":"<html><head><title>T</title><link rel=next href=\\"b.html?page=2\\"></head><body><article><h1>Bridge</h1><figure><img src=\\"/p/1.jpg\\"></figure>%s</article></body></html>"}\n' "$body" > "$tmp/nx.jsonl"
    eq "image and next_page: a JSON Lines record's url is the page's URL when the page gives none" \
        "https://n.example/p/1.jpg|https://n.example/a/b.html?page=2" "$($L --input=jsonl "$tmp/nx.jsonl" | q image next_page | paste -sd'|')"
    tx=$top/tests/cases/text-bullets-numbers-rows-and-a-subhead-as-blocks.txt
    eq "raw text: rows of cells, a title-case subhead, a list of bullets and one of numbers" \
        "table|heading|list|false|list|true|Buses will run every ten minutes from the north bank to the station." \
        "$($L -j "$tx" | q blocks.4.type blocks.2.type blocks.7.type blocks.7.ordered blocks.8.type blocks.8.ordered blocks.7.items.0 | paste -sd'|')"
    eq "raw text: a line of dialogue after a dash, and one numbered line alone, stay paragraphs" \
        "paragraph|paragraph" "$($L -j "$tx" | q blocks.9.type blocks.10.type | paste -sd'|')"
    md=$($L -m --meta "$st_page")
    eq "markdown: YAML front matter with --meta, then '# headline'" \
        "---|headline: \"Council votes to close the old bridge\"|# Council votes to close the old bridge" \
        "$(printf '%s\n' "$md" | sed -n '1p;2p;/^# /p' | paste -sd'|')"
    eq "markdown: the dateline in place, two subheads, a fenced code block, a pipe table of 5 lines" "1|2|2|5" \
        "$(printf '%s\n' "$md" | grep -c '^SPRINGFIELD (AP) — The council')|$(printf '%s\n' "$md" | grep -c '^## ')|$(printf '%s\n' "$md" | grep -c '^```$')|$(printf '%s\n' "$md" | grep -c '^| ')"
    eq "markdown: several files, each after an HTML comment that names it; -f markdown is -m" "2|same" \
        "$($L -m "$data/small.html" "$data/meta.html" | grep -c '^<!-- .*/data/[a-z]*\.html -->$')|$([ "$($L -m "$data/small.html")" = "$($L -f markdown "$data/small.html")" ] && echo same)"
    if command -v cmark-gfm > /dev/null 2>&1 && command -v python3 > /dev/null 2>&1; then
        # every page of the tests, through a CommonMark parser: the Markdown
        # holds what the JSON says, escapes and links included
        out=$("$top/tests/md-roundtrip" "$L" "$top"/tests/cases/*.html "$top"/tests/cases/*.txt "$data"/*.html "$data"/*.txt 2>&1)
        eq "markdown: every test page read back by cmark-gfm holds its JSON's blocks and links" "" \
            "$(printf '%s\n' "$out" | grep -v '^ok ' | head -3)"
    else
        skipped "markdown round trip: cmark-gfm or python3 is not installed (scripts/setup installs them)"
    fi
}

# article or not (#29): the "article" key, -a, --explain's account
verdict_tests() {
    L=$1
    no=$top/tests/cases/html-not-an-article-page-not-found.html
    yes=$top/tests/cases/html-a-footer-link-s-date-is-not-the-article-s.html
    out=$($L -a "$no"); st=$?
    eq "-a: a page that holds no article prints nothing in text, exit 1" "|1" "$out|$st"
    out=$($L -a -j "$no"); st=$?
    eq "-a -j: its JSON line says article false, with no headline and no paragraphs; exit 1" \
        "false|null|0|1" "$(printf '%s\n' "$out" | q article headline "#paragraphs" | paste -sd'|')|$st"
    out=$($L --articles-only -m "$no"); st=$?
    eq "--articles-only -m: nothing, exit 1" "|1" "$out|$st"
    out=$($L "$no"); st=$?
    eq "without -a, the same page prints what it always did (headline, body), exit 0" \
        "Page not found - Riverside Courier|0" "$(printf '%s\n' "$out" | head -1)|$st"
    eq "-j without -a: article false, the paragraphs still there" "false|2" \
        "$($L -j "$no" | q article "#paragraphs" | paste -sd'|')"
    eq "-a: an article prints as without it, exit 0" "same|0" \
        "$([ "$($L -a "$yes")" = "$($L "$yes")" ] && echo same)|$($L -a "$yes" > /dev/null; echo $?)"
    out=$($L -a "$no" "$yes"); st=$?
    eq "-a, two FILEs: only the article's header and text, exit 1" "==> $yes <==|Harbour ferry timetable changes for the winter|1" \
        "$(printf '%s\n' "$out" | head -2 | paste -sd'|')|$st"
    eq "--explain: the verdict and what decided it" "# article: no (the title says the page was not found)" \
        "$($L --explain "$no" 2>&1 > /dev/null | grep '^# article:')"
    eq "--explain: the weighed signals" "yes" \
        "$($L --explain "$yes" 2>&1 > /dev/null | grep -q '^# article: yes (score [0-9]*, needs 7): .*the headline over the body +4' && echo yes)"
    printf '{"id":"x"}\n' > "$tmp/err.jsonl"
    eq "JSON Lines: a record with no page says article false" "false" "$($L --input=jsonl "$tmp/err.jsonl" 2>/dev/null | q article)"
}

cli_tests() {
    L=$1
    verdict_tests "$L"
    structure_tests "$L"

    # the seed page: a content-farm copy of an AP story, as raw text
    $L -j "$data/seed.txt" > "$tmp/seed.json"; st=$?
    eq "seed: exit status" 0 "$st"
    check "seed: valid JSON" q < "$tmp/seed.json"
    eq "seed: headline" "North Korea’s Kim Jong Un inspects Russian bombers and a warship on a visit to Russia’s Far East" "$(q headline < "$tmp/seed.json")"
    eq "seed: dateline text" "SEOUL, South Korea (AP) —" "$(q dateline.text < "$tmp/seed.json")"
    eq "seed: dateline city" "SEOUL" "$(q dateline.city < "$tmp/seed.json")"
    eq "seed: dateline region" "South Korea" "$(q dateline.region < "$tmp/seed.json")"
    eq "seed: dateline agency" "AP" "$(q dateline.agency < "$tmp/seed.json")"
    eq "seed: dateline date" "null" "$(q dateline.date < "$tmp/seed.json")"
    eq "seed: 32 paragraphs" 32 "$(q '#paragraphs' < "$tmp/seed.json")"
    case $(q paragraphs.0 < "$tmp/seed.json") in
        "North Korean leader Kim Jong Un inspected"*) ok ;;
        *) not_ok "seed: first paragraph, without the dateline [$LEDE_NAME]" ;;
    esac
    case $(q paragraphs.-1 < "$tmp/seed.json") in
        "South Korean Vice Foreign Minister Chang Ho-jin said"*) ok ;;
        *) not_ok "seed: last paragraph [$LEDE_NAME]" ;;
    esac
    eq "seed: source and input" "-|text" "$($L -j < "$data/seed.txt" | q source input | paste -sd'|')"
    $L "$data/seed.txt" > "$tmp/seed.txt"
    for junk in 'Current:Home' 'View Date:' 'veryGood!' 'Related' 'Ranking' 'Recommendation' 'Jason Kelce'; do
        if grep -q "$junk" "$tmp/seed.txt"; then not_ok "seed: no '$junk' in text output [$LEDE_NAME]"; else ok; fi
    done
    eq "seed text: headline first" "North Korea’s Kim Jong Un inspects Russian bombers and a warship on a visit to Russia’s Far East" "$(sed -n 1p "$tmp/seed.txt")"
    eq "seed text: blank second line" "" "$(sed -n 2p "$tmp/seed.txt")"
    case $(sed -n 3p "$tmp/seed.txt") in
        "SEOUL, South Korea (AP) — North Korean leader"*) ok ;;
        *) not_ok "seed text: dateline starts the first paragraph [$LEDE_NAME]" ;;
    esac
    eq "seed text: 32 paragraphs, a blank line between" 65 "$(wc -l < "$tmp/seed.txt" | tr -d ' ')"

    # a small HTML page
    $L -j "$data/small.html" > "$tmp/small.json"
    check "html: valid JSON" q < "$tmp/small.json"
    eq "html: input kind" "html" "$(q input < "$tmp/small.json")"
    eq "html: headline, entities decoded" "Town council approves new bridge & park" "$(q headline < "$tmp/small.json")"
    eq "html: dateline" "SPRINGFIELD, Ill. (AP) —" "$(q dateline.text < "$tmp/small.json")"
    eq "html: 4 paragraphs" 4 "$(q '#paragraphs' < "$tmp/small.json")"
    eq "html: whitespace folded" "The council will also turn the empty lot beside the river into a park, with trees, benches and a playground for the children of the neighbourhood." "$(q paragraphs.-1 < "$tmp/small.json")"
    q paragraphs.0 paragraphs.1 paragraphs.2 paragraphs.3 headline < "$tmp/small.json" > "$tmp/small.body"
    for junk in 'Share on' 'Mayor opens' 'Copyright' 'old bridge, seen' 'not text' 'Jane Doe' 'Home'; do
        if grep -q "$junk" "$tmp/small.body"; then not_ok "html: no '$junk' [$LEDE_NAME]"; else ok; fi
    done
    eq "html: byline kept out of the body" "By Jane Doe|[\"Jane Doe\"]" "$(q byline authors < "$tmp/small.json" | paste -sd'|')"

    # metadata: JSON-LD in @graph, meta tags, canonical link, <html lang>
    $L -j "$data/meta.html" > "$tmp/meta.json"
    eq "meta: authors (people, not the site)" '["Kim Tong-hyung","Jim Heintz"]' "$(q authors < "$tmp/meta.json")"
    eq "meta: byline" "By Kim Tong-hyung and Jim Heintz" "$(q byline < "$tmp/meta.json")"
    eq "meta: published" "2024-09-03T10:21:00-04:00" "$(q published < "$tmp/meta.json")"
    eq "meta: modified" "2024-09-04T08:00:00-04:00" "$(q modified < "$tmp/meta.json")"
    eq "meta: site" "Harbour Gazette" "$(q site < "$tmp/meta.json")"
    eq "meta: language" "en-GB" "$(q language < "$tmp/meta.json")"
    eq "meta: url" "https://gazette.example/news/ferry-resumes" "$(q url < "$tmp/meta.json")"
    eq "meta: description" "The island ferry returns on Monday after six weeks of repairs." "$(q description < "$tmp/meta.json")"
    eq "meta: headline without the site" "Ferry service to resume after storm repairs" "$(q headline < "$tmp/meta.json")"
    eq "meta: 3 paragraphs" 3 "$(q '#paragraphs' < "$tmp/meta.json")"
    $L --meta "$data/meta.html" > "$tmp/meta.txt"
    eq "--meta: Key: value lines after the headline" "|Byline: By Kim Tong-hyung and Jim Heintz|Authors: Kim Tong-hyung; Jim Heintz|Published: 2024-09-03T10:21:00-04:00" "$(sed -n 2,5p "$tmp/meta.txt" | paste -sd'|')"
    # bylines and authors in the shapes pages give them
    eq "byline: JSON-LD author by @id reference" '["Mathatisi Sebusi"]|Valley Courier' "$($L -j "$data/byline-ld-ref.html" | q authors site | paste -sd'|')"
    eq "byline: hCard name beside a <time>" 'Mathatisi Sebusi|["Mathatisi Sebusi"]' "$($L -j "$data/byline-vcard.html" | q byline authors | paste -sd'|')"
    eq "byline: Twitter 'Written by' label" '["Anna Sleegers"]' "$($L -j "$data/byline-twitter.html" | q authors)"
    eq "byline: 'Posted on DATE by NAME'" 'by Nikhil Marathe|["Nikhil Marathe"]|2015-03-10' "$($L -j "$data/byline-posted.html" | q byline authors published | paste -sd'|')"
    eq "byline: job title and a month-first date cut" 'By Erin Cunningham, Staff Writer, Foreign Service|["Erin Cunningham"]' "$($L -j "$data/byline-dated.html" | q byline authors | paste -sd'|')"
    eq "byline: a paragraph of names opening the body, not the site" 'Mathatisi Sebusi/Mohalenyane Phakela|["Mathatisi Sebusi","Mohalenyane Phakela"]|3' "$($L -j "$data/byline-nameline.html" | q byline authors '#paragraphs' | paste -sd'|')"
    eq "byline: the hCard the byline shows, not a commenter's" '["Jane Doe"]' "$($L -j "$data/byline-hcard.html" | q authors)"
    eq "seed: View Date is the copying site's, not published" "null" "$(q published < "$tmp/seed.json")"
    eq "html: --input=text reads markup as text" "text" "$($L -j -i text < "$data/small.html" | q input)"
    { printf 'Who will win the election?\n\n'
      for i in 1 2 3 4 5 6 7 8; do printf 'The polls close tonight, and the forecasters agree on little but the turnout, which they expect to be high in the cities.\n\n'; done
      printf 'Leave a Reply\n'
      printf 'You may use these HTML tags and attributes: <a href="" title=""> <abbr title=""> <acronym title=""> <b> <blockquote cite=""> <cite> <code> <del datetime=""> <em> <i> <q cite=""> <strike> <strong>\n'; } > "$tmp/tags.txt"
    eq "detection: raw text that shows a dozen tags (a comment form's list) is text" "text" "$($L -j < "$tmp/tags.txt" | q input)"
    eq "detection: a page that opens with a tag is HTML" "html" "$(printf '<section><h1>Vote</h1><p>The polls close tonight.</p></section>' | $L -j | q input)"

    # React's streamed rendering: <div hidden id="S:1a"> is shown by a script
    eq "html: a streamed segment (hidden id=S:1a) is shown, a hidden div is not" "3|0" "$($L -j "$data/streamed.html" | q '#paragraphs')|$($L -j "$data/streamed.html" | q paragraphs | grep -c 'never shown')"

    # a page that renders its text with scripts: the article as HTML in a
    # script's JSON data, or in JSON in a JS string; captions left out
    eq "html: the body as HTML in a script's JSON data" "3|0" "$($L -j "$data/script-body.html" | q '#paragraphs')|$($L -j "$data/script-body.html" | q paragraphs | grep -c 'Photo by')"
    eq "html: the body as HTML in JSON in a JS string" "3" "$($L -j "$data/script-body-nested.html" | q '#paragraphs')"

    # text inside a "javascript:" pseudo-link is not link text

    # an ad slot's label and an image credit inside the article are not paragraphs
    eq "html: 'Anzeige' and 'Bildrechte: ...' lines are left out" "2|0" "$(printf '<html><head><title>T</title></head><body><article><p>Der Stadtrat hat am Dienstag beschlossen, die alte Hafenmauer wieder aufzubauen, die der Sturm im Winter zerstört hat.</p><div>Anzeige</div><p>Bildrechte: MDR/David Straub</p><p>Die Arbeiten sollen im Frühjahr beginnen und etwa ein Jahr dauern, sagte der Bürgermeister am Dienstag.</p></article></body></html>' | $L -j > "$tmp/label.json"; q '#paragraphs' < "$tmp/label.json")|$(q paragraphs < "$tmp/label.json" | grep -c -E 'Anzeige|Bildrechte')"

    # a gallery box inside the article, with more text than the article
    eq "html: the slides of a gallery box are not the article" "3|0" "$($L -j "$data/gallery.html" | q '#paragraphs')|$($L -j "$data/gallery.html" | q paragraphs | grep -c 'Slide')"

    # raw text: a teaser that stands twice is not the article's
    $L -j "$data/repeat.txt" > "$tmp/repeat.json"
    eq "text: a repeated teaser is left out" "4|0" "$(q '#paragraphs' < "$tmp/repeat.json")|$(q paragraphs < "$tmp/repeat.json" | grep -c Ferry)"

    # html without JSON-LD: an h1 (with a kicker) and og:title that differ:
    # og:title, unless it is the h1 with the site's name after it; the h1
    # still anchors the byline and stays out of the body
    # a meta tag's headline (microdata, name="headline") is structured data, as JSON-LD's is
    # the site's logo as a linked h1 over the article's own heading: the heading, and the
    # logo's text is the site's name, in a <title> or alone there

    # html: "New Zealand - Wikipedia" agrees with the h1 "New Zealand", so
    # the two outvote a JSON-LD headline that is a description

    # html: JSON-LD and h1 agree, og:title is the same title without its
    # kicker: og:title; the h1 stays out of the body
    # a "Published ..." line is a date stamp only when it gives a date (or a time)
    # a post's taxonomy lines inside its container go; a sentence that starts alike stays
    # no metadata but the <title>: the page's own line that says its first part

    # html: the article in sections whose wrapper's class names the layout
    # ("sidebar-grid__container") around content ("article__content")
    eq "html: sections in 'sidebar-grid' wrappers are one article" "6|0" "$($L -j "$data/sidebar-grid.html" | q '#paragraphs')|$($L -j "$data/sidebar-grid.html" | q paragraphs | grep -c Advertisement)"

    # html: a "You may also like..." heading after the article, over other
    # stories each in an element of its own, ends the article
    eq "html: the stories under 'You may also like' are not the article's" "1|0" "$($L -j "$data/related-posts.html" | q '#paragraphs')|$($L -j "$data/related-posts.html" | q paragraphs | grep -c 'Soups for the storm')"

    # html: a page that runs on into the next story, in an <article> of its
    # own with its own headline and prose, ends where that one starts; a
    # subhead inside the article does not end it
    # teasers (a linked title over a short summary, twice or more under one
    # parent) are not the article, whatever their classes say; a buying
    # guide's cards between its paragraphs are
    eq "html: a comment thread's heading ('12 Responses') ends the article, no class hints" "3|0" "$($L -j "$data/thread-heading.html" | q '#paragraphs')|$($L "$data/thread-heading.html" | grep -c -e Responses -e notebook.do)"
    eq "html: an 'About me' box after the article is not the article, no class hints" "2|0" "$($L -j "$data/about-box.html" | q '#paragraphs')|$($L "$data/about-box.html" | grep -c -e 'About me' -e 'lifeboat')"
    # an article about JavaScript keeps its paragraphs; a notice asking for it goes
    # a cue that the page's title names is its subject: a recipe for cookies keeps its paragraphs
    # an id made from a heading's words ("sharing-with-a-single-developer")
    # is no "share" box: the section and its heading stay
    eq "html: sections with ids from their headings stay whole" "11|1" "$($L -j "$data/heading-ids.html" | q '#paragraphs')|$($L "$data/heading-ids.html" | grep -c '^Sharing with a single developer$')"
    # MathML is text of its sentence; its TeX annotation and hidden copies are not
    eq "html: an inline formula stays in its sentence" "1|0|0" "$($L "$data/mathml.html" | grep -c '^The expression b2−4ac is called the discriminant')|$($L "$data/mathml.html" | grep -c -e 'b^2' -e hiddenformula)|$($L "$data/mathml.html" | grep -c '^The expression is called')"
    # the first paragraphs in a container of their own, an ad and a box of
    # dated links between them and the rest: one article
    eq "html: an article split before its root is whole" "7|1" "$($L -j "$data/split-body.html" | q '#paragraphs')|$($L "$data/split-body.html" | grep -c 'late on Tuesday')"
    # a cookie notice ("We use cookies ...") is left out however long it is
    eq "html: a long cookie notice is left out" "3|0" "$($L -j "$data/cookie-notice.html" | q '#paragraphs')|$($L "$data/cookie-notice.html" | grep -c 'cookies')"
    eq "text: a long cookie notice is left out" "3|0" "$($L -j "$data/cookie-notice.txt" | q '#paragraphs')|$($L "$data/cookie-notice.txt" | grep -c 'cookies')"
    # an old table layout, paragraphs parted by <br>; its rights line goes
    eq "html: a rights line under the article is left out" "3|0" "$($L -j "$data/old-table.html" | q '#paragraphs')|$($L "$data/old-table.html" | grep -c 'Copyright')"
    # a list right after the last paragraph, its items no links, is the
    # article's; a list of links after it is not
    # a table in the article: a cell that is a link is data when its row
    # has text the article keeps; a footer's table of links still goes
    eq "html: linked cells of an article's table are kept" "3|0" "$($L "$data/table-links.html" | grep -c 'Repeat Performance\|Groundhog Day\|Edge of Tomorrow')|$($L "$data/table-links.html" | grep -c 'Privacy\|Contact')"
    eq "html: a list after the last paragraph is kept" "8|1|0" "$($L -j "$data/list-after.html" | q '#paragraphs')|$($L "$data/list-after.html" | grep -c 'Finland (Group J)')|$($L "$data/list-after.html" | grep -c 'Coach leaves')"
    eq "html: teasers beside a short article, no class hints" "1|0" "$($L -j "$data/teasers.html" | q '#paragraphs')|$($L "$data/teasers.html" | grep -c -e mayor -e Pupils -e Forecasters)"
    eq "html: teasers with a kicker over their linked title" "1|0" "$($L -j "$data/teasers-kicker.html" | q '#paragraphs')|$($L "$data/teasers-kicker.html" | grep -c -e mayor -e Pupils -e Forecasters)"
    eq "html: a buying guide's list of products in its own box under the headline stays" "4|3" "$($L -j "$data/roundup-list.html" | q '#paragraphs')|$($L "$data/roundup-list.html" | grep -c -e 'all-rounder' -e 'own pocket' -e 'suit jacket')"
    eq "html: a live blog whose every post has a linked title is the article, not teasers" "4" "$($L -j "$data/live-linked.html" | q '#paragraphs')"
    eq "html: a guide's cards between its paragraphs stay, the teasers after it go" "5|0" "$($L -j "$data/guide-cards.html" | q '#paragraphs')|$($L "$data/guide-cards.html" | grep -c -e 'our tester' -e 'Six pairs')"
    eq "html: the next story in an <article> of its own is not the article's" "4|0|0" "$($L -j "$data/next-article.html" | q '#paragraphs')|$($L -j "$data/next-article.html" | q paragraphs | grep -c -e bakery -e 'Next article')|$($L -j "$data/next-article.html" | q paragraphs | grep -c 'Local bakery')"

    # html: the company's note under a press release is not the article's

    # raw text: the stories under "You might also like" are not the article's
    $L -j "$data/related.txt" > "$tmp/related.json"
    eq "text: a list of stories after 'You might also like' is left out" "13|0" "$(q '#paragraphs' < "$tmp/related.json")|$(q paragraphs < "$tmp/related.json" | grep -c 'ferry is back')"

    # raw text: readers' comments under a short post are not the article's,
    # and letters quoted with "NAME wrote:" (no dates) are
    $L -j "$data/comments.txt" > "$tmp/comments.json"
    eq "text: a comment thread ('NAME on DATE said:') ends the article" "2|0" "$(q '#paragraphs' < "$tmp/comments.json")|$(q paragraphs < "$tmp/comments.json" | grep -c 'early ferry')"
    eq "text: 'NAME wrote:' without dates is not a comment thread" "1|1" "$($L -j "$data/quoted.txt" | q paragraphs | grep -c 'from the quarry')|$($L -j "$data/quoted.txt" | q paragraphs | grep -c 'print more letters')"
    eq "text: a 'Posted on DATE by NAME' line is not the headline" "Open thread: questions about the new ferry timetable" "$(q headline < "$tmp/comments.json")"
    check "--explain names tags and kinds" sh -c "$L --explain '$data/small.html' 2>&1 >/dev/null | grep -q '^# container .*, tag article; ' && $L --explain '$data/small.html' 2>&1 >/dev/null | grep -q '^ *[0-9]* content .* p  '"
    check "--explain says why a container was taken or left" sh -c "$L --explain '$data/small.html' 2>&1 >/dev/null | grep -q '^# container 10: .*; taken: the root\$' && $L --explain '$data/small.html' 2>&1 >/dev/null | grep -q '^# container .*, tag nav; left: its class says boilerplate'"
    check "text: --explain flags a comment header" sh -c "$L --explain '$data/comments.txt' 2>&1 >/dev/null | grep -q ' M  *Martin Olsen on March 3'"

    # raw text: the title line is found though the first line writes it
    # with "..." for "…", and it is the headline, not the body's first line
    # (written as the first line writes it: metadata's form, as in HTML)
    $L -j "$data/title-prefix.txt" > "$tmp/title-prefix.json"
    eq "text: title that starts the first line but for punctuation" "Only the brave sail in winter...|3" "$(q headline '#paragraphs' < "$tmp/title-prefix.json" | paste -sd'|')"

    # raw text wrapped at a width under a menu: the menu's lines are not
    # joined into the first paragraph
    $L -j "$data/wrapped-menu.txt" > "$tmp/wrapped-menu.json"
    eq "text: a menu over text wrapped at a width stays apart" "Harbour dredging to start next month|3" "$(q headline '#paragraphs' < "$tmp/wrapped-menu.json" | paste -sd'|')"
    case $(q paragraphs.0 < "$tmp/wrapped-menu.json") in
        "The port authority said on Monday that dredging of the inner harbour would start"*) ok ;;
        *) not_ok "text: wrapped-menu first paragraph [$LEDE_NAME]" ;;
    esac

    # raw text: a WET record's first line is its <title>, though no line repeats it
    # a short title: its line is the first line's start, up to a separator
    # the site's name after the separator is no headline, however long
    # raw text without a title line: the first line, not a credit above the body;
    # but a line above the body that the page shows twice (h1, breadcrumb) first
    # a blog copied as text: short paragraphs, a few long open lines over
    # "2 thoughts on ..." is not text wrapped at a width
    eq "text: short paragraphs and open headlines are not wrapped text" "3|A weekend on the Elbe cycle path" "$($L -j "$data/blog-copy.txt" | q '#paragraphs' headline | paste -sd'|')"
    # a <title> "Title | Site" and the page's own heading that says the title and goes on
    # raw text: the h1 says the first line (a <title> cut short) and goes on; a teaser the
    # page repeats under "RELATED ARTICLES" is not the headline
    eq "text: a line that starts with the whole first line and goes on is the headline" "Storms escalate in Gauteng, residents urged to avoid flood risks|2025-11-28|[\"Enkosi Selane\"]" "$($L -j "$data/longer-title.txt" | q headline published authors | paste -sd'|')"
    # raw text: a line that repeats the whole first line loses the site's name, not a title's tail
    # a list that a paragraph introduces with a colon is the article's
    # a page that gives only its last update was published then, as far as it
    # says; a date it gives as an end ("available until") is no date of its own
    para='The port authority said on Monday that dredging of the inner harbour would start next month and last until the end of the summer.'
    eq "text: the only date is the update: published too" "2023-04-28T16:11|2023-04-28T16:11" "$(printf 'Hafen wird ausgebaggert\nStand: 28.04.2023 16:11 Uhr\n%s\n%s\n' "$para" "$para 2" | $L -j | q published modified | paste -sd'|')"
    eq "text: an 'until' date is no publication date" "2024-04-22T06:00" "$(printf 'Hafen wird ausgebaggert\nVerfügbar bis 06.05.2024.\nStand: 22.04.2024, 06:00 Uhr\n%s\n%s\n' "$para" "$para 2" | $L -j | q published)"
    eq "text: an 'until' date alone dates nothing" "null" "$(printf 'Harbour dredging\nAvailable until 06.05.2024\n%s\n%s\n' "$para" "$para 2" | $L -j | q published)"
    # a sign-up form's replies are its furniture, as the form is
    # a paywall's notice speaks to the reader; an article that mentions subscribers does not
    # a date line's label in more languages: "Erstellt:", "Publisert:"
    # raw text: a line of names by the date line, between headline and body; not a button's
    eq "text: a name line over the date line is the author" '["Jane Roe"]|null' "$( { printf 'Harbour dredging to start next month | Harbour Gazette\nHarbour dredging to start next month\nJane Roe\nApril 25, 2024\nThe port authority said on Monday that dredging of the inner harbour would start next month and last until the end of the summer.\nFishermen have asked for years for the channel to be deepened, saying that boats run aground at low tide.\n' | $L -j | q authors; printf 'Harbour dredging to start next month | Harbour Gazette\nHarbour dredging to start next month\nNext Post\nApril 25, 2024\nThe port authority said on Monday that dredging of the inner harbour would start next month and last until the end of the summer.\nFishermen have asked for years for the channel to be deepened, saying that boats run aground at low tide.\n' | $L -j | q authors; } | paste -sd'|')"
    # text taken from markup may glue "By" to the name
    # "Stand:" is the time the page was last brought up to date
    # raw text: a date's label on a line of its own, the date on the next
    # (as a page's <time> becomes), below the start of the body

    # raw text: a place and a date on a line among the body's is the date,
    # not a paragraph; a caption that ends with a date stays a line of text
    eq "text: 'Porthaven - 15 oct 2024 - 08:22Updated: ...' in the body is the date" "2024-10-15|0" "$(printf 'Harbour dredging to start next month | Harbour Gazette\nHarbour dredging to start next month\nThe port authority said on Monday that dredging of the inner harbour would start next month and last until the end of the summer.\nPorthaven - 15 oct 2024 - 08:22Updated: 15 oct 2024 - 17:38CEST\nFishermen have asked for years for the channel to be deepened, saying that boats run aground at low tide.\nThe work will close the inner harbour to ferries for two weeks in June, the authority said.\n' | $L -j > "$tmp/dl.json"; q published < "$tmp/dl.json")|$(q paragraphs < "$tmp/dl.json" | grep -c '15 oct')"


    # raw text: "Posted on DATE by NAME" names the author; a site's account ("admin") names none
    eq "text: a name over the date that the author's box says again; not a topic list's last name" '["Carla Rosenthal"]|null' "$( { printf 'Harbour dredging to start next month | Harbour Gazette\nHarbour dredging to start next month\nCarla Rosenthal\nApril 25, 2024\nThe port authority said on Monday that dredging of the inner harbour would start next month and last until the end of the summer.\nFishermen have asked for years for the channel to be deepened, saying that boats run aground at low tide.\nAbout the author\nCarla Rosenthal\n' | $L -j | q authors; printf 'Harbour dredging to start next month | Harbour Gazette\nHarbour dredging to start next month\nPort Authority,\nHarbour Board,\nJohn Smith\nApril 25, 2024\nThe port authority said on Monday that dredging of the inner harbour would start next month and last until the end of the summer.\nFishermen have asked for years for the channel to be deepened, saying that boats run aground at low tide.\n' | $L -j | q authors; } | paste -sd'|')"
    # what the piece is, then "by": a byline under the headline; a picture's is a credit
    # "Von" over a name after the lead is the byline; after a "Related" heading, a teaser's
    lead='Das Phishingradar warnt vor einer neuen Masche, bei der Kriminelle im Namen eines Hosters Daten abgreifen wollen.'
    body='Aktuell sehen es die Kriminellen auf Zugangsdaten ab, mit denen sie Domains und Postfächer übernehmen können.'
    eq "text: 'Von' over a name after the lead; not after a 'Related' heading" '["Dirk Knop"]|null' "$(printf 'Phishing-Masche mit neuen Regeln | Portal\nNews\nPhishing-Masche mit neuen Regeln\n%s\nIn Pocket speichern\nvorlesen\nDruckansicht\n13:37 Uhr\nLesezeit: 2 Min.\nVon\nDirk Knop\n%s\n%s\n' "$lead" "$body" "$body Mehr." | $L -j | q authors)|$(printf 'Phishing-Masche mit neuen Regeln | Portal\nNews\nPhishing-Masche mit neuen Regeln\n%s\n%s\n%s\nMehr zum Thema\nDuell der Handys: zwei Modelle im Vergleich\nVon\nAlana Friedrichs\n' "$lead" "$body" "$body Mehr." | $L -j | q authors)"
    # HTML: a menu item under an author-ish class is no byline; initials inside a name stay
    eq "html: spans of divs with generated classes: the body, and names cut at a glued '·'" '4|["Maria Lopez"]' "$($L -j "$data/glued-spans.html" | q '#paragraphs' authors | paste -sd'|')"




    # raw text: a date line right above the headline, when none is below it
    # a comment thread's heading ("2 comments") ends the article before it
    eq "text: '2 comments' ends the article" "4|The authority said that the mud taken from the channel would be tested and, where it is clean, used to raise the dunes south of the town." "$($L -j "$data/thread.txt" | q '#paragraphs' paragraphs.3 | paste -sd'|')"
    eq "text: the first line, a '<title> | Site', is the headline" "Council votes to rebuild the old harbour wall after the winter storms|3" "$($L -j "$data/wet-title.txt" | q headline '#paragraphs' | paste -sd'|')"

    # raw text: a date line under the headline is the publication date

    # raw text: "By" on a line of its own over the names

    # raw text: a kicker on a line of its own over the title line
    eq "text: a title on two lines (kicker, title) is the first line's" "Harbour works: Dredging starts next month|3" "$($L -j "$data/kicker.txt" | q headline '#paragraphs' | paste -sd'|')"

    # raw text: a caption, by the credit in brackets at its end; a
    # paragraph that ends with other words in brackets stays
    $L -j "$data/caption-credit.txt" > "$tmp/caption-credit.json"
    eq "text: a line ending '(Picture: X)' is a caption, left out" "4|0|1" "$(q '#paragraphs' < "$tmp/caption-credit.json")|$(q paragraphs < "$tmp/caption-credit.json" | grep -c 'Picture:\|Photo:')|$(q paragraphs < "$tmp/caption-credit.json" | grep -c 'happened twice)')"

    # raw text: a caption a gallery shows twice in a row is not a paragraph
    $L -j "$data/caption-twice.txt" > "$tmp/caption-twice.json"
    eq "text: a line twice in a row (a caption) is left out" "4|0" "$(q '#paragraphs' < "$tmp/caption-twice.json")|$(q paragraphs < "$tmp/caption-twice.json" | grep -c 'dredger works')"

    # raw text: a wrapped article under a long menu (the page as a whole
    # does not read as wrapped) still has its lines joined
    $L -j "$data/wrapped-local.txt" > "$tmp/wrapped-local.json"
    eq "text: lines wrapped in one part of a page are joined" "3|0" "$(q '#paragraphs' < "$tmp/wrapped-local.json")|$(q paragraphs < "$tmp/wrapped-local.json" | grep -c 'rebuild the old')"
    case $(q paragraphs.0 < "$tmp/wrapped-local.json") in
        "The port authority said on Monday that dredging of the inner harbour would start next month and last until the end of the summer, with the channel closed to larger boats at night.") ok ;;
        *) not_ok "text: wrapped-local first paragraph [$LEDE_NAME]" ;;
    esac

    # raw text: a list and a short line between the intro and the rest do
    # not cut the intro off
    $L -j "$data/subheads.txt" > "$tmp/subheads.json"
    case $(q paragraphs.0 < "$tmp/subheads.json") in
        "Winter sailing is quieter than summer sailing"*) ok ;;
        *) not_ok "text: the intro above a list and a subhead is the article's [$LEDE_NAME]" ;;
    esac
    eq "text: the teaser after 'Related' is not" 0 "$(q paragraphs < "$tmp/subheads.json" | grep -c 'rebuild the old')"

    # raw text: teasers above a date line and a paragraph opening with a
    # dateline are not the article; the dateline paragraph starts it
    $L -j "$data/dateline-start.txt" > "$tmp/dateline-start.json"
    eq "text: the article starts at its dateline, teasers above left out" "PORTHAVEN (AP) —|3|0" "$(q dateline.text '#paragraphs' < "$tmp/dateline-start.json" | paste -sd'|')|$(q paragraphs < "$tmp/dateline-start.json" | grep -c 'timetable')"

    # raw text: long lines without end punctuation that never run on
    # (headings, list items) do not make the page read as wrapped
    $L -j "$data/open-lines.txt" > "$tmp/open-lines.json"
    eq "text: open lines that never run on are not joined" "0|The update is free for everyone who bought the app, and it will reach your phone over the next few days." "$(q paragraphs < "$tmp/open-lines.json" | grep -c 'Register')|$(q paragraphs.0 < "$tmp/open-lines.json")"

    # raw text: a list heading right after the article ends it, though the
    # first teaser under it reads like a sentence
    eq "text: 'You may also like...' ends the article" "3|0" "$($L -j "$data/also-like.txt" | q '#paragraphs')|$($L -j "$data/also-like.txt" | q paragraphs | grep -c 'You may also like\|races this year')"

    # raw text: an embed's label, a follow box, a sign-up box and a paywall
    # notice between the paragraphs go
    eq "text: boilerplate lines between paragraphs go" "4|0" "$($L -j "$data/boilerplate-lines.txt" | q '#paragraphs')|$($L "$data/boilerplate-lines.txt" | grep -c 'Instagram\|Follow us\|inbox\|Subscribe\|Have your say')"

    # raw text: a cookie banner over the headline, long enough to read as
    # prose, is not the article's start, nor is the headline a paragraph
    eq "text: a long notice before the headline is left out" "3|0|Bridge reopens after repairs" "$($L -j "$data/cookie-top.txt" | q '#paragraphs')|$($L "$data/cookie-top.txt" | grep -c 'cookies')|$($L -j "$data/cookie-top.txt" | q headline)"

    # raw text: the article's first part comes back over several light
    # parts (page-break lines, one-line sections) before its heaviest part
    eq "text: light parts between do not cut off the article's start" "10|1" "$($L -j "$data/light-parts.txt" | q '#paragraphs')|$($L "$data/light-parts.txt" | grep -c 'This memo describes')"

    # raw text: a caption with its credit glued on ("...a rabbitCredit: Getty")

    # raw text: the note on the author under the article is not the article's

    # raw text: prose that goes on after a rights line at the page's end is
    # its legal footer, however well it reads
    $L -j "$data/legal-footer.txt" > "$tmp/legal-footer.json"
    eq "text: a legal footer around a rights line is not the article" "2|0" "$(q '#paragraphs' < "$tmp/legal-footer.json")|$(q paragraphs < "$tmp/legal-footer.json" | grep -c 'trademark')"

    # raw text: a label over the body ("In brief:") is no headline; the first
    # line, the page's title, is

    # raw text: the title line is the longest part of the first line that
    # stands on a line of its own, not a menu item it starts with

    # raw text: a page that is nothing but such a note keeps it

    # raw text wrapped over lines, and a single paragraph
    $L -j "$data/wrapped.txt" > "$tmp/wrapped.json"
    eq "wrapped: headline" "Harbour dredging to start next month" "$(q headline < "$tmp/wrapped.json")"
    eq "wrapped: 2 paragraphs" 2 "$(q '#paragraphs' < "$tmp/wrapped.json")"
    case $(q paragraphs.0 < "$tmp/wrapped.json") in
        "The port authority said on Monday that dredging of the inner harbour would start"*) ok ;;
        *) not_ok "wrapped: lines joined into a paragraph [$LEDE_NAME]" ;;
    esac
    $L -j "$data/one.txt" > "$tmp/one.json"; st=$?
    eq "one paragraph: exit 0" 0 "$st"
    eq "one paragraph: is the article" 1 "$(q '#paragraphs' < "$tmp/one.json")"

    # options
    $L --help > "$tmp/help" 2>&1; st=$?
    eq "--help: exit 0" 0 "$st"
    check "--help: usage line" grep -q '^Usage: lede' "$tmp/help"
    eq "--version" "lede" "$($L --version | cut -d' ' -f1)"
    $L --bogus < /dev/null > /dev/null 2> "$tmp/err"; st=$?
    eq "bad option: exit 2" 2 "$st"
    eq "bad option: one-line message plus hint" 2 "$(wc -l < "$tmp/err" | tr -d ' ')"
    $L --format=xml < /dev/null > /dev/null 2>&1; st=$?
    eq "bad format: exit 2" 2 "$st"
    eq "-f json same as -j" "$($L -j < "$data/one.txt")" "$($L -f json < "$data/one.txt")"
    eq "--format=json same as -j" "$($L -j < "$data/one.txt")" "$($L --format=json < "$data/one.txt")"

    # exit statuses and several files
    printf '' | $L > "$tmp/out" 2>&1; st=$?
    eq "empty input: exit 1" 1 "$st"
    eq "empty input: no output" "" "$(cat "$tmp/out")"
    printf '' | $L -j > "$tmp/out"; st=$?
    eq "empty input, JSON: paragraphs empty" "0|null" "$(q '#paragraphs' headline < "$tmp/out" | paste -sd'|')"
    $L "$tmp/missing.html" "$data/one.txt" > "$tmp/out" 2> "$tmp/err"; st=$?
    eq "missing file: exit 2" 2 "$st"
    check "missing file: message names it" grep -q "missing.html" "$tmp/err"
    check "missing file: goes on with the next" grep -q "weather today" "$tmp/out"
    $L https://example.com/news/story.html > /dev/null 2> "$tmp/err"; st=$?
    eq "a URL: exit 2, one line that says lede reads files and shows curl" "2|1|1" "$st|$(wc -l < "$tmp/err" | tr -d ' ')|$(grep -c "not URLs.*curl -s 'https://example.com/news/story.html' | lede" "$tmp/err")"
    $L "$data/one.txt" "$data/wrapped.txt" > "$tmp/out"; st=$?
    eq "two files: exit 0" 0 "$st"
    eq "two files: headers" "==> $data/one.txt <==|==> $data/wrapped.txt <==" "$(grep '^==>' "$tmp/out" | paste -sd'|')"
    eq "two files: blank line between" "" "$(grep -B1 '^==> .*wrapped' "$tmp/out" | head -1)"
    $L -j "$data/one.txt" - < "$data/seed.txt" > "$tmp/out"
    eq "two files, JSON Lines" 2 "$(wc -l < "$tmp/out" | tr -d ' ')"
    check "two files, JSON Lines valid" q < "$tmp/out"
    eq "two files, JSON: sources" "$data/one.txt|-" "$(for i in 1 2; do sed -n "${i}p" "$tmp/out" | q source; done | paste -sd'|')"
    printf '' | $L -j - "$data/one.txt" > /dev/null; st=$?
    eq "one page without article: exit 1" 1 "$st"

    # encodings: each page says "café — naïve" in a legacy charset
    para='Le café du coin a rouvert — une bonne nouvelle pour les habitués du quartier, qui attendaient depuis des mois.'
    printf '<html><head><meta charset="windows-1252"><title>Un café</title></head><body><p>%s</p></body></html>' "$para" |
        iconv -f UTF-8 -t WINDOWS-1252 > "$tmp/enc.html"
    eq "charset windows-1252 declared: café and —" "$para" "$($L -j "$tmp/enc.html" | q paragraphs.0)"
    para15='Le café du coin a rouvert, une bonne nouvelle pour les habitués du quartier qui paient en €.'
    printf '<html><head><meta charset="iso-8859-15"></head><body><p>%s</p></body></html>' "$para15" |
        iconv -f UTF-8 -t ISO-8859-15 > "$tmp/enc.html"
    eq "charset ISO-8859-15 declared" "$para15" "$($L -j "$tmp/enc.html" | q paragraphs.0)"
    printf '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body><p>%s</p></body></html>' "$para" |
        iconv -f UTF-8 -t WINDOWS-1252 > "$tmp/enc.html"
    eq "http-equiv iso-8859-1 read as windows-1252 (— is 0x97)" "$para" "$($L -j "$tmp/enc.html" | q paragraphs.0)"
    printf '<html><body><p>%s</p></body></html>' "$para" | iconv -f UTF-8 -t WINDOWS-1252 > "$tmp/enc.html"
    eq "undeclared non-UTF-8 read as windows-1252" "$para" "$($L -j "$tmp/enc.html" | q paragraphs.0)"
    printf '<html><head><meta charset="gb2312"></head><body><p>%s</p></body></html>' "$para" > "$tmp/enc.html"
    eq "valid UTF-8 wins over a wrong label" "$para" "$($L -j "$tmp/enc.html" | q paragraphs.0)"
    for bom in UTF-16LE UTF-16BE; do
        { if [ $bom = UTF-16LE ]; then printf '\377\376'; else printf '\376\377'; fi
          printf '%s\n' "$para" | iconv -f UTF-8 -t $bom; } > "$tmp/enc.txt"
        eq "$bom with a BOM" "$para" "$($L -j "$tmp/enc.txt" | q paragraphs.0)"
    done
    printf '\357\273\277%s\n' "$para" > "$tmp/enc.txt"
    eq "UTF-8 with a BOM" "$para" "$($L -j "$tmp/enc.txt" | q paragraphs.0)"
    # what is UTF-8: a page with one form that is not (a surrogate, an
    # overlong form, past U+10FFFF, a byte no form starts with, a form cut
    # short) is read as windows-1252, so its "é" becomes "Ã©"; the edge
    # forms that are (U+FFFD itself, U+0800, U+10000, U+10FFFF) keep it
    cafe='Le café du coin a rouvert ce matin, une bonne nouvelle pour tout le quartier.'
    for form in '\355\240\200' '\340\237\277' '\300\257' '\360\217\277\277' \
                '\364\220\200\200' '\365\200\200\200' '\342\202'; do
        printf "Titre\n\n%s $form\n" "$cafe" > "$tmp/enc.txt"
        case $($L "$tmp/enc.txt") in
        *"cafÃ©"*) ok ;;
        *) not_ok "not UTF-8 ($form): read as windows-1252 [$LEDE_NAME]" ;;
        esac
    done
    for form in '\357\277\275' '\340\240\200' '\360\220\200\200' '\364\217\277\277'; do
        printf "Titre\n\n%s $form\n" "$cafe" > "$tmp/enc.txt"
        case $($L "$tmp/enc.txt") in
        *"$cafe"*) ok ;;
        *) not_ok "UTF-8 ($form) read as UTF-8 [$LEDE_NAME]" ;;
        esac
    done
    # NFC: decomposed text comes out composed, a word at a time: an accent
    # (e + U+0301), marks in the wrong order (a + U+0307 U+0323), conjoining
    # jamo (U+1112 U+1161 U+11AB), a singleton (U+212B), and a composition
    # exclusion that NFC keeps apart (U+0958 is U+0915 U+093C)
    nfd='Cafe\314\201 owners say the a\314\207\314\243 mark, \341\204\222\341\205\241\341\206\253 and \342\204\253 and \340\245\230 all come out composed, as people type them.'
    nfc='Café owners say the \341\272\241\314\207 mark, \355\225\234 and \303\205 and \340\244\225\340\244\274 all come out composed, as people type them.'
    printf "$nfd\\n" > "$tmp/nfd.txt"
    eq "NFC: decomposed text composed, word by word" "$(printf "$nfc")" "$($L -j "$tmp/nfd.txt" | q paragraphs.0)"
    printf "<p>$nfd</p>" > "$tmp/nfd.html"
    eq "NFC: the same in HTML" "$(printf "$nfc")" "$($L -j "$tmp/nfd.html" | q paragraphs.0)"
    cjk='東京の天気は明日は晴れで、気温は二十度まで上がる見込みです。多くの人が公園に出かけるでしょう。'
    for cs in SHIFT_JIS EUC-JP; do
        printf '<html><head><meta charset="%s"></head><body><p>%s</p></body></html>' "$cs" "$cjk" |
            iconv -f UTF-8 -t $cs > "$tmp/enc.html"
        eq "charset $cs" "$cjk" "$($L -j "$tmp/enc.html" | q paragraphs.0)"
    done
    zh='北京今天天气晴朗，气温将升至二十度左右，许多市民计划在周末去公园散步和游玩。'
    for cs in GB18030 GBK BIG5; do
        printf '<html><head><meta charset="%s"></head><body><p>%s</p></body></html>' "$cs" "$zh" |
            iconv -f UTF-8 -t $cs > "$tmp/enc.html" 2>/dev/null
        [ $cs = BIG5 ] && { printf '<html><head><meta charset="big5"></head><body><p>%s</p></body></html>' '台北今天天氣晴朗，氣溫將升至二十度左右，許多市民計劃在週末去公園散步。' | iconv -f UTF-8 -t BIG5 > "$tmp/enc.html"; }
        case $($L -j "$tmp/enc.html" | q paragraphs.0) in *天*) ok ;; *) not_ok "charset $cs [$LEDE_NAME]" ;; esac
    done
    ko='서울의 날씨는 내일 맑고 기온은 이십도까지 오를 것으로 예상되며 많은 시민들이 공원을 찾을 것입니다.'
    printf '<html><head><meta charset="euc-kr"></head><body><p>%s</p></body></html>' "$ko" | iconv -f UTF-8 -t EUC-KR > "$tmp/enc.html"
    eq "charset EUC-KR" "$ko" "$($L -j "$tmp/enc.html" | q paragraphs.0)"
    ru='Погода в Москве завтра будет солнечной, а температура поднимется до двадцати градусов тепла.'
    printf '<html><head><meta charset="koi8-r"></head><body><p>%s</p></body></html>' "$ru" | iconv -f UTF-8 -t KOI8-R > "$tmp/enc.html"
    eq "charset KOI8-R" "$ru" "$($L -j "$tmp/enc.html" | q paragraphs.0)"
    printf '%s\n' "$ru" | iconv -f UTF-8 -t ISO-8859-5 > "$tmp/enc.txt"
    eq "--charset overrides" "$ru" "$($L -j --charset=iso-8859-5 "$tmp/enc.txt" | q paragraphs.0)"
    printf '<html><head><meta charset="x-no-such-charset"></head><body><p>%s</p></body></html>' "$para" |
        iconv -f UTF-8 -t WINDOWS-1252 > "$tmp/enc.html"
    out=$($L -j "$tmp/enc.html" 2> "$tmp/err" | q paragraphs.0)
    eq "unknown label: next step (windows-1252)" "$para" "$out"
    check "unknown label: a warning" grep -q "unknown charset" "$tmp/err"
    $L --charset=bogus "$tmp/enc.html" "$tmp/enc.txt" > /dev/null 2> "$tmp/err"
    eq "--charset=bogus: one warning, not one a page" 1 "$(grep -c "unknown charset 'bogus'" "$tmp/err")"

    # bytes that are not text
    { head -c 2000 "$data/seed.txt"; printf 'caf\351 \000\001\002 and an invalid \377 byte.\n'; tail -c 2000 "$data/seed.txt"; } > "$tmp/ctl.txt"
    $L -j "$tmp/ctl.txt" > "$tmp/out"; st=$?
    check "control bytes: valid JSON and UTF-8" q < "$tmp/out"
    case $st in 0|1) ok ;; *) not_ok "control bytes: a few stray NULs are still text [$LEDE_NAME]" ;; esac
    for sig in '%%PDF-1.4' '\037\213\010' '\211PNG\r\n\032\n' 'GIF89a' 'PK\003\004' '\377\330\377\340'; do
        { printf "$sig"; head -c 3000 "$data/seed.txt"; } > "$tmp/bin"
        $L "$tmp/bin" "$data/one.txt" > "$tmp/out" 2> "$tmp/err"; st=$?
        eq "binary ($sig): exit 2" 2 "$st"
        check "binary ($sig): one line on stderr" test "$(wc -l < "$tmp/err")" -eq 1
        check "binary ($sig): goes on with the next file" grep -q "weather today" "$tmp/out"
    done
    : > "$tmp/bin"; printf '\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000' >> "$tmp/bin"
    head -c 5000 "$data/seed.txt" >> "$tmp/bin"
    $L -i text "$tmp/bin" > /dev/null 2>&1; st=$?
    eq "more than 1% NUL bytes: binary even with --input=text" 2 "$st"

    # size limit
    $L --max-size=1K "$data/seed.txt" > /dev/null 2> "$tmp/err"; st=$?
    eq "over --max-size: exit 2" 2 "$st"
    check "over --max-size: says so" grep -q "limit" "$tmp/err"
    $L --max-size=1K < "$data/seed.txt" > /dev/null 2>&1; st=$?
    eq "over --max-size on a pipe: exit 2" 2 "$st"
    $L --max-size=10x < /dev/null > /dev/null 2>&1; st=$?
    eq "bad --max-size: exit 2" 2 "$st"

    # a gzipped page is read as the page it holds; within the size limit
    $L -j "$data/meta.html" > "$tmp/plain.json"
    gzip -c "$data/meta.html" > "$tmp/page.html.gz"
    $L -j "$tmp/page.html.gz" | sed 's/page\.html\.gz/meta.html/' > "$tmp/gz.json"
    eq "gzipped page: the page's output" "$(q headline '#paragraphs' < "$tmp/plain.json" | paste -sd'|')" "$(q headline '#paragraphs' < "$tmp/gz.json" | paste -sd'|')"
    { head -c 3000 "$data/seed.txt" | gzip -c; tail -c +3001 "$data/seed.txt" | gzip -c; } > "$tmp/two.gz"
    eq "gzip members one after another: one page" "$($L -j "$data/seed.txt" | q '#paragraphs')" "$($L -j < "$tmp/two.gz" | q '#paragraphs')"
    head -c 3000000 /dev/zero | tr '\0' 'a' | gzip -c > "$tmp/bomb.gz"
    $L --max-size=1M "$tmp/bomb.gz" > /dev/null 2> "$tmp/err"; st=$?
    eq "gzip that inflates past --max-size: exit 2" 2 "$st"
    check "gzip that inflates past --max-size: says so" grep -q "limit" "$tmp/err"
    gzip -c "$data/seed.txt" | head -c 1500 > "$tmp/cut.gz"
    $L "$tmp/cut.gz" > "$tmp/out" 2> "$tmp/err"; st=$?
    eq "gzip that ends early: exit 2" 2 "$st"
    check "gzip that ends early: says so, in one line" test "$(grep -c "ends early" "$tmp/err")" -eq 1
    check "gzip that ends early: what it holds is still read" test -s "$tmp/out"

    # hostile shapes: an answer, not a hang or a crash (time is measured by
    # scripts/bench-robust, not here)
    awk 'BEGIN { printf "<html><body>"; for (i = 0; i < 100000; i++) printf "<div>";
                 printf "<p>Deep text that is a paragraph of prose, long enough to count as the body.</p>";
                 for (i = 0; i < 100000; i++) printf "</div>"; print "</body></html>" }' > "$tmp/deep.html"
    $L -j "$tmp/deep.html" > "$tmp/out"; st=$?
    eq "100,000 nested tags: the text" "Deep text that is a paragraph of prose, long enough to count as the body." "$(q paragraphs.0 < "$tmp/out")"
    awk 'BEGIN { printf "<html><body><p>"; for (i = 0; i < 100000; i++) printf "<b>x "; print "</p></body></html>" }' > "$tmp/bold.html"
    $L -j "$tmp/bold.html" > "$tmp/out"; st=$?
    check "100,000 unclosed <b>: valid JSON" q < "$tmp/out"
    case $st in 0|1) ok ;; *) not_ok "100,000 unclosed <b>: exit 0 or 1 [$LEDE_NAME]" ;; esac
    awk 'BEGIN { printf "<html><body><div"; for (i = 0; i < 200000; i++) printf " a%d=\"v\"", i;
                 print "><p>Text after a tag with many attributes, which should still be read as the body.</p></div></body></html>" }' > "$tmp/attrs.html"
    eq "200,000 attributes: the text" "Text after a tag with many attributes, which should still be read as the body." "$($L -j "$tmp/attrs.html" | q paragraphs.0)"

    # a closed pipe ends quietly
    $L "$data/seed.txt" "$data/seed.txt" "$data/seed.txt" 2> "$tmp/err" | head -1 > /dev/null
    eq "| head -1: nothing on stderr" "" "$(cat "$tmp/err")"

    # WARC: built here, record by record; plain and gzipped per record
    warc_tests "$L"

    # JSON Lines in, one line out for each line in, in order
    printf '%s\n' '{"url":"https://x.example/1","html":"<p>A first paragraph of text that is long enough to be an article body here.</p>"}' \
        'not json' '{"id":7,"text":"Some raw text for a page, long enough to be read as an article paragraph."}' \
        '{"html":"<html><body><p>A page with neither url nor id, so its line number names it in the output.</p></body></html>"}' > "$tmp/in.jsonl"
    $L --input=jsonl "$tmp/in.jsonl" > "$tmp/out" 2> "$tmp/err"; st=$?
    eq "jsonl: a line out for each line in" 4 "$(wc -l < "$tmp/out" | tr -d ' ')"
    check "jsonl: valid JSON Lines" q < "$tmp/out"
    eq "jsonl: sources in order (url, line, id, line)" "https://x.example/1|2|7|4" "$(for i in 1 2 3 4; do sed -n "${i}p" "$tmp/out" | q source; done | paste -sd'|')"
    eq "jsonl: the bad line says why" "not a JSON object" "$(sed -n 2p "$tmp/out" | q error)"
    eq "jsonl: bad line makes exit 2" 2 "$st"
    check "jsonl: message names the line" grep -q "line 2" "$tmp/err"
    { awk 'BEGIN { printf "{\"text\":\""; for (i = 0; i < 3000; i++) printf "word word "; print "\"}" }'
      sed -n 3p "$tmp/in.jsonl"; } > "$tmp/long.jsonl"
    $L --input=jsonl --max-size=10K "$tmp/long.jsonl" > "$tmp/out2" 2> /dev/null; st=$?
    eq "jsonl: a line over --max-size is refused, the next still read" "2|line larger than the size limit|7" \
        "$st|$(sed -n 1p "$tmp/out2" | q error)|$(sed -n 2p "$tmp/out2" | q source)"
    eq "jsonl: text page read" "Some raw text for a page, long enough to be read as an article paragraph." "$(sed -n 3p "$tmp/out" | q paragraphs.0)"

    # many files in parallel, appended to one file: whole lines, one a page
    mkdir -p "$tmp/many"
    for i in 1 2 3 4 5 6 7 8; do cp "$data/seed.txt" "$tmp/many/s$i.txt"; cp "$data/small.html" "$tmp/many/h$i.html"; done
    find "$tmp/many" -type f -print0 | xargs -0 -n1 -P2 $L -j > "$tmp/many.jsonl"
    eq "xargs -P2: one line a page" 16 "$(wc -l < "$tmp/many.jsonl" | tr -d ' ')"
    check "xargs -P2: valid JSON Lines" q < "$tmp/many.jsonl"
    find "$tmp/many" -type f -print0 | xargs -0 -P2 -n4 $L -j > "$tmp/many.jsonl"
    eq "xargs -P2 -n4: one line a page" 16 "$(wc -l < "$tmp/many.jsonl" | tr -d ' ')"
    if command -v parallel > /dev/null 2>&1 && parallel --version 2>/dev/null | grep -q GNU; then
        find "$tmp/many" -type f | parallel -j2 -X $L -j > "$tmp/many.jsonl"
        eq "GNU parallel: one line a page" 16 "$(wc -l < "$tmp/many.jsonl" | tr -d ' ')"
    else
        skipped "GNU parallel is not installed"
    fi

    # a file name that is not UTF-8 still gives UTF-8 output
    cp "$data/one.txt" "$tmp/caf$(printf '\351').txt"
    $L "$tmp"/caf*.txt "$data/one.txt" > "$tmp/out"
    check "non-UTF-8 file name: text output is UTF-8" iconv -f UTF-8 -t UTF-8 "$tmp/out"
    $L -j "$tmp"/caf*.txt > "$tmp/out"
    check "non-UTF-8 file name: JSON is valid" q < "$tmp/out"

    # write errors
    if [ -w /dev/full ]; then
        $L "$data/seed.txt" > /dev/full 2> "$tmp/err"; st=$?
        eq "/dev/full: exit 2" 2 "$st"
        check "/dev/full: message" grep -q "write error" "$tmp/err"
    else
        skipped "/dev/full not available"
    fi

    # metadata spot-checked by hand on scrapinghub pages (../shared);
    # ec3878db7e49b1ed prints only its update of a year later, February 1,
    # 2019, by its headline: it was put out again then (see the man page)
    if [ -d "$shared/corpus/scrapinghub/pages" ]; then
        while IFS='|' read -r id want; do
            f=$(ls "$shared"/corpus/scrapinghub/pages/"$id"*.html.gz 2>/dev/null | head -1)
            [ -n "$f" ] || { not_ok "spot-check: page $id missing"; continue; }
            eq "spot-check $id: published|authors" "$want" "$(gzip -dc "$f" | $L -j | q published authors | paste -sd'|')"
        done <<'SPOT'
1f765c48780665e8|2019-11-18T21:17:27Z|["Finian Cunningham"]
3c5bf8db4272925b|2019-11-19T12:48:14Z|["Tim Childers"]
7a664e40d256470f|2019-11-20T06:07:01+00:00|["Stefan Becket","Kathryn Watson","Grace Segers"]
c50845a7158af12e|2019-11-18T22:05:36Z|["Tariq Malik","Mike Wall"]
ec3878db7e49b1ed|2019-02-01T10:48:39-08:00|["Ilana Muhlstein"]
SPOT
    else
        skipped "metadata spot-checks: ../shared is not here"
    fi

    # article or not (#29) on the hand-labelled crawl pages (../shared):
    # every article kept, and the accuracy above a floor under today's
    if [ -f "$shared/corpus/article-or-not/gold.jsonl" ] && command -v python3 > /dev/null 2>&1; then
        got=$(python3 "$shared/eval/check_article_or_not.py" "$L" "$shared/corpus/article-or-not" all | tail -1)
        acc=$(printf '%s\n' "$got" | sed -n 's/.*accuracy \([0-9.]*\),.*recall \([0-9.]*\).*/\1 \2/p')
        eq "article-or-not: every article kept, accuracy at least 0.75 ($got)" "ok" \
            "$(echo "$acc" | awk '$1 >= 0.75 && $2 == 1 { print "ok" }')"
    else
        skipped "article-or-not: ../shared or python3 is not here"
    fi

    # the shared corpora, when they are there: every page gives valid JSON
    if [ -d "$shared/corpus/scrapinghub/pages" ]; then
        bad=0
        for f in "$shared"/corpus/scrapinghub/pages/0*.html.gz "$shared"/corpus/fundus/pages/de*.html.gz; do
            gzip -dc "$f" | $L -j > "$tmp/page.json" 2>/dev/null
            st=$?
            if [ "$st" -gt 1 ] || ! q < "$tmp/page.json" >/dev/null 2>&1; then
                bad=$((bad + 1)); echo "  bad output on $f"
            fi
        done
        eq "shared pages: valid JSON, no crash" 0 "$bad"
    else
        skipped "shared corpus pages: ../shared is not here"
    fi
}

# datelines on real openings (../shared), with the issue's bar: 98% exact,
# at most 1% false alarms
if [ -f "$shared/corpus/datelines/dev.tsv" ] && command -v python3 >/dev/null 2>&1; then
    LEDE_NAME=lede
    if python3 "$shared/eval/check_datelines.py" "$top/lede" "$shared/corpus/datelines/dev.tsv" 0.98 0.01 > "$tmp/dl" 2>&1; then ok; else
        not_ok "datelines on dev.tsv: $(tail -1 "$tmp/dl")"; fi
else
    skipped "datelines on dev.tsv: ../shared or python3 is not here"
fi

# scripts/eval on a corpus of two pages: the figures, and --title-misses
# telling a headline that is the page's own h1 from one that is not
if command -v python3 >/dev/null 2>&1; then
    mkdir -p "$tmp/ev/pages"
    b='The council voted on Tuesday to close the old bridge, which has stood over the river since 1901, after engineers found deep cracks in two of its piers.'
    body="<p>$b</p>"
    printf '<html><head><title>Bridge closed</title><meta property="og:title" content="Council shuts the bridge"><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Old bridge to close after cracks found"}</script></head><body><article><h1>Old bridge to close after cracks found</h1>%s</article></body></html>' "$body" > "$tmp/ev/pages/a.html"
    printf '<html><head><title>Storm warning</title></head><body><article><h1>Storm warning: the coast on alert</h1>%s</article></body></html>' "$body" > "$tmp/ev/pages/b.html"
    printf '{"id": "a", "title": "Council shuts the bridge", "body": "%s"}\n{"id": "b", "title": "Storm warning at sea", "body": "%s"}\n' "$b" "$b" > "$tmp/ev/gold.jsonl"
    if "$top/scripts/eval" --lede "$top/lede" --jobs 1 --title-misses "$tmp/ev" html > "$tmp/ev.out" 2>&1 &&
        grep -q '^title miss a  (lede: the page h1)$' "$tmp/ev.out" && grep -q '^title miss b$' "$tmp/ev.out" &&
        grep -q 'body F1 1.000 .*title exact 0.000  (misses 2, 1 of them the page.s h1)' "$tmp/ev.out"; then ok; else
        not_ok "scripts/eval --title-misses: $(tr '\n' ' ' < "$tmp/ev.out")"; fi
    # --title-in-body: a gold with no title, whose body opens with the
    # headline under a date line (one page), or with another line (the other)
    mkdir -p "$tmp/ev2/pages"; cp "$tmp/ev/pages/"*.html "$tmp/ev2/pages/"
    printf '{"id": "a", "body": "July 24, 2012\\nOld bridge to close after cracks found!\\n%s"}\n{"id": "b", "body": "Storm warning at sea\\n%s"}\n' "$b" "$b" > "$tmp/ev2/gold.jsonl"
    if "$top/scripts/eval" --lede "$top/lede" --jobs 1 --title-in-body "$tmp/ev2" html > "$tmp/ev.out" 2>&1 &&
        grep -q "title in body's first lines 0.500" "$tmp/ev.out"; then ok; else
        not_ok "scripts/eval --title-in-body: $(tr '\n' ' ' < "$tmp/ev.out")"; fi
    # --strip-titles: the page without its og:title and JSON-LD, whose
    # headline then comes from the <title> ("Bridge closed"), not the h1
    mkdir -p "$tmp/ev3/pages"; cp "$tmp/ev/pages/a.html" "$tmp/ev3/pages/"
    printf '{"id": "a", "title": "Bridge closed", "body": "%s"}\n' "$b" > "$tmp/ev3/gold.jsonl"
    st1=$("$top/scripts/eval" --lede "$top/lede" --jobs 1 "$tmp/ev3" html 2>&1 | grep -o 'title exact [0-9.]*')
    st2=$("$top/scripts/eval" --lede "$top/lede" --jobs 1 --strip-titles "$tmp/ev3" html 2>&1 |
        grep -o 'title exact [0-9.]*')
    eq "scripts/eval --strip-titles: the headline from the <title>" \
        "title exact 0.000|title exact 1.000" "$st1|$st2"
    # --strip-classes: the page without its classes and its <aside>, whose
    # long box of other prose then reads as the article's
    mkdir -p "$tmp/ev4/pages"
    o='Readers in the valley have sent us their photographs of the flood for twenty years, and this week we print the best of them in a book that the library will lend for free.'
    printf '<html><head><title>Bridge closed</title></head><body><article class="post"><h1>Bridge closed</h1><p>%s</p></article><aside class="sidebar"><p>%s</p><p>%s</p><p>%s</p></aside></body></html>' "$b" "$o" "$o" "$o" > "$tmp/ev4/pages/a.html"
    printf '{"id": "a", "title": "Bridge closed", "body": "%s"}\n' "$b" > "$tmp/ev4/gold.jsonl"
    sc1=$("$top/scripts/eval" --lede "$top/lede" --jobs 1 "$tmp/ev4" html 2>&1 | grep -o 'body F1 [0-9.]*')
    sc2=$("$top/scripts/eval" --lede "$top/lede" --jobs 1 --strip-classes "$tmp/ev4" html 2>&1 |
        grep -o 'body F1 [0-9.]*')
    if [ "$sc1" = "body F1 1.000" ] && [ -n "$sc2" ] && [ "$sc2" != "$sc1" ]; then ok; else
        not_ok "scripts/eval --strip-classes: the aside read as prose: '$sc1' then '$sc2'"; fi
    # --strip-meta: the page without its meta tags, whose date then is
    # none (the gold's is the meta tag's)
    mkdir -p "$tmp/ev5/pages"
    printf '<html><head><title>Bridge closed</title><meta property="article:published_time" content="2012-07-24T08:00:00Z"></head><body><article><h1>Bridge closed</h1><p>%s</p></article></body></html>' "$b" > "$tmp/ev5/pages/a.html"
    printf '{"id": "a", "title": "Bridge closed", "body": "%s", "date": "2012-07-24"}\n' "$b" > "$tmp/ev5/gold.jsonl"
    sm1=$("$top/scripts/eval" --lede "$top/lede" --jobs 1 "$tmp/ev5" html 2>&1 | grep -o 'date [0-9.]*')
    sm2=$("$top/scripts/eval" --lede "$top/lede" --jobs 1 --strip-meta "$tmp/ev5" html 2>&1 | grep -o 'date [0-9.]*')
    eq "scripts/eval --strip-meta: the date from the meta tag gone" "date 1.000|date 0.000" "$sm1|$sm2"
    out=$("$top/scripts/eval" --lede "$top/lede" "$tmp/no-such-corpus" html 2>&1); st=$?
    eq "scripts/eval without its corpus: one line and exit 1" "1|1" "$st|$(printf '%s\n' "$out" | wc -l | tr -d ' ')"
else
    skipped "scripts/eval: python3 is not here"
fi

# scaling out, as README prints it: GNU parallel on one machine, and across
# machines over ssh (a stand-in for ssh, tests/fake-ssh, runs each "host" in
# a folder of its own): the JSON lines are a local run's, and no
# transferred file is left behind
if command -v parallel > /dev/null 2>&1 && parallel --version 2>/dev/null | grep -q GNU &&
    command -v rsync > /dev/null 2>&1; then
    LEDE_NAME=parallel
    ps=$tmp/scale
    mkdir -p "$ps/crawl" "$ps/hosts"
    gzip -c "$data/sample.warc" > "$ps/crawl/a.warc.gz"
    cat "$data/sample.warc" "$data/sample.warc" | gzip -c > "$ps/crawl/b.warc.gz"
    printf '1/h1\n1/h2\n' > "$ps/nodes"
    cmd=$(sed -n '/^ls crawl\/\*.warc.gz | parallel --sshloginfile/,/--cleanup/p' "$top/README.md")
    (cd "$ps" && PATH="$top:$PATH" PARALLEL_SSH="$top/tests/fake-ssh" FAKE_SSH_ROOT="$ps/hosts" \
        sh -c "$cmd" > "$ps/out" 2> "$ps/err"); st=$?
    same=0
    for w in a b; do
        "$top/lede" --warc "$ps/crawl/$w.warc.gz" | cmp -s - "$ps/$w.warc.jsonl" && same=$((same + 1))
    done
    eq "parallel across machines (README's command): exit 0, both files' lines as a local run's, no file left on the hosts" \
        "0|2|0" "$st|$same|$(find "$ps/hosts" -type f | wc -l | tr -d ' ')"
    [ "$st" -eq 0 ] && [ "$same" -eq 2 ] || sed 's/^/  /' "$ps/err" | head -5
    mkdir -p "$ps/pages"
    for f in small meta byline-posted streamed; do cp "$data/$f.html" "$ps/pages/"; done
    (cd "$ps" && find pages -name '*.html' | PATH="$top:$PATH" parallel -j"$(nproc)" -X lede -j > one.jsonl)
    eq "parallel on one machine (README's command): the lines of a local run, in some order" \
        "$(cd "$ps" && "$top/lede" -j pages/*.html | sort)" "$(sort "$ps/one.jsonl")"
else
    skipped "scaling out: GNU parallel or rsync is not installed (scripts/setup installs them)"
fi

# quality: real pages with gold bodies (tests/quality/SOURCES), so that the
# extraction cannot get worse unnoticed.  The floors are the means measured
# last (0.974 HTML, 0.870 text) less a small margin.
qual() {
    mode=$1 floor=$2 sum=0 n=0
    for g in "$top"/tests/quality/*.gold; do
        b=${g%.gold}
        if [ "$mode" = html ]; then gzip -dc "$b.html.gz" | "$top/lede" -j > "$tmp/q.json"
        else "$top/lede" -j "$b.txt" > "$tmp/q.json"; fi
        f=$("$top/build/score" "$g" < "$tmp/q.json")
        sum=$(awk -v a="$sum" -v b="$f" 'BEGIN { print a + b }')
        n=$((n + 1))
    done
    mean=$(awk -v a="$sum" -v n="$n" 'BEGIN { printf "%.3f", a / n }')
    LEDE_NAME=lede
    if awk -v m="$mean" -v f="$floor" 'BEGIN { exit !(m >= f) }'; then ok; else
        not_ok "quality, $mode: mean body F1 $mean on $n pages is under $floor"; fi
    echo "quality, $mode: mean body F1 $mean on $n real pages (floor $floor)"
}
qual html 0.965
qual text 0.85

# valgrind on the sample pages: no invalid access, no leak
if command -v valgrind > /dev/null 2>&1; then
    LEDE_NAME=valgrind
    for f in "$data/seed.txt" "$data/small.html" "$data/meta.html" "$data/wrapped.txt"; do
        check "valgrind clean: $(basename "$f")" valgrind -q --error-exitcode=9 --leak-check=full "$top/lede" -j --meta "$f"
    done
    check "valgrind clean: sample.warc" valgrind -q --error-exitcode=9 --leak-check=full "$top/lede" --warc "$data/sample.warc"
else
    skipped "valgrind is not installed"
fi

# ---- cases: tests/cases/NAME.html or NAME.txt, each with NAME.expect ------
# The page goes to lede on standard input.  An .expect that starts with "{"
# is `lede -j`'s output, any other `lede --meta`'s.  A mismatch shows a diff
# (JSON a key a line).
case_tests() {
    L=$1
    for page in "$top"/tests/cases/*.html "$top"/tests/cases/*.txt; do
        [ -e "$page" ] || continue
        want=${page%.*}.expect
        name=cases/$(basename "$page")
        if [ ! -f "$want" ]; then not_ok "$name: no $(basename "$want") [$LEDE_NAME]"; continue; fi
        case $(head -c 1 "$want") in '{') opt=-j ;; *) opt=--meta ;; esac
        $L $opt < "$page" > "$tmp/case.out" 2> "$tmp/case.err"
        if cmp -s "$want" "$tmp/case.out"; then ok; else
            not_ok "$name [$LEDE_NAME]"
            sed 's/,"/,\n"/g' "$want" > "$tmp/case.want"
            sed 's/,"/,\n"/g' "$tmp/case.out" > "$tmp/case.got"
            diff "$tmp/case.want" "$tmp/case.got" | head -20 | sed 's/^/  /'
        fi
    done
}

for LEDE in "$top/lede" "$top/build/asan/lede"; do
    case $LEDE in */asan/*) LEDE_NAME=asan ;; *) LEDE_NAME=lede ;; esac
    cli_tests "$LEDE"
    case_tests "$LEDE"
done

echo "$pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
