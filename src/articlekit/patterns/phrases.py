"""Junk phrases, per kind and per language: the one place where they live.

Each entry is a regular expression (``regex`` syntax, matched case-insensitively, with
runs of spaces matching any whitespace). Most are plain phrases. How a kind is matched
(anywhere in a block, at its start, or as the whole block) is decided by the filter
that uses it and documented there; :func:`articlekit.patterns.compile_phrases` builds
one alternation per kind over all languages, because pages mix languages (an English
"Share on Facebook" bar on a German article is common).

Languages: en, de, fr, es, it, zh, plus nl, pt, pl and ru where the benchmark pages
showed them. Add a language by adding its key to every kind that applies.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

__all__ = ["CRUMB_SEPARATORS", "PHRASES"]

_COOKIE: Final = {
    # Matched anywhere in a block of at most a few sentences (cookie_notice filter).
    "en": (
        r"(?:uses|use of|we use|using) cookies",
        r"cookie (?:policy|settings|preferences|consent|notice|statement)",
        r"accept (?:all )?cookies",
        r"privacy (?:&|and) cookies? policy",
        r"manage (?:your )?(?:cookie|privacy|consent) (?:settings|preferences|choices)",
        r"we value your privacy",
        r"by continuing to (?:use|browse) (?:this|our) (?:site|website)",
        r"you can opt[- ]out if you wish",
        r"consent to (?:the use of|our use of) cookies",
    ),
    "de": (
        r"verwendet cookies",
        r"verwenden cookies",
        r"nutzt cookies",
        r"nutzen cookies",
        r"einsatz von cookies",
        r"cookie-(?:einstellungen|richtlinie|hinweis)",
        r"alle cookies akzeptieren",
        r"cookies zulassen",
        r"datenschutzeinstellungen",
        r"mit der nutzung (?:dieser|unserer) (?:website|seite) stimmen sie",
    ),
    "fr": (
        r"utilis(?:e|ons|ent) des cookies",
        r"cookies et (?:autres )?traceurs",
        r"param[ée]trer (?:les |mes |vos )?cookies",
        r"utilisation (?:des|de) cookies",
        r"accepter (?:tous )?les cookies",
        r"paramètres (?:des )?cookies",
        r"politique (?:de|relative aux) cookies",
        r"gérer (?:mes|vos) (?:choix|préférences)",
    ),
    "es": (
        r"utiliza(?:mos)? cookies",
        r"uso de cookies",
        r"aceptar (?:todas )?(?:las )?cookies",
        r"política de cookies",
        r"configuración de cookies",
    ),
    "it": (
        r"utilizza(?:mo)? (?:i )?cookie",
        r"uso dei cookie",
        r"accetta (?:tutti )?i cookie",
        r"informativa (?:sui|estesa sui) cookie",
        r"cookie policy",
    ),
    "zh": (
        r"使用cookie",
        r"使用 cookie",
        r"接受所有cookie",
        r"隐私政策和cookie",
        r"我们使用cookies?",
    ),
    "nl": (r"gebruikt cookies", r"maakt gebruik van cookies", r"cookies accepteren"),
    "pt": (r"utiliza(?:mos)? cookies", r"política de cookies", r"aceitar cookies"),
    "pl": (r"używa(?:my)? (?:plików )?cookies", r"polityka cookies", r"pliki cookie"),
    "ru": (
        r"(?:мы )?использу(?:ем|ет) (?:файлы )?cookie",
        r"файл(?:ы|ов)? cookie",
        r"использовани[ея] (?:файлов )?cookie",
    ),
}

_COMMENTS: Final = {
    # Comment sections and comment forms, matched anywhere in a short block (comments
    # filter). These are the phrases of the WordPress, Disqus and news-site forms.
    "en": (
        r"leave a (?:comment|reply)",
        r"post a comment",
        r"add (?:a|your) comment",
        r"your email address will not be published",
        r"required fields are marked",
        r"notify me of (?:follow-up comments|new posts|new comments)",
        r"this site uses akismet to reduce spam",
        r"learn how your comment data is processed",
        r"save my name, email,? and website",
        r"cancel reply",
        r"you must be logged in to post a comment",
        r"comments are closed",
        r"you must be logged in to (?:post|comment|reply)",
        r"^(?:\d+ )?thoughts? on ",
        r"^\d+ (?:comments?|responses?|replies)$",
        r"^comments?(?: \(\d+\))?$",
        r"^(?:no|one) (?:comments?|responses?)(?: yet)?$",
        r"join the (?:conversation|discussion)",
        r"view comments",
        r"show comments",
        r"log in to comment",
        r"commenting (?:guidelines|policy)",
        r"^reply$",
        # the comment form's own messages, and its moderation notice
        r"your comment (?:is|was|will be|has been|is awaiting)\b",
        r"comments are (?:moderated|subject to (?:moderation|our community guidelines))",
        r"(?:we are )?(?:temporarily )?moderating (?:all )?(?:new )?comments",
        r"(?:to|in order to) (?:leave|post) a comment",
        # the Disqus widget's own line, left in the page where the script did not run
        r"comments powered by disqus",
    ),
    "de": (
        r"(?:schreibe|hinterlasse) einen kommentar",
        r"kommentar (?:zu )?(?:schreiben|verfassen|hinterlassen|abschicken|absenden)",
        # the comment form's own messages ("Ihr Kommentar ist zu lang", "... wurde
        # gespeichert", "Beim Absenden Ihres Kommentars ist ein Fehler aufgetreten")
        r"(?:ihr|dein) kommentar (?:ist|wurde|wird|muss)\b",
        r"(?:beim )?absenden (?:ihres|deines) kommentars?",
        r"deine e-mail-adresse wird nicht veröffentlicht",
        r"ihre e-mail-adresse wird nicht veröffentlicht",
        r"erforderliche felder sind (?:mit \* )?markiert",
        r"benachrichtige mich über",
        r"^\d+ kommentare?$",
        r"^kommentare?(?: \(\d+\))?$",
        r"kommentare (?:anzeigen|lesen|geschlossen|schreiben)",
        r"^kommentieren$",
        r"^keine kommentare\b",
        r"^kommentarfeed\b",
        r"sie müssen (?:sich )?(?:einloggen|angemeldet sein|registriert sein)",
        r"^(?:\d+ )?(?:leser)?kommentare? (?:zu|zum) ",
        r"diese website verwendet akismet",
        r"netiquette",
        r"(?:sie sind|du bist) (?:aktuell |derzeit )?nicht eingeloggt",
        r"^antworten$",
        r"kommentare werden (?:moderiert|vor der (?:veröffentlichung|freischaltung) geprüft)",
    ),
    "fr": (
        r"laisser un commentaire",
        r"(?:laisser|écrire) une réponse",
        r"votre adresse (?:e-mail|de messagerie|email) ne sera pas publiée",
        r"les champs obligatoires sont indiqués",
        r"prévenez-moi de tous les nouveaux",
        r"ce site utilise akismet",
        r"^\d+ commentaires?$",
        r"^commentaires?$",
        r"^répondre$",
        r"les commentaires sont modérés",
    ),
    "es": (
        r"deja (?:un comentario|una respuesta)",
        r"dejar un comentario",
        r"tu dirección de correo electrónico no será publicada",
        r"los campos obligatorios están marcados",
        r"este sitio usa akismet",
        r"^\d+ comentarios?$",
        r"^sin comentarios$",
        r"^comentarios?$",
        r"^responder$",
        r"los comentarios (?:son moderados|están sujetos a moderación)",
    ),
    "it": (
        r"lascia un commento",
        r"lascia una risposta",
        r"il tuo indirizzo email non sarà pubblicato",
        r"i campi obbligatori sono contrassegnati",
        r"questo sito usa akismet",
        r"^\d+ commenti$",
        r"^commenti$",
        r"^rispondi$",
    ),
    "zh": (
        r"发表评论",
        r"发表回复",
        r"您的电子邮箱地址不会被公开",
        r"必填项已用\s*\*\s*标注",
        r"^评论(?:\s*\(\d+\))?$",
        r"^\d+\s*条评论$",
        r"网友评论",
    ),
    "nl": (r"laat een reactie achter", r"je e-mailadres wordt niet gepubliceerd", r"^reacties$"),
    "pt": (
        # WordPress's Portuguese forms (pt_PT and pt_BR)
        r"deixe (?:um comentário|uma resposta)",
        r"cancelar resposta",
        r"o seu endereço de e-?mail não será publicado",
        r"campos obrigatórios (?:são )?marcados com",
        r"salvar meus dados neste navegador",
        r"(?:os )?comentários (?:são moderados|.{0,100}não serão (?:aprovados|publicados))",
    ),
    "pl": (r"dodaj komentarz", r"twój adres e-mail nie zostanie opublikowany", r"^komentarze$"),
    "ru": (
        r"(?:оставить|оставьте|добавить|написать|напишите) (?:комментарий|отзыв)",
        r"ваш (?:адрес )?e-?mail не будет опубликован",
        r"обязательные поля помечены",
        r"^(?:\d+ )?(?:комментари(?:й|я|ев|и)|отзыв(?:ы|а|ов)?)(?: \(\d+\))?$",
        r"чтобы (?:оставить|написать|добавить) комментарий",
    ),
}

_RELATED: Final = {
    # Links to other articles, matched at the start of a block (related_links filter).
    "en": (
        r"see also",
        r"read (?:more|also|next)\b",
        r"also read",
        r"related(?: (?:articles?|posts?|stories|content|news|coverage|reading|topics|links))?\b",
        r"you (?:may|might) (?:also )?(?:like|enjoy|be interested)",
        r"(?:you|we) recommend",
        r"recommended(?: for you| stories| articles| reading)?\b",
        r"most (?:read|popular|viewed|shared|commented)\b",
        r"more (?:from|on|stories|news|articles|in)\b",
        # a label naming the site or the kind: "More Great WIRED Stories"
        r"more (?:[\w'’]+ ){1,3}(?:stories|articles)$",
        r"don'?t miss\b",
        r"trending(?: now| stories)?\b",
        r"popular (?:posts|stories|articles|now)",
        r"latest (?:news|stories|posts|articles)",
        r"further reading",
        r"(?:previous|next) (?:post|article|story)\b",
        r"other (?:articles|stories|news)\b",
        r"editor'?s picks",
        r"top stories",
        r"what to read next",
        r"continue reading",
        r"keep reading$",
        r"click here to read",
    ),
    "de": (
        r"siehe auch",
        r"lesen sie (?:auch|mehr|hier)",
        r"(?:das )?könnte sie auch interessieren",
        r"sie könnten auch (?:an|interessiert)",
        r"auch interessant",
        r"mehr zum thema",
        r"weitere (?:artikel|beiträge|nachrichten|meldungen|themen|informationen)",
        r"(?:zum )?weiterlesen",
        r"ähnliche (?:artikel|beiträge|themen)",
        r"meistgelesen",
        r"(?:am )?meist(?:en )?gelesen",
        r"empfohlene (?:artikel|beiträge)",
        r"verwandte (?:artikel|themen|beiträge)",
        r"das (?:könnte|dürfte) sie auch interessieren",
        r"zum thema",
        r"top-?themen",
        r"beliebte (?:artikel|beiträge)",
        r"neueste (?:artikel|beiträge)",
        r"mehr (?:aus|zu|von)\b",
        r"weiterführende (?:informationen|links|artikel|themen)",
        r"empfehlungen (?:aus|der|für)\b",
        r"ähnliche (?:nachrichten|meldungen|beiträge|artikel|themen)",
        r"das könnte (?:dich|sie|euch) (?:auch )?interessieren",
        r"passend zum thema",
    ),
    "fr": (
        r"voir aussi",
        r"à lire aussi",
        r"lire aussi",
        r"lire la suite",
        r"sur le même sujet",
        r"vous (?:aimerez|pourriez aimer) aussi",
        r"articles? (?:similaires|liés|connexes|recommandés)",
        r"les plus (?:lus|populaires|partagés)",
        r"à (?:ne pas manquer|découvrir)",
        r"plus d'articles",
    ),
    "es": (
        r"ver también",
        r"lee también",
        r"leer más",
        r"te puede interesar",
        r"también te (?:puede|podría) (?:interesar|gustar)",
        r"(?:noticias|notas|artículos|entradas) relacionad[oa]s",
        r"artículos relacionados",
        r"lo más (?:leído|visto|popular)",
        r"más noticias",
        r"no te pierdas",
    ),
    "it": (
        r"vedi anche",
        r"leggi anche",
        r"leggi (?:di più|tutto)",
        r"potrebbe interessarti",
        r"ti potrebbe(?:ro)? (?:interessare|piacere)",
        r"articoli correlati",
        r"notizie correlate",
        r"i più letti",
        r"più (?:letti|visti|popolari)",
        r"altre notizie",
    ),
    "zh": (
        r"相关(?:阅读|文章|新闻|推荐|链接)",
        r"延伸阅读",
        r"推荐阅读",
        r"你(?:可能|也许)(?:还)?(?:喜欢|感兴趣)",
        r"猜你喜欢",
        r"热门(?:文章|新闻|推荐)",
        r"阅读更多",
        r"更多(?:新闻|文章|精彩)",
        r"热点推荐",
    ),
    "nl": (r"lees ook", r"lees meer", r"gerelateerde artikelen", r"meest gelezen"),
    "pt": (
        r"leia (?:também|mais)",
        r"veja também",
        r"(?:você|voce) (?:também )?(?:pode|vai|poderá) (?:gostar|se interessar)",
        r"(?:notícias|posts|artigos|matérias) relacionad[oa]s",
        r"mais lidas",
    ),
    "pl": (r"czytaj (?:także|też|więcej)", r"zobacz (?:też|także|również)", r"polecamy"),
    "ru": (
        r"читайте (?:также|тоже|ещё|еще)",
        r"смотрите также",
        r"см\. также",
        r"похожие (?:статьи|записи|материалы|новости|публикации)",
        r"(?:самые )?(?:популярные|читаемые|обсуждаемые) (?:статьи|записи|материалы|новости)",
        # a heading of its own ("Самые популярные диеты"), not a sentence that starts so
        r"самые (?:популярные|читаемые|обсуждаемые)(?: \w+)?$",
        r"другие (?:статьи|новости|материалы|публикации)",
        r"(?:ещё|еще|новости|материалы) по теме",
        r"вам (?:также )?(?:может|могут) (?:понравиться|быть интересн)",
        r"рекомендуем (?:прочитать|почитать)",
    ),
}

_SHARE: Final = {
    # Share, follow and newsletter prompts, matched anywhere in a short block
    # (share_prompts filter).
    "en": (
        r"share (?:this|on|via|with|the article|the story|article|story|post|page)\b",
        r"^share$",
        r"click to (?:share|print|email)",
        r"(?:like|follow) us on",
        r"follow (?:us|@)",
        r"(?:sign up|subscribe) (?:for|to) (?:our|the) (?:\w+ ){0,2}(?:newsletters?|emails?|updates)",
        r"subscribe to (?:our|the) (?:channel|podcast|feed)",
        r"get (?:our|the) (?:\w+ )?newsletter",
        r"join (?:our|the) (?:mailing list|newsletter)",
        r"^(?:tweet|pin it|email|print|whatsapp|facebook|twitter|linkedin|reddit)$",
        r"share (?:on|to) (?:facebook|twitter|linkedin|whatsapp|reddit|pinterest|email|x)\b",
        r"email this (?:article|story|page)",
        r"^(?:facebook|twitter|linkedin|pinterest|whatsapp|email|reddit)(?: (?:facebook|twitter|linkedin|pinterest|whatsapp|email|reddit|print|copy link))+$",
        r"copy link",
        r"(?:keep up|connect) with (?:me|us) on",
        r"chat with us (?:in|on) (?:facebook )?messenger",
        r"(?:please )?subscribe to (?:read|view|continue|the full)",
        r"to (?:view|read|continue reading) the full (?:story|article)(?:,)? (?:please )?subscribe",
        r"^(?:newsletter|subscribe)$",
        r"^subscribe (?:to|now|today)\b",
        r"(?:would you|please) consider supporting",
        r"support (?:our|independent) (?:work|journalism|reporting)",
        r"become a (?:member|subscriber|supporter|patron)\b",
        r"already a subscriber",
        r"sign up here",
        r"share it with a friend",
        r"was this (?:article|post|page) helpful",
        r"rate this (?:article|post|recipe)",
        # the reader asked to report a mistake ("found an error?" would make "found",
        # a common word, this set's literal)
        r"spotted (?:an error|a typo|a mistake)\?",
        r"right (?:in|to) your inbox",
        r"delivered (?:to|in) your inbox",
        r"follow (?:[\w'’@]+ ){1,6}on (?:facebook|twitter|instagram|linkedin)",
    ),
    "de": (
        r"(?:artikel|beitrag|seite) teilen",
        r"^teilen$",
        r"teilen (?:auf|mit|per)\b",
        r"einen #?fehler gefunden\?",
        r"folgen sie uns",
        r"folge uns",
        r"newsletter (?:abonnieren|bestellen|anmelden)",
        r"(?:zum|für den) newsletter anmelden",
        r"(?:jetzt )?newsletter abonnieren",
        r"^(?:drucken|per e-mail versenden|e-mail)$",
        r"link kopieren",
        r"benachrichtigung aktivieren",
        r"(?:rezept|artikel|seite) drucken",
        r"rss-feed abonnieren",
        r"als pdf herunterladen",
        r"(?:den|diesen) artikel bewerten",
        r"war (?:der|dieser) (?:artikel|beitrag) (?:nützlich|hilfreich)",
        r"noch keine bewertungen",
        r"jetzt (?:mitglied|abonnent|unterstützer) werden",
    ),
    "fr": (
        r"partager (?:sur|cet article|par)\b",
        r"^partager$",
        r"suivez-nous",
        r"abonnez-vous à (?:notre|la) newsletter",
        r"inscrivez-vous à (?:notre|la) newsletter",
        r"recevez (?:notre|la) newsletter",
    ),
    "es": (
        r"compartir (?:en|este|esta)\b",
        r"^compartir$",
        r"síguenos",
        r"suscríbete a (?:nuestro|nuestra) (?:boletín|newsletter)",
        r"recibe (?:nuestro|nuestra) (?:boletín|newsletter)",
        r"hazte (?:miembro|socio|suscriptor)",
        r"únete (?:a nuestro|desde tu)",
        r"cancela cuando quieras",
    ),
    "it": (
        r"condividi (?:su|questo|questa)\b",
        r"^condividi$",
        r"seguici su",
        r"iscriviti alla (?:nostra )?newsletter",
        r"ricevi la (?:nostra )?newsletter",
    ),
    "zh": (
        r"分享到",
        r"^分享$",
        r"关注我们",
        r"订阅(?:我们的)?(?:新闻|电子报|邮件)",
        r"扫一扫",
        r"微信扫码",
    ),
    "nl": (r"deel dit artikel", r"volg ons op", r"schrijf je in voor (?:onze|de) nieuwsbrief"),
    "pt": (r"compartilh(?:e|ar) (?:no|este|esta)\b", r"siga-nos", r"assine (?:a|nossa) newsletter"),
    "pl": (
        r"udostępnij",
        r"obserwuj nas",
        r"zapisz się do newslettera",
        r"zapraszamy (?:też |także )?do subskrypcji",
        r"^drukuj$",
    ),
    "ru": (
        r"поделит(?:ься|есь)",
        r"(?:подписывайтесь|подпишитесь) на (?:нас|наш|нашу|наши)",
        r"мы в (?:соцсетях|социальных сетях)",
        r"^(?:вконтакте|одноклассники|телеграм|печать)$",
    ),
}

_DISCLAIMER: Final = {
    # Site disclaimers and legal lines, matched at the start of a block (disclaimer
    # filter).
    "en": (
        r"disclaimer\b",
        r"statement: the information (?:provided )?on this (?:web)?site",
        r"the (?:views|opinions) expressed (?:here|in this|on this|by)",
        r"this (?:article|content|post|material) is for (?:general )?informational purposes only",
        r"(?:copyright|©) ?(?:\d{4}|©)",
        r"all rights reserved",
        r"this (?:article|material|story) may not be (?:published|reproduced)",
        r"(?:affiliate|advertising) disclosure",
        r"we may earn a commission",
        r"this (?:post|article|page) (?:may )?contains? (?:affiliate links|references to products)",
        r"this entry was posted in\b",
        r"suggested citation\b",
        r"this (?:article|work|text|post) is licensed under\b",
    ),
    "de": (
        r"haftungsausschluss",
        r"alle rechte vorbehalten",
        r"(?:hinweis|disclaimer): (?:die|diese) (?:informationen|inhalte)",
        r"dieser (?:artikel|beitrag) enthält (?:affiliate|werbe)",
        r"alle angaben ohne gewähr",
        r"dieser (?:text|artikel|beitrag) (?:wurde veröffentlicht|steht) unter (?:der )?lizenz",
    ),
    "fr": (
        r"avertissement\b",
        r"tous droits réservés",
        r"mentions légales",
        r"les (?:opinions|propos) exprimé(?:e|)s",
    ),
    "es": (r"aviso legal", r"todos los derechos reservados", r"descargo de responsabilidad"),
    "it": (r"tutti i diritti riservati", r"note legali", r"esclusione di responsabilità"),
    "zh": (r"声明[:：]", r"免责声明", r"版权所有", r"未经授权.{0,10}不得转载"),
    "nl": (r"alle rechten voorbehouden",),
    "pt": (r"todos os direitos reservados",),
    "pl": (r"wszelkie prawa zastrzeżone",),
    "ru": (r"все права защищены", r"при (?:использовании|копировании) материалов"),
}

_BYLINE: Final = {
    # Byline and article-meta fragments, matched against the whole of a short block
    # (byline filter). The article's real authors go to Article.authors from metadata.
    # Letters are written in lower case and [^\W\d_] stands for any letter (matching
    # ignores case), so that a quick standard-library check can reject most blocks.
    "en": (
        r"by admin",
        r"(?:posted|written|published|published|reported|edited) by\b.*",
        r"by [^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*){0,3}(?: (?:and|&) [^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*){0,3})?",
        r"(?:author|source of this article|source|responsible editor|editor|reporter)s?\s*[:：].*",
        r"(?:[^\W\d_][\w.&'’-]* ){1,5}(?:staff )?(?:reporter|correspondent|staff writer)s?",
        r"(?:updated|published|posted)(?: on)?:? .{0,40}\d.{0,30}",
        r"\d+ min(?:ute)?s? read",
        r"[\d,.]+ ?[km]? (?:views|reads)",
        r"filed under:? .*",
        # the label of an author box ("About the author" above the biography)
        r"about the authors?",
    ),
    "de": (
        r"von [^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*){0,3}",
        r"(?:autor|autorin|quelle|redaktion)\s*:.*",
        r"(?:veröffentlicht|aktualisiert) am .{0,40}",
        r"veröffentlichung:? .{0,40}",
        r"verfasst von:? .*",
        r"von:",
        r"lesezeit:? \d+ min(?:uten?)?",
        r"[\d.]+ (?:aufrufe|mal gelesen)",
        r"über (?:den|die) autor(?:in|en|innen)?",
    ),
    "fr": (
        r"par [^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*){0,3}",
        r"(?:auteur|source)\s*:.*",
        r"publié le .{0,40}",
        r"temps de lecture ?:? \d+ min(?:utes?)?",
        r"(?:à propos de )?l'auteure?",
    ),
    "es": (
        r"por [^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*){0,3}",
        r"(?:autor|fuente)\s*:.*",
        r"publicado el .{0,40}",
        r"(?:[\d/.-]+ [-–|] )?publicado por\b.*",
        r"tiempo de lectura ?:? \d+ min(?:utos?)?",
        r"(?:sobre|acerca de)l? (?:el |la )?autora?",
    ),
    "it": (
        r"di [^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*){0,3}",
        r"(?:autore|fonte)\s*:.*",
        r"pubblicato il .{0,40}",
        r"tempo di lettura ?:? \d+ min(?:uti)?",
        r"(?:informazioni )?sull'autore",
    ),
    "zh": (
        r"(?:作者|来源|责任编辑|编辑|记者)[:：].*",
        r".{0,12}(?:记者|通讯员).{0,8}",
        r"文章来源[:：].*",
    ),
    "nl": (r"door [^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*){0,3}",),
    "pt": (
        r"por [^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*){0,3}",
        # "05/10/2018 - Publicado por: X - Categoria: Saúde"
        r"(?:[\d/.-]+ [-–|] )?publicado (?:por|em)\b.*",
        r"tempo de leitura ?:? \d+ minutos?",
    ),
    "pl": (r"autor:.*", r"o autorze"),
    "ru": (r"автор:.*", r"об авторе"),
}

# What separates the crumbs of a breadcrumb trail ("Home » World » <headline>"), read
# by the breadcrumb filter and by text mode's title finder.
CRUMB_SEPARATORS: Final = "»›>/|→"

_HOME: Final = {
    # The first crumb of a breadcrumb trail (breadcrumb filter), matched as a whole word.
    "en": (r"home", r"homepage", r"start", r"main page", r"news"),
    "de": (r"startseite", r"start", r"home", r"übersicht"),
    "fr": (r"accueil",),
    "es": (r"inicio", r"portada"),
    "it": (r"home", r"pagina iniziale"),
    "zh": (r"首页", r"主页", r"当前位置"),
    "nl": (r"home", r"voorpagina"),
    "pt": (r"início", r"página inicial"),
    "pl": (r"strona główna",),
    "ru": (r"главная(?: страница)?",),
}

_PHOTO_CREDIT: Final = {
    # How a photo credit starts (photo_caption filter and the caption credit splitter):
    # a paragraph that ends in one of these is a caption. The credit is the text from
    # the last match to the end. Written in lower case (matching ignores case), which
    # lets the standard engine reject most texts quickly; [^\W\d_] is any letter.
    "en": (
        # (not inside a word: "Stockimage:"; a label before it belongs to it: "Featured
        # image by ...")
        r"(?<!\w)\(?(?:(?:featured|header|cover|lead|top|main) )?(?:photo(?:graph(?:er)?)?s?|image|picture|pic|illustration|graphic)s? ?(?:by|courtesy(?: of)?|credit|:)",
        r"(?:published|provided|released|distributed|handout) by [^.]{0,40}\(photo",
        r"(?:^|(?<=[.)]) ?)[^\W\d_][\w\s]{0,40}(?:reporter|photographer|correspondent) [^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*){0,2}$",
        r"(?:/|\||©) ?(?:ap|afp|pa|reuters|epa|getty images|shutterstock|xinhua|dpa|alamy|ansa|bloomberg|ians|pti)\b[^.]*$",
        r"\((?:ap|afp|reuters|epa|getty(?: images)?|shutterstock|xinhua|dpa|ansa)(?: photo)?(?:/[^)]*)?\)$",
        r"getty images$",
    ),
    # German writes its credit labels as compounds ("Archivfoto:", "Symbolbild:",
    # "Beitragsbild:", the ones the bench pages use):
    # those are whole leads, and "bild:" inside any other word is none.
    "de": (
        r"(?<!\w)\(?(?:(?:titel|beitrags|vorschau|header|teaser|presse|archiv|symbol|cover|agentur)?(?:foto|fotos|bild|bilder)|bildquelle) ?(?:von|:)",
    ),
    "fr": (r"(?<!\w)\(?(?:photo|crédits? photo) ?:",),
    "es": (r"(?<!\w)\(?(?:foto(?:grafía)?|imagen) ?(?:de|:)",),
    "it": (r"(?<!\w)\(?(?:foto|immagine) ?(?:di|:)",),
    "ru": (r"(?<!\w)\(?(?:фото(?:графия)?|изображение|иллюстрация) ?:",),
    "zh": (r"[（(]?(?:摄影|图片来源|图)[:：]", r"新华社(?:记者|发)?.{0,8}摄"),
}

_CREDIT_LEAD: Final = {
    # Generic credit leads: they split a credit off a caption that markup already
    # marked, but are too common in prose to make a paragraph a caption by themselves.
    # A news agency's name alone ("PA", "AFP via Getty", "Reuters"): the credit line of
    # a caption whose parts are separate elements. A Creative Commons licence
    # ("CC-BY-SA 2.0", "CC BY 4.0", "CC0") credits a photo in any language.
    "en": (
        r"\(?(?:credit|source|courtesy)s? ?:",
        r"courtesy of\b",
        r"©",
        r"^(?:ap|afp|pa|reuters|epa|dpa|getty(?: images)?)(?: ?(?:via|/) ?(?:getty(?: images)?|ap|afp|pa|reuters))?$",
        r"cc[- ]?(?:by|0)\b",
    ),
    "de": (r"\(?(?:quelle|grafik) ?:",),
    "fr": (r"\(?(?:crédits?|source) ?:",),
    "es": (r"\(?(?:crédito|fuente) ?:",),
    "it": (r"\(?(?:credito|fonte) ?:",),
    "zh": (r"来源[:：]",),
}

_PHOTO_CUE: Final = {
    # Phrases that say a text describes a photo, found anywhere in it (photo_caption
    # filter), mostly inside parentheses as news agencies write them.
    "en": (
        r"\(photo taken (?:on|in|at)\b[^)]*\)",
        r"\((?:file|aerial|undated|handout) photo[^)]*\)",
        r"\(drone (?:shot|photo)[^)]*\)",
        r"\((?:pictured|photo|photos|image)\b[^)]*\)",
        r"\b(?:pictured|seen) (?:here|above|below)\b",
        r"^this (?:is a )?(?:photo|picture|image)\b",
        # the news agencies' caption lead: "In this Dec. 12, 2006, file photo, ...",
        # "In this image released by ...", "In this photo taken on ..."
        r"^in this (?:(?:\w+day, )?\w{3,9}\.? \d{1,2}, \d{4},? )?"
        r"(?:file |undated |handout |aerial )?(?:photo(?:graph)?|image|picture|frame grab)\b",
        # a numbered figure's label: "Figure 3:", "Fig. 2a:"
        r"^(?:figure|fig\.) ?\d+[a-z]?\s?[:.]",
        # who stands where in a group photo: "From left: ...", "(L-R)"
        r"^(?:from )?left(?: to right)?[:,]",
        # (one phrase each: as one alternation its literals were "to" and "from")
        r"\(l-r\)",
        r"\(l to r\)",
        r"\(from left\)",
    ),
    "de": (
        r"\((?:archivbild|archivfoto|symbolbild)[^)]*\)",
        r"^(?:archivbild|symbolbild)\b",
        r"^von links(?: nach rechts)?[:,]",
        r"\(v\. ?l\.(?: ?n\. ?r\.)?\)",
        # "Abbildung:", "Abb. 2:" open a figure's caption
        r"^(?:abbildung|abb\.)(?: ?\d+[a-z]?)?\s?:",
    ),
    "fr": (
        r"\(photo d'archives[^)]*\)",
        r"^photo d'illustration\b",
        r"^figure ?\d+[a-z]?\s?:",
        r"^de gauche à droite ?[:,]",
    ),
    "es": (
        r"\(foto de archivo[^)]*\)",
        r"^imagen de archivo\b",
        r"^figura ?\d+[a-z]?\s?[:.]",
        r"^de izquierda a derecha[:,]",
    ),
    "it": (
        r"\(foto d'archivio[^)]*\)",
        r"^foto d'archivio\b",
        r"^figura ?\d+[a-z]?\s?[:.]",
        r"^da sinistra(?: a destra)?[:,]",
    ),
    "zh": (r"[（(](?:资料图片|资料图|无人机照片)[)）]", r"[（(].{0,20}摄[)）]"),
}

_CAPTION_LABEL: Final = {
    # The label that screen readers read before a caption ("Image caption", "Media
    # caption"), left in front of it when a page is flattened to text: a line that
    # starts with one is a caption, and the caption is what follows the label
    # (photo_caption filter, caption assembly). Alone, it is a control's label
    # (control_labels).
    "en": (r"(?:image|media|photo|picture|video) caption\b",),
    "de": (r"bildunterschrift\b",),
}

_GALLERY_COUNTER: Final = {
    # A slideshow's counter ("Image 1 of 23", "Bild 2 von 10", "16/28 photos", "1of4"):
    # alone a control's label (control_labels), in front of a caption left out of its
    # text (caption assembly). A bare "1/2" is no counter: recipes measure with it.
    "en": (
        r"(?:image|photo|picture|slide)s? \d+ ?(?:of|/) ?\d+",
        r"\d+ ?(?:of|/) ?\d+ (?:photos|images|pictures|slides)",
        r"\d+ ?of ?\d+",
    ),
    "de": (
        r"(?:bild|foto) \d+ ?(?:von|/) ?\d+",
        r"\d+ ?(?:von|/) ?\d+ (?:bildern|bilder|fotos)",
        r"\d+ von \d+(?! \w)",
    ),
    "fr": (r"(?:photo|image) \d+ ?(?:sur|/) ?\d+", r"\d+ sur \d+(?! \w)"),
    "es": (r"(?:foto|imagen) \d+ ?(?:de|/) ?\d+",),
    "it": (r"(?:foto|immagine) \d+ ?(?:di|/) ?\d+",),
}

_ADVERT: Final = {
    # Labels that stand alone above or below an advertisement (ad_labels filter),
    # matched against the whole block.
    "en": (
        r"advertisement",
        r"advertising",
        r"advert",
        r"sponsored(?: content| post)?",
        r"ad",
        r"promoted",
        r"story continues below(?: advertisement)?",
        r"continue reading below",
    ),
    "de": (r"anzeige", r"werbung", r"gesponsert", r"artikel wird unter der werbung fortgesetzt"),
    "fr": (r"publicité", r"sponsorisé", r"contenu sponsorisé"),
    "es": (r"publicidad", r"anuncio", r"patrocinado"),
    "it": (r"pubblicità", r"sponsorizzato"),
    "zh": (r"广告", r"推广"),
    "nl": (r"advertentie",),
    "pt": (r"publicidade",),
    "pl": (r"reklama",),
    "ru": (r"реклама", r"на правах рекламы"),
    "id": (r"iklan",),
}

_CONTROL: Final = {
    # The label of a button or a gallery control printed as text ("Caption" / "Close"
    # toggles under every photo of a slideshow), or a label that screen readers read
    # before a caption or its credit ("Image caption", "Image copyright", printed in
    # off-screen text), or the toggle of a text shown cut short ("... more" / "less"
    # around a caption's preview), or what a video player prints where it cannot play
    # ("Media playback is unsupported on your device"), or the title of a table of
    # contents (a navigation box, "Inhaltsverzeichnis" left above its removed links),
    # matched against the whole block (control_labels). Not a bare "More:": that leads a
    # list of related links.
    "en": (
        r"(?:table of )?contents",
        r"media playback is (?:unsupported|not supported) on your device",
        r"your browser does not support (?:the |this )?(?:video|audio)(?: tag| element| player)?",
        r"(?:\.\.\.|…) ?more",
        r"(?:(?:show|see|view) )?less",
        r"(?:show|see|view) more",
        r"caption",
        r"(?:show|hide) caption",
        r"(?:image|media|photo|picture|video) (?:copyright|credit|source)",
        r"close",
        r"open",
        r"expand",
        r"collapse",
        r"play",
        r"pause",
        r"mute",
        r"unmute",
        r"prev(?:ious)?",
        r"next",
        r"zoom(?: in| out)?",
        r"enlarge",
        r"(?:exit )?full ?screen",
        # what stands where a script will put something, and the page's search box
        r"loading",
        r"(?:toggle|open|close) (?:the )?(?:menu|navigation|search)",
        r"search",
        r"no (?:search )?results(?: found)?",
        # what a script-driven widget prints without its script
        r"this (?:slideshow|gallery|video|content) requires javascript",
        r"(?:please )?enable javascript(?: to (?:view|see|watch|use) [\w ]{1,40})?",
        r"javascript (?:is )?(?:required|disabled)(?: [\w ]{1,40})?",
    ),
    "de": (
        r"inhaltsverzeichnis",
        r"schließen",
        r"öffnen",
        r"vollbild",
        r"wird geladen",
        r"laden(?= ?(?:\.\.\.|…))",
        r"(?:menü|navigation) (?:ein- und ausklappen|öffnen|schließen|umschalten)",
        r"suche",
        r"suchen",
        r"keine (?:such)?ergebnisse(?: gefunden)?",
        r"bildunterschrift (?:anzeigen|ausblenden)",
        r"(?:mehr|weniger) anzeigen",
    ),
    "fr": (
        r"sommaire",
        r"table des matières",
        r"fermer",
        r"ouvrir",
        r"plein écran",
        r"agrandir",
        r"(?:voir|afficher) (?:plus|moins)",
        r"chargement(?: en cours)?",
        r"rechercher",
    ),
    "es": (
        r"(?:tabla de )?contenidos",
        r"índice(?: de contenidos)?",
        r"cerrar",
        r"abrir",
        r"pantalla completa",
        r"ampliar",
        r"ver (?:más|menos)",
        r"cargando",
        r"buscar",
    ),
    "it": (
        r"chiudi",
        r"apri",
        r"schermo intero",
        r"ingrandisci",
        r"caricamento(?: in corso)?",
        r"indice(?: dei contenuti)?",
        r"sommario",
    ),
    "zh": (r"关闭", r"打开", r"全屏", r"上一张", r"下一张"),
    "nl": (r"sluiten", r"volledig scherm", r"inhoudsopgave"),
    "pt": (r"fechar", r"tela cheia", r"índice", r"sumário"),
    "pl": (r"zamknij", r"pełny ekran", r"spis treści"),
    "ru": (
        r"закрыть",
        r"на весь экран",
        r"показать (?:ещё|еще|больше)",
        r"содержание",
        r"оглавление",
    ),
}

# The closing line that credits the newsroom's contributors ("Reporting by Jane Doe;
# additional reporting by ...; Editing by ...", "Associated Press writers A, B and C
# contributed to this report.", "Mit Material von dpa"), matched against the whole of a
# block (byline filter, reason byline). Agencies list many names: such a line may run
# longer than a byline.
_CONTRIBUTORS: Final = {
    "en": (
        r"\(?(?:additional )?(?:reporting|writing|editing) by .*",
        # (the line ends there: "Smith, who contributed to this report, said ..." is prose)
        r".{0,400} contributed (?:reporting(?: from [\w ,.]{1,40})?|to this (?:report|story|article))",
    ),
    "de": (r"\(?mit material (?:von|der|aus) .*", r"\(?mitarbeit: .*"),
}

# A date with nothing else: a dateline or a timestamp printed on a line of its own
# ("Nov. 20, 2019 5:52 AM EST", "23.10.2018", "15. Mai 2019, 05:28 Uhr",
# "segunda-feira, 22 de janeiro de 2018 às 0:13"), matched against the whole of a short block (byline
# filter, reason date_line). A date with its year, perhaps a time: a number alone is a
# count, and a time alone ("4:14 p.m.") opens an entry of a live blog.
# (a time with a dot or an "h" only before "Uhr"/"h": "3.50" alone is a price; a time
# zone is one of the common abbreviations: "19:49 best" is no time line)
_TIME: Final = (
    r"\d{1,2}(?::\d{2}(?::\d{2})?|[.h]\d{2}(?= ?(?:uhr|h)\b))(?: ?(?:[ap]\.?m\.?|uhr|h))?"
    r"(?: (?:(?:[ecmpah]|ce|ae)[sd]t|gmt|utc|cet|amt|bst|ist|jst|kst|mez|mesz))?"
)
# (a numeric date with a four-digit year of this or the last century, whose digits
# give the phrase set a literal to look for)
_NUMERIC_DATE: Final = r"\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2}"
_DATE_LINE: Final = {
    "en": (
        r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?"
        r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
        r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.? \d{1,2}(?:st|nd|rd|th)?,?"
        rf" \d{{4}}(?:,? ?(?:[-–|] )?(?:at )?{_TIME})?",
        rf"(?:{_NUMERIC_DATE})(?:,? ?(?:[-–|] )?(?:at |um |à |às )?{_TIME})?",
    ),
    "de": (
        r"(?:(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag),? )?\d{1,2}\. ?"
        r"(?:januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november"
        rf"|dezember) \d{{4}}(?:,? ?(?:[-–|] )?(?:um )?{_TIME})?",
    ),
    "fr": (
        r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) )?\d{1,2}(?:er)? "
        r"(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre"
        rf"|décembre) \d{{4}}(?:,? ?(?:[-–|] )?(?:à )?{_TIME})?",
    ),
    "es": (
        r"(?:(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo),? )?\d{1,2} de "
        r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre"
        rf"|diciembre) de \d{{4}}(?:,? ?(?:[-–|] )?(?:a las )?{_TIME})?",
    ),
    "pt": (
        r"(?:(?:(?:segunda|terça|quarta|quinta|sexta)-feira|sábado|domingo),? )?\d{1,2} de "
        r"(?:janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro"
        rf"|dezembro) de \d{{4}}(?:,? ?(?:[-–|] )?(?:às )?{_TIME})?",
    ),
}

PHRASES: Final = MappingProxyType(
    {
        "date_line": MappingProxyType(_DATE_LINE),
        "contributors": MappingProxyType(_CONTRIBUTORS),
        "cookie": MappingProxyType(_COOKIE),
        "comments": MappingProxyType(_COMMENTS),
        "related": MappingProxyType(_RELATED),
        "share": MappingProxyType(_SHARE),
        "disclaimer": MappingProxyType(_DISCLAIMER),
        "byline": MappingProxyType(_BYLINE),
        "home": MappingProxyType(_HOME),
        "photo_credit": MappingProxyType(_PHOTO_CREDIT),
        "photo_cue": MappingProxyType(_PHOTO_CUE),
        "credit_lead": MappingProxyType(_CREDIT_LEAD),
        "advert": MappingProxyType(_ADVERT),
        "control": MappingProxyType(_CONTROL),
        "caption_label": MappingProxyType(_CAPTION_LABEL),
        "gallery_counter": MappingProxyType(_GALLERY_COUNTER),
    }
)
"""Kind -> language -> phrase patterns."""
