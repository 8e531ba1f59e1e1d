"""Stop words per language: the commonest function words, for telling prose from menus
and for guessing a page's language when its markup does not say.

Prose is rich in these words; navigation, link lists and labels are not (jusText,
Pomikálek 2011). The lists are short on purpose: the most frequent words carry almost
all of the signal. Chinese has no spaces, so its list holds single characters and
the caller counts characters.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

__all__ = ["STOPWORDS", "UNSPACED_LANGUAGES"]

_LISTS: Final = {
    "en": "the of and to a in is that for it as was with be by on not he i this are or his "
    "from at which but have an they you were her she there had been one all we their has "
    "would when if so no will more can who its than them these may what also about into",
    "de": "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als "
    "auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem "
    "über einen so zum war haben nur oder aber vor zur bis mehr durch man sein wurde",
    "fr": "de la le et les des en un du une que est pour qui dans a par plus pas au sur ne "
    "se il sont ce avec mais ou elle son aux été ont cette nous leur comme tout sa ses "
    "était fait être ces aussi entre très",
    "es": "de la que el en y a los del se las por un para con no una su al es lo como más "
    "pero sus le ya o este fue ha sí porque esta son entre cuando muy sin sobre también "
    "me hasta hay donde quien desde",
    "it": "di e il la che a in un per è non una i del le si da con sono della al come ma "
    "nel anche più lo alla gli ha se dei ci su questo delle tra era nella dal o cui essere "
    "molto fatto stato",
    "nl": "de en van het een in is dat op te zijn met voor niet aan er om ook als dan bij "
    "nog maar uit wordt door naar worden heeft hij ze werd over",
    "pt": "de a o que e do da em um para é com não uma os no se na por mais as dos como "
    "mas foi ao ele das tem à seu sua ou ser quando muito há nos já está também",
    "pl": "i w nie na się z do to że jest o jak a co ale po tak za od jego przez już tylko "
    "by może są ich był dla czy jako jednak oraz tym było jej ze",
    "zh": "的 了 是 在 和 有 我 这 不 人 他 们 中 来 上 大 为 个 国 到 说 也 地 以 会 年 就 对 要 与 及 将 等 于",
}

STOPWORDS: Final = MappingProxyType(
    {lang: frozenset(words.split()) for lang, words in _LISTS.items()}
)
"""Language code -> stop words (lower case)."""

UNSPACED_LANGUAGES: Final = frozenset({"zh"})
"""Languages whose stop words are single characters counted within the text."""
