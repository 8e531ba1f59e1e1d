"""disclaimer: site disclaimers, copyright lines and affiliate notices (reason ``disclaimer``)."""

from __future__ import annotations

import pytest

from articlekit import clean
from articlekit.filters import disclaimer
from tests.helpers import PROSE, dropped, html, kept, text_page

NOTICES = {
    "seed": (
        "Statement: The information provided on this website is for reference only, it does "
        "not mean that this website agrees with its views."
    ),
    "disclaimer": "Disclaimer: This article does not constitute financial advice.",
    "views": "The views expressed in this article are the author's own.",
    "copyright": "© 2024 Daily Bugle. All rights reserved.",
    "copyright-word": "Copyright 2019 The Associated Press. All rights reserved.",
    "rights": (
        "All rights reserved. This material may not be published, broadcast, rewritten or "
        "redistributed."
    ),
    "affiliate": "We may earn a commission when you buy through links on our site.",
    "advertisers": (
        "This post contains references to products from one or more of our advertisers."
    ),
    "wordpress-meta": "This entry was posted in News, Politics. Bookmark the permalink.",
    "fr-opinions": "Les opinions exprimées dans les blogs n'engagent que leurs auteurs.",
    "citation": "Suggested citation: Doe, Jane: Experts in the crisis, 2020/4/09.",
    "de-gewaehr": "(Alle Angaben ohne Gewähr)",
    "de-lizenz": "Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0-DE.",
    "de": "Alle Rechte vorbehalten.",
    "de-haftung": "Haftungsausschluss: Alle Angaben ohne Gewähr.",
    "fr": "Tous droits réservés.",
    "es": "Todos los derechos reservados.",
    "it": "Tutti i diritti riservati.",
    "zh": "免责声明：本文仅代表作者本人观点。",
    "zh-statement": "声明：本网站所提供的信息仅供参考。",
}


@pytest.mark.parametrize("text", NOTICES.values(), ids=NOTICES.keys())
def test_drops_site_notices(text: str) -> None:
    assert dropped(disclaimer, text_page(text)) == {text: "disclaimer"}


@pytest.mark.parametrize(
    "text",
    [
        # The lead must open the block.
        "The band printed all rights reserved on the sleeve, but the label disagreed.",
        "A copyright dispute over the photos went to court in 2019.",
        "Die Zeitung behält sich alle Rechte vor, teilte der Verlag mit.",
    ],
)
def test_keeps_prose_that_quotes_legal_words(text: str) -> None:
    assert dropped(disclaimer, text_page(text)) == {}


def test_keeps_long_blocks() -> None:
    long_text = "Disclaimer: " + " ".join(PROSE * 2)
    assert len(long_text.split()) > 90
    assert dropped(disclaimer, text_page(long_text)) == {}


def test_keeps_the_article() -> None:
    assert kept(disclaimer, text_page("All rights reserved.")) == list(PROSE)


def test_ignores_markup() -> None:
    # disclaimer works on text only; footer markup is page_chrome's job.
    page = html('<div class="disclaimer"><p>Photos by the author</p></div>')
    assert dropped(disclaimer, page) == {}


def test_clean_removes_the_statement() -> None:
    source = "\n\n".join(["Flood waters reach the old town", *PROSE, NOTICES["seed"]])
    article = clean(source)
    assert [p.text for p in article.paragraphs] == list(PROSE)
    # The title line itself goes as duplicate_headline; the statement as disclaimer.
    assert article.removed_by_reason() == {"disclaimer": 1, "duplicate_headline": 1}
