"""comments: comment sections by markup (``comment_section``), comment forms by phrase
(``comment_form``)."""

from __future__ import annotations

import pytest

from articlekit import clean, segment
from articlekit.filters import comments
from tests.helpers import PROSE, article_page, dropped, html, html_page, kept, prose_html, text_page

PHRASES = {
    "en-leave-comment": "Leave a Comment",
    "en-leave-reply": "Leave a Reply Cancel reply",
    "en-email": "Your email address will not be published. Required fields are marked *",
    "en-notify": "Notify me of follow-up comments by email.",
    "en-akismet": (
        "This site uses Akismet to reduce spam. Learn how your comment data is processed."
    ),
    "en-count": "3 Comments",
    "en-closed": "Comments are closed.",
    "en-join": "Join the conversation",
    "de-schreibe": "Schreibe einen Kommentar",
    "de-email": "Deine E-Mail-Adresse wird nicht veröffentlicht.",
    "de-count": "12 Kommentare",
    "fr-laisser": "Laisser un commentaire",
    "fr-email": "Votre adresse e-mail ne sera pas publiée.",
    "es-deja": "Deja un comentario",
    "es-email": "Tu dirección de correo electrónico no será publicada.",
    "it-lascia": "Lascia un commento",
    "it-email": "Il tuo indirizzo email non sarà pubblicato.",
    "zh-post": "发表评论",
    "zh-email": "您的电子邮箱地址不会被公开。",
    "zh-count": "评论(12)",
    "de-netiquette": "Bitte registrieren Sie sich und halten Sie sich an unsere Netiquette.",
    "de-login": "Sie sind aktuell nicht eingeloggt.",
    "de-form-login": "Um einen Kommentar zu hinterlassen, loggen Sie sich bitte ein.",
    "de-form-error": "Beim Absenden Ihres Kommentars ist ein Fehler aufgetreten.",
    "de-form-long": "Ihr Kommentar ist zu lang. Es sind maximal 2048 Zeichen erlaubt.",
    "en-form-moderation": "Your comment is awaiting moderation.",
    "en-form-login": "Please log in to leave a comment.",
    "ru-leave": "Оставить комментарий",
    "ru-review": "Добавить отзыв",
    "ru-email": "Ваш адрес email не будет опубликован.",
    "ru-count": "12 комментариев",
    "en-moderated": "Comments are subject to our community guidelines, which can be viewed here.",
    "pt-moderated": "ATENÇÃO: Comentários ofensivos não serão aprovados pelo moderador.",
    "de-moderated": "Kommentare werden vor der Freischaltung geprüft.",
    "en-moderating": "Note: we are temporarily moderating all comments to deal with spam.",
    "en-disqus": "Please enable JavaScript to view the comments powered by Disqus.",
    "pt-reply": "Deixe uma resposta Cancelar resposta",
    "pt-email": (
        "O seu endereço de e-mail não será publicado. Campos obrigatórios são marcados com *"
    ),
}


@pytest.mark.parametrize("text", PHRASES.values(), ids=PHRASES.keys())
def test_drops_comment_form_phrases(text: str) -> None:
    page = text_page(text)
    assert dropped(comments, page) == {text: "comment_form"}


@pytest.mark.parametrize(
    "attributes",
    ['id="comments"', 'class="comment-list"', 'id="respond"', 'id="disqus_thread"',
     'class="commentRespond"', 'class="user-replies"', 'class="discussion"'],
)  # fmt: skip
def test_drops_everything_inside_comment_markup(attributes: str) -> None:
    comment = (
        "I grew up on that street and have never seen the water so high, thanks for the photos."
    )
    page = html(f"<div {attributes}><p>Anna M.</p><p>{comment}</p></div>")
    assert dropped(comments, page) == {"Anna M.": "comment_section", comment: "comment_section"}


def test_detail_quotes_the_phrase() -> None:
    (drop,) = comments(text_page("Leave a Reply")).drops
    assert drop.detail == "phrase 'Leave a Reply'"


def test_keeps_article_prose_about_comments() -> None:
    prose = (
        "The mayor did not reply to requests for comment, but in a statement posted on the "
        "council website she said that residents who want to leave a comment on the flood "
        "plan can do so until the end of the month, and that every comment would be read."
    )
    assert len(prose.split()) > 40
    page = text_page(prose)
    assert dropped(comments, page) == {}


@pytest.mark.parametrize(
    "text",
    [
        "The minister declined to comment.",
        "Her comments drew sharp criticism from the opposition.",
        "Der Minister wollte sich nicht äußern.",
    ],
)
def test_keeps_short_prose_that_mentions_comments(text: str) -> None:
    assert dropped(comments, text_page(text)) == {}


def test_ignores_a_comment_class_on_the_article_wrapper() -> None:
    # Themes put "has-comments" or "comments-open" on a wrapper of the whole post.
    page = segment(
        html_page(f'<div class="post comments-open"><article>{prose_html()}</article></div>')
    )
    assert dropped(comments, page) == {}


def test_keeps_prose_outside_comment_markup() -> None:
    page = html('<section id="comments"><p>First!</p></section>')
    assert kept(comments, page) == list(PROSE)


def test_clean_removes_a_wordpress_comment_area() -> None:
    area = (
        '<div id="comments" class="comments-area"><h2 class="comments-title">2 thoughts on '
        '\u201cFlood waters reach the old town\u201d</h2><ol class="comment-list"><li>'
        '<p>Stay safe everyone.</p></li></ol><div id="respond"><h3>Leave a Reply</h3>'
        "<p>Your email address will not be published.</p></div></div>"
    )
    article = clean(article_page(area))
    assert [p.text for p in article.paragraphs] == list(PROSE)
    assert article.removed_by_reason().get("comment_section", 0) >= 3
