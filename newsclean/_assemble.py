"""Assembly: labelled blocks and page metadata become the frozen ``Article``.

Nothing is dropped on the floor: every block lands in exactly one of title, subtitle, captions,
paragraphs or removed. Authors come from the page metadata or else from removed bylines, the
date from the metadata or else from a removed timestamp, the dateline from the first paragraph.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ._article import Article, Image, Removal
from ._blocks import Labelled
from ._dates import parse_date
from ._rules import RULES

__all__ = ["PageMeta", "assemble"]


@dataclass(frozen=True, slots=True)
class PageMeta:
    """What the page says about itself (JSON-LD, Open Graph, meta tags); empty for text."""

    title: str | None = None
    subtitle: str | None = None
    authors: tuple[str, ...] = ()
    published: dt.date | None = None
    site_name: str | None = None
    url: str | None = None
    language: str | None = None
    images: tuple[Image, ...] = ()


_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z][a-z.]+)?)?)"
    r"(?:,? [A-Z][a-z]{2,8}\.? \d{1,2})?"
    r"\s*(?:\([A-Za-z .&/]{1,30}\))?\s*(?:[—–]\s?|--?\s)"
)
#: A place in title case, then the outlet's name, as CNN prints it: 'Manila, Philippines CNN — ',
#: 'Savannah, Georgia (CNN) — ', or a city and its state: 'Tucson, Arizona — '.
_OUTLET_DATELINE = re.compile(
    r"^(?P<place>[A-Z][a-z.'\-]+(?: [A-Z][a-z.'\-]+){0,2}"
    r"(?P<state>, [A-Z][A-Za-z.]+(?: [A-Z][a-z.]+)?)?)"
    r"(?(state)(?: \(?CNN\)?)?| \(?CNN\)?)\s*[—–-]{1,2}\s"
)
_AGENCY_DATELINE = re.compile(
    r"^(?P<place>[A-Z][\w.'’\-]+(?: [A-Z][\w.'’\-]+){0,2}) \((?:AFP|AP|Reuters|dpa|UPI|AA)\)"
    r" [—–-]{1,2}\s"
)
_BYLINE_PREFIX = re.compile(
    r"^(by:?|written by|words by|story by|words:|from:|(writer|reporter)\s*:)(\s+|$)"
    r"|^by(?=(?-i:[A-Z][a-z]))"
    r"|^from (?-i:[A-Z])[\w.&]{1,20}( (?-i:[A-Z])[\w.&]{1,20}){0,2}['’]s\s+"  # live blogs
    # the date and time first: 'Tuesday March 12, 2024 10:05 am PDT by Sam Delaney'
    r"|^(\w+day,? )?\w+\.? \d{1,2},? \d{4},?( at)? \d{1,2}[:.]\d{2} ?([ap]\.?m\.?)?"
    r"( \w{2,4})? by\s+",
    re.IGNORECASE,
)
#: News agencies: credited in bylines, never authors themselves.
_AGENCIES = (
    "associated press",
    "reuters",
    "afp",
    "bloomberg news",
    "cnn",
    "fox news",
    "cbs news",
    "nbc news",
    "abc news",
    "usa today",
)
#: An agency written after the name without a comma: 'By KAREN WU Associated Press'.
_AGENCY_SUFFIX = re.compile(rf"\s+(with |and )?(the )?({'|'.join(_AGENCIES)}|ap)$", re.IGNORECASE)
#: Where the writer filed from: 'By Sophie Laurent in Amsterdam'.
_PLACE_SUFFIX = re.compile(r"\s+in [A-Z][\w .'’-]{1,40}$")
#: A follow button or the date after the name: 'By Ellen Gray Follow', 'by Devin Marsh - 06/11/24'.
#: So are the date after 'on' and a checker's credit: 'by Jane Doe on March 12, 2024 — Fact
#: checked by Sam Roe'.
_BYLINE_TAIL = re.compile(
    r"\s+(follow|[-–—|•·] [^\d]{0,20}\d.*|on (\w+day,? )?((?-i:[A-Z])[a-z]{2,8}\.? \d{1,2}|"
    r"\d{1,2} (?-i:[A-Z])[a-z]{2,8}),? \d{4}\b.*"
    r"|[-–—|•·] (fact[- ]checked|(medically )?reviewed|edited) by .*)$",
    re.IGNORECASE,
)
#: A government body or office as the byline of a press release: no author.
_ORGANISATION = re.compile(
    r"^(the )?(department|ministry|office|agency|bureau|council|government|embassy|commission|"
    r"authority|secretariat|redazione)\b",
    re.IGNORECASE,
)
_NAME_SPLIT = re.compile(r"\s?(?:,|\band\b|&|\|)\s*", re.IGNORECASE)
#: A degree or licence after a name: capitals ('MD', 'R.D.', 'PA-C') or a mixed-case degree.
_CREDENTIAL = re.compile(r"^([A-Z][A-Z.\-]{1,5}|BSc|MSc|PhD|PharmD|MEd|EdD|DPhil|DrPH),?$")
_NAME = re.compile(r"^[A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*| (?:de|van|von|da|del|la|le)){0,4}$")
#: 'Correspondent' after a byline's comma is a job title, not a second author.
_ROLE = next(rule for rule in RULES if rule.id == "byline.role")
#: Sections below the body whose dates are their teasers', not the story's.
_CLOSING = ("related.", "comments.")
#: 'By Lucy Carver For Mailonline': the outlet the writer filed for.
_OUTLET_SUFFIX = re.compile(r"\s+for (the )?[A-Z][\w.]*( [A-Z][\w.]*){0,3}$", re.IGNORECASE)
_NOT_NAMES = frozenset({*_AGENCIES, "staff", "staff writer"})
#: The newsroom after a byline's bar is no author: 'Jane Doe | NJ Advance Media', '| The Center
#: Square'.
_NEWSROOM = re.compile(r"^the |\b(media|news|newspapers|network)$", re.IGNORECASE)
#: The site after a byline's comma is no author: 'Tanner Beckstead, KSL.com'.
_DOMAIN = re.compile(r"\.(com|ca|org|net|news)$", re.IGNORECASE)


def assemble(labelled: list[Labelled], meta: PageMeta, warnings: tuple[str, ...]) -> Article:
    title = meta.title
    subtitle = meta.subtitle
    captions: list[str] = []
    seen_captions: set[str] = set()
    paragraphs: list[str] = []
    removed: list[Removal] = []
    dated: list[Removal] = []  # timestamps of the story, not of the teasers below it
    closed = False  # a related-stories or comments section has begun below the body
    for block, label, reason in labelled:
        text = block.text
        if not closed and paragraphs and reason.startswith(_CLOSING):
            closed = True
        if label == "body":
            paragraphs.append(text)
        elif label == "title" and title is None:
            title = text
        elif label == "subtitle" and subtitle is None:
            subtitle = text
        elif label == "caption" and block.key not in seen_captions:
            seen_captions.add(block.key)  # the text, normalised
            captions.append(text)
        else:
            removal = Removal(text, reason or f"duplicate.{label}")
            removed.append(removal)
            if not closed:
                dated.append(removal)
    return Article(
        title=title,
        subtitle=subtitle,
        authors=meta.authors or _authors_from_bylines(removed),
        published=meta.published or _date_from_timestamps(dated),
        dateline=_dateline(paragraphs),
        site_name=meta.site_name,
        url=meta.url,
        language=meta.language,
        captions=tuple(captions),
        paragraphs=tuple(paragraphs),
        images=meta.images,
        removed=tuple(removed),
        warnings=warnings,
    )


def _dateline(paragraphs: list[str]) -> str | None:
    for text in paragraphs[:2]:
        place = dateline_of(text)
        if place is not None:
            return place
    return None


def dateline_of(text: str) -> str | None:
    """The place a paragraph opens with, as news leads do: 'LONDON — ...' gives 'LONDON';
    so does 'Paris (AFP) – ...', where the agency marks the place in any case."""
    match = _DATELINE.match(text) or _OUTLET_DATELINE.match(text) or _AGENCY_DATELINE.match(text)
    return match.group("place") if match else None


def _authors_from_bylines(removed: list[Removal]) -> tuple[str, ...]:
    authors: list[str] = []
    for item in removed:
        if item.reason != "byline":
            continue
        text = _BYLINE_TAIL.sub("", _BYLINE_PREFIX.sub("", item.text))
        if _ORGANISATION.match(text):
            continue  # a press office's byline: 'From: Department for Education'
        text = _PLACE_SUFFIX.sub("", _AGENCY_SUFFIX.sub("", text))
        text = text.split(" · ")[0]  # 'Priya Nair · CBC News · Posted: ...'
        for part in _NAME_SPLIT.split(_OUTLET_SUFFIX.sub("", text)):
            if "@" in part:
                break  # the writer's address, then the outlet: 'By X | x@paper.com | Paper'
            name = _without_role(_without_credentials(part.strip(" .;:/")))
            if (
                _NAME.match(name)
                and not _DOMAIN.search(name)
                and not _NEWSROOM.search(name)
                and name.casefold() not in _NOT_NAMES
                and not _ROLE.matches(name, len(name.split()))
                and name not in authors
            ):
                authors.append(name)
    return tuple(authors)


def _without_credentials(name: str) -> str:
    """'Katherine Marengo LDN' gives 'Katherine Marengo'; a credential alone gives ''. A name in
    capitals ('KAREN WU') has none."""
    words = name.split()
    if len(words) > 1 and name.isupper():
        return name
    while words and _CREDENTIAL.match(words[-1]):
        words.pop()
    return " ".join(words)


def _without_role(name: str) -> str:
    """'Helen Marsh Environment correspondent' and 'Agent Editor Helen Marsh' give 'Helen
    Marsh'."""
    words = name.split()
    for k in range(min(3, len(words) - 2), 0, -1):  # the longest title, a name of two left
        if _ROLE.matches(" ".join(words[-k:]), k):
            return " ".join(words[:-k])
        if _ROLE.matches(" ".join(words[:k]), k):
            return " ".join(words[k:])
    return name


def _date_from_timestamps(removed: list[Removal]) -> dt.date | None:
    for reason in ("meta.timestamp", "byline"):  # a byline may end with the date
        for item in removed:
            if item.reason == reason:
                found = parse_date(item.text)
                if found is not None:
                    return found
    return None
