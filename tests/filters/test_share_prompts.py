"""share_prompts: share widgets by markup (``share_widget``), prompts by phrase
(``share_prompt``)."""

from __future__ import annotations

import importlib

import pytest

from articlekit import clean
from articlekit._text import count_words
from articlekit.filters import share_prompts
from tests.helpers import PROSE, article_page, dropped, html, kept, text_page

share_module = importlib.import_module("articlekit.filters.share_prompts")

PHRASES = {
    "en-share-this": "Share this article",
    "en-share-on": "Share on Facebook",
    "en-follow": "Follow us on Twitter",
    "en-newsletter": "Sign up for our daily newsletter",
    "en-newsletter-two-words": "Sign up for the free daily newsletter.",
    "en-click": "Click to share on WhatsApp (Opens in new window)",
    "en-spotted": "Spotted a typo? Let us know.",
    "de-fehler": "Du hast einen #Fehler gefunden? Jetzt melden.",
    "en-messenger": (
        "Chat with us in Facebook Messenger. Find out what's happening in the world as it unfolds."
    ),
    "en-row": "Facebook Twitter LinkedIn Email",
    "en-bare": "Share",
    "de-teilen": "Artikel teilen",
    "de-folgen": "Folgen Sie uns auf Instagram",
    "de-newsletter": "Jetzt Newsletter abonnieren",
    "fr-partager": "Partager sur Facebook",
    "fr-suivez": "Suivez-nous sur Twitter",
    "fr-newsletter": "Abonnez-vous à notre newsletter",
    "es-compartir": "Compartir en Twitter",
    "es-siguenos": "Síguenos en Instagram",
    "it-condividi": "Condividi su Facebook",
    "it-seguici": "Seguici su Telegram",
    "zh-share": "分享到微信",
    "zh-follow": "关注我们",
    "zh-scan": "扫一扫，分享给朋友",
    "en-support": "If you enjoyed reading this post, would you consider supporting our work?",
    "en-member": "Become a member and enjoy exclusive benefits",
    "de-notify": "Benachrichtigung aktivieren",
    "es-miembro": "Hazte miembro y disfruta de beneficios exclusivos",
    "en-friend": "Like this story? Share it with a friend!",
    "en-inbox": "Get the latest updates right in your inbox.",
    "en-follow-section": "Follow The Times Opinion section on Facebook and Instagram.",
    "en-helpful": "Was this article helpful?",
    "de-bewerten": "Hier können Sie den Artikel bewerten",
    "de-drucken": "Rezept drucken",
    "de-rss": "RSS-Feed abonnieren",
    "de-pdf": "Dieses Skript als PDF herunterladen",
    "es-cancela": "Tú también puedes hacer periodismo. Cancela cuando quieras.",
    "pl-drukuj": "drukuj",
    "ru-share": "Поделиться в соцсетях",
    "ru-follow": "Подписывайтесь на наш канал",
    "en-subscribe-to": "Subscribe to WIRED and stay smart with more of your favorite writers.",
}


@pytest.mark.parametrize("text", PHRASES.values(), ids=PHRASES.keys())
def test_drops_share_phrases(text: str) -> None:
    assert dropped(share_prompts, text_page(text)) == {text: "share_prompt"}


@pytest.mark.parametrize(
    "attributes",
    ['class="share-buttons"', 'class="social-links"', 'id="sharedaddy"', 'class="addtoany_list"',
     'class="newsletter-signup"', 'class="follow-box"'],
)  # fmt: skip
def test_drops_short_blocks_inside_share_markup(attributes: str) -> None:
    page = html(f"<div {attributes}><p>Spread the word</p><p>0</p></div>")
    assert dropped(share_prompts, page) == {"Spread the word": "share_widget", "0": "share_widget"}


def test_keeps_long_text_in_share_markup() -> None:
    # A post body whose wrapper merely carries a social class.
    long_text = PROSE[0] + " " + PROSE[1]
    assert len(long_text.split()) > share_module.MAX_WORDS
    page = html(f'<div class="social-embed"><p>{long_text}</p></div>')
    assert dropped(share_prompts, page) == {}


def test_keeps_prose_about_sharing() -> None:
    prose = (
        "Residents began to share photos of the flooded square on social media within "
        "minutes, and the council asked people to follow its official account on Twitter "
        "for updates on road closures, which the police extended to the whole of the old "
        "town by the evening."
    )
    assert len(prose.split()) > share_module.MAX_WORDS
    assert dropped(share_prompts, text_page(prose)) == {}


def test_drops_a_prompt_of_two_sentences() -> None:
    promo = (
        "There's plenty more where that came from. Sign up for The Water Coolest today to "
        "get the free daily newsletter delivered to your inbox daily."
    )
    assert 25 < count_words(promo) <= share_module.MAX_WORDS
    assert dropped(share_prompts, text_page(promo)) == {promo: "share_prompt"}


@pytest.mark.parametrize(
    "text",
    [
        "Shares in the company fell by four percent.",
        "The printers' union voted to strike.",
        "Die Aktie verlor vier Prozent.",
        "Many readers subscribe to the view that the bridge should close.",
    ],
)
def test_keeps_short_prose(text: str) -> None:
    assert dropped(share_prompts, text_page(text)) == {}


def test_detail_quotes_the_phrase() -> None:
    (drop,) = share_prompts(text_page("Follow us on Twitter")).drops
    # The detail quotes the words that matched, as they stand in the block.
    assert drop.detail.startswith("phrase 'Follow us")
    quoted = drop.detail.removeprefix("phrase '").removesuffix("'")
    assert quoted in "Follow us on Twitter"


def test_keeps_the_article() -> None:
    page = html('<div class="share"><p>Tweet</p></div>')
    assert kept(share_prompts, page) == list(PROSE)


def test_clean_removes_a_share_bar() -> None:
    bar = (
        '<ul class="share-bar"><li><a href="#">Facebook</a></li>'
        '<li><a href="#">Twitter</a></li></ul>'
    )
    article = clean(article_page(bar + "<p>Sign up for our newsletter</p>"))
    assert [p.text for p in article.paragraphs] == list(PROSE)
    assert set(article.removed_by_reason()) == {"share_widget", "share_prompt"}


def test_keeps_an_embedded_post_that_the_article_quotes() -> None:
    # A tweet embedded in the story: its box says "social", but a blockquote is quoted
    # content, not a button. The share bar beside it still goes.
    tweet = "We're on it. https://t.co/HO1ZRs9T1P"
    page = html(
        '<div class="social-media-embed"><blockquote class="twitter-tweet">'
        f"<p>{tweet}</p></blockquote></div>"
        '<div class="social-share"><p>Share on Facebook</p></div>'
    )
    assert dropped(share_prompts, page) == {"Share on Facebook": "share_widget"}
    assert tweet in kept(share_prompts, page)
