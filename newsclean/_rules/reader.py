"""Notices the outlet addresses to its reader around a story, not the story's words: the
crisis-line notice appended under stories about suicide, callouts and reader surveys, the
terms for republishing the story, and the star-rating widget of blog plugins.

The crisis-line notice ('If you or someone you know is struggling, call or text 988') is the
outlet's standing service note, printed the same under every story on the subject and often
by its template; like an editor's note it is not part of the story. A story that reports on
a crisis line ('Calls to 988 rose by a third, officials said') keeps it: the rows open with
the guard of the outlet's voice (no quotation marks, no verb of reported speech).
"""

from __future__ import annotations

from ._rule import Rule, _r
from .voice import _SPEECH

__all__ = ["READER"]

#: The guard for an alternative that opens the block with its own words: a block with a
#: quotation mark or a verb of reported speech is a story's words. (Unlike the voice rows, these
#: rows also hold unguarded alternatives, so the guard is inline rather than ``unless=``.)
_START = r"^(?!.*(" + _SPEECH + r"))"
#: The services a crisis-line notice names.
_LINES = (
    r"(\b988\b|\blifeline\b|\bsamaritans\b|\bhelpline\b|\bhotline\b|\bcrisis (text )?line\b|"
    r"\b116 ?123\b|\b741741\b|\bbefrienders\b|\b13 11 14\b|\b1-?800-?273-?8255\b)"
)

# fmt: off
READER: tuple[Rule, ...] = (
    _r("notice.crisis-line", "the crisis-line notice an outlet appends under stories about "
       "suicide or mental health ('If you or someone you know is struggling, call or text "
       "988'; 'Samaritans ... 116 123')",
       _START + r"(need help\? |help is available\W+)?(if|when) (you|you['’]re|you are|anyone)"
       r"( or (someone|anyone|somebody) you know| or a loved one)?( is| are| may be)? "
       r"(struggling|in crisis|having (suicidal )?thoughts|feeling suicidal|thinking (about|of) "
       r"(suicide|self-harm|harming)|considering suicide|at risk|affected by|experiencing|"
       r"in (emotional )?distress|need(s|ing)? (to talk|help|support)|going through)\b"
       r"(?=.{0,300}" + _LINES + r")"
       r"|" + _START + r"(need help\? |help is available\W+)?(in the (us|u\.s\.|united states|uk|"
       r"u\.k\.|united kingdom|uk and ireland|republic of ireland|ireland|us and canada)|in "
       r"(australia|canada|new zealand)|elsewhere|internationally|globally),? [^.]{0,40}"
       r"\b(call|text|dial|ring|phone|contact|reach|chat with|can be (contacted|reached))\b"
       r"[^.]{0,60}" + _LINES
       + r"|" + _START + r"(the )?(988 )?suicide (and|&) crisis lifeline (is|can be) "
       r"(available|reached|contacted)\b"
       r"|" + _START + r"(for (free,? )?(confidential |emotional )?support,? |you can )?(call|"
       r"contact|reach|text) (the )?samaritans\b"
       r"|" + _START + r"(the )?samaritans (can be (contacted|reached)|are available|is "
       r"available|offer)\b",
       drop=("If you or someone you know is in crisis, call or text 988 to reach the Suicide "
             "and Crisis Lifeline.",
             "If you or someone you know is struggling or in crisis, help is available. Call or "
             "text 988 or chat at 988lifeline.org.",
             "If you are having thoughts of suicide, call the National Suicide Prevention "
             "Lifeline at 1-800-273-8255.",
             "In the UK, the Samaritans can be contacted on 116 123 or by emailing "
             "jo@samaritans.org.",
             "For confidential support call the Samaritans on 116 123, visit samaritans.org or "
             "visit a local Samaritans branch.",
             "Need help? In the US, call or text 988 to reach the 988 Suicide & Crisis Lifeline.",
             "The 988 Suicide & Crisis Lifeline is available 24/7 by calling or texting 988.",
             "In Australia, call the crisis support service Lifeline on 13 11 14."),
       keep=("Calls to the 988 lifeline rose by a third last year, officials said.",
             "“If you are struggling, call 988,” the governor told reporters.",
             "If you are struggling with your goals, revisit the framework and tweak them.",
             "The Samaritans said it had answered more calls than ever.",
             "In the UK, the helpline received 10,000 calls last year, the charity's report "
             "shows.",
             "In the US, the lifeline took 5 million calls in its first year, according to the "
             "agency."),
       max_words=80),
    _r("feedback.callout", "a callout or a reader survey under a story: 'We want to hear from "
       "you', 'Take our reader survey', 'Tell us what you think', a pitch for guest "
       "commentaries",
       _START + r"we( would|['’]d)? (want|like|love) to hear( from you\W*$|, did we miss\b| "
       r"your (thoughts|views|feedback|stories)\b.{0,60}\b(form|survey|below|here|e-?mail)\b"
       r"| from you[:.!] [^.?!]{3,120}\? (share|send|submit) your (story|stories|experience|"
       r"thoughts)\b)"
       r"|" + _START + r"([^.?!]{1,80}[.?!] )?(please )?(take|complete|fill (out|in)|answer) "
       r"our (short |quick |brief |\d+[- ]minute )?(reader |readers['’]? |audience )?(survey|"
       r"questionnaire|poll)\b"
       # (anchored at both ends: 'tell' is one of the guard's verbs of speech)
       r"|^tell us (what you think|how we can improve( this (post|article|story|page))?)\W*$"
       r"|^(share|tell us) your (story|stories|thoughts|experience)\W*$"
       r"|^have a question about (our|this|the) (coverage|story|reporting|article)\? "
       r"(ask|send|submit|tell)\b"
       # 'Speak Up: Do you have a question or a story idea you'd like us to look into?'
       r"|^([\w ]{1,20}: )?(do you )?have a (question|story idea|tip)( or an? (question|story "
       r"idea|tip))? (you['’]d like us to|for us to|we should) (look into|investigate|answer|"
       r"cover)\b"
       r"|" + _START + r"(want|would you like) to (submit|write|send( us)?) an? (guest (commentary|"
       r"column|essay|op-ed|post)|op-ed|commentary|letter to the editor)\b"
       r"|\bfind our submission guidelines\b",
       drop=("We want to hear from you", "We want to hear from you: How has the drought "
             "changed your farm? Share your story with us.",
             "We want to hear, did we miss an angle we should have covered? Should we come back "
             "to this topic? Or just give us a rating for this story. We want to hear from you.",
             "Want to submit a guest commentary or reaction to an article we wrote? You can find "
             "our submission guidelines here.",
             "Take our reader survey", "Take our 1 minute survey",
             "Did this story answer your questions? Take our reader survey.",
             "Tell us what you think", "Have a question about our coverage? Ask it here.",
             "Speak Up: Do you have a question or a story idea you'd like us to look into? The "
             "Ledger wants to hear from you.",
             "Tell us how we can improve this post?", "Share your story",
             "We'd love to hear your thoughts: fill in the form below."),
       keep=("“We want to hear from you,” the mayor told residents at the meeting.",
             "Take this survey with a grain of salt: only 200 people answered it.",
             "Tell us what you think about the plan, the council asked residents in a letter.",
             "If this sounds like you, then please share your story."),
       max_words=60),
    _r("republish.terms", "the terms on which other outlets may republish the story: credit, "
       "no changes, and the pixel that counts their readers",
       _START + r"you (may|can|are free to|are welcome to) republish (this|our) (article|story|"
       r"articles|stories)\b"
       r"|\b(invisible|tracking) pixel\b.{0,200}\brepublish"
       r"|^(?-i:[A-Z])[\w .'’&-]{1,40}['’]s? (stories|articles|journalism|content) (may|can) be "
       r"republished\b"
       r"|^we want our (stories|articles|journalism|reporting) to be (shared|read|republished) "
       r"as widely as possible\b"
       r"|^(please )?(view|see|read|review) ([\w'’.]+ ){1,3}republishing (policy|guidelines|"
       r"terms)\W*$",
       drop=("We want our stories to be shared as widely as possible — for free.",
             "Please view Chalkbeat's republishing policy.",
             "Houston Landing's stories may be republished for free. Please credit Houston "
             "Landing and link to the original story.",
             "You may republish this article, so long as you credit the authors and the Ledger, "
             "and do not change the text.",
             "We put an invisible pixel in the article so that we can count traffic to "
             "republishers. If you republish, please do not delete the pixel."),
       keep=("You can republish this article only with permission, the agency's lawyer said.",
             "The tracking pixel, which the site placed on every page, was found by "
             "researchers."),
       max_words=120),
    _r("feedback.rating", "the star-rating widget of blog plugins under a post",
       r"^\[total: \d+ average: [\d.]+\]$"
       r"|^click (on )?(a star |the stars )?to rate (it|this (post|article|recipe))\W*$"
       r"|^no votes so far! be the first to rate this post\W*$"
       r"|^average rating:? [\d.]+ ?/ ?\d+\W+vote count:? \d+\W*$"
       r"|^we are sorry that this post was not useful for you\W*$"
       r"|^let us improve this post\W*$|^as you found this post useful\W*$"
       r"|^submit rating\W*$",
       drop=("Click to rate this post!", "[Total: 0 Average: 0]", "[Total: 3 Average: 4.7]",
             "No votes so far! Be the first to rate this post.",
             "Average rating 5 / 5. Vote count: 1", "Click on a star to rate it!",
             "We are sorry that this post was not useful for you!", "Let us improve this post!",
             "As you found this post useful...", "Submit Rating"),
       keep=("Click to rate this post, the site asked, and 2,000 readers did.",),
       max_words=12),
)
# fmt: on
