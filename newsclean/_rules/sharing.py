"""Sharing and social: share bars, follow prompts, embedded posts' chrome."""

from __future__ import annotations

from ._rule import Rule, _r

__all__ = ["SHARING"]

# fmt: off
SHARING: tuple[Rule, ...] = (
    _r("share.prompt", "share bars and social prompts",
       r"^((kindly |please )?share( this| full| the)?( article| story| page| link)?"
       r"( on \w+| via \w+)?|"
       r"share on facebook|"
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
       r"follow us( on( \w+)?)?|"
       r"\d[\d.,]*k? (shares?|views?)|shares?|"
       r"click to (share on [\w/]+|email a link to a friend|print)"
       r"( \(opens in new window\))?( \w+)?|"
       r"opens in (a )?new (window|tab)|like this:?|like loading\.*|(other|more) ways to share|"
       r"((close|hide|show|open) )?(extra |more )?sharing options)\W*$"
       r"|^(did you )?(like|enjoy|enjoyed|love) (this|the) (story|article|post|read)\?"
       r"|^listen to (this |the )?(article|story) in \w+ (format|form|version)\W*$"
       r"|^((sms|facebook|twitter|x|e-?mail|linkedin|whatsapp|reddit|pinterest|flipboard|"
       r"messenger|telegram|bluesky|threads|mastodon|print|copy link)\b[\s|•·,/]*){2,12}$"
       r"|^share or comment on this (article|story)|^save (articles|stories) to read later\b"
       r"|^read later\W*$|^sharelines( from this (story|article))?\W*$"
       r"|^[+-] ?(text|font) size\W*$"
       r"|^(copy|copy to clipboard|copied|share\d|\+ ?follow)\W*$|^copy/paste .{0,40}\bembed\b"
       r"|^share (this )?(article|story|post|page) (on|via) social media( or (by |via )?e-?mail)?"
       r"\W*$"
       r"|^save this (story|article)( for later)?\W*$"
       r"|^share to (facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|e-?mail|flipboard|"
       r"threads|bluesky|messenger)\W*$",
       drop=("Share article on social media or email:", "Follow us on :",
             "X (Twitter)", "Share this:", "Facebook", "0 shares", "Tweet", "Copy link",
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
             "Copy to clipboard", "Copied", "READ LATER", "Save stories to read later",
             "Very large text size", "+ FOLLOW", "Share this link:",
             "Copy/paste the article video embed link below:",
             "{copyShortcut} to copy Link copied!", "+Text Size", "Other ways to share",
             "More sharing options", "Close extra sharing options", "Kindly Share This Story:",
             "Sharelines from this story", "Save this story", "Share to Linkedin"),
       keep=("Facebook said on Monday that it would appeal the ruling.",
             "Facebook Twitter rivalry heats up")),
    _r("share.follow", "calls to follow the outlet or reporter",
       r"^(follow|like) (us|@?\w+( \w+){0,2}) on (facebook|twitter|x|instagram|tiktok|threads|"
       r"linkedin|whatsapp|telegram|bluesky|"
       r"google news|youtube)\b"
       r"|^don['’]t miss [^.]{1,40}\. (like|follow) us on \w+\W*$"
       r"|^follow @\w+|^visit us on social media:?$"
       r"|^follow [\w'’ ]{1,30} coverage (of|at)\b"
       r"|^\d[\d.,]*[km]? followers\W*$"
       r"|^follow (topics|authors|topics and authors) (from|in) this (story|article)\b",
       drop=("Follow us on Twitter", "Like us on Facebook", "Follow @jsmith",
             "Follow Mike Johnson on Twitter @mjohnson", "Follow Sky News on WhatsApp",
             "Follow AP's coverage of Europe at https://apnews.com/hub/europe",
             "1.2K Followers", "Visit us on social media:",
             "Don't miss the big stories. Like us on Facebook.",
             "Follow topics and authors from this story to see more like this in your "
             "personalized homepage feed and to receive email updates."),
       keep=("Follow the river north for two miles and you reach the camp.",), max_words=25),
)
# fmt: on
