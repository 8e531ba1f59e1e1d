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

__all__ = ["PROSE_STOPWORDS", "STOPWORDS", "UNSPACED_LANGUAGES", "UNSPACED_PROSE_LANGUAGES"]

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

# More function words per language, for measuring how much of a line is prose (the
# stop-word density of the text-mode region finder). Kept apart from the short lists
# above, which guess a page's language: longer lists measure density more evenly, but
# would shift the language guesses of HTML pages. Languages that only appear here
# (ja, ko, ru, id) are used for density alone. Contractions are split as ``\w+``
# splits them ("don't" -> "don", "t").
_MORE: Final = {
    "en": "our us my your me him them then there here where how why while after before up "
    "down out over under again once only own same some such both each few most other any "
    "very just should now do does did done doing having being am could might must shall "
    "against between through during above below off itself themselves because until nor "
    "too s t don ll re ve d isn aren wasn weren hasn haven hadn doesn didn won "
    "said says just even still much many well back those just whether however although "
    "though since without within upon yet every another something nothing made make get "
    "got like",
    "de": "ich du wir ihr ihnen ihm ihn ihre ihrer seine seiner seinem seinen kann können "
    "muss müssen soll sollen will wollen wurden worden hatte hatten habe waren kein keine "
    "keinen schon sehr immer dann wenn weil ob doch also denn da hier dort diese dieser "
    "dieses diesem diesen jetzt nun unter gegen ohne sowie zwischen seit beim vom",
    "fr": "je tu vous on lui leur y c s l d n qu j m t ou où si mais donc car ni dont "
    "quand même avoir bien peut sans sous après avant depuis encore alors déjà toujours "
    "autre autres cela ceci celui celle ils elles notre votre nos vos mes tes cet",
    "es": "yo tú él ella nosotros ellos ellas les nos mi mis tu tus era eran ser han había "
    "tiene tienen puede hacer todo todos toda todas otro otra otros después antes ahora "
    "siempre aunque tanto cada eso esto ese esa estos estas así bien mismo ni e u",
    "it": "io tu lui lei noi voi loro mi ti ne gli l c è sia hanno aveva erano può "
    "fare tutto tutti tutta altre altri altro dopo prima ancora sempre già quando anche "
    "quindi però perché mentre dove così ogni sul sulla nei negli dalla dai degli delle",
    "nl": "ik je jij hij zij wij we u mij hem haar ons hun die dit wat wie waar hoe was "
    "waren kan kunnen moet moeten zal zou al nu dus geen meer veel zo tot onder tegen na",
    "pt": "eu tu ele ela nós eles elas me te lhe nos seus suas meu minha este esta isso "
    "isto esse essa aquele pelo pela pelos pelas num numa foram era eram pode podem fazer "
    "todo todos toda todas outro outra depois antes ainda sempre entre sobre até sem só",
    "pl": "ja ty on ona ono my wy oni one mnie mi go mu jej im nas was tego tej ten ta te "
    "tu tam gdy gdzie kiedy który która które którzy bardzo może można także też jeszcze "
    "bo więc lub ani bez pod nad przy przed między już był była były będzie być",
    "zh": "这 那 之 而 但 都 被 把 从 向 很 还 所 其 可 能 没 着 过 让 给 该 此 并 或 如 因 此 后 时",
    "ja": "の に は を た が で て と し れ さ な い か も る う こ そ よ ま す だ ど ん あ や ら り く",
    "ko": "이 그 저 것 수 등 및 또 더 잘 안 못 그리고 그러나 하지만 그런데 또한 이런 그런 "
    "이번 지난 있다 있는 없는 없다 했다 한다 하는 하고 있고 위해 대한 통해 같은 함께 때문에 "
    "가장 이후 다른 모든 아니라 것이다 것은 것을 것이 수도 있을 했던 된다 된 될 그는 그녀는 "
    "우리 나는 내가 너무 정말 다시 바로 이미 아닌 같다 있었다 보다 하며 한 할 그의 이를",
    "ru": "и в не на я что с он как а то по это к но из у за от так же для о все она бы "
    "мы его до вы уже ли если или был когда только было ни её их при ещё даже чтобы есть "
    "была были быть этот эти этого том тем там где себя него нет да очень может можно "
    "более после потому который которые которая также свой своей ее они мне вам "
    "ему ей них нам вас меня тебя ты он оно со во ко об над под без через между перед "
    "чем чтобы будет будут может быть хотя тоже всего всё всех весь вся это этой этом эту "
    "такой такие так как раз лишь либо тогда теперь потом здесь",
    "id": "yang dan di ke dari ini itu dengan untuk tidak dalam akan pada juga ada adalah "
    "oleh karena atau saya kita kami mereka ia dia sebagai telah sudah bisa lebih hanya "
    "jika maka tersebut para seperti namun bahwa tetapi agar kepada bagi antara jadi saat "
    "sama lagi belum masih harus semua satu banyak sangat kalau apa siapa mana pun nya "
    "kan bukan sendiri dapat hal atas setelah sebelum ketika sejak tapi begitu sebuah "
    "seorang pula lain kini selalu yg dgn",
}

PROSE_STOPWORDS: Final = MappingProxyType(
    {
        lang: frozenset(_LISTS.get(lang, "").split()) | frozenset(_MORE.get(lang, "").split())
        for lang in (*_LISTS, *_MORE)
    }
)
"""Language code -> stop words for measuring prose density (a superset of
:data:`STOPWORDS`, in more languages)."""

UNSPACED_PROSE_LANGUAGES: Final = frozenset({"zh", "ja"})
"""Languages of :data:`PROSE_STOPWORDS` whose entries are single characters."""
