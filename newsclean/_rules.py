"""The boilerplate rules, as data.

Each ``Rule`` has an id (the ``reason`` recorded in ``Article.removed``), a one-line note on why
it exists, a pattern, and examples that it must drop and must keep; ``tests/test_rules.py`` runs
every example. A rule only looks at blocks of at most ``max_words`` words, so a long paragraph of
prose that happens to mention "advertisement" or "subscribe" is never dropped by a phrase.

Patterns are matched with ``re.search``, case-insensitively, against the block's text with its
outer whitespace stripped. Keep them linear: no nested quantifiers (``tests/test_rules.py``
times every pattern against long adversarial strings).

To add a language, add rules with ``language="de"`` (say): ``parse()`` uses the rules of every
language unless ``Options(languages=...)`` narrows them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["RULES", "Rule"]


@dataclass(frozen=True, slots=True)
class Rule:
    """One named boilerplate rule. Users may build their own and pass them in ``Options``."""

    id: str
    why: str
    pattern: str
    drop: tuple[str, ...] = ()
    keep: tuple[str, ...] = ()
    max_words: int = 12
    language: str = "en"
    regex: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.id or not self.why:
            raise ValueError("a rule needs an id and a one-line why")
        object.__setattr__(self, "regex", re.compile(self.pattern, re.IGNORECASE))

    def matches(self, text: str, words: int) -> bool:
        """Whether this rule removes a block with this text and word count."""
        return words <= self.max_words and self.regex.search(text) is not None


def _r(
    id: str,
    why: str,
    pattern: str,
    *,
    drop: tuple[str, ...],
    keep: tuple[str, ...] = (),
    max_words: int = 12,
) -> Rule:
    return Rule(id=id, why=why, pattern=pattern, drop=drop, keep=keep, max_words=max_words)


# fmt: off
RULES: tuple[Rule, ...] = (
    # --- widgets and advertising -------------------------------------------------------------
    _r("widget.next-score", "sports score widgets scraped above the headline",
       r"^next score\b|\bview the next score\b|^previous score\b"
       r"|^(ft|ht|full[ -]time|half[ -]time|aet|a\.e\.t\.)$"
       r"|^(final( score)?|final ?/ ?(ot|\d?ot|so)|box ?score|gamecast|play[- ]by[- ]play)\W*$",
       drop=("Next Score View the next score", "Previous Score View the previous score", "FT",
             "Full-time", "Final", "Box Score", "Final/OT"),
       keep=("The next score will decide the match.",)),
    _r("label.program", "the radio or TV programme a story aired on, printed under its headline",
       r"^(as )?(heard|seen) on (?-i:[A-Z])[\w'’ ]{1,40}\W*$",
       drop=("Heard on Morning Edition", "As heard on All Things Considered"),
       keep=("Heard on the street: prices are rising.",), max_words=8),
    _r("label.kicker", "a section or story-type label on a line of its own, above a headline",
       r"^(opinion|analysis|news analysis|live|live updates|breaking( news)?|exclusive|explainer|"
       r"fact check|developing( story)?|just in|editorial|commentary|sponsored story|"
       r"(uk |us |world |local |latest )?news)\W*$",
       drop=("Opinion", "Analysis", "Live", "Breaking News", "Exclusive", "LIVE UPDATES", "News",
             "UK News"),
       keep=("Live music returns to the park.", "Analysis of the data took two years."),
       max_words=4),
    _r("widget.ticker", "market tickers: an index, its level and its change",
       r"^(markets?( close| open)?:? )?(dow( jones)?|nasdaq|s&p( 500)?|ftse( 100)?|dax|"
       r"nikkei( 225)?|stoxx( 600)?|hang seng|bitcoin|btc)\s*:?\s*[$€£]?\d[\d,.]*\s*\(?"
       r"[+\-−▲▼]?\s?\d[\d.,]*%",
       drop=("Markets Close: Dow 34,102 (+0.4%)", "DOW 38,996.39 -0.25%",
             "Nasdaq 15,990.66 ▲ 1.1% S&P 500 5,088.80 ▲ 0.6%"),
       keep=("Dow Jones fell 2% on Monday, its worst day since March.",
             "The Nasdaq 100 rose 1.2% in early trading."), max_words=30),
    _r("ad.label", "advertising slots leave their label in the text",
       r"^(advertisement|advertising|sponsored( content)?|ad|ads|paid (content|post)|"
       r"promoted( content)?|story continues below( this)? (advertisement|ad)|"
       r"(article|story) continues( below| after)?( this)?( advertisement| ad)?|"
       r"continue reading below|content continues below|"
       r"scroll to continue( with content)?|ad feedback|report (this |an )?ad|"
       r"skip (this )?(ad|advertisement)|advertiser content|supported by|"
       r"advertisement\W+(scroll to continue|continue reading below|story continues below))\W*$"
       r"|^((sponsored|promoted|recommended) (stories|links|content|headlines)( for you)?|ads|"
       r"(promoted )?links|content) by (taboola|outbrain|revcontent|zergnet)\W*$"
       r"|^(sponsor message|become an? [\w ]{1,20} sponsor)\W*$"
       r"|^before it['’]s here, it['’]s on the\b"
       r"|^(article content|advertisement \d{1,2})\W*$|^this advertisement has not loaded yet\b",
       drop=("Advertisement", "ADVERTISEMENT", "Story continues below advertisement",
             "Article continues below", "Ad Feedback", "Sponsored Content", "Supported by",
             "Advertisement - Scroll to continue", "SKIP ADVERTISEMENT",
             "Article continues after advertisement", "Report an ad", "Content continues below",
             "Story continues", "Sponsored Stories by Taboola", "Promoted Links by Outbrain",
             "Sponsor Message", "Become an NPR sponsor",
             "Before it’s here, it’s on the Bloomberg Terminal LEARN MORE", "Article content",
             "Advertisement 2",
             "This advertisement has not loaded yet, but your article continues below."),
       keep=("Advertisement revenue fell by 12 percent last year.",)),
    # --- newsletters, subscriptions, paywalls --------------------------------------------------
    _r("newsletter.signup", "newsletter boxes inside the article",
       r"^newsletters?\W*$|^thanks for reading\b.{0,80}\b(subscribe|share)\b|"
       r"\b((sign up|subscribe|register)( now| today| here)? (for|to) .{0,40}newsletters?|"
       r"(our|free|daily|weekly|morning|evening) .{0,30}newsletter\W*$|in your inbox|"
       r"inbox every|sign up for (our|the|more)|"
       r"thank(s| you) for signing up|you('| a)re (now )?subscribed|signing up you agree|"
       r"delivered ((right |straight |directly )?to your inbox|every (morning|day|week|evening))|"
       r"enter your email|"
       r"email address|subscribe to (our|the)|get (the|our) (latest|best)|privacy notice)\b"
       r"|^(thanks?( you)? for subscribing( to [\w ]{1,40})?|you('| a)re all set)\W*$"
       r"|^join our (mailing list|newsletter|email list)"
       r"|^sign up (now |today )?(for|to get|to receive) (breaking news|the latest|exclusive|"
       r"free|daily|weekly|all the)\b"
       r"|^sign up (to|for) (?-i:[A-Z])[\w&'’]*( (?-i:[A-Z])[\w&'’]*| (to|of|the|and|in|on)){0,5}"
       r"[.!]?$"
       r"|^(skip past|after) newsletter promotion\W*$"
       r"|^get (the|our|all the) [\w ]{1,40} (by|via) e-?mail\W*$|^we have more newsletters\b"
       r"|^leave your e-?mail\b|^subscribe to [\w .'’&-]{1,40} (news )?alerts\b",
       drop=("Get Today's Headlines in your inbox:",
             "The day's top stories delivered every morning.",
             "Thank you for signing up! Sign up for more newsletters here",
             "Sign up for our newsletter", "Enter your email address", "Thanks for subscribing!",
             "You're all set!", "Join our mailing list", "Sign up to Art Weekly",
             "Sign up now for the Deals newsletter.",
             "Thank you for subscribing to our daily newsletter.",
             "Sign up to Down to Earth", "skip past newsletter promotion",
             "after newsletter promotion", "Get the biggest daily stories by email",
             "We have more newsletters", "Sign up for Essential California.",
             "Sign up for breaking news, reviews, opinion, top tech deals, and more.",
             "Leave your email to get our top morning stories.",
             "Subscribe to Deadline Breaking News Alerts and keep your inbox happy.",
             "Thanks for reading The Weekly! Subscribe for free to receive new posts."),
       keep=("The newsletter, founded in 1998, was sold to a rival publisher last month "
             "for an undisclosed sum.", "How to write a good newsletter with AI")),
    _r("paywall.pitch", "subscription and paywall pitches",
       r"^((subscribe|log ?in|sign ?in|sign ?up|register)( now| here| today| for free|"
       r" to (your|my) account)?\W*$|"
       r"(subscribe( now| today)?( for| to get)?|get|enjoy) (unlimited|full|all)"
       r"([- ]digital)?[- ]access|"
       r"subscribe( now| today)? to (continue|keep) reading|(log ?in|sign ?in) or subscribe\b|"
       r"subscribe( now| today)? (for|from) (just |only )?\$?\d|already have an account|"
       r"you have \d+ free (articles?|stories)|\d+ free (articles?|stories) (remaining|left)|"
       r"donate( now| today)?\W*$|(please )?(consider )?support(ing)? (our|independent|local) "
       r"(work|journalism|reporting)|support (us|the \w+)\W*$|become a supporter|"
       r"your support (helps|makes|allows|keeps)|try \d+ (months?|weeks?|days?) for\b|"
       r"register to (continue|keep) reading|(sign|log) ?in to (read|continue)\b|"
       r"get \d+% off|get \d+ (weeks|months|issues) (for|from) [£$€]\d+|"
       r"this (article|story|content|post) is (only )?(for|available to|reserved for) "
       r"(paying )?(subscribers|members)|"
       r"already (a )?subscriber|"
       r"become a (member|subscriber)|support (our|independent) journalism|"
       r"unlock (this|unlimited)|subscribers? only|for subscribers\W*$|"
       r"(get|start) (your )?(free )?(trial|access)|"
       r"this (article|content) is (only )?(available|reserved) (to|for) subscribers|"
       r"(you have|you've) (reached|read) (your|\d+)|create (a free|an) account|"
       r"(only|just) \$?\d[\d.,]* (a|per) (month|week|year)|"
       r"continue reading( your article)?( with)?|"
       r"to (continue|keep) reading\b.{0,40}\b(subscribe|log ?in|sign ?in|register)|"
       r"subscribe( now)? to (listen|read)|access to .{0,40} requires? a .{0,20}subscription|"
       r"log ?in, register or subscribe|by subscribing, you (can )?(help|support)|"
       r"([\w ]{1,40}: )?try (it )?free for (one|a|\d+) (month|week)s?)\b"
       r"|\b(gain|get|enjoy) unlimited access\b.{0,80}[.!] subscribe( now| today)?\W*$",
       drop=("Subscribe now", "Already a subscriber? Log in", "Sign Up", "Sign in to your account",
             "Subscribe now for unlimited access", "This article is for subscribers only.",
             "Support independent journalism",
             "Continue reading your article with a WSJ membership",
             "You have reached your limit of free articles",
             "To continue reading, subscribe now.", "Subscribe to continue reading",
             "Log in or subscribe to read more", "Subscribe today for just $1 a week",
             "Already have an account? Sign in", "You have 2 free articles remaining",
             "Donate now", "Please consider supporting our work", "Support The Guardian",
             "Become a supporter", "Your support helps us report the news", "Try 1 month for $1",
             "Register to continue reading", "Sign in to read the full article",
             "Get 50% off your first year", "Get all-access to exclusive stories.",
             "Get 12 weeks for £12",
             "Subscribe to listen", "For Subscribers",
             "Access to Herald Premium articles require a Premium subscription. Subscribe now "
             "to listen.", "Log in, register or subscribe to save articles for later.",
             "By subscribing, you can help us get the story right.",
             "Telegraph subscription: Try it free for one month",
             "Stay informed and gain unlimited access to the Daily Beast's unmatched reporting. "
             "Subscribe now."),
       keep=("Register for the vote by Friday, officials urged in a statement on Tuesday.",
             "This article is for readers who missed the first part of the series."),
       max_words=16),
    _r("newsletter.pitch", "a paragraph that pitches a newsletter: what it brings, to your inbox",
       r"\b(newsletters?|digest)\b.{0,160}\b((sign up|subscribe) (now|today|here)|"
       r"(delivered|sent|straight|right|directly) to your inbox|"
       r"deliver(s|ing)? [^.]{0,60}\b(to|in) your inbox)\b"
       r"|^(sign up|subscribe)( now| today)? (to|for) (our|the|a) .{0,60}\bnewsletters?\b"
       r"|^was this (newsletter|email) forwarded to you\?"
       r"|[—–:.!?-] (sign up|subscribe)( now| today)? (for|to) [\w'’ .&-]{0,40}\bnewsletters?\b"
       r"|^sign up for (our|the|free|[\w.&-]+['’]s) [\w .'’&-]{0,40}newsletters?\b"
       r"|\bto your inbox\b.{0,30}[.!] (sign up|subscribe)( now| today| here)?\W*$"
       r"|^get (more )?[\w .'’&-]{0,30} delivered (straight |right |directly )?to your inbox\b"
       r"|^(recommended|featured) newsletter:|^get instant access to breaking news\b"
       r"|[.!?] (sign up|subscribe) (for|to) (the |our )?free (?-i:[A-Z])[\w .'’&-]{1,40}[.!]?$"
       r"|^subscribe to (the |our )?[\w .'’&-]{1,40} to (have|get|receive)\b.{0,60}\binbox\W*$"
       r"|^sign up (now |today )?to (receive|get) (a |our )?(free )?((daily|weekly|morning|"
       r"evening) )?(e-?mail|newsletter|digest|briefing)\b"
       r"|^get (the|our) [\w .'’&-]{1,50} (by|via) e-?mail and never miss\b"
       r"|^thanks for reading\b.{0,80}\bsubscribe\b",
       drop=("Love movies? Live for TV? Our Watch Party newsletter has all the best "
             "recommendations, delivered right to your inbox. Sign up now.",
             "Sign up to our fortnightly Heart Matters newsletter to receive healthy recipes, "
             "new activity ideas, and expert tips.",
             "Never miss a story — sign up for PEOPLE's free daily newsletter to stay "
             "up-to-date on the best of what PEOPLE has to offer.",
             "Sign up for our daily newsletter to receive the best stories from The New Yorker.",
             "Get more local news delivered straight to your inbox. Sign up for free Patch "
             "newsletters and alerts.",
             "Get instant access to breaking news, the hottest reviews, great deals and helpful "
             "tips.",
             "Get your news from a source that’s not owned and controlled by oligarchs. Sign up "
             "for the free Mother Jones Daily.",
             "Subscribe to the Mother Jones Daily to have our top stories delivered directly to "
             "your inbox.",
             "Sign up for Gizmodo's Newsletter. For the latest news, Facebook, Twitter and "
             "Instagram.",
             "Get the Daily Beast's biggest scoops and scandals delivered right to your inbox. "
             "Sign up now.",
             "Recommended Newsletter: CEO Daily provides key context for the news leaders need to "
             "know from across the world of business. Subscribe Now.",
             "Simply sign up to the UK employment myFT Digest -- delivered directly to your "
             "inbox.",
             "Get The Times of Israel's Daily Edition by email and never miss our top stories",
             "Thanks for reading The Weekly Planner! Subscribe for free to receive new posts and "
             "support my work.",
             "Sign up to receive a daily email of today's top military news stories from Stars "
             "and Stripes.",
             "The free Proof Points newsletter delivers one research story to your inbox every "
             "Monday.", "Was this newsletter forwarded to you? Sign up to get it in your inbox."),
       keep=("Sign up to receive alerts when the river rises, the county urged residents.",
             "The company, which publishes a newsletter for investors, said it had 40,000 "
             "paying readers and would not ask them to subscribe again after the merger.",
             "Readers who subscribe to the print edition will keep their discount, the "
             "publisher said in a statement on Monday.",
             "More than 20,000 people subscribe to the newsletter, which she writes on Sundays.",
             "Get the bread delivered to your door, the baker told customers."),
       max_words=60),
    _r("paywall.appeal", "appeals for donations or subscriptions, and republishing notices, "
       "written as paragraphs",
       r"\bwe have a (small )?favou?r to ask\b"
       r"|\bplease consider (supporting (us|our)\b|pitching in|donating|"
       r"making a (small |one-time |monthly )?(donation|contribution|gift)|"
       r"a (small |one-time |monthly )?(donation|contribution|gift))"
       r"|^if you('re| are) enjoying (this|our) (article|story|post|reporting|journalism),? "
       r"(please )?(consider )?(supporting|subscribing|donating)\b"
       r"|^(double|triple|make|give) (my|a|your) (donation|gift)\W*$"
       r"|^republish (our|this) (articles?|story|stories)\b"
       r"|^(this|the) (article|story) is exclusive to .{1,40}\b(subscribers|members)\b"
       r"|^to read the rest of this (story|article)\b"
       r"|\byou('ve| have) read \d+ [\w .'’&-]{1,40} (articles|stories)\b"
       r"|\brepublish our articles for free\b"
       r"|\bhelp us keep (going|it free|reporting)\W*$"
       r"|\btry (a|one|\d+) (weeks?|months?) (on us|for free|free)\W*$"
       r"|^(on )?supporting (science |local |independent |quality )?journalism\W*$"
       r"|\bevery (dollar|donation|gift) you (give|donate|make)\b[^.]{0,60}\b(matched|doubled)\b"
       r"|^we believe in the free flow of information\W*$"
       r"|^use our content\W*$|^this (story|article) can be republished for free\b"
       r"|\bpowered by (our )?(members|readers|donors)\b.{0,30}\bjoin us\W*$",
       drop=("Since you made it to the bottom of this article, we have a small favor to ask.",
             "We're really pleased that you've read 10 Times of Israel articles in the past "
             "month.", "We've been covering the war since day one. Help us keep going.",
             "We believe in the free flow of information. Republish our articles for free, "
             "online or in print, under Creative Commons licence.",
             "Thank you for reading this article. If you haven't already, please consider "
             "supporting our trusted, fact-checked journalism by taking out a digital "
             "subscription.",
             "If you believe stories like this matter, please consider pitching in what you can.",
             "If you're enjoying this article, consider supporting our award-winning journalism "
             "by subscribing.", "Double my donation",
             "Republish our articles for free, online or in print, under a Creative Commons "
             "license.", "Republish this article",
             "This article is exclusive to STAT+ subscribers",
             "To read the rest of this story subscribe to STAT+.",
             "On supporting science journalism", "We believe in the free flow of information",
             "USE OUR CONTENT", "This story can be republished for free (details).",
             "Subscribe to The Athletic for in-depth coverage of your favorite players, teams, "
             "leagues and clubs. Try a week on us.",
             "Thanks to NewsMatch, every dollar you give will be doubled through December 31.",
             "We’re independent of corporate interests — and powered by members. Join us."),
       keep=("The charity said it would ask donors to double their gifts this winter.",
             "Every dollar you give to a campaign is reported. Few gifts are ever matched.",
             "Please consider the evidence before you vote, the judge told the jury.",
             "Supporting journalism in small towns has become harder, the report found.",
             "Join us, the founder of the co-op said; it is powered by members."),
       max_words=60),
    _r("account.prompt", "prompts to make an account or log in to save, follow or comment",
       r"^create (a |your )?free (profile|account)\b|^(log|sign) ?in to (save|bookmark|follow)\b",
       drop=("Create your free profile or log in to save this article",
             "Sign in to save this story", "Create a free account to follow this topic"),
       keep=("Create a profile of each suspect, the detective told her team.",), max_words=16),
    # --- sharing and social ------------------------------------------------------------------
    _r("share.prompt", "share bars and social prompts",
       r"^(share( this| full| the)?( article| story| page)?( on \w+| via \w+)?|share on facebook|"
       r"share this:?|tweet( this)?|email( this)?( article| story)?|"
       r"print( this)?( page| article| story)?|pin( it)?|"
       r"copy( the| article)? link( to clipboard)?|((normal|larger?|very large|smaller?|default) )?"
       r"(font|text) size|aa|share (this )?(with|via)|"
       r"link copied|facebook|twitter|x|x \((formerly )?twitter\)|linkedin|whatsapp|reddit|"
       r"pinterest|flipboard|"
       r"messenger|telegram|save( article| for later)?|saved( articles| stories)?|bookmark|"
       r"gift( this)? article|"
       r"listen( to (this |the )?(article|story))?( ?[·•|-] ?[\d:]+ ?(min(ute)?s?)?)?"
       r"( learn more)?|copy link( url)? copied|\{copyshortcut\} to copy( link copied)?|"
       r"follow us( on \w+)?|"
       r"\d[\d.,]*k? (shares?|views?)|shares?|"
       r"click to (share on [\w/]+|email a link to a friend|print)"
       r"( \(opens in new window\))?( \w+)?|"
       r"opens in (a )?new (window|tab)|like this:?|like loading\.*)\W*$"
       r"|^(did you )?(like|enjoy|enjoyed|love) (this|the) (story|article|post|read)\?"
       r"|^listen to (this |the )?(article|story) in \w+ (format|form|version)\W*$"
       r"|^((sms|facebook|twitter|x|e-?mail|linkedin|whatsapp|reddit|pinterest|flipboard|"
       r"messenger|telegram|bluesky|threads|mastodon|print|copy link)\b[\s|•·,/]*){2,12}$"
       r"|^share or comment on this (article|story)|^save articles to read later\b"
       r"|^[+-] ?(text|font) size\W*$"
       r"|^(copy|copy to clipboard|copied|share\d|\+ ?follow)\W*$|^copy/paste .{0,40}\bembed\b",
       drop=("X (Twitter)", "Share this:", "Facebook", "0 shares", "Tweet", "Copy link",
             "Share on Facebook",
             "Listen to this article · 5 min", "Print this page", "Copy link to clipboard",
             "Click to share on Twitter (Opens in new window)", "1.2k shares",
             "Like this story? Share it with a friend.", "Share full article",
             "Email this article", "Listen to article", "Share via", "Copy article link",
             "Saved articles", "SMS Facebook Twitter Email",
             "Listen to this article in summarized format", "Share or comment on this article:",
             "Click to share on X/Twitter (Opens in new window)",
             "Listen to this article · 7:12 min Learn more", "Copy Link URL Copied!",
             "Save articles to read later and create your own reading list.", "share2",
             "Copy to clipboard", "Copied", "Very large text size", "+ FOLLOW",
             "Copy/paste the article video embed link below:",
             "{copyShortcut} to copy Link copied!", "+Text Size"),
       keep=("Facebook said on Monday that it would appeal the ruling.",
             "Facebook Twitter rivalry heats up")),
    _r("share.follow", "calls to follow the outlet or reporter",
       r"^(follow|like) (us|@?\w+( \w+){0,2}) on (facebook|twitter|x|instagram|tiktok|threads|"
       r"linkedin|whatsapp|telegram|bluesky|"
       r"google news|youtube)\b|^follow @\w+|^follow [\w'’ ]{1,30} coverage (of|at)\b"
       r"|^\d[\d.,]*[km]? followers\W*$",
       drop=("Follow us on Twitter", "Like us on Facebook", "Follow @jsmith",
             "Follow Mike Johnson on Twitter @mjohnson", "Follow Sky News on WhatsApp",
             "Follow AP's coverage of Europe at https://apnews.com/hub/europe",
             "1.2K Followers"),
       keep=("Follow the river north for two miles and you reach the camp.",), max_words=20),
    # --- captions, credits and gallery chrome ------------------------------------------------
    _r("caption.credit", "photo and video credits",
       r"^[\(\[]?(photo(graph)?s?|photographer|image|picture|pic|video|illustration|credit|"
       r"file photo|photo credit|image credit|image source|image credits|photo credits|chart|"
       r"graphic)"
       r"( by)?\s*[:/]"
       r"|^[\(\[](image|photo|picture|pic|credit)s?:[^\)\]]*[\)\]]$"
       r"|^(getty|getty images|shutterstock|alamy|istock|dreamstime|adobe stock|"
       r"pa( wire| images| media)?|epa(-efe)?)"
       r"( photo)?\W*$|^(photo |image )?courtesy( of)? \w"
       r"|^[\(\[]?(photo|image|picture|illustration|screenshot|photo illustration)s?"
       r"( courtesy of| by) \w"
       r"|^image source, "
       r"|^(photo |image )?credit(\.{2,}|…)|^file (photo|picture|image)\W*$|^gallo images ?/"
       r"|^[\w .,'’/-]{2,60}\bcc[ -]by(-[a-z]{2})*( \d\.\d)?\W*$"
       r"|^[\(\[]?[\w .,'’/—-]{1,60} via (getty( images)?|shutterstock|alamy|reuters|ap|afp)\W*$"
       r"|^[\(\[]?(ap|afp|reuters|getty|epa|efe|xinhua)( photo| images)? ?/ ?"
       # a name, then the agency or outlet: 'Name, Getty Images', 'Name/AP', 'Name name@x.com'
       r"|^(?-i:[A-Z])[\w'’.\-]+( (?-i:[A-Z])[\w'’.\-]+){1,3}(, (getty images|shutterstock|alamy|"
       r"imagn images|usa today network|epa(-efe)?|ap photo|sipa usa|zuma press|"
       r"afp via getty images)\W*| [\w.+-]+@[\w-]+\.[\w.]+"
       r"|-(usa today( sports| network)?|imagn images)"
       r"| ?/ ?((?-i:[A-Z]{2,5})|ap|afp|reuters|getty( images)?|shutterstock|alamy|epa(-efe)?|"
       r"upi|sipa( usa)?|zuma( press)?|xinhua|anadolu( agency)?|bloomberg( news)?|redux|rex|"
       r"eyevine|backgrid|(the )?(guardian|observer|telegraph)|nyt wirecutter|"
       r"(the )?[\w .'’-]{0,30} (news|times|post|journal|tribune|herald|press|magazine|images|"
       r"photos?|wire|today))( file( photo)?)?\W*"
       r"| for (the )?[\w .'’-]{0,30}\b(news|times|post|journal|tribune|herald|guardian|observer|"
       r"telegraph|independent)\W*)$",
       drop=("Photo: Hau Dinh, AP", "(Image: GETTY)", "Chart: The Economist", "Credit: Reuters",
             "Getty Images",
             "Photograph: Alamy", "Image source, Getty Images", "(AP Photo/Evan Vucci)",
             "Photo by John Smith", "Photographer: Alex Kraus/Bloomberg",
             "Credit...Jane Doe for The New York Times", "PA", "EPA-EFE",
             "Courtesy of the artist", "Illustration by Jane Doe", "(AFP via Getty Images)",
             "Jane Doe/AFP via Getty Images", "Doug Mills/The New York Times",
             "Michael Hession/NYT Wirecutter", "Evan Vucci/AP", "Jorge Cruz/AP",
             "Sarah Kim / NBC News", "Ann Lee / AP file", "Rebecca Noble/The Washington Post",
             "Brandon Bell, Getty Images", "June Okafor/NPR", "Image Credits: Furrow",
             "Ben Hollis bhollis@kcstar.com", "Andrea Verdelli—Bloomberg via Getty Images",
             "RICHARD POHLE FOR THE TIMES", "Jane Doe for The Washington Post",
             "Screenshot by Sabrina Ortiz/ZDNET", "Dreamstime", "Hannah Lee, CC BY-ND",
             "File photo",
             "Gallo Images/Netwerk24/Deon Raath",
             "Photo illustration by Slate. Photos by Getty Images Plus.",
             "Jane Doe/Wikimedia Commons, CC BY-SA 4.0", "Kirby Lee-USA TODAY Sports",
             "Jayne Kamin-Oncea-Imagn Images"),
       keep=("Photos of the crash spread quickly on social media, police said.",
             "Rolls Royce/BMW Deal Talks", "Department of Justice",
             "Classen Curve / Western Avenue"),
       max_words=14),
    _r("caption.source", "the source line under a chart, table or screenshot",
       r"^[\(\[]?(data )?sources?\s*[:/]",
       drop=("Source: Statistics Canada", "(Source: company filings)", "Data source: FRED"),
       keep=("Sources said the talks had stalled.", "Source code for the tool is online."),
       max_words=14),
    _r("caption.label", "the hidden label printed above a caption ('Image caption,')",
       r"^(image|media|video|photo) caption\W*$",
       drop=("Image caption,", "Media caption,", "Image caption"),
       keep=("Image caption contests are run every week.",)),
    _r("correction.note", "notes of a correction appended to a story",
       r"^(updated?\b.{0,40}?: )?this (article|story|piece|report|post) "
       r"(was|has been) (amended|corrected|updated)\b"
       r"|^an earlier version of this (article|story|piece|report)\b"
       r"|^(corrections?|clarifications?)( and clarifications)?\W*:",
       drop=("This article was amended on 7 March 2024. An earlier version said the mussels "
             "had been found in Northumberland.",
             "Correction: An earlier version of this story misstated the date of the vote.",
             "An earlier version of this article gave the wrong age for the mayor.",
             "Update 3/12/24, 1:15 p.m. ET: This article was updated with additional "
             "information."),
       keep=("This article was edited by Ann Lee and Sam Roe.",
             "Editor's note, Nov. 11, 2022: This story has been updated to include comments "
             "from researchers.",
             "Corrections officers at the prison went on strike on Monday."),
       max_words=80),
    _r("video.chrome", "an embedded video player's chrome: its ad label, 'now playing', its "
       "running time (the pass 'video.title' drops the title between them)",
       r"^(video ad feedback|now playing|play video content|"
       r"(video )?duration:? \d{1,2}:\d{2}(:\d{2})?|"
       r"\d{1,2}:\d{2}(:\d{2})?( ?[-–—|•] ?source: [\w .&'’-]{1,40})?|"
       r"\d{1,2}:\d{2} ?/ ?\d{1,2}:\d{2}|close this (video )?player)\W*$"
       r"|^(\()?(watch )?(the )?video (above|below)\b\W"
       r"|^your browser does not support (the )?(<?(audio|video)>? )?(element|tag|playback)?"
       r"|^(video )?player is loading\W*$",
       drop=("Video Ad Feedback", "Now Playing", "Play video content", "02:31",
             "01:12 - Source: CNN", "00:00 / 03:12", "Duration 2:15",
             "Your browser does not support the <audio> element.", "Video Player is loading.",
             "Video above: Crews clear snow on the Kennedy", "(Video above)",
             "Close this video player"),
       keep=("Now playing at the Grand: a revival of the musical.",)),
    _r("gallery.chrome", "photo gallery navigation and controls",
       r"^((image|photo|slide|picture) \d+ (of|/) \d+|\d+ (of|/) \d+|caption|close|"
       r"back to gallery|view gallery|open gallery|(see|view) (all )?\d* ?photos|"
       r"(next|previous|prev) (image|photo|slide)|enlarge( this)? image|toggle caption|"
       r"hide caption|show caption|expand|fullscreen|full screen|play( video)?|pause|"
       r"replay|mute|unmute|watch( now| video)?|\d+ photos?|(photo|video) gallery|"
       r"(image|photo) \d+|launch (slideshow|gallery)|more (photos|videos)|image|video|file photo|"
       r"open this photo in gallery:?|open (image|photo) in gallery|now playing|autoplay|"
       r"(video )?duration:? \d{1,2}:\d{2}(:\d{2})?|\d{1,2}:\d{2}(:\d{2})?|\+\d{1,3})\W*$",
       drop=("Image 1 of 8", "Caption", "Close", "Back to Gallery", "toggle caption",
             "View 12 photos", "Watch video", "Open this photo in gallery:", "02:15",
             "Open image in gallery", "Now Playing", "Video duration 02:15", "Autoplay", "+5"),
       keep=("Close to 2,000 people attended the rally.",)),
    # --- promos and related content ----------------------------------------------------------
    _r("promo.app", "app, video and podcast promotions",
       r"\b(click here|download(ing)? (the|our) .{0,30}app|get the .{0,30}app|on the go by|"
       r"listen (to|on) (the|our) .{0,30}podcast|subscribe to (the|our) .{0,20}podcast|"
       r"watch (live|now) on|available on (apple|google|spotify)|app store|google play)\b"
       r"|^for (the )?(latest|more)\b.{0,60}\b(news|updates|coverage|stories|video)\b.{0,40}"
       r"\b(head|go) to\b"
       r"|^(watch|stream)( live)?( on)? [\w .&]{1,30} (news|tv|live)( live)?( on any device)?\W*$"
       r"|^join (our|[\w'’]{1,20}) (whatsapp|telegram|signal) (channel|group)"
       r"|^enjoy more (audio|podcasts)\b|^voiced by (artificial intelligence|ai)\W*$"
       r"|\b(direct|straight) to your whatsapp\b|\bjoin(ing)? our whatsapp community\b"
       r"|^listen (to )?[\w .&'’-]{1,30} live\W*$|\b(on|in) the [\w .&'’-]{1,30} app\W*$"
       r"|^watch [^.!?]{1,60} (live )?on [\w +&'’-]{1,30}( and stream with \w+)?$"
       r"|^join (the )?(?-i:[A-Z])[\w.'’-]*( (?-i:[A-Z])[\w.'’-]*){0,4} channel\W*$"
       r"|^get [\w ]{1,30} with [\w .'’-]{1,30} (whatsapp|telegram) channel\W*$"
       r"|^get (breaking )?news alerts"
       r"|^turn on (notifications|alerts)|^listen on (apple|spotify|google|amazon)\b"
       r"|^for (the )?latest (news|updates) on this story\b"
       r"|^get [\w ]{1,40} (sent|delivered) (straight |directly )?to your (phone|mobile|device)"
       r"|^sign up (to|for) (push )?(alerts|notifications)\b"
       r"|^would you like to (receive|get|turn on|enable) (push |browser )?(notifications|alerts)\b"
       r"|^(find|join) (us|[\w'’ ]{1,30}) on (whatsapp|telegram|instagram|tiktok|youtube)\b"
       r"|^(new:? ?)?you can now listen to\b|^(fox news flash )?top headlines (are here|for \w+ \d)"
       r"|^(live|watch live|watch):? [\w .&'’-]{0,30}\bnews"
       r"( at \d{1,2}(:\d{2})?( ?[ap]\.?m\.?)?)?\W*$"
       r"|^only have a minute\? listen\b|^powered by trinity audio\W*$"
       r"|^[‘'\"“][\w'’ ]{1,40}[’'\"”] podcast: "
       r"|^add [\w .&'’]{1,40} (on|as a (preferred|trusted) source on) google\W*$",
       drop=("GET FOX BUSINESS ON THE GO BY CLICKING HERE", "CLICK HERE TO GET THE FOX NEWS APP",
             "Download the NBC News app for breaking news",
             "For the latest news, weather, sports, and streaming video, head to WCIA.com.",
             "Watch CBS News", "Stream CBS News live on any device", "Join our WhatsApp channel",
             "Join The Punch Newspapers Channel",
             "Get exclusive content with Gulf News WhatsApp channel",
             "Get breaking news alerts",
             "Join ST's Telegram channel and get the latest breaking news delivered to you.",
             "Turn on notifications", "Listen on Apple Podcasts",
             "Listen to the latest Football Daily podcast",
             "Keep up to date with international news by downloading the France 24 app",
             "Get football news sent straight to your phone",
             "For the latest news on this story keep checking back at The Sun Online",
             "NEWYou can now listen to Fox News articles!",
             "Fox News Flash top headlines are here. Check out what's clicking on Foxnews.com.",
             "Fox News Flash top headlines for September 14",
             "'Start Here' podcast: Your daily news briefing", "Add CBS News on Google",
             "Add The Times as a preferred source on Google",
             "Sign up to push alerts and have the best news delivered directly to your phone",
             "Would you like to receive notifications about new posts?",
             "Find The Irish Times on WhatsApp and stay up to date",
             "LIVE: KOMO 4 News at 5:00 PM", "Only have a minute? Listen instead",
             "Powered by Trinity Audio", "Watch live: 12 News at 6",
             "Get the latest news from across Greater Manchester direct to your WhatsApp by "
             "joining our community HERE", "Listen to talkSPORT live",
             "Get the latest football news, transfer updates and live commentary on the "
             "talkSPORT app", "Watch the EFL on Sky Sports",
             "Watch Sky Sports Football on Sky Sports+ and stream with NOW"),
       keep=("She said the app had been downloaded five million times in its first year, "
             "a record for the company.", "Watch the video on our website.",
             "Listen to the band live at the park on Sunday."), max_words=18),
    _r("promo.blurb", "longer promotions of the outlet, its newsletters and its channels",
       r"\bnewsletter\W+sign up( here| now| today)?\W*$"
       r"|\bsign up (to|for) (our|the) .{0,60}\bnewsletters?\b"
       r"|^for more (stories|news|articles|updates) like this\b"
       r"|^for more (of )?(the latest|stories|news)\b.{0,60}\bkeep scrolling\W*$"
       r"|^[\w!.'’ -]{1,40} [-–—|:] your (source|home|destination) for\b"
       r"|^keep up to date with\b.{0,100}\b(picked|chosen|curated) by the [\w ]{1,30} team\W*$"
       r"|^[\w.'’ -]{1,40} is your go[- ]to (destination|source|place|site)\b"
       r"|^keep up (to date )?with .{0,80}\bby following\b"
       r"|\bfrom our [\w ]{1,40} newsletter\b"
       r"|\bjournalism is more (important|crucial|vital|essential|needed) than ever\b"
       r"|^catch all the latest\b|\bfollow [\w .'’-]{1,40} on (whatsapp|telegram)\b"
       r"|^start your day with (all|everything) you need to know\b"
       r"|^[\w .'’-]{1,40} is an? (national |nonprofit |independent |nonpartisan |[\w-]+ )?"
       r"(newsroom|news organization)\b.{0,200}\b(sign up|learn more|subscribe|donate)\b"
       r"|^[\w.'’ -]{1,40} delivers the (latest|top|biggest|best) (news|stories|headlines)\b"
       r"[^.]{0,60}\band more\W*$",
       drop=("Get a look at the day ahead in U.S. and global markets with the Morning Bid U.S. "
             "newsletter. Sign up here.",
             "Thesun.co.uk is your go to destination for the best celebrity news, real-life "
             "stories, jaw-dropping pictures and must-see video.",
             "For more of the latest celeb couple news, keep scrolling.",
             "E! Online - Your source for entertainment news, celebrities, celeb news, and "
             "celebrity gossip.",
             "Keep up to date with the most important stories and the best deals, as picked by "
             "the PC Gamer team.",
             "Keep up with all the latest news from the UK and around the world by following "
             "Sky News",
             "Sign up to The Daily H, a free newsletter curated by our editors and delivered "
             "straight to your inbox every weekday.",
             "Start the day with a summary of the day's most important stories. Sign up for our "
             "Morning Edition newsletter.",
             "Get the latest insights and analysis from our Global Impact newsletter on the big "
             "stories originating in China.",
             "In a time of both misinformation and too much information, quality journalism is "
             "more crucial than ever.",
             "Catch all the Latest India News, Breaking News, Weather Updates along with Latest "
             "News and Top Headlines from India and around the world.",
             "For the latest breaking news and stories from across the globe from the Daily "
             "Star, sign up for our newsletters.",
             "For more stories like this, check our news page.",
             "Start your day with all you need to know",
             "ProPublica is a nonprofit newsroom that investigates abuses of power. Sign up to "
             "receive our biggest stories as soon as they’re published.",
             "Stay informed and ahead of the curve! Follow The Punch Newspaper on WhatsApp for "
             "real-time updates, breaking news, and exclusive content. Don't miss a headline – "
             "join now!",
             "Morning Report delivers the latest news, videos, photos and more."),
       keep=("The service delivers the latest news to farmers by text message, she said.",
             "She said the newsletter, which she started in 2019, was her go-to source for "
             "local news, and that readers could sign up for free at the library.",
             "For more of the latest results, fans kept scrolling the club's website.",
             "Keep up to date with the vaccine schedule, the team said."),
       max_words=40),
    _r("related.inline", "the header of a box of one teaser inside the story ('Related article'"
       "): not a closing section; the teaser under it goes as a link run",
       r"^(related|recommended) (article|story|video|link|post)\W*$"
       r"|^trending (nationally|locally|in (the )?(?-i:[A-Z])[\w ]{1,20})\W*$"
       r"|^for more on [\w .,'’&-]{1,60},? (read|see|watch)\W*$",
       drop=("Related article", "Related Story", "RELATED VIDEO:", "Trending Nationally",
             "For more on Toyota's EV plans, read:"),
       keep=("Related stories ran in the paper for years.",)),
    _r("related.header", "headers of related-article and more-stories lists",
       r"^(related( (articles?|stories|content|coverage|news|reading|links|posts))?|"
       r"read more( stories| articles| news| here)?|read also|also read|see also|"
       r"more from [\w &'’-]{1,40}|more (stories|news|on this)( story| topic)?|"
       r"recommended( for you| reading| stories| articles)?|(you )?(may|might) (also )?"
       r"(like|enjoy|be interested( in)?)( to read| reading)?|also in the news|"
       r"trending( now| stories| videos| on [\w .]{1,30})?|read this next|"
       r"most (read|popular|viewed|shared)( stories| articles| posts| news)?|"
       r"popular( now| stories)?|top stories|latest( news| stories)?|what to read next|"
       r"don'?t miss|also on [\w .]{1,40}|editors?['’]? picks?|top headlines|further reading|"
       r"in other news|our latest [\w .'’&-]{1,30} (stories|news|headlines)|"
       r"up next|next up|keep reading|more coverage|around the web|from the web|"
       r"sponsored stories|promoted stories|(related|more) videos?|watch next|"
       r"must reads?( stories)?|recommended videos|popular on [\w .]{1,40}|read next|"
       r"more in [\w ]{1,30}|"
       r"read more (on|from|with) [\w .]{1,40}|related internet links|"
       r"in the news)\W*$",
       drop=("Related Articles", "READ MORE", "You may also like", "Most Popular",
             "Most Popular Stories", "Read This Next", "You may like to read:",
             "You might also be interested in…", "ALSO IN THE NEWS",
             "Don't Miss", "More from Business", "Also on Fox News", "More on this story",
             "Read more stories", "READ MORE HERE", "Editors' picks", "Top headlines",
             "READ MORE ON BAKERIES", "Read more from Sky News:", "Related Internet Links",
             "Read more with Euractiv", "In the News",
             "Popular on Variety", "Must Read Stories", "Our Latest NFL Stories",
             "Trending Videos"),
       keep=("Read more than 40 books last year, she said.",)),
    _r("related.teaser", "inline teaser links to other stories",
       r"^(read more|read|more|related|see|also read|read also|watch|listen|don'?t miss|"
       r"must read|recommended|see also|click here|related story|related article|"
       r"trending|latest|also on (?!(mon|tues|wednes|thurs|fri|satur|sun)day\b)(?-i:[A-Z])"
       r"[\w .'’]{1,40})\s?[:>»|–—-]+\s?\S"
       r"|^read more (about|on) [^.!?]{1,60}$|^read more(?-i:[A-Z])[^.!?]{5,150}$"
       r"|^\[(see also|read more|related|more|read): [^\[\]]{2,150}\]$"
       r"|^go deeper( \(\d+ min\. read\)\W*$|( \(\d+ min\. read\))?: ?\S)"
       r"|^also: (?-i:[A-Z])[^.!?]{5,150}$"
       r"|^read [“\"][^”\"]{5,120}[”\"] (on|at) [\w .'’-]{1,30}\.?$",
       drop=("READ MORE: Stocks tumble as Fed signals more hikes",
             "Go deeper: The fight over the farm bill", "Go deeper (2 min. read)",
             "[See also: The Treasury's quiet war on local government]",
             "Related: How the deal fell apart", "DON'T MISS: The best beaches in Spain",
             "WATCH: Storm hits the coast",
             "Also on Science News: Elephants call each other by name",
             "Read more about the bill", "Read moreParis voters reject rental e-scooters",
             "Also: The best AI chatbots of 2024: ChatGPT, Copilot and worthy alternatives",
             "Read “The 50 Best Albums of 2021” on Pitchfork."),
       keep=("Read the full report at the library.", "Go deeper into the cave, he said.",
             "Also on Tuesday: the council approved the budget.",
             "Also in the bill: a tax credit for renters.",
             "Also on the agenda: a new park.",
             "Read more about the study in the journal Nature.",
             "Also: the council approved the budget."), max_words=30),
    _r("commerce.button", "shopping and price buttons beside product mentions",
       r"^((check|see|view|compare|get|track) (the )?(latest |current |best )?(price|prices|deal|"
       r"deals|offers?)|buy( it)?( now)?|shop( now)?|see it|book now|get (a |your )?quote)"
       r"(\W+(at|on|from)\W+[\w.\- ]{1,30})?(\W*\(on sale!?\))?\W*$"
       r"|^(best prices today|where to buy|price comparison from\b|compare (new|used) \w+ deals"
       r"|loading prices\b|buy now from\b)"
       r"|^today['’]s best [\w .,'’&+-]{1,50} deals\W*$"
       r"|^\$[\d,]+(\.\d\d)? (at|@) [\w .&'’-]{2,30}$",
       drop=("Check price at Amazon", "See it", "Buy now", "Check Price at REI (on sale!)",
             "Book now", "Best Prices Today:", "Price comparison from over 24,000 stores worldwide",
             "View Deal", "Buy on Amazon", "Today's best MacBook Air M2 deals",
             "$799 at Amazon", "$1,249.99 at Best Buy"),
       keep=("Buy low and sell high, the old advice goes, but few investors manage it.",
             "Shop owners on Main Street said sales fell by a third.")),
    _r("cta.more", "calls to action that lead off the page",
       r"^(learn more|read more|more info|\+ more info|more details|find out more|"
       r"read (the|our|full|my) (full )?review|read article|read (the )?full (story|article)|"
       r"see more photos|swipe for more( photos)?|watch the video|"
       r"see the rating|jump to (review|details|recipe|section)|visit (the )?website|"
       r"get started|get in touch|contact us|get a demo|start (your )?free trial|try it free|"
       r"read less|show less|view more|hear the story|go to \w+|tap here)\W*$",
       drop=("Learn more", "Read full review", "See the rating.", "Jump to Review", "+ More info",
             "Read the full story", "See more photos", "Swipe for more photos", "Watch the video",
             "Visit website", "Contact us", "Read less"),
       keep=("Learn more about the programme at the town library, the council said.",)),
    _r("embed.social", "the chrome of embedded social posts and placeholders of lazy widgets",
       r"^(view this post on instagram|a post shared by .{1,80}|view (this|on) (instagram|twitter|"
       r"tiktok|x)|loading( \w+)?\.{0,3}…?|\[ ?loading ?\]|sorry, something went wrong\.?|"
       r"uh oh!?|oops!? something went wrong\b.*|something went wrong\W*( please try again"
       r"( later)?)?|this (video|content) is (not|no longer) "
       r"available\b.*|watch on youtube)\W*$",
       drop=("View this post on Instagram", "A post shared by Ann Lee (@annlee)",
             "Loading paragraph...", "Loading...", "[ Loading]", "Sorry, something went wrong.",
             "Something went wrong. Please try again later."),
       keep=("Loading the ships took three days, the port said.",)),
    _r("form.chrome", "web form labels and messages (search, contact and comment forms)",
       r"^((your |first |last |full )?(name|email|e-mail|website|comment|message|phone)"
       r"( address| number)?\s?\*|full name|phone number|"
       r"search for:?|submit|send|cancel reply|"
       r"save my name, email,? and website\b.*|"
       r"this field is (hidden|required|for validation purposes)\b.*|"
       r"required fields are marked\b.*|your email address will not be published\b.*|"
       r"thank you!? your submission has been received!?|"
       r"oops!? something went wrong while submitting the form\.?|"
       r"notify me of (follow-up comments|new posts)\b.*|invalid e-?mail( address)?|"
       r"\W{0,3}thank(s| you) for (completing|taking|filling out) (the|our|this) (survey|quiz|poll)"
       r"\b.*|"
       r"\d+ (search )?results?( found)?)\W*$",
       drop=("Name *", "Search for:", "Invalid Email", "Cancel reply", "First Name *",
             "Phone Number*",
             "Save my name, email, and website in this browser for the next time I comment.",
             "Your email address will not be published. Required fields are marked *",
             "Thank you! Your submission has been received!",
             "This field is for validation purposes and should be left unchanged.",
             "0 results", "12 search results", "✅ Thank you for completing the survey!"),
       keep=("Submit your entries by Friday, organisers said.", "10 results that surprised us",
             "Thank you! Your support has been received by the families, the mayor said."),
       max_words=30),
    # --- bylines and timestamps --------------------------------------------------------------
    _r("byline", "bylines name the authors, which go to Article.authors",
       r"^(by:?|written by|words by|story by|words:)\s+(?-i:[A-Z])[\w'’.\-]*(\s|,|$)"
       r"|^(by|written by)$|^by(?-i:[A-Z])[a-z'’]+ (?-i:[A-Z])|^authors? of the article:?$"
       r"|^(?-i:[A-Z])[\w'’.\-]+( (?-i:[A-Z])[\w'’.\-]+){1,3} · .{2,40} · "
       r"(posted|published|updated)\b"
       r"|^(?-i:[A-Z])[\w'’.\-]+( (?-i:[A-Z])[\w'’.\-]+){1,3}(, [\w ]{0,30}(staff writer|"
       r"senior writer|reporter|correspondent|insider|columnist|editor)((?-i:[A-Z])[a-z]{2,8}\.? "
       r"\d{1,2}, \d{4}\b.*)?"
       r"| [-–—|•·] (\w+day,? )?"
       r"((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}|"
       r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4})(,? (at )?\d{1,2}[:.]\d{2}( ?[ap]\.?m\.?)?( \w{2,4})?)?)$"
       r"|^(?-i:[A-Z])[\w'’.\-]+( (?-i:[A-Z])[\w'’.\-]+){1,3}( ?[,|] ?| )(staff (writer|reporter)|"
       r"(special |foreign )?correspondent|contributing (writer|editor)|senior (writer|reporter)|"
       r"reuters|(the )?associated press|afp|bloomberg( news)?)\W*$"
       r"|^(?-i:[A-Z])[\w'’.\-]+( (?-i:[A-Z])[\w'’.\-]+){1,3} \| (the )?(?-i:[A-Z])[\w'’.\-]*"
       r"( (?-i:[A-Z])[\w'’.\-]*){0,3}\W*$",
       drop=("By John Smith", "By Jane Doe and Ann Lee, Associated Press",
             "Written by Sam Roe", "Sam Roe, Staff Writer", "Jane Doe | Reuters",
             "Tom Brown | The Guardian", "ByOwen Marsh and Leila Haddad",
             "Priya Nair · CBC News · Posted: Mar 12, 2024 6:00 AM EDT | Last Updated: 2 hours "
             "ago", "Leo Fischer - Mar 5, 2024 7:00 pm UTC",
             "Rob Delaney, ESPN Staff WriterSep 15, 2024, 11:48 PM ET", "by: Sarah Cortez",
             "Author of the article:"),
       keep=("By the end of the day, the river had crested.",
             "Web Summit - November 9 - 12, 2026, Lisbon, Portugal",
             "Thomson Reuters", "Shares of Thomson Reuters rose 2% on Monday."), max_words=24),
    _r("meta.label", "the bare label printed above a publication time ('Published')",
       r"^(published|updated|last updated|first published|posted)( on| at)?\W*$",
       drop=("Published", "Last updated:", "Updated"),
       keep=("Published at last: the diaries of a war poet.",)),
    _r("byline.location", "where the reporter filed from, printed under the byline",
       r"^(reporting|reported|writing) from (?-i:[A-Z])[\w.'’-]*(,? (?-i:[A-Z])[\w.'’-]*){0,5}"
       r"( and (?-i:[A-Z])[\w.'’-]*(,? (?-i:[A-Z])[\w.'’-]*){0,4})?\W*$",
       drop=("Reporting from Madison, Ind.", "Reporting from Kyiv, Ukraine",
             "Reported from Gaza City and Tel Aviv"),
       keep=("Reporting from the front line is dangerous, she said.",), max_words=12),
    _r("meta.timestamp", "publication times and updates",
       r"^(today|yesterday) at \d{1,2}[:.]\d{2}( ?[ap]\.?m\.?)?\W*$"
       r"|^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}, (19|20)\d\d"
       r"\d{1,2}:\d{2} ?[ap]\.?m\.?\W*$"
       r"|^(published|updated|posted|last updated|last modified|first published|modified|"
       r"date|created|issued)( on| at)?\s*:?\s*(\w+day,? |(mon|tue|wed|thu|fri|sat|sun)\.?,? )?"
       r"(\d|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d)"
       r"|^(\w+day,? |(mon|tue|wed|thu|fri|sat|sun)\.?,? )?"
       r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? "
       r"\d{1,2}(st|nd|rd|th)?,? \d{4}(( ?[,/|•·—–-] ?| at | )\d{1,2}[:.]\d{2}"
       r"( ?[ap]\.?m\.?)?( \w{2,4})?"
       r"([+-]\d{1,2})?)?( ?[|•·] ?\d+[ -]?min(ute)?s? read|, the [\w ]{1,30}"
       r"| ?\(updated [^()]{1,20}\))?\W*$"
       r"|^(\w+day,? |(mon|tue|wed|thu|fri|sat|sun)\.?,? )?\d{1,2}(st|nd|rd|th)? "
       r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
       r",? \d{4}(( ?[,/|•·-] ?| at | )\d{1,2}[:.]\d{2}( ?[ap]\.?m\.?)?(,? \w{2,4})?)?\W*$"
       r"|^\d{4}-\d{2}-\d{2}([ t]\d{2}:\d{2}(:\d{2})?)?\W*$"
       r"|^\d{1,2}[/.]\d{1,2}[/.](\d{4}|\d{2})( \d{1,2}:\d{2}( ?[ap]\.?m\.?)?)?\W*$"
       r"|^\d{1,2}[:.]\d{2} ?([ap]\.?m\.?)?( \w{2,4})?,? \w+ \d{1,2},? \d{4}\W*$"
       r"|^\d+ (minutes?|hours?|days?|weeks?|months?) ago\W*$"
       r"|\b(updated|published|posted): ((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
       r"[a-z]*\.? \d|\d)"
       r"|^\d{1,2}[/.]\d{1,2}[/.]\d{4} ?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? "
       r"\d{1,2},? \d{4}\W*$"
       r"|^\d{1,2}[:.]\d{2},? \d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4}"
       r"(\W*updated\b.{0,40})?$"
       r"|^(\d{1,2} \w+ \d{4}\.? ?)?from the section \w"
       r"|^\d{1,2}[:.]\d{2} ?([ap]\.?m\.?)?( \w{2,4})? ?[·•|,-] ?(\w+day,? )?"
       r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}\W*$"
       r"|^[|•·] ?(updated|published|posted)\b"
       r"|^((updated|published|posted):? )?((mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,? )?"
       r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? "
       r"\d{1,2}(st|nd|rd|th),? \d{4}( at \d{1,2}:\d{2} ?[ap]\.?m\.?)?( \w{2,4})?\W*$",
       drop=("Thursday March 14 2024, 12.01am GMT, The Times",
             "March 12, 2024 6:00 am(Updated 9:14 am)", "Published: March 14, 2014",
             "Updated 6:41 PM ET, Fri March 14, 2014",
             "22nd February 2024", "March 3rd, 2024",
             "Sept. 14, 2022 | 5 min read", "Mon 12 Jun 2023 14.05 BST", "01/03/2024",
             "Thu, March 14, 2024 at 10:05 AM GMT+1",
             "Published 5:01 p.m. CT March 5, 2024 | Updated 6:20 p.m. CT March 5, 2024",
             "March 14, 2014", "14 March 2014", "2014-03-14", "3 hours ago",
             "Friday, March 14, 2014 at 6:41 pm EDT", "Mar. 14, 2014 / 10:30 AM",
             "Friday 14 March 2014 10.30 GMT", "Last modified on Fri 14 Mar 2014 10.30 EDT",
             "Tuesday 18 June 2024 16:22, UK", "Issued on: 12/03/2024 - 14:20",
             "03/12/2024March 12, 2024", "March 12, 2024 — 5.00am",
             "TOI City Desk / TIMESOFINDIA.COM / Updated: Mar 12, 2024, 14:20 IST",
             "12:41, 3 Mar 2024Updated 14:02, 3 Mar 2024",
             "2 March 2024.From the section Premier League",
             "7:00 AM PST · March 5, 2024", "Tue, March 5th 2024 at 7:12 PM",
             "|Updated Tue, Mar 5, 2024 at 9:00 pm ET"),
       keep=("Published in 1851, the novel sold poorly at first.",), max_words=24),
    _r("meta.reading-time", "reading-time estimates",
       r"^[•·|]?\s?(\d+|one|two|three|four|five|six|seven|eight|nine|ten)[ -]?(min(ute)?s?|mins?)"
       r"( read| reading time| to read)?\W*$|^(reading time|read time|estimated reading time)\b"
       r"|^(?-i:[A-Z])[\w'’.\-]+( (?-i:[A-Z])[\w'’.\-]+){1,3} [•·|] \d+ min(ute)?s? read\W*$"
       r"|^[\w.,: ]{4,40}\b(19|20)\d\d ?[a-z]{0,8} ?\d{1,2} min(ute)?s?\.? read\W*$",
       drop=("Cody Benjamin • 4 min read", "Tues., March 12, 2024timer3 min. read",
             "5 min read", "Reading time: 4 minutes", "3-minute read", "• 3 min read"),
       keep=("Five minutes later the doors opened.",)),
    # --- tags, comments, bios ----------------------------------------------------------------
    _r("tags.list", "tag and topic lists",
       r"^(tags?|topics?|filed under|categories|category|posted in|more on|keywords?|"
       r"related topics|explore more on these topics|see more on|read more about|in this article)"
       r"\s*[:\-|]"
       r"|^(tags|topics|related topics|explore more on these topics|more about|"
       r"(narrower|broader) topics)\W*$"
       r"|\bto follow (these |the )?topics\W*$",
       drop=("Tags: Ukraine, Russia, Crimea", "Topics: Politics", "Filed under: World", "Tags",
             "Explore more on these topics", "More about", "Narrower topics",
             "Click the alert icon to follow topics:"),
       keep=("Topics for the summit include trade and climate, officials said.",), max_words=40),
    _r("comments.header", "the header of a comments section (the pass 'comments.section' drops "
       "what follows it once the article's prose is behind)",
       r"^(comments?( \(\d+\))?|\d+ comments?|leave a (comment|reply)( cancel reply)?|"
       r"add (a )?comment|join the (conversation|discussion)|(show|hide|view)( all)?( \d+)? "
       r"comments|"
       r"post a comment|reader interactions|\d+ (responses?|thoughts on\b.*)|"
       r"the rules of (replying|commenting)|(comment|community) guidelines|"
       r"(member|reader|user)s?['’]? comments|"
       r"\d+ repl(y|ies)|have your say|load (earlier|more|older) comments|"
       r"\d+ (comments?|responses?) (on|to) .{1,200})[^\w?]*$"
       r"|^(reader comments )?\d+ with( \d+ posters participating)?\W*$",
       drop=("Leave a Reply", "Join the conversation", "Comments (12)", "109 Comments",
             "Reader Interactions", "12 thoughts on “Growing cabbage”",
             "Load earlier comments...", "Show 23 comments", "Hide comments", "Add comment",
             "66 with", "reader comments 66 with 0 posters participating",
             "The rules of replying:", "Comment Guidelines", "Member comments"),
       keep=("Comments?","Join the conversation about schools at the town hall on Monday night, "
             "the mayor said.",)),
    _r("comments.widget", "comment widgets",
       r"^(comments are closed|be the first to comment|(log|sign) in to comment|"
       r"(log ?in|sign ?in|register|become a member)( here)? to (leave|post|add) a comment|"
       r"you must be logged in to post a comment|sort by|newest|oldest|reply|report|"
       r"conversation|reply to (comment|this comment|\w+)|"
       r"[\w.'’\- ]{2,40} says:?|re: \(score:\d+\)|\d+ (likes?|votes?)|"
       r"load more comments)\W*$|^comments are (subject to|moderated|pre-?moderated)\b"
       r"|^(comments|conversations) are (the )?opinions of (our|their) (readers|authors)\b",
       drop=("Conversations are opinions of our readers and are subject to the Code of Conduct. "
             "The Star does not endorse these opinions.",
             "Comments are opinions of their authors and do not reflect the views of the site.",
             "Be the first to comment", "Reply to comment", "Melissa says", "Re: (Score:2)",
             "12 likes",
             "Comments are subject to our community guidelines, which can be viewed here.",
             "Log in here to leave a comment."),
       keep=("Reply to the letter by May 1, the office said.",), max_words=30),
    _r("feedback.prompt", "'was this helpful?' widgets and their answers",
       r"^(feedback\W*$|was this helpful|was this (article|page|story|post|information|"
       r"answer) (helpful|useful)|did you find this (article|page|story|post) (helpful|useful)|"
       r"how (useful|helpful) was this (article|page|story|post)?|is this page useful|"
       r"(give|send|leave) (us )?(your )?feedback)\b|^thank(s| you) for (your|the) feedback\W*$"
       r"|^your feedback\W*$",
       drop=("Thank you for your feedback.", "Was this article helpful?", "Is this page useful?",
             "Feedback", "Was this helpful?", "Your feedback",
             "Did you find this article useful? Yes No"),
       keep=("Thank you for the feedback, the minister told the committee.",
             "Was this the right decision? Voters will say in May."), max_words=10),
    _r("bio.reporting", "agency credits and reporting lines",
       r"^\(?(reporting|additional reporting|writing|editing|compiled|edited|produced) by:? "
       r"(?-i:[A-Z])|^contact (the )?((senior |staff |senior staff )?(author|writer|reporter))|"
       r"^(write to|email|e-mail|contact|reach) [\w. ]{2,40} (at|@)\s?\S+@|"
       r"^(write to|email|e-mail|contact|call) [\w. ]{2,40} at \(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}|"
       r"^have a (news |confidential )?tip\b|"
       r"^(medically |clinically |expert |legally )?(reviewed|fact[- ]checked) by:? (?-i:[A-Z])|"
       r"^\W{0,2}with (additional )?assistance (from|by) (?-i:[A-Z])|^contributing: \w|"
       r"^send (us )?(a )?tip|^got a (news )?tip\b|\bcontributed to this (report|story|article)"
       r"|\bcontributed (reporting|to (this |the )?reporting)\b"
       r"|^(the )?(associated press|agence france-presse|bloomberg news|reuters|ap|afp|upi|"
       r"press trust of india|pti|ani|ians|yonhap|kyodo|xinhua|bernama|aap|canadian press|dpa)\W*$"
       r"|^(information|material|reporting) from .{2,60} (was|were) used in this "
       r"(report|story|article)",
       drop=("Reporting by Jane Doe; Editing by Sam Roe", "Edited by: Sean Sinico",
             "Write to Ann Lee at ann.lee@wsj.com",
             "Reach Nate Pruitt at npruitt@usatoday.com. Follow him on X @natepruitt.",
             "Have a tip? Email us", "(Reporting by Ann Lee in London)",
             "The Associated Press contributed to this report.", "Associated Press",
             "Information from The Associated Press was used in this report.",
             "— With assistance from Eva Brunner", "Reuters", "Press Trust of India",
             "Contributing: Jane Doe, USA TODAY",
             "CNN’s Wayne Chang contributed reporting.",
             "Medically reviewed by Katherine Marengo LDN, R.D.", "Fact checked by Jo Lee",
             "Contact staff writer Jill Barshay at 212-678-3595 or barshay@example.org."),
       keep=("Reporting by the paper's staff uncovered the fraud, the judge said in her ruling.",
             "Contact the council at its offices on Main Street, residents were told."),
       max_words=25),
    _r("bio.production", "a closing line on who wrote and produced the story (partner newsrooms)",
       r"^this (story|article|report) (about .{1,80} )?was (written|reported|produced|"
       r"co-published|published) (by|in partnership with|in collaboration with) "
       r"|^this (story|article) (was )?(originally )?(appeared|published) (first )?(in|on|by) "
       r"(?-i:[A-Z])",
       drop=("This story about tutoring was written by Jill Barshay and produced by The "
             "Hechinger Report, a nonprofit, independent news organization.",
             "This story was produced in partnership with the Pulitzer Center.",
             "This article originally appeared on The Conversation."),
       keep=("This story was told to me by my grandmother, who heard it as a child.",
             "This article was published in a journal that few doctors read, critics said."),
       max_words=60),
    _r("bio.initials", "the editors' initials and sources that close a wire-based story",
       r"^(?!and/|or/)(?-i:[a-z]{2,4}(/[a-z]{2,4})+) \([\w ,.&-]{2,60}\)$",
       drop=("jw/sms (dpa, AFP)", "kb/rs (Reuters, AP)"),
       keep=("and/or (optional)", "km/h (approx)")),
    _r("bio.header", "headers and links of author boxes",
       r"^(about the author|the author|about the writer|author bio|meet the author|"
       r"see more about .{2,60}|more (articles|stories|posts) (from|by) .{2,60}|"
       r"view all posts by .{2,60}|(all )?posts by .{2,60}|prev post ?next post|"
       r"headshot of .{2,60})\W*$",
       drop=("About the author", "THE AUTHOR", "See more about Charles Patterson",
             "Headshot of Ann Lee",
             "View all posts by Ann Lee", "Prev PostNext Post"),
       keep=("The author of the report said the figures were checked twice.",)),
    _r("legal.copyright", "copyright, reprint and legal lines",
       r"^(©|\(c\) ?\d{4}|copyright (©|\(c\)|\d{4}))|\ball rights reserved\b|^order reprints?\b"
       r"|\breprints? (and|&) permissions\b|^terms (and|&) conditions\W*$"
       r"|^privacy (and|&) cookies\W*$"
       r"|^(terms of (use|service)|privacy policy|cookie policy|do not sell)"
       r"|\bthis (material|article) may not be (published|reproduced|broadcast|rewritten)"
       r"|^this (article|story|post) (was )?(originally|first) (appeared|published) "
       r"(on|in|at|by)\b|^all (content|material)s? ©"
       r"|^our (standards|editorial standards|ethics policy)\W*:"
       r"|^a version of this (article|story) appears? in print\b"
       r"|^why you can trust [\w .'’]{1,30}$"
       r"|^\W?except for the headline, this story has not been edited\b"
       r"|\bis not responsible for the content of external (sites|websites|links)\b"
       r"|^copyright (?-i:[A-Z]{2,})[\w&'’]*( (?-i:[A-Z]{2,})[\w&'’]*){0,3}\W*$"
       r"|^contact: [\w.+-]+@[\w-]+\.[\w.]+$"
       r"|\bis published by .{1,60}, an? [\w .'’&-]{1,40} company\W*$",
       drop=("© 2024 The New York Times Company", "Copyright 2014 Dow Jones & Company",
             "All rights reserved.", "Order Reprints | Today's Paper | Subscribe",
             "This material may not be published, broadcast, rewritten, or redistributed.",
             "This article originally appeared on The Conversation.",
             "Our Standards: The Thomson Reuters Trust Principles.",
             "This story was originally published by ProPublica.", "All content © copyright 2024",
             "Reprints & Permissions", "Terms & Conditions", "Privacy & Cookies",
             "A version of this article appears in print on Aug. 8, 2022, Section A, Page 1.",
             "Why you can trust Sky News",
             "(Except for the headline, this story has not been edited by NDTV staff and is "
             "published from a syndicated feed.)",
             "The BBC is not responsible for the content of external sites.", "Copyright PUNCH.",
             "Slate is published by The Slate Group, a Graham Holdings Company.",
             "Contact: the.punch@punchng.com"),
       keep=("Copyright lawyers say the ruling will change the industry, and soon.",
             "Copyright Law Changes."),
       max_words=30),
    _r("legal.print-edition", "the print-edition line under a story, which may quote the "
       "print headline at length",
       r"^a version of this (article|story|review|column|essay|obituary) appear(s|ed) in print\b"
       r"|^appeared in the [\w ,.]{1,40} print edition\b|^published in the print edition\b"
       r"|^this article appeared in the [\w ,&.]{1,40} section of the print edition\b"
       r"|^from the \w+ \d{1,2}(st|nd|rd|th)?,? \d{4} (edition|issue)\W*$"
       r"|^explore the (edition|issue)\W*$"
       r"|^(editor['’]s note: )?(this|a version of this) (article|story) (also )?appeared in the "
       r"[\w /,.-]{1,40} (issue|edition) of\b"
       r"|^this (article|story|post) was (originally|first) published (on )?"
       r"((jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d|\d)",
       drop=("A version of this article appears in print on March 4, 2024, Section A, Page 12 of "
             "the New York edition with the headline: A River Town Bets on a Bridge. Order "
             "Reprints | Today’s Paper | Subscribe",
             "Appeared in the March 6, 2024, print edition as 'Ports Brace for Import Rush'.",
             "Published in the print edition of the March 11, 2024, issue, with the headline "
             "“Hive Minds.”", "This story was originally published March 5, 2024, 7:00 AM.",
             "This article appeared in the Finance & economics section of the print edition "
             "under the headline \"Closed for business\"", "From the March 16th 2024 edition",
             "Explore the edition",
             "Editor’s Note: This article also appeared in the May/June 2024 issue of Consumer "
             "Reports magazine."),
       keep=("A version of this story was told to me by my grandmother.",
             "This story appeared in the papers of every town in the state."), max_words=80),
    _r("ref.citation", "the reference block under a research story: the paper, its journal, "
       "who provided the story and how to cite it",
       r"^(more|journal) information: |^provided by (the )?(?-i:[A-Z])[^.]{1,80}$"
       r"|^citation: .{1,200}\bretrieved\b",
       drop=("More information: Alice Bridges et al, Bumblebees socially learn behaviour too "
             "complex to innovate alone, Nature (2024). DOI: 10.1038/s41586-024-07126-4",
             "Journal information: Nature", "Provided by University of Exeter",
             "Citation: Bumblebees learn to solve puzzles (2024, March 12) retrieved 13 March "
             "2024 from https://phys.org/news/2024-03-bumblebees.html"),
       keep=("Provided by the council, the buses run every ten minutes.",
             "More information about the scheme is on the council's website."),
       max_words=80),
    _r("meta.update-note", "a wire story's note on what its latest version changed",
       r"^\((updates?|adds|recasts|corrects|rewrites|refiles|changes)\b[^()]{0,200}\)$",
       drop=("(Updates with analyst comment in third paragraph.)",
             "(Adds details from the company's statement in paragraphs 4-6)"),
       keep=("(Updates follow below.) The minister said the plan would change.",),
       max_words=40),
    _r("legal.cookies", "cookie and consent notices",
       r"\b(we use cookies|this (site|website) uses cookies|accept (all )?cookies|"
       r"cookie (settings|preferences|policy|consent)|manage (your )?(cookies?|privacy|consent)|"
       r"by (continuing|using) (to use )?(this|our) (site|website))\b"
       r"|^(accept|reject|decline|allow) all( cookies)?\W*$|^we value your privacy\b"
       r"|^(i accept|got it|i agree|agree and (close|continue))\W*$",
       drop=("We use cookies to improve your experience.", "Accept all cookies", "Manage cookies",
             "Accept all", "Reject all", "We value your privacy", "I Accept", "Got it",
             "By continuing to use this site you agree to our use of cookies."),
       keep=("Girl Scouts sold more cookies than ever this year, the group said.",), max_words=60),
    _r("nav.chrome", "navigation and page chrome",
       r"^((skip|jump) to (the )?(main |primary )?(content|navigation|sidebar|footer|search)|"
       r"skip (next|previous) section\b.*|"
       r"(next|previous|prev) story|"
       r"menu|main menu|open menu|close menu|search|"
       r"home|back to top|top|go to top|navigation|toggle navigation|sections|more|"
       r"all sections|log ?out|my account|account|next|previous|prev|next article|"
       r"previous article|next post|previous post|load more|show more|see more|see all|"
       r"view all|jump to|table of contents|(\d+|\w) ?/ ?(\d+)|about( us)?|contact|careers|"
       r"blog|resources|faqs?|recent posts|categories|archives|company|back|\W*back to top)\W*$"
       r"|^← .{3,150}$|^.{3,150} →$"
       r"|^((home|about( us)?|contact( us)?|privacy( policy)?|terms( (of|&) (use|service))?|"
       r"blog|news|log ?in|sign ?in|subscribe|search|menu|shop|faqs?|careers|portfolio|"
       r"services|projects|notes|archives?|categories|tags)\b[\s|•·/]*){2,10}$",
       drop=("Skip to content", "Menu", "Search", "Back to top", "Next Article", "Load more",
             "Skip next section Explore more",
             "Jump to content", "Next story",
             "← Trying out a new recipe", "The best films of the year →",
             "Home About Privacy Terms", "Blog | Projects | Contact Us"),
       keep=("Home prices rose 4 percent in March.", "Home and away", "Notes on a scandal")),
    _r("punctuation.only", "lines with no letters or digits (separators, bullets, stray marks)",
       r"^[\W_]*$", drop=("***", "|", "—", "• • •", "...", "___"), keep=("A", "2014")),
    # --- added by the HTML path: boilerplate that its bodies let through ---------------------
    _r("label.section", "a section name with a trailing dash or bar, printed above a headline",
       r"^(?-i:[A-Z])[\w&'’]+( [\w&'’]+)? [—–|/]$",
       drop=("SCIENCE —", "Tech |", "Politics /"),
       keep=("Science — and art.", "Welcome to CO—"), max_words=4),
    _r("legal.affiliate", "affiliate disclosures: the outlet earns a commission on sales",
       r"^(if|when) you (buy|purchase|shop|click)[^.]{0,80}\blinks?\b.{0,80}\bcommission"
       r"|^we (may|might|could) (earn|receive|get)( an?)?( small)?( affiliate)? "
       r"(commission|share of (the )?(sales|revenue))"
       r"|^(\w+ ){1,4}participates in (various )?affiliate (marketing )?programs?\b",
       drop=("If you buy something from a Verge link, Vox Media may earn a commission. See our "
             "ethics statement.",
             "When you buy something using the retail links in our stories, we may earn a small "
             "affiliate commission. Read more about how this works.",
             "We may earn a commission when you buy through links on our site.",
             "Hearst Television participates in various affiliate marketing programs, which means "
             "we may get paid commissions on editorially chosen products purchased through our "
             "links to retailer sites."),
       keep=("When you buy a house, the agent may earn a commission of 3 percent, she said in "
             "the interview.",), max_words=60),
    _r("paywall.exclusive", "notes that the story is for subscribers only, naming the outlet",
       r"^this (article|story|content|post|piece) is (only )?(available )?(exclusively )?"
       r"(available )?(to|for) [\w .'’&-]{0,40}(subscribers|members)(\W*$|[.!] )"
       r"|^this (article|story|content) is part of [\w .'’&-]{1,30} (pro|premium|plus)\W*$"
       r"|^(member|members|subscriber)[- ]only (story|article|post)\W*$",
       drop=("This story is available exclusively to Business Insider subscribers. Become an "
             "Insider and start reading now.", "This article is part of POLITICO Pro",
             "Member-only story"),
       keep=("This story is available to read in Spanish and French.",), max_words=30),
    _r("paywall.support", "reader-support pitches: the outlet asks readers to contribute",
       r"^(at [\w .'’&-]{1,30}, )?we believe (that )?(everyone|everybody|all|every \w+) "
       r"(needs|deserves|should have)\b|^(will|would) you (support|join|help) (us|[\w .'’&-]{1,30} "
       r"today)\b|^your (contribution|support|gift) of (as little as |just |only )?\$\d"
       r"|^can['’]t afford to (donate|contribute|pay)\b"
       r"|^already (contributed|donated|a supporter)\?"
       r"|^we accept (credit cards?|paypal|apple pay)\b",
       drop=("At HuffPost, we believe that everyone needs high-quality journalism, but we "
             "understand that not everyone can afford to pay for expensive news subscriptions.",
             "Would you join us to help keep our stories free for all? Your contribution of as "
             "little as $2 will go a long way.",
             "Can't afford to donate? Support HuffPost by creating a free account and log in while "
             "you read.", "Already contributed? Log in to hide these messages.",
             "Will you support Vox today?",
             "We believe that everyone deserves to understand the world that they live in.",
             "We accept credit card, Apple Pay, and Google Pay. You can also contribute via"),
       keep=("Would you join a union? Half of the workers said yes.",
             "We believe the suspect fled north, the sheriff said."), max_words=80),
    _r("newsletter.featured", "a note that the story ran in one of the outlet's newsletters",
       r"^this (article|story|essay|post) (was|is) featured in (the |our )?[^.]{0,60}newsletter\b",
       drop=("This article was featured in the One Story to Read Today newsletter. Sign up for it "
             "here.",),
       keep=("This story was featured in the local paper in 1974, her son said.",), max_words=30),
    _r("bio.tip", "a request for tips, with the reporter's addresses and advice on sending them",
       r"^(have|got) a (news |confidential |story )?tip\?"
       r"|^get in touch with (our|the) [\w ]{0,30}(team|desk) by (e-?mail(ing)?|calling|phoning)\b"
       r"|\bif you have a news tip\b|^join our [\w ]{1,30} forums?\b"
       r"|^do you have (information|a tip) about\b.{0,120}\bcontact\b",
       drop=("Have a tip? Contact this reporter via email at x@businessinsider.com or Signal at "
             "555-010-0199. Use a personal email address and a nonwork device; here's our guide "
             "to sharing information securely.",
             "Get in touch with our news team by emailing us at webnews@metro.co.uk.",
             "Join our Space Forums to keep talking space on the latest missions, night sky and "
             "more! And if you have a news tip, correction or comment, let us know at: "
             "community@space.com.",
             "Do you have information about hospital debt collection? Contact Maya Lau at "
             "maya.lau@propublica.org or by Signal at 213-555-0142."),
       keep=("Have a tipple before dinner, the doctor said.",
             "Get in touch with the team by Friday, the coach told parents.",
             "Do you have information about the crash? Police asked witnesses to call them."),
       max_words=60),
    _r("promo.event", "promotions of the outlet's conferences and their tickets",
       r"^join us (at|for) (?-i:[A-Z])[^.]{0,60}$|^save (up to )?\$\d[\d,]* (on|off) (your |a )?"
       r"(ticket|pass|registration)s?\b|^(buy|get) (your )?tickets? (now|today)\W*$",
       drop=("Join us at TechCrunch Sessions: AI", "Save $300 on your ticket", "Get tickets now"),
       keep=("Join us at the park on Sunday, the mayor wrote.",), max_words=12),
    _r("legal.disclaimer", "disclaimers that sites append to articles",
       r"^\W{0,3}disclaimer\b|^translation of an original article\b"
       r"|\b(has been|is|are) (a )?financial supporters? of\b"
       r"|\bthe (views|opinions) expressed (on|in|by|here)\b"
       r"|\b(is|are|for) (general |purely )?(informational|educational|information) purposes only\b"
       r"|\bnot (intended|meant) (to|as) (be )?(a )?(substitute|replace(ment)?)\b"
       r"|\b(does not|do not|is not intended to) (constitute|provide) (legal|financial|tax|"
       r"medical|investment|professional)\b"
       r"|\bnot intended (to (offer|provide|give)|as) (personal |professional )?(medical|legal|"
       r"financial|tax|investment) advice\b"
       r"|\bthis (post|article|page) (may )?contains? affiliate links\b"
       r"|\bha(s|ve) no (financial )?positions? in any (of the )?(stocks|securities|companies)"
       r" (mentioned|discussed)\b"
       r"|\b(we|i) (may|might|will) (earn|receive|get) (an? )?(small |affiliate )?"
       r"(commission|compensation|"
       r"share of (the )?(sales|revenue))\b"
       r"|\bhas a disclosure policy\b|^disclosure statement\W*$"
       r"|\bmay not be (reproduced|published)\b[\w ,]{0,60}\b(redistributed|rewritten)\b"
       r"|^about sponsored content\b|^this content (was|is) (commissioned|paid for|produced) by\b"
       r"|\bprovides funding as a (founding )?(member|partner) of\b"
       r"|\bdoes not work for, consult, own shares in or receive funding from\b"
       r"|^\([\w!&.'’ ]{1,60} (are|is) (both )?part of the [\w .&'’-]{1,40} family\.?\)$",
       drop=("Translation of an original article published in French on lemonde.fr; the "
             "publisher may only be liable for the French version.",
             "Disclaimer: This article is intended for educational purposes only.",
             "The views expressed on this blog are those of the author and do not reflect "
             "the views of the university.",
             "The contents of this website are for educational purposes and are not intended "
             "to offer personal medical advice.",
             "This material is for informational purposes only and does not constitute "
             "legal advice.",
             "This post may contain affiliate links.",
             "DISCLOSURE: If you buy through affiliate links, I may earn a small commission.",
             "When you buy through links on our site, we may earn a commission.",
             "When you purchase through links on our site, we may earn an affiliate commission.",
             "Jane Doe has no position in any of the stocks mentioned. The Motley Fool has a "
             "disclosure policy.", "Disclosure statement",
             "Disclosure: Acme has been a financial supporter of The Texas Tribune, a nonprofit "
             "news organization.",
             "All rights reserved. This material, and other digital content on this website, may "
             "not be reproduced, published, broadcast, rewritten or redistributed in whole or in "
             "part without prior express written permission from PUNCH.",
             "About Sponsored Content This content was commissioned by Nikkei's Global Business "
             "Bureau.",
             "University of Queensland provides funding as a member of The Conversation AU.",
             "Ann Lee does not work for, consult, own shares in or receive funding from any "
             "company or organisation that would benefit from this article.",
             "(E! and NBC News are both part of the NBCUniversal family.)"),
       keep=("The company said the figures were published for informational purposes, "
             "not as a forecast.",
             "Officials expressed concern about the views of residents near the plant.",
             "The fund has no positions in any companies that mine coal, its manager said, and "
             "will not buy any.",
             "Disclosure: This article was written by a human, with a technical review."),
       max_words=90),
    _r("legal.funding", "an academic writer's disclosure of who funds their research",
       r"^(?-i:[A-Z])[\w'’.\-]+( (?-i:[A-Z])[\w'’.\-]+){1,3} (receives?|has received) funding "
       r"from [^.]{3,120}\.$",
       drop=("Hannah Lee receives funding from the Australian Research Council.",),
       keep=("The lab receives funding from the state, its director said.",), max_words=16),
    _r("promo.contribute", "calls for readers to write for the outlet",
       r"^want to write\?$|^write an article and join (a|our) (growing )?community\b",
       drop=("Want to write?", "Write an article and join a growing community of more than "
             "180,000 academics and researchers from 4,900 institutions."),
       keep=("Want to write? Start with a diary, she said.",), max_words=30),
    _r("promo.stock-picks", "the pitch of a stock-picking service closing a syndicated investing "
       "story ('Should you invest $1,000 in X right now?')",
       r"^should you (invest|buy) \$[\d,]+ (in|of)\b"
       r"|^before you buy stock in\b.{0,60}\bconsider this\b"
       r"|\bstock advisor (analyst team|returns)\b|^see the \d+ stocks\b",
       drop=("Should you invest $1,000 in Acme right now?",
             "Before you buy stock in Acme, consider this:",
             "*Stock Advisor returns as of March 11, 2024", "See the 10 stocks »",
             "The Motley Fool Stock Advisor analyst team just identified what they believe are "
             "the 10 best stocks for investors to buy now… and Acme wasn't one of them."),
       keep=("Should you invest in bonds now? Advisers are split.",
             "Before you buy stock in a small company, read its filings, the regulator said."),
       max_words=50),
    _r("widget.quote", "a stock quote card inside the story: exchange and ticker, market value, "
       "the day's change, the price",
       r"^(nyse|nasdaq|amex|otc|tsx|asx|lse)\s?: ?(?-i:[A-Z]{1,6})\W*$"
       r"|^market cap(italization)?:? \$?\d|^today['’]s change\b.{0,20}\d|^current price:? \$?\d",
       drop=("NYSE: HFL", "NASDAQ: AAPL", "Market Cap $8B", "Today's Change (-1.2%) -$0.85",
             "Current Price $61.90"),
       keep=("Market cap of $3 trillion makes it the most valuable company.",
             "NYSE: the exchange said trading would resume at noon."), max_words=8),
    _r("bio.author", "author bios: a writer introduced in the third person or by themselves",
       r"^about the author\b"
       r"|^(?-i:[A-Z])[\w'’.\-]+( (?-i:[A-Z])[\w'’.\-]+){0,3} (is|was) ((a|an|the) )?"
       r"([\w'’-]+ ){0,4}"
       r"(writer|journalist|reporter|editor|columnist|correspondent|contributor|author|"
       r"freelancer|blogger|insider)\b(?! (to|who|whose) )"
       r"|^(hi|hey|hello)[,!.]? (i['’]?m|i am|my name is) "
       r"|^(?-i:[A-Z])[\w'’.\-]+( (?-i:[A-Z])[\w'’.\-]+){1,3} (covers|writes about|reports on) "
       r"([^.]|(?<=\b\w)\.){3,80} (for|at) (the )?(?-i:[A-Z])[\w'’.\-]*( (?-i:[A-Z])[\w'’.\-]*|"
       r" and){0,3}\."
       # '... has been writing about cars for Car and Driver since 2011.'
       r"|^(?-i:[A-Z])[\w'’.\-]+( (?-i:[A-Z])[\w'’.\-]+){1,3} has been (writing|reporting) "
       r"(about|on) [^.]{2,60} (for|at) (the )?(?-i:[A-Z])[^.]{1,40} since (19|20)\d\d\b"
       r"|^(?-i:[A-Z])[\w'’.\-]+( (?-i:[A-Z])[\w'’.\-]+){1,3} joined (the )?"
       r"(?-i:[A-Z])[\w'’ .&-]{1,40} in \d{4}\b",
       drop=("About the Author Jorge Jimenez is a writer at Housecall Pro.",
             "Tom Brown covers politics for the Post.",
             "Jess Ma joined the Post in 2021 and covers social affairs.",
             "Archie is a writer from South London. He studied film at UCA Farnham.",
             "Jared Newman is a freelance technology journalist and a regular contributor to "
             "PCWorld.",
             "Hey, I’m Jessica! Welcome to The Organized Mama.",
             "Nicoletta Richardson is Trending Editor for TODAY.com and is based in New York.",
             "Max Fields is TechRadar's Senior Computing Editor.",
             "Ann Lee covers the Navy and U.S. military operations in Europe for Stars and "
             "Stripes. She is based in Naples.",
             "Greg Fink has been writing about cars for Car and Driver since 2011.",
             "Jonathan Jones is an NFL Insider for CBS Sports."),
       keep=("Smith is a reporter who covered the trial for the local paper, the court heard.",
             "The author of the report said the findings were preliminary.",
             "Agriculture is a major contributor to greenhouse gas emissions, the report found.",
             "Blue Cross covers the cost for most patients, the insurer said.",
             "Smith has been writing about the case for the Gazette since his arrest in 2019, "
             "and the lawyers know him well."),
       max_words=90),
    _r("cta.button", "a call-to-action button or link on a line of its own",
       r"^(learn more|get started( now| today| for free)?|contact us( today)?|get in touch|"
       r"start now|book (now|a demo)|get a demo|back to (the )?blog|"
       r"request a (demo|quote)|get a (free )?quote|buy (it )?now|buy on amazon|shop now|"
       r"check (the )?price( at [\w.]+)?( \(on sale!\))?|see it|see (the )?deal|"
       r"read the (full )?review|apply now|order now|download now|"
       r"(start|get|claim) (your |a |my )?(free )?(\d+[- ]day )?(free )?trial( today| now)?|"
       r"try (it )?(for )?free( today| now)?|no credit card (is )?required)\W*$",
       drop=("Learn more", "Get started", "Book now", "Check price at Amazon (on sale!)",
             "Read the Review", "Buy on Amazon", "Start Your 14-Day Free Trial",
             "Start a free trial", "Try for free", "No Credit Card Required."),
       keep=("Learn more about the study in the journal Nature.",
             "Get started early: the deadline is in March.", "Free trial available",
             "14-day free trial available", "No free trial")),
    _r("widget.toggle", "the controls of collapsible sections (FAQ accordions, contents boxes)",
       r"^(expand|collapse|expand all|collapse all|toggle|collapsed|expanded|show all|hide all|"
       r"see less|expand all sections|collapse all sections)\W*$",
       drop=("Expand All", "Collapsed", "Toggle", "Hide All", "Expand all sections"),
       keep=("Expand the search to the whole county, the sheriff said.",)),
    _r("image.chrome", "controls that image viewers print under a picture",
       r"^(open in a new tab|press enter or click to view image in full size)\W*$",
       drop=("Open in a new tab", "Press enter or click to view image in full size"),
       keep=("The files open in a new tab of the browser, the company said.",)),
    _r("section.end-matter", "the title of a closing section of links, sources or the author",
       r"^(related (articles|posts|stories|reads|reading|pages|papers|publications|"
       r"content|links)( and links)?( that may interest you)?|"
       r"you['’]ll also (like|love|enjoy)|you (may|might) also (like|enjoy|love)|"
       r"more from [\w &'’-]+|about the (author|reviewer|writer)s?|"
       r"share this( on| article| post| story)?|follow us( on [\w ]+)?|article sources|"
       r"(read|see) more reviews|"
       r"more (articles|stories|posts)( like this| for you)?|(recent|popular|similar) "
       r"(posts|articles|stories)|read next|keep reading|up next|what to read next|"
       r"(explore|discover) more( from [\w .'’&-]{1,40}| [\w ]{0,30}(articles|stories|posts|"
       r"guides|reviews|resources|opportunities)( on [\w ]{1,30})?)?|more \w+ recommendations|"
       r"(image|photo) credits?|"
       r"(was|is) (this|the) (article|page|post|story|guide|information) (useful|helpful)|"
       r"how (useful|helpful) was this (article|page|post|story|guide)|"
       r"rate this (article|page|post|story|guide)|"
       r"how we (reviewed|tested|chose|picked|researched|vetted) (this|these|the) [\w ]{1,30}|"
       r"(media|press) (contacts?|inquiries|enquiries))\W*$",
       drop=("Related articles", "Related Articles That May Interest You", "You'll Also Love...",
             "More from The Verge", "About the Reviewer", "Article Sources:", "Share this on:",
             "Explore more articles.", "See more reviews", "Popular posts", "Read next",
             "Discover more from Tiny House Journey", "Explore More Franchise Opportunities",
             "Media contact", "Press Inquiries:",
             "More book recommendations:", "Image credits", "Was this article helpful?",
             "How useful was this post?", "Rate this article", "How we reviewed this article:",
             "How we tested these products"),
       keep=("Related articles in the journal questioned the method.",
             "More from the interview with the minister follows below.",
             "Share this story with a friend, the app suggests.",
             "Popular posts on the forum mocked the mayor's plan.",
             "Explore more of the old town on foot.", "Discover more about the plan online.",
             "Was the article useful to the court?"),
       max_words=8),
    _r("byline.role", "a writer's job title on its own line, in a byline or an author card",
       r"^((?!(the|a|an|to|from|of|by|our|my|your|dear|ask|letters?|note)\b)[\w&-]+ ){0,3}"
       r"(writer|editor|reporter|journalist|correspondent|contributor|columnist|author|insider)"
       r"( @\w+)?\W*$"
       r"|^(?-i:[A-Z])[\w&'’-]*( (?-i:[A-Z])[\w&'’-]*)? (?-i:[A-Z])taff$",
       drop=("Contributing Writer", "Associate Editor", "Chief Business Editor", "Author:",
             "Senior Staff Writer", "Housing correspondent", "Political Editor",
             "News reporter @JaneDoeSky", "Patch Staff", "NFL Insider"),
       keep=("Writer and director Greta Gerwig.", "The editor resigned on Monday.",
             "Technical staff", "Leadership & Staff",
             "Letters to the editor", "A note from the editor", "Ask the author"),
       max_words=5),
    _r("legal.consent", "the consent and privacy lines of sign-up, contact and comment forms",
       r"^\W{0,2}by (signing up|subscribing|clicking|submitting|registering|continuing|entering|"
       r"providing|checking|sharing|creating|joining)\b.{0,160}?\b(you|i) (agree|consent|accept|"
       r"acknowledge|confirm|certify|are (agreeing|consenting))|^privacy notice:"
       r"|^(this )?site is protected by (re|h)captcha\b"
       r"|^(you are receiving|you received|you're receiving) this (email|newsletter)"
       r"|^([^.]{0,80}[.!,] )?(you can |and )?(unsubscribe|opt out) (at )?any ?time\b"
       r"|^(i|you) agree to (be contacted|receive)\b|^we use your sign-?up to\b"
       r"|^you may (occasionally )?receive (promotional|marketing) "
       r"(content|emails|messages|offers)"
       r"|^contact me with (news|offers|updates)\b|^receive (email|emails|offers) from us\b"
       r"|^your (information|details|data) will be used in (line|accordance) with\b",
       drop=("By signing up, you agree to our Terms of Use and Privacy Policy.",
             "Privacy Notice: Newsletters may contain info about charities, online ads, and "
             "content funded by outside parties.",
             "By clicking Sign Me Up, you confirm you are 16+ and agree to our Terms of Use.",
             "By submitting this form, you agree to our Privacy Policy and consent to receive "
             "our email newsletters.",
             "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of "
             "Service apply.",
             "You received this email because you signed up for emails from Every.",
             "I respect your privacy. Unsubscribe at any time.",
             "100% free, Unsubscribe any time!",
             "We use your sign-up to provide content in ways you've consented to and to improve "
             "our understanding of you.",
             "You may occasionally receive promotional content from the Los Angeles Times.",
             "Contact me with news and offers from other Future brands",
             "Receive email from us on behalf of our trusted partners or sponsors",
             "Your information will be used in line with our Privacy Policy"),
       keep=("By signing the treaty, both countries agreed to cut emissions by half.",
             "Half of readers unsubscribe from newsletters because they get too many.",
             "By clicking through the archive, researchers found letters from 1921."),
       max_words=90),
    _r("nav.breadcrumb", "a breadcrumb trail: the path of sections down to the page",
       r"^(you are here:? )?((home|main)( [/>›»▸] [^/>›»▸]{1,150}){2,}|"
       r"[^>›»▸/:]{1,60}(( [›»▸] [^>›»▸]{1,150}){2,}|( > [^>›»▸]{1,150}){3,}))$"
       r"|^(?-i:[A-Z])[\w&'’ -]{1,30}[^ ]\|(?-i:[A-Z])[\w&'’ -]{1,30}$",
       drop=("Home / News / The benefits of fasting",
             "Home ▸ News Release ▸ Meditation Lowers Stress",
             "You are here: Home / Blog / Best Restaurants in OKC",
             "Sofia Health » Price Guides » Meditation Class Cost",
             "miod > software > OpenBSD > stories > A boot loader", "News|Climate Crisis"),
       keep=("Example: Women > Rings > Diamond rings",
             "Go to Products > Data Files > Click on the + button",
             "Home prices / rents / wages rose in March.",
             "Training mode with GPS: 40hrs / 50hrs / 70hrs / 120hrs"),
       max_words=40),
    _r("meta.age-note", "a note that the page is old and may be out of date",
       r"^this (article|post|story|page|piece) is (now )?(over|more than) (\w+|\d+) years? old\b",
       drop=("This article is more than 5 years old",
             "This post is over 3 years old. I've probably changed my mind since it was written."),
       keep=("This story is more than a hundred years old, and it begins in a mill.",),
       max_words=30),
)
# fmt: on
