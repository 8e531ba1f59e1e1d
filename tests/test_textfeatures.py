"""Line features of flattened text (articlekit._textfeatures), on lines of real pages."""

from __future__ import annotations

import pytest

from articlekit._textfeatures import LineFeatures, line_features, prose_language
from articlekit.patterns.stopwords import PROSE_STOPWORDS, STOPWORDS

ENGLISH = (
    "Two United States service members have been killed in a helicopter crash in "
    "Afghanistan, the US military said in a statement on Wednesday."
)
GERMAN = (
    "Die elektronische Patientenakte soll ab 2021 allen Versicherten zur Verfügung stehen, "
    "doch der Weg dahin ist lang und die Ärzte sind noch nicht bereit."
)
RUSSIAN = (
    "Эта диета пришла к нам с запада и в своей основе содержит ограничение на количество "
    "углеводов, но при этом она не ограничивает калорийность."
)
JAPANESE = "商品の改造が商標法違反になるかどうかは、その改造の内容によって変わります。"


def one(line: str, language: str | None = "en", *others: str) -> LineFeatures:
    return line_features([line, *others], language)[0]


@pytest.mark.parametrize(
    ("lines", "language"),
    [
        ((ENGLISH, "Home", "News"), "en"),
        ((GERMAN, "Startseite"), "de"),
        ((RUSSIAN, "Главная"), "ru"),
        ((JAPANESE, "MENU"), "ja"),
        (("商标注册的流程和费用，以及在申请中需要注意的问题。",), "zh"),
    ],
)
def test_prose_language(lines: tuple[str, ...], language: str) -> None:
    assert prose_language(lines) == language


def test_no_language_for_menus_alone() -> None:
    assert prose_language(["Home", "Sport", "Weather", "Contact Us"]) is None


def test_prose_is_long_dense_and_ends_like_a_sentence() -> None:
    features = one(ENGLISH)
    assert features.words == 23
    assert features.chars == len(ENGLISH)
    assert features.sentence_end
    assert features.sentences == 1
    assert features.stopword_density is not None
    assert features.stopword_density >= 0.3
    assert features.capitalised < 0.4
    assert not features.dated
    assert not features.count
    assert features.separators == features.repeats == 0


def test_sentences_inside_a_line_are_counted() -> None:
    line = (
        '"The Americans wanted to raid a mujahideen base, but their helicopter was shot '
        'down and caught fire. All on board were killed," Mujahid said.'
    )
    assert one(line).sentences == 2


def test_menu_items_are_capitalised_and_free_of_stop_words() -> None:
    features = one("Your Dollar Goes Further Overseas")
    assert features.capitalised == 1.0
    assert features.stopword_density is not None
    assert features.stopword_density < 0.25
    assert not features.sentence_end


def test_meta_lines_have_separators_and_dates() -> None:
    features = one("September 10, 2018 | by Catherine")
    assert features.separators == 1
    assert features.dated
    assert one("Home › News › World").separators == 2
    assert one("20 Nov 2019 08:00 GMT").dated
    assert one("Nov. 19, 2019 8:03 am ET").dated
    assert not one(ENGLISH).dated


@pytest.mark.parametrize("line", ["0", "858 shares", "[ 167 comments ]", "1.2K"])
def test_counts(line: str) -> None:
    assert one(line).count


@pytest.mark.parametrize("line", ["1 tsp ground ginger", "2 days ago at 07:52 am", ENGLISH])
def test_not_counts(line: str) -> None:
    assert not one(line).count


def test_repeats_ignore_case_and_punctuation() -> None:
    lines = ["Sign in", "News", ENGLISH, "SIGN IN!", "Sign in"]
    assert [f.repeats for f in line_features(lines, "en")] == [2, 0, 0, 2, 2]


def test_density_is_none_without_a_language() -> None:
    assert one(ENGLISH, None).stopword_density is None


def test_unspaced_density_counts_characters() -> None:
    features = one(JAPANESE, "ja")
    assert features.words == len([c for c in JAPANESE if c not in "、。"])
    assert features.stopword_density is not None
    assert features.stopword_density > 0.2
    assert one("ライトハウス国際特許事務所", "ja").stopword_density == 0.0


def test_unicased_scripts_are_not_capitalised() -> None:
    assert one(JAPANESE, "ja").capitalised == 0.0


def test_prose_lists_extend_the_language_guessing_lists() -> None:
    for language, words in STOPWORDS.items():
        assert words <= PROSE_STOPWORDS[language]
    assert {"en", "de", "fr", "es", "it", "zh", "ja", "ko", "ru", "id"} <= set(PROSE_STOPWORDS)


def test_wide_characters_count_twice_in_the_length() -> None:
    wide = sum(1 for char in JAPANESE if char not in "、。")
    assert one(JAPANESE, "ja").chars == len(JAPANESE) + wide
    korean = "정동극장은 전통 공연을 통해 한국 문화를 널리 알리고 있습니다."
    hangul = sum(1 for char in korean if char not in " .")
    assert one(korean, None).chars == len(korean) + hangul
    assert one(ENGLISH).chars == len(ENGLISH)


def test_sentence_breaks_in_scripts_without_case() -> None:
    # Korean has no capitals to open a sentence: a letter after the full stop does.
    korean = (
        "다만 이유리는 작가의 글 솜씨를 많이 타는 배우다. 캐릭터를 배우의 뜻대로 "
        "재해석하기보다 캐릭터를 가장 극적인 감정으로 표현하는 데 능한 배우이기 때문이다."
    )
    assert one(korean, None).sentences == 2
    assert one("Version 2.0 is out. it was late.", "en").sentences == 1  # lower case
