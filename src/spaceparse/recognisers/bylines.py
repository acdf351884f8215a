"""Bylines and author values: who wrote the article, read the same way from markup and from text.

One function family, two entry points:

- :func:`split_authors`: one author value (a ``<meta name=author>``, a JSON-LD ``author``
  name, a byline element's text, or the names part of a byline line) -> the people in it;
- :func:`parse_byline`: one line of a page -> ``(authors, date)`` when it is a byline or a
  date line (``By A and B``, ``A | November 19, 2026``, ``Veröffentlicht am 12. Juni 2017
  von A``, ``Posted: 23-Oct-2016``), else ``None``. Its names go through :func:`split_authors`.

What a byline holds besides people is left out: the "By" word in many languages (``Von``,
``Par``, ``Por``, ``Door``, ``Av``, ``Af``, ``Di``, ``Oleh``, ``Yazar:``, ``Autor:``), job
titles (``Staff Writer``, ``CEO``, ``Managing Editor``), agencies and outlets (``AP``,
``cleveland.com``, the site's own name), credentials (``PhD``, ``MS, RD``), e-mail addresses
and handles, reader counters (``5 min read``, ``3 Kommentare``).
"""

from __future__ import annotations

import datetime as _dt
import functools
import html
import re

from .._prefilter import first_chars, may_start
from ..normalize import clean_line
from .dates import drop_weekday_and_time, find_date, relative_time
from .names import fold_accents, is_given_name
from .sites import site_key
from .urls import host_of

__all__ = [
    "BY_WORD",
    "blog_keys",
    "handle_beside_date",
    "is_agency",
    "is_counter_line",
    "is_organisation",
    "is_person_name",
    "is_role",
    "may_be_byline",
    "names_site",
    "opens_byline",
    "parse_byline",
    "site_keys_of",
    "split_authors",
    "strip_picture",
]

# -- the words around names ------------------------------------------------------------------

# "By" in many languages: en by, de von, fr par, es/pt por, nl door, no/sv av, da af, it di,
# id/ms oleh.
_BY_WORDS = r"by|von|par|por|door|av|af|di|oleh"
# Words that stand before "by" to introduce the author ("Posted by", "Ein Artikel von",
# "Veröffentlicht von"). After other words ("Stand by Me") only a full name makes a byline.
_AUTHOR_VERBS = frozenset(
    {
        "written", "words", "story", "text", "reporting", "report", "posted", "published", "analysis",
        "commentary", "opinion", "review", "interview", "article", "column", "essay", "blog", "post", "ein",
        "eine", "artikel", "kolumne", "beitrag", "kommentar", "geschrieben", "veröffentlicht", "verfasst",
        "erstellt", "gespeichert", "eingestellt", "gepostet", "eingetragen", "publié", "écrit", "rédigé",
        "une", "un", "tribune", "publicado", "escrito", "publicada", "escrita", "pubblicato",
        "scritto", "articolo", "geplaatst", "geschreven", "publicerad", "skriven", "skrevet", "publisert",
        "udgivet", "postado", "enviado", "submitted", "contributed", "filed", "compiled", "more", "all",
        "stories", "articles", "posts", "view", "see", "read",
    }
)  # fmt: skip
# Not these: what they introduce is not the writer.
_NOT_AUTHOR_VERBS = frozenset(
    {
        "photo", "photos", "photograph", "photographs", "photography", "foto", "fotos", "bild", "bilder",
        "image", "images", "illustration", "illustrations", "graphic", "graphics", "grafik", "video", "videos",
        "map", "maps", "chart", "charts", "translated", "translation", "übersetzt", "übersetzung", "edited",
        "reviewed", "checked", "fact-checked", "produced", "design", "designed", "cover", "hosted", "moderated",
        "narrated", "powered", "sponsored", "presented", "brought", "supported", "funded", "made",
        "built", "inspired", "followed", "liked", "shared", "recommended", "replaced", "approved", "caused",
        "killed", "injured", "arrested", "owned", "operated", "led", "signed", "backed", "won", "beaten",
        "profilbild", "avatar", "sort", "sorted", "filter", "filtered", "search", "browse", "recipes", "shop",
        "traduction", "traducción", "tradução", "traduzione", "vertaling",
    }
)  # fmt: skip
# "Author:" and its kin, a colon after (or, for the author words, a name right after).
# "Author:" and its kin, a colon after; the author words also with the name right after
# ("Autor Mark Newton", then only a full name makes a byline).
_AUTHOR_WORDS = (
    r"(?:autor[:*_]?innen|author|authors|autor|autorin|autoren|auteur|auteurs|autore|autori|autora|yazar|penulis|"
    r"автор|авторы)(?![^\W\d_])"
)
_LABELS = (
    rf"autor[:*_]?innen\s*[:：]?|{_AUTHOR_WORDS}\s*[:：]"
    r"|(?:text|texto|texte|tekst|текст|interview|reporter|reporting|words|written|redaktion|bericht|"
    r"作者|记者|記者|责任编辑|責任編輯|责编|責編|编辑|編集|글)\s*[:：]"
)
_BY = re.compile(
    # "Posted in Datenschutz by damianduchamps": WordPress names the post's category first
    r"(?:(?:posted|filed|veröffentlicht|publié|publicado)\s+)?(?:in|under|unter|dans|en)\s+[^|]{1,60}?\s+"
    r"(?:by|von|par|por)\s+(?P<rest4>\S.*)"
    rf"|(?P<verb>(?:[^\W\d_][\w'’-]{{0,24}}\s+){{0,3}}?)(?:{_BY_WORDS})(?:\s*:\s*|\s+)(?P<rest>\S.*)"
    rf"|(?:{_LABELS})\s*(?P<rest2>\S.*)?$"
    rf"|{_AUTHOR_WORDS}\s+(?P<rest5>(?-i:[A-ZÀ-Þ]).*)"
    # "ByAlex Bozarjian", "Geschrieben vonElisa Marvena": innerText glues "By" to the name set
    # in its own element.
    r"|(?P<verb3>(?:[^\W\d_][\w'’-]{0,24}\s+){0,3}?)(?-i:[Bb]y|[Vv]on|[Pp]ar|[Pp]or)"
    r"(?P<rest3>(?-i:[A-ZÀ-Þ][a-zà-ÿ])\S*\s+\S.*)",
    re.IGNORECASE | re.DOTALL,
)
_BY_FIRST = first_chars(_BY)
BY_WORD = re.compile(rf"(?:written |words |story |text )?(?:{_BY_WORDS})\s*:?", re.IGNORECASE)
"""``By`` (or ``Von``, ``Par``...) alone: a byline's first run when markup sets the name apart."""

# Where the names in a byline end: a field separator, or what follows them on the same line.
_NAMES_END = re.compile(
    r"\s+[|•·—–/]\s*|\s+-\s+|\s*\|\s*"
    r"|\s+(?:on|am|um|at|le|à|el|il|em|op|på|den|dnia|a\s+las)\s*$"
    r"|\s+(?:last\s+)?(?:published|posted|updated|modified|veröffentlicht|aktualisiert|publié|publicado|pubblicato)\b"
    r"|\s+in\s+(?=[A-ZÀ-Þ])"  # "by Michael Larabel in Valve": the post's category follows
    # "Text von A Illustration von B", "By A Photos: B": other contributors follow
    r"|\s+(?:illustrations?|fotos?|photos?|photography|bilder?|grafik|graphics?|video|kamera|camera)"
    r"(?:\s*[:：]|\s+(?:von|by|de|di|par|por)\b)"
    r"|\s+(?:leave a comment|schreibe einen kommentar|hinterlasse einen kommentar|kommentar schreiben|"
    r"\d[\d.,]*\s*(?:min(?:ute)?s?\.?|min\.)\s*(?:read|lesezeit|lectura|de lecture)?|"
    r"\d[\d.,]*k?\s+(?:comments?|kommentare?|ergänzungen|commentaires?|comentarios?|reacties|views?|likes?|"
    r"shares?|reads?)|(?:no |keine )?(?:comments?|kommentare?)\b|twitter\b|e-?mail\b|follow\b|erstellt\b|"
    r"geändert\b|aktualisiert\b|kategorien?\b|categories\b|category\b|tags?:|tagged\b)",
    re.IGNORECASE,
)

# -- what is not a person --------------------------------------------------------------------

# Job titles and what a byline box shows beside names (profile links, social networks,
# credits, update labels, menus): a part holding one is not a name, and never an author.
_ROLE = re.compile(
    r"\b(?:writer|editor|editors|reporter|reporters|correspondent|correspondents|staff|contributor|columnist|"
    r"journalist|about|author|authors|articles|posts|profile|sobre|view|more|follow|contact|email|founder|"
    r"co-founder|cofounder|ceo|cto|cfo|coo|president|director|manager|officer|head|chief|producer|"
    r"photographer|host|analyst|professor|intern|fellow|expert|redakteur|redakteurin|chefredakteur|"
    r"chefredakteurin|korrespondent|korrespondentin|autorin|geschäftsführer|geschäftsführerin|projektleiter|"
    r"projektleiterin|volontär|volontärin|journaliste|rédacteur|rédactrice|envoyé|envoyée|periodista|"
    r"redactor|redactora|corresponsal|giornalista|redattore|redattrice|inviato|redacteur|verslaggever|"
    r"profil|twitter|facebook|instagram|linkedin|mail|e-mail|source|quelle|fuente|fonte|stock|images|"
    r"photo|photos|foto|fotos|image|logo|avatar|headshot|imago|getty|shutterstock|istock|alamy|picture|update|updated|aktualisiert|"
    r"published|veröffentlicht|posted|impressum|sitemap|kontakt|datenschutz|login|menu|menü|search|suche|home|"
    r"startseite|inicio|accueil|subscribe|abonnieren|beiträge|beitrag|artikel|alle|all)\b",
    re.IGNORECASE,
)
# Organisations: desks, outlets, institutions, web addresses. Credited beside a person, the
# author when no person is named (and not the site itself).
_ORG = re.compile(
    r"\b(?:newsroom|desk|press|news|service|services|media|wire|agency|team|community|blog|magazine|"
    r"magazin|zeitung|online|digital|pressestelle|presseabteilung|department|office|university|"
    r"universität|institute|institut|marketing|communications|relations|program|programme|project|"
    r"foundation|stiftung|council|committee|association|verband|society|gmbh|inc|ltd|llc|ag)\b"
    r"|\.(?:com|org|net|de|at|ch|uk|fr|es|it|nl|io|co|info)\b|^@|^www\.",
    re.IGNORECASE,
)
# Author values that name nobody: CMS accounts and generic desks.
_NOBODY = frozenset(
    {
        "admin", "administrator", "webmaster", "staff", "editor", "editors", "redaktion", "redaccion",
        "redaction", "redazione", "redactie", "editorial", "newsroom", "team", "guest", "anonymous",
        "unknown", "user", "root", "author", "none", "null", "undefined", "button",
    }
)  # fmt: skip
# Desks among those: the author when a byline names nothing else ("von Redaktion", "Redaktion - 31. Januar 2022").
_DESKS = frozenset({"redaktion", "redaccion", "redaction", "redazione", "redactie"})
# News agencies: credited beside a reporter, named alone when no reporter is.
_AGENCY = frozenset(
    {
        "ap", "afp", "dpa", "apa", "reuters", "associatedpress", "theassociatedpress", "upi", "ansa", "efe",
        "kna", "epd", "sda", "ats", "anp", "tt", "ntb", "ritzau", "stt", "pap", "ctk", "mti", "tass", "ria",
        "xinhua", "kyodo", "yonhap", "pti", "ians", "aap", "cnn", "bbc", "bloomberg", "europapress", "agencias",
        "agencies", "agences", "agenturen", "wires", "wireservices", "kathpress",
    }
)  # fmt: skip
_INITIALS = re.compile(r"[A-Z]{2,3}")
_ASIDE = re.compile(r"\s*\([^()]{0,80}\)")
# Markup and file names, never in a name: "Color[White__]Transparency", "simonIMG_0450", "TIMESOFINDIA.COM".
_NOT_IN_NAMES = re.compile(r"[\[\]{}<>=#]|IMG_|DSC_?\d")
_DOMAIN_TAIL = re.compile(r"\s+\S+\.(?:com|net|org|de|at|ch|co\.uk|uk|fr|es|it|in|nl|info)$", re.IGNORECASE)
_CREDENTIAL = re.compile(r"(?:[A-Z]{2,4}|Ph\.?\s?D|Dr|Prof|Jr|Sr|Esq|Hon)\.?")  # MS, RD, PhD, MBA, Jr.
# Name parts: separators between people. A match starts only where a whitespace run starts
# (``(?<!\s)``), so a long run of spaces is not rescanned from each of its positions.
_AUTHOR_SPLIT = re.compile(
    r"(?<!\s)\s*(?:[,;|/&+、，]|\s(?-i:and|und|et|y|e|en|og|och|и|ve|i|ja|dan|és|und\s+von|with|mit|avec|con|com)\s)\s*",
    re.IGNORECASE,
)
_CONJ = re.compile(r"^(?:and|und|et|y|e|en|og|och|и|ve|i|ja|dan|és)\s+")  # "A, B, and C"
_FOR = re.compile(r"(?<!\s)\s+(?:for|für|pour|para|per|voor|bei|at|@)\s+\S.*", re.IGNORECASE | re.DOTALL)
_PAREN = re.compile(r"\s*[(\[][^()\[\]]{0,40}[)\]]\s*$")  # "Corina Gall (cog.)", "Ana Lima [AP]"
_HANDLE = re.compile(r"\s*@\w.*$")  # "Eric Levitz@ericlevitz", "Ana Lima @analima"
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
# "Howard BlumeStaff Writer", "Andrew HusbandTwitter": a role or a link glued to the name.
_GLUED = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ][a-zà-ÿ])")
_ROLE_SUFFIX = re.compile(r"\s+(?:기자|특파원|記者|记者|特派員)$")  # Korean/Japanese/Chinese "reporter"
_PARTICLES = frozenset(
    {
        "de", "del", "della", "der", "den", "des", "di", "da", "das", "do", "dos", "du", "la", "le", "van",
        "von", "vom", "zu", "ter", "ten", "bin", "ibn", "al", "el", "y", "st.", "mc", "af", "av",
    }
)  # fmt: skip


def _title(part: str) -> str:
    """``TOM KRISHER`` -> ``Tom Krisher``: wire copy shouts names; ``DiBiase`` and ``McCarthy`` stay."""
    if part.isupper() and sum(ch.isalpha() for ch in part) >= 4:
        return " ".join(w[:1] + w[1:].lower() if w.isalpha() else w.title() for w in part.split())
    return part


def is_person_name(text: str) -> bool:
    """``Jeff Foust``, ``Loïc Le Clerc``, ``C. Habermueller``, ``Ana de la Vega``, ``김철수``: the shape
    of a person's name written out (two to five words, each capitalised, or a particle, or an
    initial), in any script with capitals; CJK and Korean names by their length."""
    words = text.split()
    if not 1 <= len(words) <= 5:
        return False
    if len(words) == 1:
        w = words[0]
        # Scripts without capitals: a name is a few characters.
        return 2 <= len(w) <= 4 and all("\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" for ch in w)
    capitals = 0
    for k, w in enumerate(words):
        first = w[0]
        if first.isupper():
            if not all(ch.isalpha() or ch in "'’.-" for ch in w):
                return False
            capitals += 1
        elif w.lower() in _PARTICLES and 0 < k < len(words) - 1:
            continue
        else:
            return False
    return capitals >= 2


def _strip_by(text: str) -> tuple[str, int]:
    """``text`` without a leading "By"/"Posted by"/"Author:", and how sure that is: 0 none
    there, 1 "by" after words that may not introduce a writer ("Stand by Me": only a full
    name then makes it a byline), 2 a byline's own opening."""
    if not may_start(_BY_FIRST, text):
        return text, 0
    m = _BY.match(text)
    if m is None:
        return text, 0
    if m.group("rest4") is not None:
        return m.group("rest4"), 2
    if m.group("rest5") is not None:
        return m.group("rest5"), 1
    rest = m.group("rest")
    if rest is None and m.group("rest3") is not None:
        rest, verb_group = m.group("rest3"), m.group("verb3")
    else:
        verb_group = m.group("verb")
    if rest is not None:
        verb = verb_group.split()
        low = [v.lower() for v in verb]
        if any(v in _NOT_AUTHOR_VERBS for v in low):
            return text, 0
        if all(v in _AUTHOR_VERBS for v in low):
            return rest, 2
        # "Christoph von Ritter": a capitalised word before "von" is a name's, not a verb's.
        return (rest, 1) if all(v[0].islower() for v in verb) else (text, 0)
    return m.group("rest2") or "", 2


def _names_part(text: str) -> str:
    """The names at the start of ``text``: up to a field separator or what follows them."""
    m = _NAMES_END.search(text)
    return text[: m.start()] if m else text


def is_role(text: str) -> bool:
    """A writer's role on a line of its own (``Political Editor``, ``Redakteurin``, ``Staff Writer``)."""
    return 0 < len(text) <= 40 and len(text.split()) <= 4 and _ROLE.search(text) is not None


def _unbracket(part: str) -> str:
    """``(责编：牛镛`` / ``岳弘彬)``: a bracket opened or closed around the whole list, not a name's."""
    if part[:1] in "(（" and not any(ch in part for ch in ")）"):
        part = part[1:]
    if part[-1:] in ")）" and not any(ch in part for ch in "(（"):
        part = part[:-1]
    return part.strip()


def _without_role(part: str) -> str:
    """``Daniel Großert Redakteur``, ``Steffan Rhys Deputy Content Hub Director`` -> the name:
    a given name and a surname, then the writer's role (its modifiers with it)."""
    words = part.split()
    if len(words) < 3 or not is_given_name(words[0]):
        return part
    k = next((k for k in range(2, len(words)) if _ROLE.fullmatch(words[k])), None)
    if k is None:
        return part
    while k > 2 and (words[k - 1].lower() in _ROLE_MODIFIERS or words[k - 1].isupper()):
        k -= 1  # "Senior Politics Editor", "KTRK logo": what qualifies the role goes with it
    return " ".join(words[:k])


# Words a byline's grammar leaves behind ("vom Support Team"): never a name alone.
_FUNCTION_WORDS = frozenset({"vom", "von", "der", "die", "das", "the", "and", "und", "et", "de", "du", "le", "la"})
# "The Huffington Post", "Le Monde", "Die Zeit": an article opens a title, never a name.
_ARTICLES = frozenset({"The", "Der", "Die", "Das", "Le", "La", "Les", "El", "Los", "Las", "Il", "Lo", "Het", "De"})
# Words that stand before a role ("Senior Politics Editor", "Deputy Content Hub Director").
_ROLE_MODIFIERS = frozenset(
    {
        "senior", "junior", "deputy", "staff", "chief", "executive", "managing", "associate", "assistant",
        "contributing", "political", "politics", "content", "hub", "news", "sports", "sport", "business",
        "science", "technology", "tech", "games", "health", "education", "foreign", "national", "digital",
        "online", "editorial", "special", "investigative", "economics", "culture", "features", "opinion",
        "lead", "head", "global", "regional", "local", "freier", "freie", "leitender", "leitende",
    }
)  # fmt: skip


def _without_tail(part: str, site_keys: frozenset[str]) -> str:
    """``André Borbe Redaktion``, ``Sarah Schnieder Reiterrevue International`` -> the name: a
    desk word or the site's name after a given name and a surname."""
    words = part.split()
    if len(words) < 3:
        return part
    if words[2] in _ARTICLES and _ORG.search(" ".join(words[3:])) and is_person_name(" ".join(words[:2])):
        return " ".join(words[:2])  # "Vasilisa Stepanenko The Associated Press"
    if not is_given_name(words[0]):
        return part
    for k in range(2, len(words)):
        tail = " ".join(words[k:])
        if (
            site_key(words[k]) in _NOBODY
            or names_site(tail, site_keys)
            or (site_keys and any(len(key) >= 4 and key in fold_accents(site_key(words[k])) for key in site_keys))
        ):
            return " ".join(words[:k])
    return part


def _once(part: str) -> str:
    """``Tobias Mühlbauer Tobias Mühlbauer``, ``Andrea WongAndrea Wong`` -> the name once (a
    picture's alt text and the link side by side)."""
    words = [piece for w in part.split() for piece in _GLUED.split(w)]
    half = len(words) // 2
    if half and len(words) % 2 == 0 and words[:half] == words[half:]:
        return " ".join(words[:half])
    return part


def _before_date(text: str) -> str:
    """``Erin Lee March 18 at 3:57 PM`` -> ``Erin Lee``: the names before a date that has no
    separator before it (a month and a day, no year: no date :func:`find_date` reads)."""
    words = text.split()
    k = next((k for k, w in enumerate(words) if any(ch.isdigit() for ch in w)), len(words))
    if k < 3 or k == len(words) or find_date(f"{words[k - 1]} 1, 2000") is None:
        return text
    return " ".join(words[: k - 1])  # (without the month before the day)


def _each_twice(text: str) -> str:
    """``Ana Lima Ana Lima Jo Park Jo Park`` -> ``Ana Lima, Jo Park``: several names, each
    written twice in a row (an author box's picture and link, side by side); else ``text``."""
    words = text.split()
    if len(words) < 8 or len(words) > 24:
        return text  # (one name written twice is _once's)
    names: list[str] = []
    k = 0
    while k < len(words):
        for n in (2, 3, 4, 1):
            if k + 2 * n <= len(words) and words[k : k + n] == words[k + n : k + 2 * n]:
                names.append(" ".join(words[k : k + n]))
                k += 2 * n
                break
        else:
            return text
    return ", ".join(names)


def _unglue(part: str) -> str:
    """``Howard BlumeStaff Writer`` -> ``Howard Blume``: a role or link word glued to the name's
    last word is cut off with what follows (``McDonald``, ``DiBiase`` stay whole)."""
    words = part.split()
    for k, w in enumerate(words):
        if k and len(w) > 3 and not w.isupper() and not w.islower():
            cut = _GLUED.split(w)
            if len(cut) > 1 and _ROLE.search(" ".join([cut[1], *words[k + 1 :]])):
                return " ".join([*words[:k], cut[0]])
    return part


def is_agency(name: str) -> bool:
    """``AP``, ``dpa``, ``Reuters``: a news agency, named beside the reporters whose copy it is."""
    return site_key(name) in _AGENCY


def is_organisation(name: str) -> bool:
    """``Associated Press``, ``Reuters``, ``News Feature``: an agency, outlet or desk, no person."""
    return _classify(name, frozenset()) == "org"


def names_site(name: str, site_keys: frozenset[str]) -> bool:
    """Does ``name`` name the site (one of ``site_keys``, :func:`~spaceparse.recognisers.sites.site_key`
    forms of its name and host)? Also ``Handelsblatt Online`` for ``handelsblatt``, ``The New
    Republic`` for ``newrepublic``; not a person's own site (``Wolfgang Michal`` on
    ``wolfgangmichal.de``: a given name and a surname)."""
    raw = site_key(name)
    key = fold_accents(raw)
    if not key or not site_keys:
        return False
    words = name.split()
    if key in site_keys or raw in site_keys:  # (folding decomposes Hangul: "한국일보" compares unfolded)
        exact = True
    elif len(words) >= 2 and any(len(k) >= 4 and (k in key or (len(key) >= 4 and key in k)) for k in site_keys):
        exact = False  # "Handelsblatt Online", "The New Republic" (one word: "Limespacer" is a user)
    else:
        return False
    # A person's own site ("Wolfgang Michal" on wolfgangmichal.de), or a person named like it.
    person = is_person_name(name) if len(words) >= 2 else not exact
    return not (person and is_given_name(words[0]))


@functools.lru_cache(maxsize=256)  # a page asks twice, a site's pages the same
def blog_keys(url: str | None) -> frozenset[str]:
    """The keys of a blog's own subdomain on a blog host (``ana`` for ``ana.wordpress.com``):
    there the site is named after its writer, whose name is no site's."""
    labels = host_of(url).removeprefix("www.").split(".")
    if len(labels) >= 3 and labels[-2] in _BLOG_HOSTS:
        return frozenset({site_key(labels[0]), site_key(".".join(labels))})
    return frozenset()


@functools.lru_cache(maxsize=256)
def site_keys_of(url: str | None) -> frozenset[str]:
    """The keys :func:`names_site` compares for a page at ``url``: its host without ``www.``,
    and the host's own label (``zdnet`` for ``japan.zdnet.com``, ``bbc`` for ``bbc.co.uk``)."""
    host = host_of(url).removeprefix("www.")
    if not host:
        return frozenset()
    labels = host.split(".")
    if len(labels) >= 3 and labels[-2] in _BLOG_HOSTS:
        return frozenset()  # ana.wordpress.com: the blog's name is its writer's
    keys = {site_key(host)}
    if len(labels) >= 2:
        own = labels[-2]
        if own in _SECOND_LEVEL and len(labels) >= 3:
            own = labels[-3]
        keys.add(fold_accents(site_key(own)))
    return frozenset(k for k in keys if k)


_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "edu", "or", "ne", "go"})
# Hosts of personal blogs, one subdomain each.
_BLOG_HOSTS = frozenset({"wordpress", "blogspot", "tumblr", "substack", "medium", "livejournal", "typepad", "wixsite"})


def _classify(part: str, site_keys: frozenset[str]) -> str:
    """``person``, ``org`` (an agency, an outlet, the site), or ``nobody`` (a role, a
    credential, a desk or CMS account, a link's words)."""
    key = site_key(part)
    if not key or key in _NOBODY or _ROLE.search(part) or part.split(maxsplit=1)[0].lower() in _NOT_AUTHOR_VERBS:
        return "nobody"
    if key in _AGENCY or _ORG.search(part) or names_site(part, site_keys) or part.split(maxsplit=1)[0] in _ARTICLES:
        return "org"
    if _CREDENTIAL.fullmatch(part):
        return "nobody"
    return "person"


def _with_agency(text: str, agency: str) -> bool:
    """``Diana Resnik mit AP``, ``Ana Lima with agencies``: the agency's copy helped, it did not sign."""
    low = text.lower()
    name = agency.lower()
    return any(f"{w} {name}" in low for w in ("with", "mit", "avec", "con", "com"))


def split_authors(text: str, site_keys: frozenset[str] = frozenset(), *, opened: bool = False) -> list[str]:
    """The people in one author value: ``"By TOM KRISHER, AP Auto Writer"`` -> ``["Tom Krisher"]``.

    Drops the ``By``/``Von``/``Author:`` prefix and what follows the names (``| date``,
    ``5 min read``), splits ``A, B and C`` / ``A & B`` / ``A und B`` / ``A y B``, and leaves
    out what is not a person when a person is named beside it: a role (``Staff Writer``), an
    agency or outlet (``Associated Press``, ``cleveland.com``, one of ``site_keys``: the
    site's own names), a credential (``MS, RD``). With no person, a single agency or outlet
    that is not the site itself is the answer (``Reuters``); desks and CMS accounts
    (``admin``, ``Redaktion``) never are. ``opened``: the caller took a "By" off ``text``.
    """
    if "&" in text:
        text = html.unescape(text)
    text = clean_line(text[:400]).strip(" ,;:|·-–—")
    text, by = _strip_by(text)
    if opened:
        by = 2
    text = text.strip(" ,;:|·-–—")
    head = _names_part(text)
    if head != text and site_keys and names_site(head.strip(), site_keys):
        # "unocero - Alberto Ávila", "Site | Name": the site's name first, the writer after it
        head = _names_part(text[len(head) :].lstrip(" |•·—–/-"))
    text = head
    if by == 2 and _DIGIT.search(text) is not None:
        text = _before_date(text)  # "By Erin Lee March 18 at 3:57 PM"
    if " " in text and not any(ch in text for ch in ",;|/&+"):
        text = _each_twice(text)  # "Ana Lima Ana Lima Jo Park Jo Park": each picture's alt text and link
    if "(" in text:
        text = _ASIDE.sub(" ", text)  # "Cécile Ducourtieux (Bruxelles, bureau européen)"
    people: list[str] = []
    others: list[str] = []
    agencies: list[str] = []
    desk = ""
    affiliation = False
    raws = _AUTHOR_SPLIT.split(text)
    if by and len(raws) == 1 and _INITIALS.fullmatch(raws[0].strip(" .")):
        return [raws[0].strip(" .")]  # "by LD": a writer's initials
    for raw in raws:
        p = _CONJ.sub("", _unbracket(raw.strip(" .,;:|·-–—\"'“”")))
        p = _strip_by(p)[0]  # "Text: A / Fotos: B" -> "A", "Fotos: B"
        if "@" in p:
            p = _EMAIL.sub("", p)  # an address names no one
        p = _ROLE_SUFFIX.sub("", _HANDLE.sub("", _PAREN.sub("", _FOR.sub("", p)))).strip(" .,;:")
        p = _once(_unglue(_DOMAIN_TAIL.sub("", p)))  # "Aashish Saxena TIMESOFINDIA.COM"
        named = _without_role(p)
        if named != p:
            p, affiliation = named, True  # what follows the writer's role is the employer
        p = _without_tail(p, site_keys)
        if not p or len(p.split()) > 5 or ":" in p or "@" in p or _NOT_IN_NAMES.search(p):
            continue
        if any(ch.isdigit() for ch in p) and (" " in p or not p[:1].isalpha() or len(raws) > 1):
            continue  # a number, a date; a user name ("delta201") only alone
        if p[0].islower() and len(raws) > 1 and not is_agency(p):
            continue  # "by the numbers: ... and agency": words, not a list of names
        p = _title(p)
        while " " in p and p.split(maxsplit=1)[0] in _FUNCTION_WORDS and p.split(maxsplit=1)[1][:1].isupper():
            p = p.split(maxsplit=1)[1]  # "vom Support Team" ("by the way" stays words)
        if not p or BY_WORD.fullmatch(p) or p.lower() in _FUNCTION_WORDS:
            continue
        kind = _classify(p, site_keys)
        if kind == "person":
            if people and affiliation and " " not in p:
                continue  # "Alex Durán, AMP Project Marketing, Google": the employer
            if p not in people:
                people.append(p)
        else:
            affiliation = affiliation or bool(people)
            if kind == "org":
                others.append(p)
                if " " not in p and is_agency(p) and len(raws) > 1 and not _with_agency(text, p):
                    # "Adam Vidler and AP", "Reuters, Thorsten Kramer"; spelled out, the
                    # reporters' employer ("By Meg Kinnard, Associated Press")
                    agencies.append(p)
            elif not desk and site_key(raw) in _DESKS:
                desk = p  # the desk word alone, not "Redaktion Haus.de" (a writer's desk)
    if people:
        return people + [a for a in agencies if a not in people]
    if len(others) == 1 and not names_site(others[0], site_keys):
        return others  # a lone agency or outlet ("Reuters", "Associated Press")
    if by == 2 and 1 < len(others) <= 3:
        # "Par Le Figaro et AFP", "By Example News with agencies": the outlets that sign
        signed = [o for o in others if not names_site(o, site_keys) and not _with_agency(text, o)]
        if signed:
            return signed
    if desk and not others and len(raws) == 1:
        return [desk]  # "von Redaktion": the desk signs
    return []


# -- byline lines ----------------------------------------------------------------------------

_DATE_PREFIX = re.compile(
    r"(?:\b(?:originally\s+)?(?:posted|published|publiziert|updated|last updated|date|dated|on|released|issued|"
    r"veröffentlicht|aktualisiert|erstellt|geändert|zuletzt|stand|datum|publié|publiée|mis à jour|publicado|"
    r"actualizado|atualizado|postado|pubblicato|aggiornato|gepubliceerd|bijgewerkt|publicerad|uppdaterad|"
    r"publisert|oppdatert|udgivet|opdateret|(?-i:am|le|el|il|em|op|den|vom))\b"
    r"(?:\s+(?-i:on|am|le|el|il|em|op))?\s*:?\s*)+",
    re.IGNORECASE,
)
# Reader counters beside a date ("1234 views 12 likes", "5 min read", "3 Kommentare"): not names.
_COUNTERS = re.compile(
    r"(?<![\w,.])[\d,.]+k?\s+(?:views?|likes?|shares?|reads?|comments?|kommentare?|ergänzungen|commentaires?|"
    r"comentarios?|reacties|min(?:ute)?s?\.?(?:\s+(?:read|lesezeit|lectura|de lecture))?|lesezeit)\b\.?",
    re.IGNORECASE,
)
# A bare number closing a dated byline after a separator: the count of a comments link.
_BARE_COUNT = re.compile(r"\s*[|·•]\s*\d{1,6}$")
_COUNTER_WORDS = ("view", "like", "share", "read", "comment", "komment", "ergänz", "min", "lesezeit", "reacties")
_DIGIT = re.compile(r"\d")
_PICTURE = re.compile(
    r"^(?:\((?-i:BUTTON)\)|\[[^\]]{0,200}\]|【[^】]{0,20}】|[(（]|[^\[\]]{0,60}?\.(?:jpe?g|png|gif|webp|svg)\s)\s*",
    re.IGNORECASE,
)
_PUNCT = re.compile(r"[|/•·—–,:()[\]]+|(?<!\w)-+|-+(?!\w)")
_NAME = r"(?:[A-ZÀ-ÞА-ЯЁΑ-Ω][\w'’.\-]*\.?)"
_NAMES = re.compile(
    rf"(?P<names>{_NAME}(?:\s+(?:(?:de|van|von|der|da|di|du|la|le|bin|al)\s+)?{_NAME}){{1,3}}"
    rf"(?:\s*(?:,|and|&|und|et|y)\s*{_NAME}(?:\s+(?:(?:de|van|von|der|da|di|du|la|le)\s+)?{_NAME}){{1,3}})*)"
)


def opens_byline(text: str) -> bool:
    """``By``, ``Posted by``, ``Von``, ``Autor:``...: ``text`` opens the way a byline does."""
    return _strip_by(text)[1] == 2


def strip_picture(text: str) -> str:
    """``[avatar.jpg] Ana Lima`` -> ``Ana Lima``: a picture's stand-in before a line's text."""
    if text[:1] in "[【(（" or ".jpg " in text or ".png " in text:
        return _PICTURE.sub("", text, count=1) or text
    return text


def is_counter_line(text: str) -> bool:
    """``0 Shares``, ``5 min read``, ``3 Kommentare``: a reader counter on a line of its own."""
    return len(text) <= 40 and any(ch.isdigit() for ch in text) and not _COUNTERS.sub("", text).strip(" |·•-")


def may_be_byline(text: str) -> bool:
    """``False`` when :func:`parse_byline` surely finds nothing in ``text``: no digit (so no
    date), no relative time, no "By" opening and no ``|`` field that could hold one."""
    if "|" in text or _DIGIT.search(text) is not None:
        return True
    head = text[:120]
    words = head.lower().replace(":", " ").replace("：", " ").split()
    if _OPENING_WORDS.isdisjoint(words) and not any(w[:2] == "by" or w[:3] in _GLUED_BY for w in words):
        if head.isascii() or not any(ch in head for ch in _CJK_LABELS):
            return False  # (every opening _strip_by knows holds one of these words)
    return _strip_by(text)[1] > 0 or relative_time(text) is not None


# A word of every opening _BY matches ("by", "von", "autor", "text:"...) and of every relative
# time without a digit ("vor einer Stunde", "an hour ago"), in lower case.
_OPENING_WORDS = frozenset(
    {
        "by", "von", "par", "por", "door", "av", "af", "di", "oleh", "author", "authors", "autor", "autorin",
        "autoren", "autor*innen", "auteur", "auteurs", "autore", "autori", "autora", "yazar", "penulis", "автор",
        "авторы", "text", "texto", "texte", "tekst", "текст", "interview", "reporter", "reporting", "words",
        "written", "redaktion", "bericht", "ago", "vor", "hace", "il",
    }
)  # fmt: skip
_GLUED_BY = frozenset({"von", "par", "por"})  # "ByAlex", "vonElisa" (lower-cased)
_COMMENT_COUNT = re.compile(r"(?<!\s)\s+\d{1,5}$")  # (a match starts where a whitespace run starts: linear)
_CJK_LABELS = "作者记者記者责責编編集글"


def parse_byline(
    text: str, *, day_first: bool = False, site_keys: frozenset[str] = frozenset()
) -> tuple[tuple[str, ...], _dt.date | None] | None:
    """``(authors, date)`` if ``text`` is a byline or a date line, else ``None``.

    ``day_first``: numeric dates are day/month/year (see :func:`~spaceparse.recognisers.dates.find_date`).
    ``site_keys``: the site's own names, never an author (:func:`split_authors`).
    """
    if len(text) > 200:
        return None
    return _parse_byline(text, day_first, site_keys)


@functools.lru_cache(maxsize=4096)  # the headline and byline rules ask about the same lines
def _parse_byline(
    text: str, day_first: bool, site_keys: frozenset[str]
) -> tuple[tuple[str, ...], _dt.date | None] | None:
    text = strip_picture(text)  # "[avatar.jpg] By Ana Lima", "ana lima.jpg Von Ana Lima"
    found = find_date(text, day_first=day_first)
    date = found[0] if found else None
    rest = text
    for _ in range(3):  # "Posted: 18-Oct-2016 Updated: 19-Oct-2016": the first date is the publication
        if not found:
            break
        rest = (rest[: found[1]] + " | " + rest[found[2] :]).strip()
        found = find_date(rest, day_first=day_first)
    rel = relative_time(rest) if date is None else None
    relative = rel is not None
    if rel is not None:  # "Nizaar Kinsella 2 minutes ago": a recent article's date
        rest = (rest[: rel.start()] + " | " + rest[rel.end() :]).strip()
    if date is not None or relative:
        rest = drop_weekday_and_time(rest).strip(" |/•·—–-,")
        if rest[-1:].isdigit():  # "Name – Dec 2, 2026 6:14 PM | 73": the comment count, bare
            rest = _BARE_COUNT.sub("", rest)
        if any(w in rest.lower() for w in _COUNTER_WORDS):
            rest = _COUNTERS.sub(" ", rest).strip(" |/•·—–-,")
        m = _DATE_PREFIX.match(rest)
        if m:
            rest = rest[m.end() :].strip(" |/•·—–-,:")
    names_part, by = _strip_by(rest)
    if by:
        names_part = _names_part(names_part.strip())
        if by == 2 and _INITIALS.fullmatch(names_part.strip(" .")):
            return (names_part.strip(" ."),), date  # "by LD": a writer's initials
        if len(names_part.split()) <= 12 and not names_part.endswith(":") and "?" not in names_part:
            names = split_authors(names_part, site_keys, opened=by == 2)
            if names and all(_written_out(n, by, len(names)) for n in names):
                return tuple(names), date
        return ((), date) if date is not None and _short_leftover(rest) else None
    if "|" in rest:
        # "Home | By Ana Lima | date": a field of its own opens with "By".
        for field in rest.split("|")[1:]:
            names_part, by = _strip_by(field.strip())
            if by == 2 and len(names_part.split()) <= 6:
                names = split_authors(names_part, site_keys)
                if names:
                    return tuple(names), date
    if date is None and not relative:
        return None
    if text.count("|") >= 2:
        # "Name | November 19, 2026 | Congress, NASA": what follows the date's field is the
        # post's labels, not more names.
        fields = [f.strip() for f in text.split("|")]
        at = next((k for k, f in enumerate(fields) if find_date(f, day_first=day_first)), 0)
        if 1 <= at < len(fields) - 1:
            names_part = " ".join(fields[:at])
            if _NAMES.fullmatch(names_part) and (names := split_authors(names_part, site_keys)):
                return tuple(names), date
    leftover = _PUNCT.sub(" ", _DATE_PREFIX.sub(" ", rest)).strip()
    if not leftover:
        return (), date
    if date is not None and site_key(leftover) in _DESKS:
        return (leftover,), date  # "Redaktion - 31. Januar 2022"
    # "Jeff Foust November 19, 2026" / "Jeff Foust | November 19, 2026"
    n = len(leftover.split())
    m2 = _NAMES.fullmatch(leftover) if n <= 12 else None  # (a long caption need not be tried)
    if m2 is None and n <= 12 and date is not None and is_given_name(leftover.split(maxsplit=1)[0]):
        # "1. Februar 2022 Luis Holuch 6", "Ana Lima Schreibe einen Kommentar": the name, then
        # the post's comment count or link
        cut = _COMMENT_COUNT.sub("", _names_part(leftover))
        m2 = _NAMES.fullmatch(cut) if cut != leftover else None
    if m2:
        names = split_authors(m2.group("names"), site_keys)
        if relative and not all(is_given_name(n.split(maxsplit=1)[0]) for n in names):
            return None  # without a date, only a name known as one
        return tuple(names), date
    if _short_leftover(leftover):
        return (), date  # "Monday, November 19, 2026" or "Updated November 19, 2026"
    return None


def handle_beside_date(text: str, *, day_first: bool = False) -> str | None:
    """``reineckefuchs — 2. Februar 2022``, ``19.10.2019 11:36 telebasel``: the one word a date
    line holds besides its date, time and counters (a user name, for the caller to judge)."""
    if len(text) > 120:
        return None
    found = find_date(text, day_first=day_first)
    if found is None:
        return None
    rest = drop_weekday_and_time(text[: found[1]] + " | " + text[found[2] :])
    rest = _PUNCT.sub(" ", _DATE_PREFIX.sub(" ", _COUNTERS.sub(" ", rest)))
    words = [w for w in rest.split() if not w.isdigit() and not w.lower().startswith(_COUNTER_WORDS)]
    return words[0] if len(words) == 1 else None


def _written_out(name: str, by: int, count: int) -> bool:
    """Is ``name``, from a line opening with "by" (:func:`_strip_by`'s ``by``), a name as a
    byline writes it? A full name; after a byline's own opening also one capitalised word
    (``Fabian``) or a user name standing alone (``von gizzmo``), not lower-case words (``by
    the way``)."""
    if is_person_name(name) or (count > 1 and is_agency(name)):
        return True
    words = name.split()
    if by == 2 and len(words) == 2 and len(words[1]) >= 4 and words[1].isalpha() and is_given_name(words[0]):
        return True  # "By Cindy mangomini": a common given name, the surname as its writer types it
    if by < 2 or " " in name:
        return False
    return name[0].isupper() or count == 1


def _short_leftover(text: str) -> bool:
    """At most two words and no digit: a label beside a date (``Updated``, ``Stand``)."""
    return len(text.split()) <= 2 and not any(ch.isdigit() for ch in text)
