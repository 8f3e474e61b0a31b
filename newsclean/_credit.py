"""Photo credits: the credit that closes a caption ('... on Friday. (Image: GETTY)', 'Photo:
Hau Dinh, AP', '... | Kirby Lee-USA TODAY Sports'). A line that ends in one is a caption, never a
headline or a dek. The rules table drops a credit on a line of its own (``caption.credit``);
this pattern finds one at the end of a longer line.
"""

from __future__ import annotations

import re

from ._blocks import ends_sentence
from ._gate import Gate

__all__ = ["closes_with_credit", "credit", "is_credited_sentence", "opening_credit"]

_INLINE_CREDIT = re.compile(
    r"(\((ap|afp|reuters|getty|epa|efe|ap photo|photo|image|credit|picture|pic( credit)?|courtesy|"
    r"kyodo|xinhua|yonhap|anadolu|antara|bernama|ansa|tass|ians|pti|ani|jiji|"
    r"pa( wire| media| images)?)\b[^()]{0,80}\)"
    r"|\b(photo|photograph|image|credit|picture|pic|visual)s?( credits?| by)?\s?[:/]\s?[^.]{2,60}"
    # after a dash: '... at Schiphol Airport - Credit: Depositphotos/Name - License: Depositphotos'
    r"|[-–—] (photo|image|picture|credit)s?( credits?| by)?: ?[^.]{2,80}$"
    # a source, then the photographer and the outlet: '... school. Source: Ken Mürk/ERR'
    r"|\bsource: (?-i:[A-Z])[\w.'’ -]{1,40}/ ?(?-i:[A-Z])[\w.'’ -]{1,30}$"
    # '(Jane Doe/AP)', '(Jane Doe for The Washington Post)', '(Jane Doe, KSL.com)': a name,
    # then the outlet
    r"|\((?-i:[A-Z])[\w.'’-]+( (?-i:[A-Z])[\w.'’-]+| de| van| von| da){1,3}( ?/ ?| for (the )?|, )"
    r"(?-i:[A-Z])[^()]{0,30}"
    r"(ap|afp|reuters|getty images|shutterstock|alamy|epa|upi|news|times|post|journal|tribune|"
    r"herald|press|magazine|images|photos?|wire|today|handout|digital|\.com|\.ca)\)"
    # a service's or body's photo: '(U.S. Air Force photo by Staff Sgt. Jane Doe)'
    r"|\((?-i:[A-Z])[\w.'’ -]{0,40} (photo|photograph|image)s? (by|courtesy of) [^()]{2,60}\)"
    # after a caption's full stop (one look behind for all the forms that follow one):
    r"|(?<=[.!?”’] )("
    # ... a bar, a name and an outlet: '... on March 4. | Francis Chung/POLITICO'
    r"\| (?-i:[A-Z])[\w.'’ -]{1,40}/ ?(?-i:[A-Z])[\w.'’ -]{1,30}"
    # ... an agency's acronym in brackets: '... on Tuesday. (SPA)'
    r"|\((?-i:[A-Z]{2,6})\)"
    # ... a dash and a photo credit: '... on Tuesday. — Photo courtesy: Punjab govt', '— AFP'
    r"|[—–] ?((photo|image|picture|file)s?\b[^.]{0,50}|file ?pic|[\w/ .'’-]{1,40} screengrab"
    r"|ap|afp|reuters|xinhua|anadolu)"
    # ... a name and the USA Today network's agency: '... | Kirby Lee-USA TODAY Sports'
    r"|\| (?-i:[A-Z])[\w.'’ -]{1,40}-(usa today( sports| network)?|imagn images)"
    # ... a name, then a bar and the outlet or the photographer's address (Advance Local,
    # McClatchy): '... in Montclair. Jane Doe | For NJ Advance Media', '... Jane Doe jdoe@x.com'
    r"|(?<=(?-i:[a-z\d])\. )(?-i:[A-Z])[\w.'’-]+( (?-i:[A-Z])[\w.'’-]+){1,3}"
    r" (\| (?-i:[A-Z])[^|]{2,50}|[\w.+-]+@[\w-]+\.[\w.]+)"
    # ... a name and a one-word outlet: '... in 1988. (Dana Fitch/Patch)'
    # ... or an agency and a name: '... on March 5. (Antara/Hafidz Mubarak A.)'
    r"|\((?-i:[A-Z])[\w.'’&-]*( (?-i:[A-Z])[\w.'’&-]*){0,2} ?/ ?(?-i:[A-Z])[\w.'’-]*"
    r"( (?-i:[A-Z])[\w.'’-]*){0,3}\)"
    r"|\((?-i:[A-Z])[\w.'’-]+( (?-i:[A-Z])[\w.'’-]+){1,3} ?/ ?(?-i:[A-Z])[\w.'’-]+\)"
    # ... a name and a bar: '... in Huntsville. (Jane Doe | jdoe@al.com)'
    r"|\((?-i:[A-Z])[\w.'’-]+( (?-i:[A-Z])[\w.'’-]+){1,3} \| [^()|]{2,50}\)"
    # ... a name working for an outlet: '... in Queens. (Christian Martinez for Chalkbeat)'
    r"|\((?-i:[A-Z])[\w.'’-]+( (?-i:[A-Z])[\w.'’-]+){1,3} for (the )?(?-i:[A-Z])[\w.'’&-]*"
    r"( (?-i:[A-Z])[\w.'’&-]*){0,3}\)"
    # ... an agency: '... on Feb. 20. Scott Olson via Getty Images'
    r"|((?-i:[A-Z])[\w.'’-]*( (?-i:[A-Z])[\w.'’-]*){0,4}( ?/ ?(?-i:[A-Z]{2,6}))?"
    r"( via | ?/ ?| for |, ))?"
    r"(getty images|ap|afp|reuters|shutterstock|alamy)"
    # ... a source that hands out pictures: '(Canton Police Department)'
    r"|\((?-i:[A-Z])[\w.'’&-]*( ((?-i:[A-Z])[\w.'’&-]*|of|for|the|and|via)){0,5}"
    r" (department|police|office|handout|images|photos?|digital|archives?|family|pool|"
    r"productions|pictures|studios?|films|records)\))"
    # wire and broadcaster forms: '(ABC News: Jane Doe)', '(Supplied)', '[File: X/Reuters]', '© X'
    r"|\((abc[\w ]{0,20}|aap|supplied)(: [\w .'’-]{2,40})?\)|\(file (image|photo|picture)\)"
    r"|\([\w .'’-]{2,40}/(cbc|radio-canada|(the )?canadian press|reuters|afp|ap|getty images|"
    r"bloomberg|aap|shutterstock)\)|(?<=[a-z]\.)(?-i:[A-Z])[\w .'’-]{1,40}/[\w .'’-]{2,40}"
    r"|\[(file:? )?[^\[\]/]{2,60}/[^\[\]]{2,40}\]|\s©\s?[^©.]{2,60}"
    r"|\[(photo|image|picture|pic)s?( credit)?: ?[^\[\]]{2,60}\]"
    # after a caption's full stop: 'Photograph by Brian Skerry, Nat Geo Image Collection'
    r"|(?<=[.!?”’] )(photo(graph)?|illustration|chart|graphic|map)s? by (?-i:[A-Z])[^.]{2,60}\.?"
    # ... a handout's source and where it was posted: '... Courtesy of Nora Vance/Instagram'
    r"|(?<=[.!?”’] )(photo )?courtesy( of)? (?-i:[A-Z])[\w.'’ -]{1,40}/ ?[\w.'’ -]{2,30}"
    # ... a hyphen, a name and a role: '... on Tuesday. - Jane Doe/Photographer'
    r"|- (?-i:[A-Z])[\w.'’ -]{1,40}/ ?(photographer|contributor|staff|file)"
    # after a caption's comma: 'Glass Orchard, photo by Matt Ruiz'
    r"|, (photo|photograph)s? by (?-i:[A-Z])[\w.'’-]+( (?-i:[A-Z])[\w.'’-]+){0,3})$",
    re.IGNORECASE,
)
#: ... searched behind an RE2 gate: of the texts that hold a mark, nine in ten are turned down
#: there in one linear pass, without ``re``'s backtracking through every alternative.
_GATED_CREDIT = Gate(_INLINE_CREDIT)
#: A credit that does not close in a bracket holds ':', '©', '/', ' | ' or ' by ' ('Photo: ...',
#: 'Name/AP', '| Name', ', photo by Name'; ``credit`` tests them one by one). One without a mark
#: ends in a bracket or an agency's name:
_CREDIT_ENDS = (")", ")\n", "]", "Images", "AP", "AFP", "Reuters", "Filepic", "File pic")


#: A credit opening a caption, in brackets, a name, then a bar or a slash and the outlet
#: ('(Francisco Kjolseth | The Salt Lake Tribune) The lake near the marina on Nov. 12.').
_OPENING_CREDIT = re.compile(
    r"\((?-i:[A-Z])[\w.'’-]+( [\w.'’-]+){0,3}( \| | ?/ ?)(?-i:[A-Z])[\w.'’ &-]{1,40}\) (?=[A-Z])"
)


def opening_credit(text: str) -> str | None:
    """The caption after a credit that opens it in brackets, or None."""
    found = _OPENING_CREDIT.match(text) if text.startswith("(") else None
    return text[found.end() :] if found else None


def is_credited_sentence(text: str) -> bool:
    """A sentence followed by a photo credit: 'Crowds gather on Friday. (Image: GETTY)'."""
    found = credit(text)
    return found is not None and ends_sentence(text[: found.start()].rstrip())


def closes_with_credit(text: str) -> bool:
    """A caption, by its closing photo credit: one in brackets ('... (Picture: Getty)') or after
    a dash ('... - Credit: Name'), or one after a sentence. Never a headline or a dek."""
    found = credit(text)
    return found is not None and (found.group()[:1] in "([-–—" or is_credited_sentence(text))


def credit(text: str) -> re.Match[str] | None:
    """A photo credit closing the text: in brackets, after a colon, a slash, '|' or '©', or
    a name and an agency ('Jane Doe, Getty Images')."""
    if not (
        ":" in text
        or "/" in text
        or "©" in text
        or " | " in text
        or " by " in text
        or "@" in text
        or text.endswith(_CREDIT_ENDS)
    ):
        return None
    return _GATED_CREDIT.search(text)
