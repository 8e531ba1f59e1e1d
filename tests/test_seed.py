"""The seed page: a Xinhua article flattened to text, with every kind of junk the
mission names. These are exact requirements, not a snapshot."""

from __future__ import annotations

import pytest

from articlekit import Article, clean
from tests.helpers import FIXTURES

SOURCE_PATH = FIXTURES / "sco-summit-xinhua" / "source.txt"

TITLE = (
    "Drawing a blueprint for the development of the SCO and jointly promoting regional "
    "prosperity and stability-Written on the occasion of President Xi Jinping\u2019s upcoming "
    "attendance at the 22nd meeting of the Council of Heads of State of the Shanghai "
    "Cooperation Organization and his state visits to Kazakhstan and Uzbekistan-Shanghai "
    "Hotline News channel"
)

JUNK = (
    "Home »",
    "by admin",
    "See also",
    "You may also like",
    "Leave a Comment",
    "Akismet",
    "cookies",
    "Privacy & Cookies Policy",
    "Statement: The information",
)

HEADINGS = (
    "Carry forward the \u201cShanghai Spirit\u201d and lead the development direction",
    "Gathering forward forces to demonstrate \u201cShanghai Cooperation Responsibility\u201d",
    "Practice win-win sharing and open up a bright future",
)

# The opening words of every body paragraph of the article, in order, read off the
# source by hand (captions, headings, bylines and site furniture left out).
BODY_OPENINGS = (
    "The mountains are rolling and the grassland is magnificent.",
    "From September 14th to 16th, President Xi Jinping will attend",
    "Play the sound of cooperation and gather the aspirations of all.",
    "The Shanghai Cooperation Organization, the first intergovernmental international organization",
    "\u201cThe Shanghai Cooperation Organization has always maintained strong vitality",
    "Following the \u201cShanghai Spirit\u201d, the SCO brings together countries",
    "Zhang Ming, Secretary-General of the SCO, said that years of practice",
    "This year marks the 20th anniversary of the signing of the SCO Charter",
    "From vividly expounding China\u2019s concept of development, security, cooperation",
    "Deng Hao, Secretary-General of the China SCO Research Center, said",
    "Since the outbreak of the new crown epidemic,",
    "Former SCO Secretary-General Nulgaliyev said that global development initiatives",
    "Viewed from the air, trains of freight trains leave in an orderly manner",
    "In supporting the development of the SCO, China has always kept its promises.",
    "Nulgaliyev said that in the development of the SCO, China has always taken",
    "Zhang Ming said that under the framework of the SCO, the member states",
    "In 2021, the SCO will start the process of accepting Iran as a member state,",
    "From playing the role of the \u201cShanghai Cooperation Organization-Afghanistan",
    "Di Bojie, a professor at Nehru University in India, said",
    "This year marks the 30th anniversary of the establishment of diplomatic relations",
    "This visit to Kazakhstan is President Xi Jinping\u2019s second visit",
    "At present, China-Uzbekistan relations are in the best period in history.",
    "Kazakhstan and Uzbekistan are both important participants and contributors",
    "Sun Zhuangzhi, deputy director of the China Shanghai Cooperation Organization Research Center",
    "Qingshan deliberately turned into a bridge.",
)


@pytest.fixture(scope="module")
def source() -> bytes:
    return SOURCE_PATH.read_bytes()


@pytest.fixture(scope="module")
def article(source: bytes) -> Article:
    return clean(source)


@pytest.fixture(scope="module")
def source_lines(source: bytes) -> list[str]:
    return [" ".join(line.split()) for line in source.decode("utf-8").splitlines() if line.strip()]


def test_is_detected_as_text(source: bytes, article: Article) -> None:
    assert article.source == "text"
    assert clean(source.decode("utf-8")).source == "text"


def test_title_is_in_the_title_field_only(article: Article, source_lines: list[str]) -> None:
    assert TITLE in source_lines  # the test's own title line is the page's
    assert article.title == TITLE
    for paragraph in article.paragraphs:
        assert paragraph.text != TITLE
        assert TITLE not in paragraph.text
    assert TITLE not in article.text


@pytest.mark.parametrize("junk", JUNK)
def test_no_paragraph_holds_junk(article: Article, junk: str) -> None:
    offenders = [p.text for p in article.paragraphs if junk in p.text]
    assert offenders == []


def test_junk_is_recorded_with_reasons(article: Article) -> None:
    reasons = article.removed_by_reason()
    expected = ("breadcrumb", "byline", "see_also", "comment_form", "cookie_notice")
    for reason in (*expected, "disclaimer", "duplicate_headline"):
        assert reasons.get(reason, 0) >= 1, reason


def test_eleven_captions_kept_apart_from_the_body(article: Article) -> None:
    assert len(article.captions) == 11
    for caption in article.captions:
        assert caption.text
        for paragraph in article.paragraphs:
            assert caption.text not in paragraph.text
    assert all(caption.text not in article.text for caption in article.captions)


def test_caption_credit_is_split(article: Article) -> None:
    first = article.captions[0]
    assert first.credit == "Photo by Xinhua News Agency reporter Shen Bohan"
    assert first.text.startswith("Participating artists perform Chinese folk music")
    assert first.text.endswith("opened at the Poly Theater in Beijing.")
    assert "Shen Bohan" not in first.text
    credits = [caption.credit for caption in article.captions]
    assert all(credits), credits
    assert "Photo by Xinhua News Agency reporter Lu Peng" in credits


@pytest.mark.parametrize("heading", HEADINGS)
def test_section_headings_are_heading_paragraphs(article: Article, heading: str) -> None:
    matches = [p for p in article.paragraphs if p.text == heading]
    assert len(matches) == 1
    assert matches[0].kind == "heading"


def test_every_body_paragraph_is_kept_whole_and_in_order(
    article: Article, source_lines: list[str]
) -> None:
    texts = [p.text for p in article.paragraphs]
    positions = []
    for opening in BODY_OPENINGS:
        (line,) = [line for line in source_lines if line.startswith(opening)]
        assert line in texts, f"body paragraph lost: {opening!r}"
        positions.append(texts.index(line))
        assert article.paragraphs[texts.index(line)].kind == "paragraph"
    assert positions == sorted(positions)


def test_body_is_not_padded_with_other_lines(article: Article) -> None:
    # Body paragraphs, the three headings and at most the dateline/topic line.
    assert (
        len(BODY_OPENINGS) + len(HEADINGS)
        <= len(article.paragraphs)
        <= len(BODY_OPENINGS) + len(HEADINGS) + 1
    )
