"""Markup signals: which tags, attributes and class/id tokens mean what.

This is the one place where selectors live. Segmentation (:mod:`articlekit._html`)
reads these tables once per element; filters only see the resulting block kinds,
marks and element weights.

Class and id values are split into lower-case tokens on ``-``, ``_``, spaces, digits
and camelCase boundaries before matching (``commentRespond`` -> ``comment``,
``respond``), so a token pattern never matches inside an unrelated word: ``ad`` matches
the token ``ad`` but not ``header`` or ``shadow``.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

__all__ = [
    "ARTICLE_OUTSIDE_CHARS",
    "BLOCK_KIND_BY_TAG",
    "CAPTION_MARK",
    "CAPTION_TOKENS",
    "CONTAINER_TAGS",
    "CREDIT_TOKENS",
    "DEFINITION_SEPARATOR",
    "DEFINITION_TERM_ENDS",
    "EXACT_MARK_TOKENS",
    "FIGURE_TOKENS",
    "HIDDEN_CLASSES",
    "IMAGE_LINK_SUFFIXES",
    "IMAGE_TAGS",
    "INLINE_FRAME_WORDS",
    "MARK_BY_ROLE",
    "MARK_BY_TAG",
    "MARK_TOKENS",
    "MARK_TOKEN_EXCEPTIONS",
    "MAX_CAPTION_BLOCKS",
    "MAX_CAPTION_CHARS",
    "NEGATIVE_TOKENS",
    "POSITIVE_TOKENS",
    "ROW_CELL_MAX_WORDS",
    "ROW_CELL_SEPARATOR",
    "SCREEN_READER_CLASSES",
    "SKIP_TAGS",
    "TABLE_CELL_TAGS",
    "TEMPLATE_TYPES",
    "WRAPPER_SHARE",
]

# Elements whose content is never article text: code, styling, embedded documents,
# form controls and media. Their subtrees are not walked at all. Not <embed>: it is void
# in HTML, but libxml2 does not know that and nests everything after it inside it. Not
# <head>: libxml2 leaves HTML5 elements (<article>, <section>, ...) that follow a
# <meta>, <title> or <script> there when no <body> opened first; the head's own children
# (title, meta, link, style, script, base) are skipped one by one. Ruby annotations
# (<rt>, <rp>: the reading printed above Japanese kanji) would split the words they
# annotate, so only the base text is read.
SKIP_TAGS: Final = frozenset(
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object",
        "canvas", "video", "audio", "map", "select", "option", "button",
        "input", "textarea", "title", "meta", "link", "base", "dialog", "rt", "rp",
    }
)  # fmt: skip

# Tags that start a block of their own and the kind of block their text becomes.
BLOCK_KIND_BY_TAG: Final = MappingProxyType(
    {
        "p": "paragraph", "h1": "heading", "h2": "heading", "h3": "heading",
        "h4": "heading", "h5": "heading", "h6": "heading", "li": "list_item",
        "dt": "list_item", "dd": "list_item", "blockquote": "quote", "pre": "code",
        "figcaption": "caption", "td": "paragraph", "th": "paragraph",
        "caption": "paragraph", "summary": "paragraph", "address": "paragraph",
    }
)  # fmt: skip

# Tags that only break blocks: their loose text becomes a paragraph of its own.
CONTAINER_TAGS: Final = frozenset(
    {
        "html", "body", "div", "section", "article", "main", "header", "footer", "aside",
        "nav", "form", "table", "thead", "tbody", "tfoot", "tr", "ul", "ol", "dl",
        "figure", "center", "details", "fieldset", "hr", "menu", "hgroup", "picture",
        "legend", "label",
    }
)  # fmt: skip

# The mark of caption markup (``<figcaption>`` and CAPTION_TOKENS). Not boilerplate: it
# says which blocks sit in caption markup and which element opens it, so that filters
# can tell a caption's own parts (a credit classed "copyright", a <header> inside a
# figcaption) from the page furniture around it.
CAPTION_MARK: Final = "caption"

# Tags that mark everything inside them as a kind of boilerplate (or, for
# <figcaption>, as caption markup: CAPTION_MARK). Whether a mark removes anything is up
# to the filters; a mark on an element that wraps most of the page (see WRAPPER_SHARE)
# is ignored.
MARK_BY_TAG: Final = MappingProxyType(
    {
        "nav": "navigation",
        "aside": "aside",
        "footer": "footer",
        "header": "header",
        "form": "form",
        "menu": "navigation",
        "figcaption": CAPTION_MARK,
    }
)

# ARIA landmark roles with the same meaning as the tags above.
MARK_BY_ROLE: Final = MappingProxyType(
    {
        "navigation": "navigation",
        "menu": "navigation",
        "menubar": "navigation",
        "complementary": "aside",
        "contentinfo": "footer",
        "banner": "header",
        "search": "form",
        "dialog": "dialog",
        "alertdialog": "dialog",
    }
)

# A caption element with more text than this, or more blocks, is a mislabelled
# container (a theme calling its article column "caption"): segmentation gives its
# blocks their own kinds back. (figure_captions still reads a small caption element
# nested in it as a caption: a gallery item's "caption" wrapping a full and a shortened
# copy of its text, "more"/"less" toggles and a credit.)
MAX_CAPTION_CHARS: Final = 700
MAX_CAPTION_BLOCKS: Final = 4
# Elements that show a photo (AMP pages use <amp-img>): a caption nearby gets its URL.
IMAGE_TAGS: Final = frozenset({"img", "amp-img"})
# A link to an image file (before any query or fragment) opens the photo in a lightbox
# or at full size: it leads nowhere else, so the text it wraps (often a whole caption)
# is not link text.
IMAGE_LINK_SUFFIXES: Final = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif")
# Tokens of elements holding a photo caption (figcaption is always one); German themes
# say "Bildunterschrift".
CAPTION_TOKENS: Final = frozenset(
    {"caption", "figcaption", "captiontext", "imagecaption", "imgcaption", "photocaption",
     "legend", "bildunterschrift"}
)  # fmt: skip

# Tokens of an author box: the writer's biography and photo under the article (mark
# "author_bio"; the Simple Author Box plugin's "sabox..." is a prefix). Exact tokens,
# so that the shorter byline prefix "author" does not take them.
AUTHOR_BOX_TOKENS: Final = frozenset(
    {"authorbio", "authorbox", "aboutauthor", "authorinfo", "authorprofile",
     "authordescription", "authordesc", "authorcard", "autorbox", "autoreninfo", "autorinfo"}
)  # fmt: skip

# Class/id token prefixes and the mark they give. A token matches when it starts with
# one of the prefixes, so ``comments``, ``commentlist`` and ``comment`` all match
# ``comment``; prefixes are chosen long enough not to start ordinary words.
MARK_TOKENS: Final = MappingProxyType(
    {
        "comments": ("comment", "respond", "disqus", "replies", "reply", "discussion"),
        "cookie": ("cookie", "consent", "gdpr", "cmp", "onetrust", "cookiebot", "ccpa"),
        "related": (
            "related", "recommend", "readnext", "morestories", "moreartic",
            "outbrain", "taboola", "yarpp", "popular", "mostread", "trending",
            "relposts", "similar", "suggest", "also",
        ),
        "share": (
            "share", "sharing", "social", "addtoany", "shariff", "sharedaddy", "follow",
            "newsletter", "subscri", "signup", "syndication",
        ),
        "breadcrumb": ("breadcrumb", "crumbs"),
        # "next-prev" boxes link the previous and next articles, with their teasers
        "navigation": ("nav", "menu", "pagination", "pager", "skiplink", "nextprev", "prevnext",
                       "nextprevious", "previousnext"),
        "byline": ("byline", "author", "autor", "dateline", "posted", "postmeta", "entrymeta"),
        "author_bio": (*sorted(AUTHOR_BOX_TOKENS), "sabox"),
        "advert": ("advert", "ads", "ad", "sponsor", "promo", "banner", "dfp", "gpt"),
        "aside": ("sidebar", "widget", "aside", "rail"),
        "footer": ("footer", "copyright", "disclaimer", "legal", "colophon"),
        "tags": ("tags", "tagcloud", "tagged", "taglist", "categories", "keywords"),
        CAPTION_MARK: tuple(sorted(CAPTION_TOKENS)),
    }
)  # fmt: skip

# Whole class names that show an element to screen readers only. What sits in them is
# a label for listeners ("Image caption", "Image copyright" before a BBC caption,
# "Opens in a new window", "Skip to content", "Share on Facebook"): on the benchmark
# pages, over 1,400 such inline elements, none of them article text. Inline ones are
# left out of their block's text while walking; block-level ones are marked hidden.
# ("aural" is the Government Site Builder's: "Navigation und Service", "Sie sind hier:".)
SCREEN_READER_CLASSES: Final = frozenset(
    {"sr-only", "visually-hidden", "visuallyhidden", "is-visually-hidden", "u-visually-hidden",
     "screen-reader-text", "screenreader-only", "screen-reader-only", "u-screen-reader-text",
     "element-invisible", "offscreen", "off-screen", "show-for-sr", "assistive-text",
     "aural"}
)  # fmt: skip

# Whole class names (not tokens) that hide an element. Tokens would be wrong here:
# "field-label-hidden" hides a label, "hidden-xs" hides on phones only.
HIDDEN_CLASSES: Final = (
    frozenset({"hidden", "is-hidden", "d-none", "hide", "invisible", "u-hidden", "js-hidden"})
    | SCREEN_READER_CLASSES
)

# Exact tokens that would be matched by a prefix above but mean something else
# ("commentary" is an opinion article, not its comment section).
MARK_TOKEN_EXCEPTIONS: Final = frozenset(
    {
        "admin", "address", "adjust", "adaptive", "added", "addon", "navigable",
        "followup", "subscript", "sharethrough", "tagline", "authored", "advertorial",
        "popularity", "similarity", "commentary", "commentaries",
        # Drupal's "node--promoted": the article is promoted to the front page
        "promoted",
    }
)  # fmt: skip

# Tokens whose mark only applies with an exact match, because as prefixes they would
# start too many unrelated tokens ("adv" -> "advice", "nav" -> "navy", "toc" ->
# "tocentre", "ad" -> "adopt", "autor" -> "autorefresh"), or because a shorter prefix
# of another mark would take them ("authorbio" starts with "author").
EXACT_MARK_TOKENS: Final = (
    frozenset({"ad", "ads", "nav", "gpt", "dfp", "cmp", "also", "tags", "posted", "rail", "autor"})
    | CAPTION_TOKENS
    | AUTHOR_BOX_TOKENS
)

# Readability-style evidence that a container holds (or does not hold) the article.
POSITIVE_TOKENS: Final = frozenset(
    {
        "article", "articlebody", "body", "content", "entry", "main", "post", "text",
        "story", "blog", "hentry", "prose", "richtext", "paragraph", "single", "page",
        "column", "detail",
    }
)  # fmt: skip
NEGATIVE_TOKENS: Final = frozenset(
    {
        "comment", "comments", "footer", "sidebar", "share", "related", "promo",
        "widget", "ad", "ads", "banner", "nav", "menu", "meta", "social", "sponsor",
        "masthead", "header", "hidden", "combx", "contact", "foot", "outbrain", "popup",
        "shoutbox", "skyscraper", "tags", "tool", "teaser", "recommended", "newsletter",
        "cookie", "breadcrumb", "pagination", "byline", "author", "rail", "aside",
    }
)  # fmt: skip

# An inline element (<span>, <em>, ...) whose class attribute contains one of these
# holds a caption or a photo credit: it makes a block of its own instead of joining the
# text around it, so that "<span class=caption>X</span><span class=copyright>AP</span>"
# gives a caption and its credit.
INLINE_FRAME_WORDS: Final = ("caption", "credit", "copyright")

# Table cells are data, whatever they say: "Open" and "Close" head a stock table's
# columns, a table of officials lists their e-mail addresses (control_labels, no_words).
TABLE_CELL_TAGS: Final = frozenset({"td", "th"})
# The cells of one table row, each a short block of its own, come out as one paragraph,
# "cell | cell | cell": a cell read alone ("125 g", then "Mehl") says nothing. A cell
# longer than this is a column of prose in a layout table, not data: its row's cells
# stay apart. (A catalogue's descriptions run to 91 words on the benchmark.)
ROW_CELL_MAX_WORDS: Final = 100
ROW_CELL_SEPARATOR: Final = " | "
# A term of a definition list and its one description ("<dt>Calories</dt><dd>390</dd>",
# "<dt>Photo:</dt><dd>Jane Doe</dd>") are one statement: they come out as one list item,
# "Calories: 390". A term that ends in a colon or a full stop of its own ("Photo:",
# "1.") is followed by a space only; one that ends in a bracket or a quote takes the
# separator ("Weight (kg): 390").
DEFINITION_SEPARATOR: Final = ": "
DEFINITION_TERM_ENDS: Final = frozenset(":.：")

# Tokens of elements holding a photo credit inside a caption.
CREDIT_TOKENS: Final = frozenset(
    {"credit", "credits", "copyright", "photographer", "source", "byline", "attribution"}
)
# Tokens of elements that wrap an image and its caption.
FIGURE_TOKENS: Final = frozenset({"figure", "wpcaption", "image", "img", "photo", "picture"})

# Script types whose content is HTML that the browser renders (client-side templates).
# Read only when the page itself holds almost no prose (see articlekit._html).
TEMPLATE_TYPES: Final = frozenset(
    {"text/template", "text/x-template", "text/html", "text/x-handlebars-template"}
)

# A mark on an element whose subtree holds more than this share of the page's
# paragraph text is a wrapper (``<body class="has-comments">``, a theme's
# ``#main-nav-container`` around everything) and is ignored.
WRAPPER_SHARE: Final = 0.5
# ...except a comment section that leaves this much paragraph text outside it: a long
# thread under an article of its own holds most of the page's prose (taz.de: 78%, the
# article 6,264 characters). A forum's thread, whose posts are the page's content and
# are marked as replies, leaves only its title and sidebar outside (600 to 1,100
# characters on the benchmark); so does a <body class="comments-open">.
ARTICLE_OUTSIDE_CHARS: Final = 1500
