"""The outlet speaking to its reader in its own voice, read by the words it uses together
rather than by one site's sentence: its journalism and its readers' support ('our newsroom'
... 'readers like you'), its channels ('read our ePaper', 'sign up for our newsletter'), its
invitations to write in ('email our news team at'), its funding notes.

Every row of this family refuses (``unless``) a block with a quotation mark or a verb of
reported speech ('said', 'told', 'wrote', 'according to'): that is a story's words, however
much it sounds like the outlet ('"We rely on your support," the mayor said').
"""

from __future__ import annotations

from ._rule import Rule, _r

__all__ = ["VOICE"]

#: Not the outlet's voice but a story's words: a quotation mark, a verb that reports speech.
_SPEECH = (
    r"[\"“”‘]|\b(said|says|say|told|tells|tell|wrote|writes|added|adds|asked|urged|announced|"
    r"explained|stated|according to)\b"
)
#: The outlet's journalism, in the first person plural, or as a newsroom speaks of itself.
_OURS = (
    r"\bour (own )?(independent |local |nonprofit |non-profit |award-winning |quality |"
    r"investigative |fact-based |trusted |original )?(journalism|reporting|newsroom|reporters|"
    r"journalists|news ?team|coverage|editorial team|work)\b"
    r"|\bwe['’]re (now |more |even more |increasingly )?(reliant|dependent) on\b"
    r"|\bwe are (now |more |even more |increasingly )?(reliant|dependent) on\b"
    r"|\bwe (rely|depend|count) (entirely |heavily )?on\b|\bwhat we do\b"
    r"|\b(is|are) (funded|supported|powered|sustained|paid for|made possible) (entirely |"
    r"largely |mainly |primarily |in part )?by (its|our) (readers|subscribers|members|supporters|"
    r"donors)\b"
)
#: The outlet's journalism as it speaks of itself in the third person: weaker, so it needs a
#: plainer ask (below) than a bare 'subscribe'.
_THEIRS = (
    r"\b(independent|quality|high-quality|fearless|free-thinking|public[- ]interest|fact-based|"
    r"unbiased|nonpartisan|non-partisan) (journalism|reporting|news|media)\b"
    r"|['’]s? (journalism|reporting)\b"
    r"|\b(nonprofit|non-profit|501\(?c\)?\(?3\)?|reader-funded|reader-supported|member-supported) "
    r"(newsroom|news organi[sz]ation|news site|publication)\b"
)
#: The reader asked to pay, give or join.
_YOURS = (
    r"\byour (support|donation|contribution|gift|subscription|membership)\b"
    r"|\b(readers|people|supporters|members) like you\b"
    r"|\b(support|donate to|subscribe to|contribute to|join) us\b"
    r"|\bbecom(e|ing) an? ((?-i:[A-Z])[\w.'’&-]* ){0,2}(paying )?(member|subscriber|supporter|"
    r"patron|donor)\b"
    r"|\bsupport(ing)? (our|independent|local|quality|public[- ]interest) (journalism|reporting|"
    r"newsroom|work)\b"
    r"|\bif you value\b|\bhelp us (keep|continue|do|stay|grow)\b"
    r"|\b(free|open|freely accessible|free to read) (to|for) (all|everyone|every reader)\b"
    r"|\bnot everyone can afford\b|\bdonations from (our )?(readers|members|you)\b"
    r"|\bmake a (tax-deductible |one-time |monthly |small )?(gift|donation|contribution)\b"
    r"|(^|[.!?] )(please )?(consider )?(donate|subscribe|contribute|join|support)\b"
)
#: Any ask, for the first-person voice: the plain verbs too.
_ANY_ASK = (
    _YOURS + r"|\b(donate|subscribe|subscribing|contribute|chip in|donating|contributing)\b"
    r"|\byour (donations|contributions|gifts)\b|\bgive now\b"
)

# fmt: off
VOICE: tuple[Rule, ...] = (
    _r("voice.reader-support", "the outlet asks its readers for support in its own voice: its "
       "journalism in the first person plural ('our newsroom', 'we rely on') with the reader "
       "asked to give or join ('your support', 'readers like you', 'subscribe')",
       # (each pair read as one span, not the second part in a look-ahead: the prefilter then
       # reads both, and names the rule on a block with 'subscribe' alone no more)
       r"(" + _OURS + r").{0,500}(" + _ANY_ASK + r")|(" + _ANY_ASK + r").{0,500}(" + _OURS + r")"
       r"|(" + _THEIRS + r").{0,500}(" + _YOURS + r")|(" + _YOURS + r").{0,500}(" + _THEIRS + r")"
       r"|\bour (readers|members|subscribers|supporters|donors) (help )?(fund|"
       r"pay for|power|sustain|keep)\b"
       r"|\b(funded|supported|powered|sustained|made possible) (entirely |"
       r"largely |mainly |in part )?(by|through) (donations from |the (generous )?support of )?"
       r"our (readers|members|subscribers|supporters|donors)\b",
       drop=("The Ledger’s critical reporting and inspiring programs are made possible by the "
             "generous support of our members.",
             "Thank you for reading this article. We're more reliant on your support than ever as "
             "the shift in consumer habits brought about by the pandemic hits advertising.",
             "Newsroom is on a mission to provide independent journalism that shines a light on "
             "the issues that matter. Our readers help fund that mission.",
             "Our newsroom depends on a growing audience of readers to power our journalism. If "
             "you are not a paid reader, please consider becoming a subscriber.",
             "Our reporting holds power accountable no matter who is in office. That takes "
             "resources. We depend on support from readers like you.",
             "The Gazette is funded by its members. Become a member today.",
             "We rely on readers like you to keep our reporting free for everyone.",
             "We Rely On Your Support",
             "At the Gazette, we firmly believe in the importance of high-quality journalism. "
             "Recognizing that not everyone can afford costly news subscriptions, we keep our "
             "news freely accessible to all.",
             "The Ledger's journalism is made possible by our members. Join Ledger Members today.",
             "The Ledger is run by a small team and funded through donations from our readers.",
             "Your donations power our award-winning reporting. Give now.",
             "By becoming a Ledger Member, you directly strengthen our ability to deliver "
             "independent reporting."),
       keep=("“We rely on your support,” the mayor told volunteers at the food bank.",
             "The charity relies on donations, and its director said demand had doubled.",
             "We rely on donations from the public, the shelter's manager said, and every gift "
             "counts.",
             "The paper, which is funded by its readers, asked them to subscribe after the "
             "advertising market collapsed.",
             "Our reporters were the first to reach the village, and readers wrote in to donate "
             "blankets.",
             "‘Our journalism is only as good as the people who read it,’ she said, asking the "
             "audience to subscribe.",
             "Independent journalism is struggling, and the study found fewer people subscribe "
             "each year.",
             "The museum is free to all visitors, and donations from members fund its shows.",
             "We rely on volunteers to run the race, and this year we need more of them."),
       max_words=80, unless=_SPEECH),
    _r("voice.channel", "the outlet sends its reader to one of its channels: its ePaper or "
       "digital edition, or 'our' app, newsletter, podcast or WhatsApp channel",
       r"(^|(?<=[.!?] ))(now )?(you can )?(read|get|download|access|browse|subscribe to|"
       r"try|enjoy|flip through|sign up for|view)\b[^.!?]{0,60}\b(e-?paper|e-edition|"
       r"digital (print |replica )?edition|replica edition)\b"
       r"|\b(e-?paper|e-edition)\b[^.!?]{0,60}\b(anytime|anywhere|available to "
       r"(you|subscribers|all|everyone))\b"
       r"|^(now )?(you can )?(sign up|subscribe|download|follow|join|get|listen|"
       r"install|add|check out|tune in)\b[^.!?]{0,50}\bour ([\w-]+ ){0,3}(app|apps|newsletters?|"
       r"e-?paper|whatsapp|telegram|podcasts?|channel|alerts|briefing)\b"
       # ... in the second sentence, under a question ('Want a quick briefing? Listen to ...')
       r"|\? (listen to|subscribe to|download|sign up for|tune in to) our "
       r"([\w-]+ ){0,2}(app|podcasts?|newsletters?)\b",
       drop=("Want a quick briefing on the day's news? Listen to our latest podcasts.",
             "Now you can read the Jamaica Observer ePaper anytime, anywhere. The Jamaica "
             "Observer ePaper is available to you at home or at work.",
             "Read today's e-Edition", "The ePaper is available to subscribers from 5am daily.",
             "Download our free app for breaking news alerts.",
             "Join our WhatsApp channel for the day's top stories.",
             "Sign up to our free morning briefing."),
       keep=("The newspaper launched its ePaper in 2012, the publisher said.",
             "Readers can download the ePaper, which costs less than the print copy.",
             "Join our team at the hospital, the advert for nurses reads.",
             "Get our dog a new bed, my son kept asking."),
       max_words=60, unless=_SPEECH),
    _r("voice.write-in", "the outlet invites the reader to write in: e-mail its news team, send "
       "a tip or a letter, submit a commentary",
       # ('Email us at ...' alone also closes a how-to page's own advice: a story or tip first)
       r"\b(story|stories|tips?|news)\b[^@]{0,80}\b(e-?mail(ing)?|write to|"
       r"contact(ing)?|message|whatsapp|get in touch with|reach) us( directly)? (at|on|via|by)\b"
       r"[^@]{0,60}@\w"
       r"|\b(e-?mail(ing)?|write to|contact(ing)?|message|whatsapp|get in touch "
       r"with|reach) our (news ?team|newsroom|news ?desk|editors|editorial team)\b"
       r"|^we('d| would) love to hear from you\b"
       r"|^(do you have|have you got|got|know something about|have) (a |an )?"
       r"(story|news tip|opinion|photos?|videos?|view|question)( about| on)? (this|a|the) "
       r"(story|article|issue|topic)\?"
       r"|\b(submit|send|write) (us )?(a|an|your) (letter to the editor|guest "
       r"(column|essay|opinion piece)|op-ed)\b"
       r"|^send (us )?your (stories|photos|pictures|videos|news|tips)\b"
       r"|^(do you have|have you got|got) a (news )?(story|tip)\b[^?]{0,40}\?.{0,80}"
       r"(@\w|\be-?mail\b)",
       drop=("Get in touch with our news team by emailing us at webnews@metro.co.uk.",
             "Know something about this story? Email us at tips@hoodline.com.",
             "We'd love to hear from you about this story.",
             "Have an opinion about this story? Click here to submit a Letter to the Editor, and "
             "we may publish it in print.",
             "Submit a letter to the editor at freep.com/letters and we may publish it online or "
             "in print.",
             "Send your stories and photos now", "Do you have a story? Email tips@example.com"),
       keep=("Customers were told to email the company at its complaints address.",
             "Unsure how to store sensitive data? Email us at security@example.edu.",
             "Contact us at the front desk, the sign at the clinic reads.",
             "Residents who want to write to the council can send a letter to the town hall.",
             "Do you have a story about the flood? Many readers did, and the archive holds them."),
       max_words=60, unless=_SPEECH),
    _r("voice.funding", "the note that a grant or a funder supports the outlet's coverage or "
       "this story",
       r"\b(coverage|reporting|journalism|this (story|article|series|report|"
       r"reporting|project)) (of [\w .,'’&-]{1,60} )?(is|was|are|were) (supported|funded|made "
       r"possible|underwritten)( in part)? (by|through|with) (a |an )?([\w-]+ ){0,2}(grants?|"
       r"funding|support|donations?|contributions?)\b"
       # ... or by the outlet's volunteer network: 'made possible by Signal Akron Documenters'
       r"|^this (story|article|report|coverage) (was|is) made possible (in part )?by (the |our )?"
       r"(?-i:[A-Z])",
       drop=("This story was made possible by Signal Akron Documenters. Read the Documenters "
             "notes from Monday's meeting.",
             "The Ledger's coverage of rural health is supported in part by a grant from the "
             "Example Foundation.",
             "This story was funded by a grant from the Pulitzer Center.",
             "Our climate reporting is supported by a grant from the Example Foundation."),
       keep=("The research was funded by a grant from the state, the university said.",
             "The project is supported in part by grants from two foundations.",
             "Coverage of the games is funded by the broadcaster's licence fee."),
       max_words=50, unless=_SPEECH),
)
# fmt: on
