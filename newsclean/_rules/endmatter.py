"""Tags, comments, bios and the legal lines that close a story."""

from __future__ import annotations

from ._rule import Rule, _r

__all__ = ["ENDMATTER"]

# fmt: off
ENDMATTER: tuple[Rule, ...] = (
    _r("tags.list", "tag and topic lists",
       r"^(tags?|topics?|filed under|categories|category|posted in|more on|keywords?|"
       r"related topics|explore more on these topics|see more on|read more about|in this article)"
       r"\s*[:\-|]"
       r"|^(tags|topics?|topics (in|mentioned in) this (article|story|post)|related topics|"
       r"explore more on these topics|more about|"
       r"(narrower|broader) topics|regions? ?/ ?country|countries ?/ ?regions?)\W*$"
       r"|\bto follow (these |the )?topics\W*$|^more:$",
       drop=("Tags: Ukraine, Russia, Crimea", "Topics: Politics", "Filed under: World", "Tags",
             "Explore more on these topics", "More about", "Narrower topics",
             "Click the alert icon to follow topics:", "Topic",
             "Region / Country", "More:", "Topics In This Article"),
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
       r"(?!(what|here['’]?s what|who|how|why) )[\w.'’\- ]{2,40} says:?|"
       r"re: \(score:\d+\)|\d+ (likes?|votes?)|"
       r"load more comments)\W*$|^comments are (subject to|moderated|pre-?moderated)\b"
       r"|^(comments|conversations) are (the )?opinions of (our|their) (readers|authors)\b"
       r"|^please enable javascript to view the comments\b",
       drop=("Conversations are opinions of our readers and are subject to the Code of Conduct. "
             "The Star does not endorse these opinions.",
             "Comments are opinions of their authors and do not reflect the views of the site.",
             "Be the first to comment", "Reply to comment", "Melissa says", "Re: (Score:2)",
             "12 likes",
             "Comments are subject to our community guidelines, which can be viewed here.",
             "Log in here to leave a comment.",
             "Please enable JavaScript to view the comments powered by Disqus."),
       keep=("Reply to the letter by May 1, the office said.", "What the weather bureau says"),
       max_words=30),
    _r("comments.policy", "a comment section's moderation policy, written as a paragraph",
       r"\bcommitted to hosting (lively|respectful|civil|robust|healthy|constructive|thoughtful)\b"
       r"|\bhelp us keep the (conversation|discussion|comments?) (useful|civil|respectful|"
       r"constructive|healthy)\b"
       r"|^comments (expressed|posted|made|published)( here| on this (site|page|platform))? "
       r"do not (necessarily )?(reflect|represent)\b"
       r"|^comments (will|may) be (moderated|pre-?moderated)\b"
       r"|^comments (not|aren['’]t) (loading|showing|appearing)\?"
       r"|^comment(ing)? policy( \(updated [\d/.]+\))?\W*$"
       r"|^(comment(ing)? policy( \(updated [\d/.]+\))?: )?please keep (your |all )?comments "
       r"(civil|respectful|on[- ]topic|clean)\b",
       drop=("Comment Policy", "Comment Policy (updated 4/20/2021): Please keep your comments "
             "civil. We reserve the right to delete comments or ban users who engage in "
             "personal attacks.",
             "Comments will be moderated. Keep comments relevant to the article. Remarks "
             "containing abusive and obscene language, personal attacks of any kind or promotion "
             "will be removed and the user banned.",
             "Comments not loading? We recommend using Google Chrome or Mozilla Firefox with "
             "javascript turned on.",
             "Crikey is committed to hosting lively discussions. Help us keep the conversation "
             "useful, interesting and welcoming. We aim to publish comments quickly in the "
             "interest of promoting robust conversation, but we're a small team and we deploy "
             "filters to protect against legal risk.",
             "Comments expressed here do not reflect the opinions of the newspaper or any "
             "employee thereof."),
       keep=("The council is committed to hosting the games in 2032, the mayor said.",
             "Comments made by the minister do not reflect government policy, her office said.",
             "Comments will be reviewed by the board before the vote, the clerk said."),
       max_words=80),
    _r("feedback.prompt", "'was this helpful?' widgets and their answers",
       r"^(feedback\W*$|was this helpful|was this (article|page|story|post|information|"
       r"answer|resource|content) (helpful|useful)|"
       r"did you find this (article|page|story|post) (helpful|useful)|"
       r"how (useful|helpful) was this (article|page|story|post)?|is this page useful|"
       r"(give|send|leave) (us )?(your )?feedback)\b|^thank(s| you) for (your|the) feedback\W*$"
       r"|^your feedback\W*$"
       r"|^(found|spotted|see) (a|an) (mistake|error|typo)( in this (article|story))?\?"
       r"|^report it to us\W*$|^thank(s| you) for your report\W*$"
       r"|^we welcome your (comments|feedback|letters|views) at [\w.+-]+@"
       r"|^(how (does|did) (this|the)( article| story| post| news)? make you feel|"
       r"how do you feel about this (article|story|post|news)|what('s| is) your reaction|"
       r"do you like (the content of )?this (article|story|post))\W*$",
       drop=("Thank you for your feedback.", "Was this article helpful?", "Is this page useful?",
             "Feedback", "Was this helpful?", "Your feedback",
             "Did you find this article useful? Yes No", "Was this resource helpful?",
             "How does this make you feel?", "What's your reaction?",
             "Do you like the content of this article?", "Found a mistake in this article?",
             "Report it to us.", "Thank you for your report!",
             "We welcome your comments at letters@scroll.in."),
       keep=("Thank you for the feedback, the minister told the committee.",
             "Was this the right decision? Voters will say in May."), max_words=10),
    _r("bio.reporting", "agency credits and reporting lines",
       r"^\(?with (additional )?reports? from (?-i:[A-Z])|"
       r"^\(?(abridged |english )?translat(ion|ed)( and adapted| from [\w ]{2,20})? by:? "
       r"(?-i:[A-Z])|"
       r"^(\(|--?)?(with )?(reporting|additional reporting|writing|editing|compiled|edited|"
       r"produced) by:? "
       r"(?-i:[A-Z])|^contact (the )?((senior |staff |senior staff )?(author|writer|reporter))|"
       r"^(write to|email|e-mail|contact|reach) [\w. ]{2,40} (at|@)\s?\S+@|"
       r"^(?-i:[A-Z])[\w'’.\-]+( (?-i:[A-Z])[\w'’.\-]+){1,3}: [\w.+-]+@[\w-]+\.\w|"
       r"^(?-i:[A-Z])[\w'’.\-]+( (?-i:[A-Z])[\w'’.\-]+){1,3} (can|may) be reached at \S+@|"
       r"^(write to|email|e-mail|contact|call|reach) [\w. ]{2,40} at "
       r"\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}|"
       r"^have a (news |confidential )?tip\b|"
       r"^(medically |clinically |expert |legally )?(reviewed|fact[- ]checked) by:? (?-i:[A-Z])|"
       r"^\W{0,2}with (additional )?assistance (from|by) (?-i:[A-Z])|^contributing: \w|"
       r"^send (us )?(a )?tip|^got a (news )?tip\b|\bcontributed to this (report|story|article)"
       r"|\bcontributed (reporting|to (this |the )?reporting)\b"
       r"|^(the )?(associated press|agence france-presse|bloomberg news|reuters|ap|afp|upi|"
       r"press trust of india|pti|ani|ians|yonhap|kyodo|xinhua|bernama|aap|canadian press|dpa)\W*$"
       r"|^(information|material|reporting) from .{2,60} (was|were) used in this "
       r"(report|story|article)"
       # a TV station's note on its sources: 'The Source: Information in this article came from'
       r"|^the source: (the )?(information|details|this (story|article|report))\b"
       # the writer's address on a line of its own, under the byline or the bio
       r"|^[\w.+-]+@[\w-]+(\.[\w-]+)+$"
       # ... or after its label, as an author card prints it: 'Email: ...', 'X: @handle' (a
       # person's address: a shop's 'Email: support@...' is its footer's)
       r"|^(e-?mail|twitter|x|bluesky|threads|instagram|mastodon|signal|phone)\s?:\s?"
       r"((?!(support|info|contact|help|sales|service|customer|hello|press|admin|office)\b)"
       r"[\w.+-]+@[\w-]+(\.[\w-]+)+|@[\w.]+)$",
       drop=("Email: jane@coloradosun.com", "X: @JaneDoeNews", "Twitter: @jdoe",
             "Reporting by Jane Doe; Editing by Sam Roe", "--Editing by Peter Kang.",
             "Edited by: Sean Sinico",
             "With reports from El Universal and Milenio", "Abridged translation by Sam Lee",
             "Write to Ann Lee at ann.lee@wsj.com", "kevin.odonnell@newsday.com",
             "Reach Nate Pruitt at npruitt@usatoday.com. Follow him on X @natepruitt.",
             "Have a tip? Email us", "(Reporting by Ann Lee in London)",
             "The Associated Press contributed to this report.", "Associated Press",
             "Information from The Associated Press was used in this report.",
             "The Source: Information in this article came from the Atlanta Police Department.",
             "— With assistance from Eva Brunner", "Reuters", "Press Trust of India",
             "Contributing: Jane Doe, USA TODAY",
             "CNN’s Wayne Chang contributed reporting.",
             "Medically reviewed by Katherine Marengo LDN, R.D.", "Fact checked by Jo Lee",
             "Contact staff writer Jill Barshay at 212-678-3595 or barshay@example.org.",
             "Ann Lee: alee@example.com; Ann Lee covers transit for The Times.",
             "Nora Kelleher can be reached at nora.kelleher@globe.com. Follow her @norakelleher.",
             "Reach Dan Okafor at 803-555-0142. Follow him on X @danokafor."),
       keep=("Email: support@example.com",
             "Reporting by the paper's staff uncovered the fraud, the judge said in her ruling.",
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
       r"more about (?-i:[A-Z])[\w.'’-]+( (?-i:[A-Z])[\w.'’-]+){1,3}|"
       r"view all posts by .{2,60}|(all )?posts by .{2,60}|prev post ?next post|"
       r"(read|see|view) (the latest|more|all)( articles| stories| posts)? (from|by) "
       r"(?-i:[A-Z])[\w.'’-]+( (?-i:[A-Z])[\w.'’-]+){1,3}|"
       r"headshot of .{2,60})\W*$",
       drop=("Read the latest from Ann Lee", "Read more by Ann Lee",
             "About the author", "THE AUTHOR", "See more about Charles Patterson",
             "Headshot of Ann Lee", "More about Ann Lee",
             "View all posts by Ann Lee", "Prev PostNext Post"),
       keep=("The author of the report said the figures were checked twice.",)),
    _r("legal.copyright", "copyright, reprint and legal lines",
       r"^(©|\(c\) ?\d{4}|copyright (©|\(c\)|\d{4}))|\ball rights reserved\b|^order reprints?\b"
       r"|\breprints? (and|&) permissions\b|^terms (and|&) conditions\W*$"
       r"|^for (a )?reprints? of this (article|story)\b"
       r"|^(media contact (&|and) )?reprint requests?\W*$"
       r"|^when (citing|quoting|using)( and (citing|quoting|using))? (any )?(materials?|content)\b"
       r"|\bhyperlinks? (to [^.]{2,40} )?(is|are) (mandatory|required|obligatory)\b"
       r"|^privacy (and|&) cookies\W*$"
       r"|^(terms of (use|service)|privacy policy|cookie policy|do not sell)"
       r"|\bthis (material|article) may not be (published|reproduced|broadcast|rewritten)"
       r"|\bdistributed by (tribune content agency|tribune media services|"
       r"king features( syndicate)?|andrews mcmeel( syndication)?|creators syndicate|"
       r"the washington post news service)\b"
       r"|^this (article|story|post) (was )?(originally|first) (appeared|published) "
       r"(on|in|at|by)\b|^all (content|material)s? ©"
       r"|^our (standards|editorial standards|ethics policy)\W*:"
       r"|^a version of this (article|story) appears? in print\b"
       r"|^why you can trust [\w .'’]{1,30}$|^why trust us\W*$"
       r"|^\W?except for the headline, this story has not been edited\b"
       r"|\b(auto-?generated|published|generated) from a syndicated (news )?feed\b"
       r"|\bis not responsible for the content of external (sites|websites|links)\b"
       r"|^copyright (?-i:[A-Z]{2,})[\w&'’]*( (?-i:[A-Z]{2,})[\w&'’]*){0,3}\W*$"
       r"|^contact: [\w.+-]+@[\w-]+\.[\w.]+$"
       r"|\bis published by .{1,60}, an? [\w .'’&-]{1,40} company\W*$"
       r"|^reuse this (content|article|story|image|photo)\W*$"
       # a typeface's or a brand's notice: 'CNN Sans ™ & © 2016 Cable News Network.'
       r"|[™®] ?(&|and) ?© ?\d{4}\b"
       # a nonprofit's status: 'PBS is a 501(c)(3) not-for-profit organization.'
       r"|^[\w .&'’-]{1,40} is an? (registered )?501\(c\)\(3\) "
       r"(nonprofit|non-profit|not-for-profit)"
       r"( organi[sz]ation| corporation)?\W*$",
       drop=("PBS is a 501(c)(3) not-for-profit organization.",
             "2025 Boston Herald. Visit bostonherald.com. Distributed by Tribune Content Agency, "
             "LLC.",
             "CNN Sans ™ & © 2016 Cable News Network.", "© 2024 The New York Times Company",
             "Copyright 2014 Dow Jones & Company",
             "When citing and using any materials on the Internet, hyperlinks not lower than the "
             "first paragraph to the site are mandatory.",
             "All rights reserved.", "Order Reprints | Today's Paper | Subscribe",
             "This material may not be published, broadcast, rewritten, or redistributed.",
             "This article originally appeared on The Conversation.",
             "Our Standards: The Thomson Reuters Trust Principles.",
             "This story was originally published by ProPublica.", "All content © copyright 2024",
             "Reprints & Permissions", "Terms & Conditions",
             "For a reprint of this article, please contact reprints@law360.com.",
             "Media Contact & Reprint Requests",
             "Privacy & Cookies",
             "A version of this article appears in print on Aug. 8, 2022, Section A, Page 1.",
             "Why you can trust Sky News", "Why Trust Us?",
             "(Except for the headline, this story has not been edited by NDTV staff and is "
             "published from a syndicated feed.)",
             "(This story has not been edited by Devdiscourse staff and is auto-generated from a "
             "syndicated feed.)",
             "The BBC is not responsible for the content of external sites.", "Copyright PUNCH.",
             "Slate is published by The Slate Group, a Graham Holdings Company.",
             "Contact: the.punch@punchng.com", "Reuse this content"),
       keep=("Copyright lawyers say the ruling will change the industry, and soon.",
             "Copyright Law Changes."),
       max_words=30),
    _r("legal.site-terms", "a site footer's terms, trademark and compensation notes, longer than "
       "legal.copyright's limit",
       r"\buse of this (site|website) constitutes acceptance of (our|the|its)\b"
       r"|\bis a (registered )?trademark of [^.]{1,80}\bregistered in the u\.?s\.?"
       r"|\bmay receive compensation for (some )?links to products and services\b",
       drop=("© 2024 Example Media IP Limited. All Rights Reserved. Use of this site constitutes "
             "acceptance of our Terms of Use and Privacy Policy | CA Notice at Collection and "
             "Privacy Notice | Do Not Sell/Share My Personal Information",
             "EXAMPLE is a trademark of Example Media IP Limited, registered in the U.S. and "
             "other countries. EXAMPLE may receive compensation for some links to products and "
             "services on this website. Offers may be subject to change without notice."),
       keep=("The logo is a trademark of the league, its lawyers said.",
             "Use of this site is free, the council said, and it will stay open all year."),
       max_words=80),
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
       r"|^citation: .{1,200}\bretrieved\b"
       r"|^(cite this (article|story|page|post)|(hide|show) citation)\W*$"
       r"|^source reference: "
       # a reference under a 'Citations' header: authors 'et al.', the paper, its DOI last
       r"|^(?-i:[A-Z])[\w.'’ -]{1,60} et al\.? [^\n]{10,300}\bdoi: ?10\.\d{4,9}/\S+$"
       # a 'Cite this' box's styles and its web citation: '... Web. 15 Mar. 2024.'
       r"|^(mla|apa|bibtex)( style| format| citation)?\W*$"
       r"|^(?-i:[A-Z])[\w'’ -]{1,40}, (?-i:[A-Z])[^\n]{10,300}\bweb\. \d{1,2} (jan|feb|mar|apr|"
       r"may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{4}\.?$"
       # ... or the journal and year alone: 'Nature Astronomy, 2024. DOI: 10.1038/...'
       r"|^(?-i:[A-Z])[\w .&'’-]{2,60}, (19|20)\d\d\. doi: ?10\.\d{4,9}/\S+( +\(about dois\))?\W*$",
       drop=("MLA", "APA",
             "Sandoval, Priya. \"A chain is testing AI summaries.\" Nieman Journalism Lab. "
             "Nieman Foundation for Journalism at Harvard, 14 Mar. 2024. Web. 15 Mar. 2024.",
             "Nature Astronomy, 2024. DOI: 10.1038/s41550-024-02211-8  (About DOIs).",
             "More information: Alice Bridges et al, Bumblebees socially learn behaviour too "
             "complex to innovate alone, Nature (2024). DOI: 10.1038/s41586-024-07126-4",
             "Journal information: Nature", "Cite this article", "Hide citation",
             "Provided by University of Exeter",
             "Citation: Bumblebees learn to solve puzzles (2024, March 12) retrieved 13 March "
             "2024 from https://phys.org/news/2024-03-bumblebees.html",
             "Source Reference: Doe J, et al \"A trial of X\" Lancet 2024; DOI: 10.1016/x.",
             "A.D. Bridges et al. Bumblebees socially learn behaviour too complex to innovate "
             "alone. Nature. Published online March 6, 2024. doi: 10.1038/s41586-024-07126-4."),
       keep=("Provided by the council, the buses run every ten minutes.",
             "More information about the scheme is on the council's website.",
             "Mla, the river's old name, was dropped in 1910."),
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
       r"|^(i accept|got it|i agree|agree and (close|continue))\W*$"
       r"|\b(privacy policy|terms of (use|service)|cookie policy)\b.{0,100}\b(has|have) (been )?"
       r"(changed|updated)\b|^we['’]?( have|ve) updated our (privacy|terms|cookie)"
       r"|\b(having trouble|problems?) (accessing|viewing|reading) this (article|page|content)\b"
       r".{0,60}\bcookies\b",
       drop=("We use cookies to improve your experience.", "Accept all cookies", "Manage cookies",
             "Accept all", "Reject all", "We value your privacy", "I Accept", "Got it",
             "By continuing to use this site you agree to our use of cookies.",
             "Please note that our privacy policy, terms of use, cookies, and do not sell my "
             "personal information has been updated.", "We've updated our Privacy Policy",
             "Note: If you're having trouble accessing this article, make sure to clear your "
             "browser's cookies and try again."),
       keep=("Girl Scouts sold more cookies than ever this year, the group said.",
             "The company said its privacy policy had not changed since 2019."), max_words=60),
    _r("nav.chrome", "navigation and page chrome",
       r"^((skip|jump) to (the )?(main |primary )?(content|navigation|sidebar|footer|search|"
       r"site index|site navigation)|site index|(search (&|and) )?section navigation|"
       r"site (information )?navigation|accessibility (links|help)|"
       r"keyboard shortcuts( for [\w ]{1,30})?|(open|close) ((navigation |main )?menu|navigation)|"
       # a logo's alt text: 'NBC News Logo', 'Semafor Logo'
       r"(?-i:[A-Z])[\w.&'’-]*( (?-i:[A-Z])[\w.&'’-]*){0,3} (?-i:Logo)|"
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
       r"services|projects|notes|archives?|categories|tags)\b[\s|•·/]*){2,10}$"
       # the story's other languages: 'Translations: Русский Українська', 'Read in: Español'
       r"|^(translations?|read (this |it )?in|other languages)\s?:"
       # a search box's prompt: 'Didn't find what you were looking for?'
       r"|^(didn['’]t|did not|can['’]t|cannot|couldn['’]t) find what you( were|['’]re| are) "
       r"looking for\W*$",
       drop=("Accessibility links", "Keyboard shortcuts for audio player", "Open Navigation Menu",
             "Open Navigation", "Skip to site index", "Search & Section Navigation",
             "Site Information Navigation",
             "NBC News Logo", "Skip to content", "Menu", "Search", "Back to top", "Next Article",
             "Load more",
             "Skip next section Explore more", "Didn't find what you were looking for?",
             "Jump to content", "Next story",
             "← Trying out a new recipe", "The best films of the year →",
             "Home About Privacy Terms", "Blog | Projects | Contact Us",
             "Translations: Русский Українська", "Read in: English | Español"),
       keep=("Home prices rose 4 percent in March.", "Home and away", "Notes on a scandal",
             "Product lockups didn’t match the new Google logo",
             "Translations of the letter were sent to every embassy.",
             "Available in: Most countries.")),
    _r("nav.browser-notice", "notes to the reader's browser: old or not supported, JavaScript "
       "off, how to move through the menu with the keyboard",
       r"^(internet explorer|ie ?\d{1,2}|your (web )?browser|this browser) (is )?(not|no longer) "
       r"supported(\W*$|\. (for|please)\b)"
       r"|^(you are using|you're using) an? (outdated|old|unsupported) (web )?browser\b"
       r"|^your (web )?browser is (out of date|outdated)\b"
       r"|^for (an optimal|the best|a better) (viewing )?experience,? (please )?(visit our site on|"
       r"use|switch to|upgrade) (another|a (different|modern|newer|supported)) browser\b"
       r"|^please (turn on|enable) (your )?javascript (for|in|on) (this|your) (page|browser)\b"
       r"|^use tab to navigate through the menu items\W*$",
       drop=("IE 11 is not supported. For an optimal experience visit our site on another "
             "browser.", "You are using an outdated browser. Please upgrade your browser.",
             "Your browser is out of date.",
             "Please turn on your JavaScript for this page to function normally.",
             "Use tab to navigate through the menu items."),
       keep=("Internet Explorer is no longer supported by Microsoft, which retired it in 2022, "
             "the company said.",),
       max_words=30),
    _r("punctuation.only", "lines with no letters or digits (separators, bullets, stray marks)",
       r"^[\W_]*$", drop=("***", "|", "—", "• • •", "...", "___"), keep=("A", "2014")),
)
# fmt: on
