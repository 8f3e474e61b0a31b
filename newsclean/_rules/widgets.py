"""Widgets and advertising: score and market widgets, ad labels."""

from __future__ import annotations

from ._rule import Rule, _r

__all__ = ["WIDGETS"]

# fmt: off
WIDGETS: tuple[Rule, ...] = (
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
       r"(press|news|media) release|news story|expert comment|"
       r"(uk |us |world |local )?news)\W*$",
       drop=("Opinion", "Analysis", "Live", "Breaking News", "Exclusive", "LIVE UPDATES", "News",
             "Press release", "Expert comment",
             "UK News"),
       keep=("Live music returns to the park.", "Analysis of the data took two years."),
       max_words=4),
    _r("live.chrome", "a live blog's status lines and controls, around one of its entries",
       r"^our live coverage( of [^.]{1,80})? (has )?(ended|finished|moved|concluded)\b"
       r"|^scroll (down )?(through|for) (the )?(latest |earlier )?(updates|posts)\b"
       r"|^(this|the) live (blog|coverage|page) (has|is) (now )?(ended|closed|paused)\b"
       r"|^((show|hide) )?key events( only)?\W*$|^live feed\W*$"
       r"|^please turn on javascript to use this feature\W*$",
       drop=("Our live coverage of the storms has ended. Scroll through the updates below.",
             "Show key events only", "Key events", "Live feed",
             "Please turn on JavaScript to use this feature",
             "This live blog has now closed."),
       keep=("Our live coverage of elections began in 1952, the network said.",
             "Key events in the timeline were disputed by the defence."), max_words=30),
    _r("widget.ticker", "market tickers: an index, its level and its change",
       r"^(markets?( close| open)?:? )?(dow( jones)?|nasdaq|s&p( 500)?|ftse( 100)?|dax|"
       r"nikkei( 225)?|stoxx( 600)?|hang seng|bitcoin|btc)\s*:?\s*[$€£]?\d[\d,.]*\s*\(?"
       r"[+\-−▲▼]?\s?\d[\d.,]*%"
       # a quote strip's rows: 'ETH $3,912 1.4%', '82.53 +0.61 +0.74%' (price, change, share)
       r"|^(?-i:[A-Z]{2,6}) [$€£]\d[\d,.]* [+\-−▲▼]?\d[\d.,]*%$"
       r"|^[$€£]?\d[\d,.]* [+\-−▲▼]\d[\d,.]* \(?[+\-−▲▼]\d[\d.,]*%\)?$",
       drop=("ETH $3,912 1.4%",
             "82.53 +0.61 +0.74%",
             "1.709 -0.023 -1.33%",
             "Markets Close: Dow 34,102 (+0.4%)", "DOW 38,996.39 -0.25%",
             "Nasdaq 15,990.66 ▲ 1.1% S&P 500 5,088.80 ▲ 0.6%"),
       keep=("Turnout was 61.2 -4.1 on 2019, or 6%.",
             "Dow Jones fell 2% on Monday, its worst day since March.",
             "The Nasdaq 100 rose 1.2% in early trading."), max_words=30),
    _r("ad.label", "advertising slots leave their label in the text",
       r"^(advertisement|advertising|adverts?|sponsored( content)?|ad|ads|paid (content|post)|"
       r"promoted( content)?|"
       r"story continues below( this| the)? (advertisement|ad|gallery|photo gallery|video|"
       r"slideshow)|"
       r"(article|story) continues( below| after)?( this)?( advertisement| ad)?|"
       r"continue reading below|content continues below|"
       r"scroll to continue( with content)?|ad feedback|report (this |an )?ad|"
       r"skip (this )?(ad|advertisement)|advertiser content|supported by|"
       r"advertisement\W+(scroll to continue|continue reading below|story continues below))\W*$"
       r"|^((sponsored|promoted|recommended) (stories|links|content|headlines)( for you)?|ads|"
       r"(promoted )?links|content) by (taboola|outbrain|revcontent|zergnet)\W*$"
       r"|^(sponsor message|become an? [\w ]{1,20} sponsor)\W*$"
       r"|^(together with|in partnership with|presented by|brought to you by|sponsored by) "
       r"(?-i:[A-Z])[\w .&'’-]{1,30}$"
       r"|^before it['’]s here, it['’]s on the\b"
       # public media's underwriting slot: 'Support Provided By: Learn more'
       r"|^support (for [\w .'’&-]{1,30} )?(is )?provided by\b(:? learn more)?\W*$"
       r"|^support for [\w .'’&-]{1,30} comes from\W*$"
       r"|^(article content|advertisement \d{1,2})\W*$|^this advertisement has not loaded yet\b"
       # ('Advertise with us' too is chrome, but in a page's footer it is weight against the
       # body's run reaching the sidebars: dev page 0461 lost precision)
       r"|^advertise (with|on) (?!us\W*$)(?-i:[A-Z])[\w.&'’-]*( (?-i:[A-Z])[\w.&'’-]*){0,2}\W*$",
       drop=("Advertise With NZME.", "Advertise on Ledger Media",
             "Support Provided By: Learn more", "Support for NewsHour Provided By",
             "Support for WAMU comes from",
             "Advertisement", "ADVERTISEMENT", "Story continues below advertisement",
             "Story continues below Gallery",
             "Article continues below", "Ad Feedback", "Sponsored Content", "Supported by",
             "Advertisement - Scroll to continue", "SKIP ADVERTISEMENT",
             "Article continues after advertisement", "Report an ad", "Content continues below",
             "Story continues", "Sponsored Stories by Taboola", "Promoted Links by Outbrain",
             "Sponsor Message", "Become an NPR sponsor",
             "Before it’s here, it’s on the Bloomberg Terminal LEARN MORE", "Article content",
             "Advertisement 2", "Advert", "TOGETHER WITH GRIDWISE",
             "Presented by Acme Bank",
             "This advertisement has not loaded yet, but your article continues below."),
       keep=("Advertisement revenue fell by 12 percent last year.",
             "Advertise with care, the regulator told the banks.")),
)
# fmt: on
