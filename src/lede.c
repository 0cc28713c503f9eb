/* lede: the whole pipeline for one page, as one call. */
#include "lede.h"

#include <stdlib.h>

#include "article.h"
#include "classify.h"
#include "decode.h"
#include "measure.h"
#include "html.h"
#include "input.h"
#include "page.h"
#include "plain.h"

int lede_page(const LedeOptions *o, const char *bytes, size_t n, const char *transport,
              OutputInfo *info, Buf *out, Buf *err)
{
    buf_clear(err);
    const char *bin = input_binary(bytes, n);
    if (bin) {
        buf_adds(err, "not a text or HTML page (");
        buf_adds(err, bin);
        buf_adds(err, ")");
        return 2;
    }
    bool html = o->input == INPUT_HTML || (o->input == INPUT_AUTO && html_sniff(bytes, n));
    Decoded dec;
    decode_page(bytes, n, o->charset, transport, html, &dec);
    if (dec.warning[0])
        buf_adds(err, dec.warning);
    if (o->input == INPUT_AUTO)
        html = html_sniff(dec.borrowed, dec.len);

    Page pg;
    page_init(&pg, html ? INPUT_HTML : INPUT_TEXT);
    pg.want_links = o->links;
    pg.want_images = o->images;
    if (html)
        html_read(&pg, dec.borrowed, dec.len);
    else
        plain_read(&pg, dec.borrowed, dec.len);
    free(dec.text);
    pg.date_order = date_order_of(pg.meta.lang);
    measure_blocks(&pg);
    Classification c;
    classify_page(&pg, &c);
    if (o->explain) {
        fprintf(o->explain, "==> %s <==\n", info->source);
        classify_explain(o->explain, &pg, &c);
    }
    Article a;
    ArticleWant want = {o->links, o->images, o->articles_only, info->source};
    article_build(&pg, &c, &want, &a);
    info->input = pg.input;
    if (o->format == FORMAT_JSON)
        output_json(out, &a, info);
    else if (o->format == FORMAT_MARKDOWN)
        output_markdown(out, &a, info);
    else
        output_text(out, &a, info);
    int status = a.n_paras ? 0 : 1;
    article_free(&a);
    classification_free(&c);
    page_free(&pg);
    return status;
}
