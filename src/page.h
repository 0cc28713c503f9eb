/* page: the one shared representation between the front ends and the
 * classifier: a list of text blocks with their features, the tree of
 * containers they sit in, and the metadata the page declares.
 *
 * Owns: the Block, Node, Meta and Page types, and the text arena the
 * blocks' text lives in (page_add_text cleans text into it).  The features
 * themselves are derived by measure.c.
 */
#ifndef LEDE_PAGE_H
#define LEDE_PAGE_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"
#include "date.h"

/* The kind of input: what a page is read as (auto: HTML when it looks so). */
typedef enum { INPUT_AUTO, INPUT_HTML, INPUT_TEXT } LedeInput;

/* What kind of element a block came from (text lines are KIND_LINE). */
enum {
    KIND_LINE, KIND_P, KIND_HEADING, KIND_LI, KIND_CELL, KIND_PRE,
    KIND_QUOTE, KIND_DIV, KIND_OTHER
};

/* Flags a block inherits from its ancestors, or gets from its shape. */
enum {
    F_ARTICLE = 1u << 0,  /* inside <article> */
    F_MAIN = 1u << 1,     /* inside <main> or role=main */
    F_BODYPROP = 1u << 2, /* inside itemprop=articleBody */
    F_NAV = 1u << 3,      /* inside <nav> or role=navigation */
    F_HEADER = 1u << 4,   /* inside <header> */
    F_FOOTER = 1u << 5,   /* inside <footer> or role=contentinfo */
    F_ASIDE = 1u << 6,    /* inside <aside> or role=complementary */
    F_LIST = 1u << 7,     /* an item of a list */
    F_FORM = 1u << 8,     /* inside a form */
    F_BLANK = 1u << 9,    /* text: a blank line stands before it */
    F_BULLET = 1u << 10,  /* text: starts with a bullet or dash */
    F_TABLE = 1u << 11,   /* inside a table */
    F_TIME = 1u << 12,    /* holds a <time> element */
    F_BYLINE = 1u << 13,  /* markup says author/byline (rel=author, class) */
    F_TITLE = 1u << 14,   /* its text is the title the metadata gives */
    F_LDBODY = 1u << 15,  /* its text is in the JSON-LD articleBody */
    F_CUE = 1u << 16,     /* says what boilerplate says: cookies, rights, sign-up */
    F_REPEAT = 1u << 17,  /* the same text stands elsewhere on the page */
    F_LISTHEAD = 1u << 18, /* a short line that opens a list of other stories */
    F_COMMENT = 1u << 19, /* text: a reader comment's header ("Jane on May 5 said:") */
    F_NOTICE = 1u << 20,  /* says what only a cookie notice says: a notice, however long */
    F_CELLS = 1u << 21,   /* text: a row of a table, its cells joined by " | " */
    F_THREAD = 1u << 22,  /* the heading of a comment thread ("5 Comments", "Leave a Reply") */
    F_HEADCLASS = 1u << 23, /* a class says it is the headline ("headline", "entry-title") */
    F_HOMELINK = 1u << 24, /* holds a link to the site's front page (the site's name) */
    F_AUTHORLINK = 1u << 25, /* holds a link to an author's page ("/author/ann-lee") */
    F_LINKFIRST = 1u << 26, /* its text opens inside a link */
    F_FRAME = 1u << 27,   /* inside a <figure> that holds the headline (<h1>) */
};

/* Labels the classifier gives. */
enum { LABEL_BOILER = 0, LABEL_CONTENT, LABEL_HEADLINE, LABEL_BYLINE, LABEL_DATE };

/* A block's text can be read this many bytes past its NUL (what is there
 * is not its text), so that it is scanned sixteen bytes at a time to the end. */
#define TEXT_PAD 16

/* What a container is to the article's structure (the HTML front end
 * sets it; NODE_WALL: a div, section, article and the like, which the
 * structure of a paragraph inside does not reach past). */
typedef enum {
    NODE_PLAIN, NODE_LIST, NODE_OLIST, NODE_ITEM, NODE_QUOTE, NODE_TABLE, NODE_THEAD,
    NODE_ROW, NODE_CELL, NODE_HEAD_CELL, NODE_WALL
} NodeForm;

/* Why the classifier held a container back from being the article's root
 * (for --explain). */
typedef enum {
    WHY_NONE,
    WHY_COMMENTS,  /* its class says readers' comments */
    WHY_IN_TALK,   /* inside such a container */
    WHY_LISTED,    /* a list heading opens it ("Related", "Leave a Comment") */
    WHY_THREAD,    /* it starts past a thread's heading under the headline */
    WHY_POSTS,     /* it starts under the headline and holds a forum's posts ("Re: ...") */
    WHY_BOXED      /* inside a container whose class says boilerplate */
} NodeWhy;

typedef struct {
    int parent;   /* -1 for the root */
    int depth;
    int hint;     /* class/id hint of this element alone: + content, - boilerplate */
    int tag;      /* GumboTag for HTML, 0 for text */
    bool article; /* an <article> element */
    bool row;     /* a table's row (<tr>) */
    bool comments; /* its class or id says readers' comments */
    NodeForm form;
    NodeWhy why;  /* classifier's: why it was held back, for --explain */
    long why_at;  /* ... the block that says so (a list's or a thread's heading), or -1 */
    bool near_title; /* classifier's: its text starts right under the headline */
    bool in_posts;   /* classifier's: it is, or is inside, a forum's posts (WHY_POSTS) */
    double score; /* classifier's scratch */
} Node;

typedef struct {
    char *text;        /* cleaned UTF-8, one line, NUL-terminated; the page owns it,
                        * and TEXT_PAD bytes past the NUL may be read */
    size_t len;        /* bytes */
    size_t chars;      /* code points */
    size_t link_chars; /* code points inside links */
    int kind;
    int heading;       /* 1..6, 0 if none */
    int node;          /* innermost container */
    unsigned flags;
    const char *code;  /* HTML <pre>: the text with its lines and spaces kept */
    /* derived by measure_blocks() */
    size_t words, stopwords, sentences, commas, upper_words, digits;
    int cues;          /* the boilerplate phrases it says (page-cues.txt) */
    bool ends_sentence;
    double link_density;
    long twin;         /* the first block before it with its text, or -1 */
    /* classifier */
    double score;
    int label;
} Block;

/* The kind of page its markup declares (og:type, JSON-LD @type); an
 * article's type wins over the others. */
typedef enum {
    MARKUP_NONE,
    MARKUP_WEBSITE,     /* og:type website: a site's pages, articles among them */
    MARKUP_OTHER,       /* a product, a profile, a list, a search, questions */
    MARKUP_ARTICLE      /* og:type article, a JSON-LD Article or BlogPosting */
} PageMarkup;

typedef struct {
    char *title;        /* <title> */
    char *og_title;
    char *twitter_title;
    char *ld_headline;  /* JSON-LD headline */
    char *md_headline;  /* a meta tag's headline (name or itemprop "headline") */
    char *ld_body;      /* JSON-LD articleBody */
    char *script_html;  /* HTML with paragraphs that a script's data holds (see html.h) */
    char *script_paras; /* its paragraphs, one a line, when the page may need them */
    char *description;
    char *site;
    char *logo;         /* the alt text of the site's logo image */
    char *lang;
    char *url;
    bool og_home;       /* og:url is the site's home: site-wide og: tags */
    char *base;         /* <base href> */
    char *image;        /* the lead image the page declares (og:image, JSON-LD) */
    char *next;         /* the next page of the article (rel=next) */
    char *byline;       /* author names from meta tags, "; "-joined */
    char *published;    /* as the best-ranked source wrote it */
    char *modified;
    int published_rank; /* 1 article metadata, 2 generic date tags, 3 <time>, 4 an upload */
    char *time_text;    /* the date the first <time> with no datetime prints: a last resort */
    PageMarkup markup;  /* what kind of page og:type and JSON-LD say it is */
    int author_label;   /* N of a twitter:labelN that says "Written by" */
    char **authors;     /* names of people, from JSON-LD */
    char *org_author;   /* an organisation given as author, "; "-joined */
    char *card_author;  /* hCard names (class "fn" in an author element) */
    size_t n_authors;
    char **ld_json;     /* raw JSON-LD script texts */
    size_t n_ld;
} Meta;

/* A link inside a block's text (gathered when the page is asked for them). */
typedef struct {
    size_t block;       /* the block it is in */
    const char *text;   /* its text, cleaned */
    const char *href;   /* as the page gives it */
} PageLink;

/* An image the page shows (<img>), where it stands among the blocks. */
typedef struct {
    size_t at;          /* the number of blocks before it */
    bool in_figure;     /* it is in a <figure> */
    unsigned flags;     /* what a block in its place would have */
    const char *src;    /* as the page gives it */
    const char *alt;    /* cleaned, or NULL */
    const char *caption; /* its figure's caption, cleaned, or NULL */
} PageImage;

typedef struct {
    LedeInput input;    /* INPUT_HTML or INPUT_TEXT */
    bool want_links;    /* gather links (PageLink) */
    bool want_images;   /* gather every image, not only figures' (PageImage) */
    DateOrder date_order; /* how its language writes "06/01/2020" (date_order_of) */
    Block *blocks;
    size_t n, cap;
    Node *nodes;
    size_t nn, ncap;
    Meta meta;
    PageLink *links;
    size_t n_links, cap_links;
    PageImage *images;
    size_t n_images, cap_images;
    struct TextChunk *chunks; /* where the blocks' text is kept */
    Buf scratch;              /* text being cleaned */
} Page;

void page_init(Page *pg, LedeInput input);
int page_add_node(Page *pg, int parent, int tag, int hint);
/* Clean s[0..n) (text_clean) into a new block whose text the page keeps
 * until page_free.  Returns the block, or NULL when nothing is left. */
Block *page_add_text(Page *pg, const char *s, size_t n);
/* A copy of s[0..n), as it is, that the page keeps until page_free. */
char *page_keep(Page *pg, const char *s, size_t n);
/* Make room for n blocks in all, when the front end knows about how many. */
void page_reserve(Page *pg, size_t n);
/* The first block labelled LABEL_CONTENT, or -1. */
long page_first_content(const Page *pg);
/* The class hints of the containers around block b, summed (as
 * --explain prints them). */
static inline int page_block_hint(const Page *pg, const Block *b)
{
    int hint = 0;
    for (int nd = b->node; nd > 0; nd = pg->nodes[nd].parent)
        hint += pg->nodes[nd].hint;
    return hint;
}
void page_free(Page *pg);

/* Set *field to a cleaned copy of s[0..n) unless it is set already or the
 * cleaned text is empty. */
void meta_set(char **field, const char *s, size_t n);

#endif
