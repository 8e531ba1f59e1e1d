"""cookie_notice: cookie banners by markup (``cookie_banner``) and by phrase (``cookie_notice``)."""

from __future__ import annotations

import pytest

from articlekit import clean
from articlekit.filters import cookie_notice
from tests.helpers import PROSE, article_page, dropped, html, kept, text_page

PHRASES = {
    "en-uses": (
        "This website uses cookies to improve your experience. We'll assume you're ok with "
        "this, but you can opt-out if you wish. Accept Read More"
    ),
    "en-policy": "Privacy & Cookies Policy",
    "en-accept": "Accept all cookies",
    "en-privacy": "We value your privacy",
    "en-continue": "By continuing to use this site you agree to our terms.",
    "de-verwendet": (
        "Diese Website verwendet Cookies, um Ihnen ein optimales Nutzererlebnis zu bieten."
    ),
    "de-akzeptieren": "Alle Cookies akzeptieren",
    "de-settings": "Cookie-Einstellungen",
    "fr-utilise": "Ce site utilise des cookies pour améliorer votre expérience de navigation.",
    "fr-accepter": "Accepter tous les cookies",
    "fr-tiers": "ARTE France et des tiers utilisent des cookies et autres traceurs.",
    "fr-parametrer": "PARAMÉTRER LES COOKIES",
    "es-utiliza": "Este sitio web utiliza cookies para mejorar su experiencia.",
    "es-politica": "Política de cookies",
    "it-utilizza": "Questo sito utilizza cookie tecnici e di profilazione.",
    "it-accetta": "Accetta tutti i cookie",
    "zh-use": "本网站使用cookie来改善您的浏览体验。",
    "zh-accept": "接受所有cookie",
    "nl": "Deze website maakt gebruik van cookies.",
    "pl": "Ta strona używa plików cookies.",
    "ru": "Мы используем файлы cookie, чтобы сайт работал лучше.",
}  # fmt: skip


@pytest.mark.parametrize("text", PHRASES.values(), ids=PHRASES.keys())
def test_drops_cookie_phrases(text: str) -> None:
    page = text_page(text)
    assert dropped(cookie_notice, page) == {text: "cookie_notice"}


@pytest.mark.parametrize("text", list(PHRASES.values())[:3])
def test_drops_cookie_phrases_in_html(text: str) -> None:
    page = html(f"<p>{text}</p>")
    assert dropped(cookie_notice, page) == {text: "cookie_notice"}


def test_detail_quotes_the_phrase() -> None:
    page = text_page("We use cookies on this site.")
    (drop,) = cookie_notice(page).drops
    assert drop.detail == "phrase 'We use cookies'"


@pytest.mark.parametrize(
    "attributes",
    [
        'class="cookie-banner"',
        'id="cookie-notice"',
        'class="consent-layer"',
        'id="onetrust-banner-sdk"',
        'class="gdpr-box"',
        'id="CybotCookiebotDialog"',
        'class="cmp"',
    ],
)  # fmt: skip
def test_drops_blocks_inside_consent_markup(attributes: str) -> None:
    page = html(f"<div {attributes}><p>Your choices</p><p>Manage options</p><p>OK</p></div>")
    assert dropped(cookie_notice, page) == {
        "Your choices": "cookie_banner",
        "Manage options": "cookie_banner",
        "OK": "cookie_banner",
    }


def test_markup_drops_long_banner_text_too() -> None:
    long_text = " ".join(PROSE[:2])  # any length inside consent markup (not a wrapper)
    page = html(f'<div class="cookie-consent"><p>{long_text}</p></div>')
    assert dropped(cookie_notice, page) == {long_text: "cookie_banner"}


def test_keeps_a_long_paragraph_about_cookies() -> None:
    essay = (
        "Browsers have started to block third-party cookies by default, and regulators in "
        "Europe now require that websites ask before they use cookies for tracking. "
        + " ".join(PROSE)
    )
    assert len(essay.split()) > 80
    page = text_page(essay)
    assert dropped(cookie_notice, page) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Bake the cookies for twelve minutes until golden.",
        "Die Kekse zwölf Minuten backen.",
        "The court ruled on the cookie case last week.",
    ],
)
def test_keeps_text_that_only_mentions_cookies(text: str) -> None:
    page = text_page(text)
    assert dropped(cookie_notice, page) == {}


def test_keeps_prose() -> None:
    page = html('<div class="cookie-banner"><p>OK</p></div>')
    assert kept(cookie_notice, page) == list(PROSE)


def test_never_drops_captions_by_phrase() -> None:
    page = html(
        "<figure><figcaption>We use cookies in the bakery (file photo)</figcaption></figure>"
    )
    assert dropped(cookie_notice, page) == {}


def test_clean_removes_a_cookie_banner_outside_and_inside_the_article() -> None:
    source = article_page(
        '<div class="cookie-notice"><p>We use cookies.</p></div>',
        after="<p>Diese Website verwendet Cookies.</p>",
        lang="de",
    )
    article = clean(source)
    assert [p.text for p in article.paragraphs] == list(PROSE)
    assert "cookie_banner" in article.removed_by_reason()
