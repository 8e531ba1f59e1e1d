"""Article.language: the page's declared language, else a guess from stop words."""

from __future__ import annotations

import pytest

from articlekit import clean
from articlekit._language import guess_language

SAMPLES = {
    "en": "The council said that the river had risen more than two metres and that it was "
    "not safe for residents to return to their homes in the lower town.",
    "de": "Der Stadtrat teilte mit, dass der Fluss um mehr als zwei Meter gestiegen sei und "
    "die Anwohner noch nicht in ihre Häuser in der Unterstadt zurückkehren könnten.",
    "fr": "Le conseil a indiqué que la rivière était montée de plus de deux mètres et que les "
    "habitants ne pouvaient pas encore rentrer dans leurs maisons de la ville basse.",
    "es": "El ayuntamiento dijo que el río había subido más de dos metros y que los vecinos "
    "no podían volver todavía a sus casas en la parte baja de la ciudad.",
    "it": "Il consiglio ha detto che il fiume è salito di più di due metri e che non è ancora "
    "sicuro per i residenti tornare nelle loro case della città bassa.",
    "zh": "市政府表示，河水上涨了两米多，下城区的居民暂时还不能返回家中。救援人员整夜都在工作。",
}


def text_page(body: str) -> str:
    return f"A headline for the page\n\n{body}"


@pytest.mark.parametrize(("language", "body"), SAMPLES.items(), ids=SAMPLES.keys())
def test_guesses_the_language_of_text(language: str, body: str) -> None:
    assert clean(text_page(body)).language == language


def test_declared_language_wins() -> None:
    html = (
        '<html lang="de-AT"><head><title>T</title></head><body><article>'
        f"<p>{SAMPLES['en']}</p></article></body></html>"
    )
    assert clean(html).language == "de"


def test_no_guess_without_evidence() -> None:
    assert clean("Headline here please\n\nXyzzy plugh 12345 qwerty.").language is None


def test_japanese_is_not_chinese() -> None:
    body = (
        "先日、不正に改造したiPhoneを販売したとして、商標法違反の疑いで20代の男性が逮捕されたと"
        "いうニュースがありました。報道によると、今回販売されたのは、いわゆる「脱獄」したiPhone。"
    )
    assert clean(text_page(body)).language in ("ja", None)


def test_han_characters_that_are_not_letters_give_no_guess_and_no_error() -> None:
    """ "〇" (ideographic zero) is Han script but a number: no letters to divide by.
    Found by the atheris fuzzer."""
    assert guess_language("〇") is None
    assert guess_language("〇 〇 〇 1 2") is None
