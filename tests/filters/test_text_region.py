"""text_region: lines outside the article of a flattened page (``before_article``,
``after_article``, ``boilerplate_line``), on short excerpts of real flattened pages."""

from __future__ import annotations

import importlib

from articlekit import Block, Metadata, Page, clean, segment
from articlekit.filters import text_region
from tests.helpers import dropped, html, kept, text_page

region_module = importlib.import_module("articlekit.filters.text_region")

# An Al Jazeera news page, flattened: the site menu, the headline, the article with a
# "More:" insert of three teaser links in the middle, then tags and the footer.
ALJAZEERA_TITLE = (
    "US service members killed in Afghanistan helicopter crash | Afghanistan News | Al Jazeera"
)
ALJAZEERA_MENU = (
    "Home",
    "News",
    "Middle East",
    "Africa",
    "Asia",
    "Documentaries",
    "Opinion",
    "More",
)
ALJAZEERA_HEAD = (
    "News",
    "/",
    "Afghanistan",
    "US service members killed in Afghanistan helicopter crash",
    "20 Nov 2019 08:00 GMT",
)
ALJAZEERA_START = (
    "Two United States service members have been killed in a helicopter crash in "
    "Afghanistan, the US military said in a statement on Wednesday.",
    '"The cause of the crash is under investigation, however preliminary reports do not '
    'indicate it was caused by enemy fire," the statement said.',
)
ALJAZEERA_INSERT = (
    "More:",
    "Afghan woman politician sees Taliban talks as only hope",
    "Young people, including Taliban youth, must be heard: UN envoy",
    "China invites Taliban, Afghan officials for two-day talks",
)
ALJAZEERA_REST = (
    "It did not reveal the crash location and said it was withholding the names of those "
    "killed until next of kin could be told.",
    "The Afghan Taliban, however, claimed responsibility for shooting down the helicopter, "
    "which it said crashed in Logar province south of the capital Kabul.",
    '"The Americans wanted to raid a mujahideen base, but their helicopter was shot down '
    'and caught fire. All on board were killed," Mujahid said.',
    "It was not possible to independently verify the group's claim.",
    "Roughly 13,000 US troops remain in Afghanistan, 18 years after Washington invaded "
    "the country in the wake of the September 11, 2001 attacks.",
)
ALJAZEERA_FOOT = (
    "Asia",
    "Afghanistan",
    "United States",
    "News",
    "Middle East",
    "Africa",
    "Documentaries",
    "Opinion",
    "About",
    "Contact Us",
)


def aljazeera() -> Page:
    lines = (
        ALJAZEERA_TITLE,
        *ALJAZEERA_MENU,
        *ALJAZEERA_HEAD,
        *ALJAZEERA_START,
        *ALJAZEERA_INSERT,
        *ALJAZEERA_REST,
        *ALJAZEERA_FOOT,
    )
    return segment("\n\n".join(lines), mode="text")


def test_keeps_the_article_across_an_insert_and_drops_the_rest() -> None:
    page = aljazeera()
    assert kept(text_region, page) == [
        # the title and its repeat are left to duplicate_headline
        ALJAZEERA_TITLE,
        "US service members killed in Afghanistan helicopter crash",
        *ALJAZEERA_START,
        *ALJAZEERA_REST,
    ]
    reasons = dropped(text_region, page)
    assert {reasons[line] for line in ALJAZEERA_INSERT} == {"boilerplate_line"}
    assert reasons["20 Nov 2019 08:00 GMT"] == "before_article"
    assert reasons["Home"] == "before_article"
    assert reasons["Contact Us"] == "after_article"


def test_drop_details_say_why() -> None:
    drops = {drop.block.text: drop for drop in region_module.text_region(aljazeera()).drops}
    assert drops["More:"].detail == "repeated on the page"  # "More" is in the menu
    assert drops["Home"].detail == "before the article's prose"
    assert drops["Contact Us"].detail == "after the article's prose"


def test_clean_puts_only_the_article_in_the_body() -> None:
    article = clean("\n\n".join(block.text for block in aljazeera().blocks), mode="text")
    assert article.title == "US service members killed in Afghanistan helicopter crash"
    assert [p.text for p in article.paragraphs] == [*ALJAZEERA_START, *ALJAZEERA_REST]
    assert {r.reason for r in article.removed} >= {"before_article", "after_article"}


# A GiveWell blog post: a short article, then a long comment thread. The thread holds
# more prose than the article, but the article is the first run after the headline.
GIVEWELL = (
    "September 2018 open thread - The GiveWell Blog",
    "Giving Effectively",
    "Top Charities",
    "Research",
    "About",
    "September 2018 open thread",
    "September 10, 2018 | by Catherine",
    "Our goal with hosting quarterly open threads is to give blog readers an opportunity to "
    "publicly raise comments or questions about GiveWell or related topics (in the comments "
    "section below). As always, you're also welcome to email us at info@givewell.org or to "
    "request a call with GiveWell staff if you have feedback or questions you'd prefer to "
    "discuss privately. We'll try to respond promptly to questions or comments.",
    "You can view our June 2018 open thread here.",
    "Posted in Open thread | Permalink | 10 Comments",
    "Previous Post",
    "Next Post",
    "Comments",
    "Milan Griffes on September 12, 2018 at 4:47 pm said:",
    "Any update on how the Blattman et al. follow-up paper will affect GiveDirectly's "
    "recommendation?",
    "Catherine (GiveWell) on September 13, 2018 at 5:23 pm said:",
    "Hi Milan,",
    "We haven't yet reviewed Blattman et al., but plan to consider it as part of our "
    "year-end review of cash transfers. We'll also discuss it with GiveDirectly, and we "
    "expect to publish our thoughts on it together with our updated recommendations.",
    "Alex on September 17, 2018 at 6:34 am said:",
    "I skimmed your Zusha report, and didn't see any analysis of the negative utility of "
    "travelling on slower buses. I assume that travelling on slower but safer buses is an "
    "overall net positive, but I'm not totally sure, and it seems worth checking.",
    "Logically, there must be some speed at which it's no longer better (in terms of "
    "overall utility) to be slower, because the time lost adds up over many passengers and "
    "many journeys, and at some point it outweighs the risk that was avoided.",
    "Gary M on September 17, 2018 at 8:50 pm said:",
    "Have you written anything about the trade-off between giving now vs investing the "
    "money and giving in the future? In particular it seems like effective altruism "
    "research is still improving quickly, so we might be able to give better later on.",
    "Comments are closed.",
)


def test_a_comment_thread_after_a_short_article_stays_out() -> None:
    page = segment("\n\n".join(GIVEWELL), mode="text")
    kept_lines = kept(text_region, page)
    assert GIVEWELL[7] in kept_lines
    reasons = dropped(text_region, page)
    for comment in (GIVEWELL[14], GIVEWELL[17], GIVEWELL[19], GIVEWELL[20], GIVEWELL[22]):
        assert reasons[comment] == "after_article"
    assert reasons["September 10, 2018 | by Catherine"] == "before_article"


def test_find_region_reports_classes_for_every_block() -> None:
    page = aljazeera()
    region = region_module.find_region(page)
    assert region is not None
    assert len(region.classes) == len(region.details) == len(page.blocks)
    texts = [block.text for block in page.blocks]
    assert texts[region.start] == ALJAZEERA_START[0]
    assert texts[region.end - 1] == ALJAZEERA_REST[-1]
    assert region.classes[texts.index(ALJAZEERA_START[0])] == "good"
    assert region.details[texts.index("20 Nov 2019 08:00 GMT")] == "a date line"


def test_a_page_of_menus_only_is_left_alone() -> None:
    page = segment("\n\n".join(ALJAZEERA_MENU + ALJAZEERA_FOOT), mode="text")
    assert region_module.find_region(page) is None
    assert dropped(text_region, page) == {}


def test_html_pages_are_left_to_main_content() -> None:
    assert dropped(text_region, html("<p>Home</p><p>Contact Us</p>")) == {}


def test_the_article_is_kept_whole_on_a_plain_text_page() -> None:
    page = text_page("Tiny line here")
    assert dropped(text_region, page) == {}


def test_a_heading_inside_the_article_stays() -> None:
    lines = (*ALJAZEERA_START, "Hostage swap", *ALJAZEERA_REST)
    page = segment("\n\n".join(lines), mode="text")
    assert kept(text_region, page) == list(lines)


def test_captions_inside_the_article_stay() -> None:
    blocks = tuple(
        Block(index=i, kind=kind, text=text)  # type: ignore[arg-type]
        for i, (kind, text) in enumerate(
            [
                ("paragraph", ALJAZEERA_START[0]),
                ("caption", "Roughly 13,000 US troops remain in Afghanistan [File: Reuters]"),
                ("paragraph", ALJAZEERA_REST[0]),
                ("paragraph", ALJAZEERA_REST[1]),
            ]
        )
    )
    page = Page(blocks=blocks, metadata=Metadata(), source="text")
    assert dropped(text_region, page) == {}


# An article that is already clean: short lines at its edges and a short unpunctuated
# line between its paragraphs, but nothing that shows page furniture.
CLEAN_ARTICLE = (
    "The council met at dawn",
    *ALJAZEERA_START,
    "Hostage swap",
    *ALJAZEERA_REST,
    "Reporting by Jane Doe and John Roe",
)


def test_a_clean_article_is_left_whole() -> None:
    page = segment("\n\n".join(CLEAN_ARTICLE), mode="text")
    region = region_module.find_region(page)
    assert region is not None
    assert region.furniture == ""
    assert dropped(text_region, page) == {}


def test_short_edge_lines_go_when_the_page_shows_furniture() -> None:
    # The same article between a site menu and a footer: they are the evidence, and the
    # lines outside the article's prose go with them.
    page = segment("\n\n".join((*ALJAZEERA_MENU, *CLEAN_ARTICLE, *ALJAZEERA_FOOT)), mode="text")
    region = region_module.find_region(page)
    assert region is not None
    assert region.furniture.endswith("below read as navigation")
    reasons = dropped(text_region, page)
    assert reasons["The council met at dawn"] == "before_article"
    assert reasons["Reporting by Jane Doe and John Roe"] == "after_article"


# An article whose own table of results follows its prose: a dozen lines that read
# as navigation (dates, counts, names), all on one side of the prose.
RESULTS = tuple(f"Round {k} | Team {k} | {k * 3} points" for k in range(1, 15))


def test_navigation_like_lines_on_one_side_are_no_furniture() -> None:
    page = segment("\n\n".join((*CLEAN_ARTICLE, *RESULTS)), mode="text")
    region = region_module.find_region(page)
    assert region is not None
    assert region.furniture == ""
    assert dropped(text_region, page) == {}
    # Above the article too, a menu alone is not enough: a footer must answer it.
    page = segment("\n\n".join((*RESULTS, *CLEAN_ARTICLE)), mode="text")
    assert dropped(text_region, page) == {}


def test_a_repeated_title_is_a_page_header() -> None:
    page = segment(
        "\n\n".join((ALJAZEERA_TITLE, *ALJAZEERA_HEAD[3:], *ALJAZEERA_START, *ALJAZEERA_REST)),
        mode="text",
    )
    region = region_module.find_region(page)
    assert region is not None
    assert region.furniture == "the title is repeated, as in a page header"
    assert dropped(text_region, page) == {"20 Nov 2019 08:00 GMT": "before_article"}


def test_a_paragraph_without_its_last_full_stop_is_prose() -> None:
    # A quote page whose one paragraph ends in a title-like phrase, no full stop: still
    # the article, not a line of "near prose" that the menu around it outvotes.
    quote = (
        "Living a true love is one of the greatest pleasures of life. To like is to feel "
        "with the soul, but to express feelings depends on the ideas of each one. We tie "
        "love to our own needs and end up ending it. We spend our lives trying to make "
        "others answer for what we need, while we abandon ourselves. Only those who love "
        "themselves can find in their lives A Love That Is True"
    )
    assert not quote.endswith(".")
    page = segment("\n\n".join((*ALJAZEERA_MENU, quote, *ALJAZEERA_FOOT)), mode="text")
    region = region_module.find_region(page)
    assert region is not None
    assert region.classes[[b.text for b in page.blocks].index(quote)] == "good"
    assert quote in kept(text_region, page)


# A Japanese blog post (note100yen.com), flattened: the site menu, the post's prose in
# lines of 40 to 90 characters, then the category list of the sidebar.
JAPANESE_TITLE = (
    "Kindle for PCをCtrl＋Alt＋Kのショートカットキーで立ち上がらなくする方法 | ノート100YEN.com"
)
JAPANESE_MENU = (
    "サイトマップ",
    "プライバシーポリシー",
    "免責事項",
    "お問い合わせ",
    "ソフトウェア一般",
)
JAPANESE_PROSE = (
    "Kindle書籍を読む場合は、一般的にスマホやタブレットなどのモバイル端末で読むことが多いと"
    "思いますが、何か書籍で調べながら作業をする場合など、パソコンでそのまま読みたい時もあります。",
    "そんな用途を考慮してか、Kindleや楽天koboにはデスクトップアプリが用意されています。"
    "今回はそのKindleデスクトップアプリ Kindle for PC に関する話。",
    "さて、このKindle for PC、Amazonがあまり力を入れていないのか操作性などあまりよくありません。"
    "設定で変更できる箇所も少なく、融通が効かない面も多々あります。",
    "このご時世パスワードの強化は非常に重要なことであり、日に日に増えていくそのパスワード群を"
    "管理するにはパスワード管理ソフトの存在は不可欠。自分はずっとKeePassを愛用しています。",
)
JAPANESE_SIDEBAR = (
    "カテゴリ",
    "日記、雑記 (8)",
    "► WordPress (53)",
    "► サーバー (64)",
    "アクセス解析 (10)",
)


def test_wide_characters_count_twice_towards_prose() -> None:
    # Each of these lines says what an English line of twice its length would; counted
    # by characters, none would reach the length of prose and no article would be found.
    assert all(len(line) < region_module.GOOD_CHARS for line in JAPANESE_PROSE[1:])
    lines = (JAPANESE_TITLE, *JAPANESE_MENU, *JAPANESE_PROSE, *JAPANESE_SIDEBAR)
    page = segment("\n\n".join(lines), mode="text")
    region = region_module.find_region(page)
    assert region is not None
    assert [page.blocks[k].text for k in range(region.start, region.end)] == list(JAPANESE_PROSE)
    assert kept(text_region, page) == list(JAPANESE_PROSE)


# A column of entermedia.co.kr: Korean attaches its particles to the words, so the
# stop-word list finds few of them even in prose.
KOREAN_PARAGRAPH = (
    "여기에 여주인공 지은한을 연기하는 남상미 역시 주목할 만한 연기를 보여준다. 사실 이 "
    "드라마에서 남상미는 독보적으로 움직였다. 시어머니 민자영을 연기한 이미숙은 그녀의 매력을 "
    "보여주기에는 작품에서 생각보다 비중이 그리 크지 않다. 지은한을 지키는 남자주인공 한강우 "
    "역의 김재원은 그냥 듬직한 모습만 보여주면 이 드라마에서의 역할이 끝난다."
)


def test_a_paragraph_of_several_sentences_is_no_teaser_line() -> None:
    features = region_module.line_features([KOREAN_PARAGRAPH], "ko")[0]
    assert features.stopword_density is not None
    assert features.stopword_density < region_module.NEAR_DENSITY
    found, why = region_module._classify(
        Block(index=0, kind="paragraph", text=KOREAN_PARAGRAPH), features, region_module._Limits()
    )
    assert (found, why) == ("near", "several sentences")
    # One long line poor in stop words, without sentences, stays a teaser or a list.
    names = "Smith, Jones, Brown, Taylor, Wilson, Davies, Evans, Thomas, Roberts, Johnson " * 4
    features = region_module.line_features([names], "en")[0]
    found, why = region_module._classify(
        Block(index=0, kind="paragraph", text=names), features, region_module._Limits()
    )
    assert (found, why) == ("bad", region_module.FEW_STOPWORDS)


# A recipe's list of ingredients: short lines that read as nothing in particular, and a
# few without a stop word, which read as chrome.
INGREDIENTS = (
    "two cups of flour",
    "a pinch of salt",
    "one egg, beaten",
    "fresh basil leaves",
    "half a cup of milk",
    "a spoon of sugar",
    "unsalted butter",
    "zest of one lemon",
    "a handful of raisins",
    "chopped fresh mint",
    "a little vanilla",
    "honey to serve",
    "whipped cream",
    "a few almonds",
    "cold water as needed",
    "sunflower oil",
    "icing sugar to dust",
)


def test_a_long_list_of_short_lines_does_not_end_the_article() -> None:
    # (prose from two excerpts above, so that each part outweighs the list between)
    before = (*ALJAZEERA_START, *ALJAZEERA_REST)
    after = (GIVEWELL[7], GIVEWELL[19], GIVEWELL[20])
    lines = (*ALJAZEERA_MENU, *before, *INGREDIENTS, *after, *ALJAZEERA_FOOT)
    page = segment("\n\n".join(lines), mode="text")
    region = region_module.find_region(page)
    assert region is not None
    texts = [block.text for block in page.blocks]
    assert texts[region.start] == before[0]
    assert texts[region.end - 1] == after[-1]
    # A band of as many lines that read as chrome does end it: the two parts are apart.
    chrome = tuple(f"Video › {name}" for name in INGREDIENTS)
    lines = (*ALJAZEERA_MENU, *before, *chrome, *after, *ALJAZEERA_FOOT)
    page = segment("\n\n".join(lines), mode="text")
    region = region_module.find_region(page)
    assert region is not None
    texts = [block.text for block in page.blocks]
    spans_both = region.start <= texts.index(before[0]) and region.end > texts.index(after[0])
    assert not spans_both


# An India Post article, flattened: a list of teasers (headline and opening lines of
# other stories, long enough to read as prose), then the article's own headline, its
# date and byline lines, and its text.
INDIAPOST_TITLE = "With shattered dreams, deportees return home from US | India Post"
INDIAPOST_TEASERS = (
    "Indian-origin man pleads guilty to fraud scheme in US NEW YORK: An Indian-origin man "
    "has pleaded guilty to theft, embezzlement and misapplication of bank funds in "
    "connection with a fraud scheme to illegally make loans. Raminder Singh Rekhi, 41,...",
    "UN ‘regrets’ new US position on legality of Israeli settlements UNITED NATIONS: United "
    "Nations Secretary General Antonio Guterres has regretted the announcement made by the "
    "Trump administration that it no longer believes the Israeli settlements in the "
    "Palestinian territories are...",
    "All schools, colleges in J-K open; attendance 98pc: Govt NEW DELHI: All schools and "
    "colleges are now open in Jammu and Kashmir and there is 98 per cent attendance in "
    "these institutions, the government told Parliament on Wednesday. It...",
)
INDIAPOST_HEAD = (
    "With shattered dreams, deportees return home from US",
    "November 20",
    "15:23 2019",
    "Print This Article Share it With Friends",
)
INDIAPOST_TEXT = (
    "NEW DELHI: Their American dream shattered and huge savings wasted, nearly 150 Indians "
    "returned home broke on Wednesday after being deported for either violating visa norms "
    "or illegally entering the United States.",
    "“I boarded a flight on May 15 and reached Mexico via Moscow and Paris. From there, I "
    "tried to enter California on May 16 but was caught by police and deported from "
    "Arizona,” he said.",
    "The special aircraft carrying the deportees landed at the T3 terminal of the Delhi "
    "airport at 6am, an airport official said. The aircraft reached India via Bangladesh.",
)


def test_a_headline_and_its_date_line_open_the_article() -> None:
    lines = (
        INDIAPOST_TITLE,
        *ALJAZEERA_MENU,
        *INDIAPOST_TEASERS,
        *INDIAPOST_HEAD,
        *INDIAPOST_TEXT,
        *ALJAZEERA_FOOT,
    )
    page = segment("\n\n".join(lines), mode="text")
    region = region_module.find_region(page)
    assert region is not None
    texts = [block.text for block in page.blocks]
    assert texts[region.start] == INDIAPOST_HEAD[0]
    reasons = dropped(text_region, page)
    assert {reasons[teaser] for teaser in INDIAPOST_TEASERS} == {"before_article"}
    assert all(line not in reasons for line in INDIAPOST_TEXT)
    # Without its date line, a title repeated inside the prose is no such opening (a
    # video's caption, a recipe card): the run keeps what comes before it.
    undated = tuple(line for line in lines if line not in INDIAPOST_HEAD[1:3])
    page = segment("\n\n".join(undated), mode="text")
    assert {dropped(text_region, page).get(teaser) for teaser in INDIAPOST_TEASERS} == {None}


# A recipe page whose recipe card repeats the title, with a date, under the
# introduction: the introduction is the article's own opening, not teasers.
RECIPE_TITLE = "Grandma's apple cake with cinnamon crumble"
RECIPE_INTRO = (
    "My grandmother baked this cake every autumn when the apples in her garden were ripe, "
    "and the smell of cinnamon filled the whole house for days afterwards.",
    "It is a simple cake that needs no mixer and no special tins, and it keeps for several "
    "days in a closed box, if anyone manages to leave some of it uneaten.",
    "The crumble is the secret: use cold butter and rub it into the flour with your "
    "fingertips until it looks like coarse sand, then chill it while the oven heats.",
)
RECIPE_STEPS = (
    "Preheat the oven to 180 degrees and butter a round tin of about twenty-four "
    "centimetres, then dust it with a little flour and tap out the rest of it.",
    "Peel and slice the apples thinly, toss them with the lemon juice and the sugar, and "
    "leave them in a bowl while you make the batter for the cake.",
    "Beat the eggs with the sugar until pale, fold in the flour and the melted butter, pour "
    "the batter into the tin and lay the apple slices over the top.",
)


def test_a_title_repeated_with_a_date_inside_the_article_keeps_what_is_above() -> None:
    menu = ("Home", "Recipes", "Baking")
    lines = (RECIPE_TITLE, *menu, *RECIPE_INTRO, RECIPE_TITLE, "12.05.2023", *RECIPE_STEPS)
    article = clean("\n\n".join(lines), mode="text")
    kept_lines = [paragraph.text for paragraph in article.paragraphs]
    assert all(line in kept_lines for line in (*RECIPE_INTRO, *RECIPE_STEPS))
