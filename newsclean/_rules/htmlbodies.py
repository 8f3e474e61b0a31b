"""Boilerplate that HTML bodies let through (added by the HTML path), at the end of the
table so that every earlier rule keeps its say."""

from __future__ import annotations

from ._rule import Rule, _r

__all__ = ["HTMLBODIES"]

# fmt: off
HTMLBODIES: tuple[Rule, ...] = (
    _r("label.section", "a section name with a trailing dash or bar, printed above a headline",
       r"^(?-i:[A-Z])[\w&'’]+( [\w&'’]+)? [—–|/]$",
       drop=("SCIENCE —", "Tech |", "Politics /"),
       keep=("Science — and art.", "Welcome to CO—"), max_words=4),
    _r("legal.affiliate", "affiliate disclosures: the outlet earns a commission on sales",
       r"^(if|when) you (buy|purchase|shop|click)[^.]{0,80}\blinks?\b.{0,80}\bcommission"
       r"|^we (may|might|could) (earn|receive|get)( an?)?( small)?( affiliate)? "
       r"(commission|(share|portion) of (the )?(sales|revenue))"
       r"|^(\w+ ){1,4}participates in (various )?affiliate (marketing )?programs?\b"
       r"|\b(partners|advertisers|companies) (who|that) compensate us\b"
       r"|^advertiser disclosure\W*$"
       r"|^ftc( disclosure)?:.{0,80}\b(affiliate|we (may )?(earn|receive|get))\b"
       r"|\bmay contain references to products from (our|its) partners\b"
       r"|\bmay (earn|receive) compensation (for|on|from) (sales|purchases) (from|through|via)\b"
       r"|\b(an explanation (of|for) )?how we make money\W*$"
       r"|\bmay earn (us )?(a portion of (the )?sales|an? (small )?(affiliate )?commission)\b"
       r".{0,80}\b(products?|links?|our site|retailers?)\b"
       r"|\b(products?|links?|our site)\b.{0,60}\bmay earn (us )?(a portion of (the )?sales|"
       r"an? (small )?(affiliate )?commission)\b"
       # a partner's pitch the outlet marks as an ad at its end: '... to go solar. – ad*'
       r"|\s[–—-]\s?ad\*$|\s[–—]\s?ad$",
       drop=("To make sure you find a trusted, reliable solar installer near you that offers "
             "competitive pricing, check out Example, a free service. – ad*",
             "Ars Technica may earn compensation for sales from links on this post through "
             "affiliate programs.",
             "If you buy something from a Verge link, Vox Media may earn a commission. See our "
             "ethics statement.",
             "When you buy something using the retail links in our stories, we may earn a small "
             "affiliate commission. Read more about how this works.",
             "We may earn a commission when you buy through links on our site.",
             "We may receive a portion of sales if you purchase a product through a link in "
             "this article.",
             "Hearst Television participates in various affiliate marketing programs, which means "
             "we may get paid commissions on editorially chosen products purchased through our "
             "links to retailer sites.",
             "Many or all of the products on this page are from partners who compensate us when "
             "you click to or take an action on their website.", "Advertiser Disclosure",
             "While we adhere to strict editorial integrity, this post may contain references to "
             "products from our partners. Here’s an explanation for how we make money.",
             "Vanity Fair may earn a portion of sales from products that are purchased through "
             "our site as part of our Affiliate Partnerships with retailers.",
             "Every product is independently selected by (obsessive) editors. Things you buy "
             "through our links may earn us a commission."),
       keep=("The mayor replied: 'We will never ban the ad.'",
             "When you buy a house, the agent may earn a commission of 3 percent, she said in "
             "the interview.", "FTC: the agency said the commission would vote in May."),
       max_words=60),
    _r("paywall.exclusive", "notes that the story is for subscribers only, naming the outlet, "
       "and the wall's note while it checks the reader's access",
       r"^this (article|story|content|post|piece) is (only )?(available )?(exclusively )?"
       r"(available )?(to|for) [\w .'’&-]{0,40}(subscribers|members)( only)?(\W*$|[.!] )"
       r"|^this (article|story|content) is part of [\w .'’&-]{1,30} (pro|premium|plus)\W*$"
       r"|^(member|members|subscriber)[- ]only (story|article|post)\W*$"
       r"|^(member|members|subscriber|premium) (content|exclusive)\W*$"
       # a metered wall's check, and its note for readers in a browser's reader mode
       r"|^thank you for your patience while we (verify|check|confirm) "
       r"(your )?(access|subscription)"
       r"|^if you are in reader mode,? (please )?exit\b",
       drop=("This story is available exclusively to Business Insider subscribers. Become an "
             "Insider and start reading now.", "This article is part of POLITICO Pro",
             "Member-only story", "Member Content",
             "This content is available to SHRM members only. Become a member to access it.",
             "Thank you for your patience while we verify access.",
             "If you are in Reader mode please exit and log into your account."),
       keep=("This story is available to read in Spanish and French.",
             "Thank you for your patience while we repair the bridge, the mayor wrote."),
       max_words=30),
    _r("paywall.support", "reader-support pitches: the outlet asks readers to contribute",
       r"^(at [\w .'’&-]{1,30}, )?we believe (that )?(everyone|everybody|all|every \w+) "
       r"(needs|deserves|should have)\b|^(will|would) you (support|join|help) (us|[\w .'’&-]{1,30} "
       r"today)\b|^your (contribution|support|gift) of (as little as |just |only )?\$\d"
       r"|^can['’]t afford to (donate|contribute|pay)\b"
       r"|^already (contributed|donated|a supporter)\?"
       r"|^we accept (credit cards?|paypal|apple pay)\b"
       # (each floating alternative opens with words rare in prose: the rule stays cheap)
       r"|\btax[- ]deductible (gift|donation|contribution)\b"
       r"|^support (\w+['’]?s?['’]? ){1,3}(journalism|reporting)\b"
       r"|\bdonations from (our )?readers\b|\bdo what we do without (your|you)\b"
       r"|\bjournalism is (funded|supported|made possible|paid for) by (our )?"
       r"(readers|members|you)\b"
       r"|^support us (from|for) (as little as )?[$£€]\d"
       r"|\bnews (source|site|outlet)\. support (independent |our |quality )?(journalism|us)\b"
       r"|^(did you|do you) (find|enjoy|like|value) this (story|article|piece)( \w+)?\?.{0,20}"
       r"\bsupport\b"
       r"|\b(on|from) (readers|supporters|members|donors) like you\b"
       r"|^[\w .'’&-]{2,40} (is|are) reader[- ]supported\W*$"
       r"|\bmake a (gift|donation) to [\w .'’&-]{2,40} today\b"
       r"|\bhelp us by (joining|supporting|donating to) [\w .'’&-]{2,40} today\b"
       r"|\bfreely accessible (to|for) (all|everyone)\b"
       r"|\bjournalism is (free|open) (for|to) (all|everyone)\b"
       r"|^our journalism needs your support\b"
       r"|^readers like you (are|have) (been )?(keeping|kept|helping|helped|making|made)\b"
       r"|\byour (subscription|membership|support|contribution) helps us (keep|continue|do)\b"
       r"|\b(because of|thanks to|made possible by|support from) (\w+ )?(readers|supporters|"
       r"members|donors) like you\b"
       r"|\byou can take a (paid )?subscription\b"
       r"|\bdoes(n['’]t| not) mean (it['’]s|it is) free to (produce|make|report)\b"
       r"|\bhelps? keep (the )?paywalls? (away|down|off)\b"
       r"|\blike all (the )?(news|stories|journalism|reporting|articles) we (publish|produce), "
       r"is free\b"
       r"|^(yes, )?i['’]ll (give|donate|contribute|chip in) [$£€]\d"
       r"|^your support is (crucial|vital|essential|critical) to our (success|work|mission|"
       r"survival)\b"
       r"|(^|[.!] )(donate|give) to (the )?(?-i:[A-Z])[\w.'’&-]*( (?-i:[A-Z])[\w.'’&-]*){0,3} "
       r"today\W*$"
       r"|^chip in( now| today)? (to|and) (fund|support|keep|sustain|power)\b"
       r"|^help us (dig deeper|keep digging|keep (reporting|going))\W*$"
       # a newsroom that answers to no owner: 'Our newsroom doesn't answer to shareholders'
       r"|\bour (newsroom|journalism|reporting) (doesn['’]t|does not) answer to (shareholders|"
       r"investors|advertisers|corporate (owners|interests)|billionaires?|a billionaire)\b"
       # a fund drive's goal: 'X is raising $200,000 by Dec. 31 to ... Please donate today.'
       r"|\bis raising \$[\d,.]+( million| thousand|k)? (by|before)\b.{0,150}"
       r"\b(please (donate|give)|(donate|give) (today|now))\b"
       # a box's two lines: 'Local journalism is essential.' / 'Give directly to X ... by using
       # the easy options below. Gifts processed in this system are not tax deductible ...'
       r"|^(local|independent|quality|nonprofit|community) (news|journalism|reporting) "
       r"(is|are) (essential|vital|important|more important than ever)\W*$"
       r"|^give directly to (the )?(?-i:[A-Z]).{0,300}\b(options|form|link|button) below\b"
       r"|\bgifts? (processed|made) (in|through|via) this (system|form|page) (is|are) not tax[- ]"
       r"deductible\b",
       drop=("Chip in now to fund your local newsroom.", "Help us dig deeper.",
             "You come to the Ledger because you want independent reporting. Our newsroom "
             "doesn’t answer to shareholders looking to turn a profit. Instead, we answer to "
             "you.",
             "The Ledger is raising $200,000 by Dec. 31 to support coverage of the 2025 "
             "legislative session. Please donate today.",
             "Your support is crucial to our success. Donate to the Prospect today.",
             "Local journalism is essential.",
             "Give directly to The Ledger's community reporting fund -- which pays for two "
             "reporters -- by using the easy options below. Gifts processed in this system are "
             "not tax deductible.",
             "Yes, I'll give $5/month",
             "At HuffPost, we believe that everyone needs high-quality journalism, but we "
             "understand that not everyone can afford to pay for expensive news subscriptions.",
             "Would you join us to help keep our stories free for all? Your contribution of as "
             "little as $2 will go a long way.",
             "Can't afford to donate? Support HuffPost by creating a free account and log in while "
             "you read.", "Already contributed? Log in to hide these messages.",
             "Will you support Vox today?",
             "We believe that everyone deserves to understand the world that they live in.",
             "We accept credit card, Apple Pay, and Google Pay. You can also contribute via",
             "Your tax deductible gift can help stop human rights violations.",
             "Support The Gazette's journalism of integrity and credibility",
             "Meduza is blocked in Russia, and our work relies on readers like you.",
             "Stuff's journalism is funded by readers. Support us from $1.",
             "The Tico Times is Costa Rica's leading English-language news source. Support "
             "independent journalism.",
             "Did you find this story interesting? Support Kyiv Post's independent journalism.",
             "The Gazette's journalism is free for everyone. Become a member to keep it that way.",
             "The Gazette is published by a non-profit foundation that is funded through "
             "donations from our readers. We cannot do what we do without your support.",
             "We are dedicated to delivering fact-checked journalism that remains freely "
             "accessible to all.", "The Daily Ledger Is Reader-Supported",
             "That takes resources. We depend on support from readers like you.",
             "Make a gift to the Ledger today. Your gift helps us make good journalism better.",
             "Has the world ever needed a watchdog more? Help us by joining the Ledger today.",
             "Our journalism needs your support. Please subscribe today to NJ.com.",
             "Readers like you are keeping these stories free for everyone...",
             "A mix of advertising and supporting contributions helps keep paywalls away from "
             "valuable information like this article.",
             "Perhaps you noticed: This story, like all the news we publish, is free to read.",
             "The M&G is one of South Africa's most trusted news sources. Your subscription helps "
             "us keep it that way.",
             "The Narwhal's reporting is free to read because of readers like you",
             "Sustaining this needs support from wonderful readers like you.",
             "Whether you live in India or overseas, you can take a paid subscription by "
             "clicking here.",
             "Our reporting is free to all readers. But that doesn't mean it's free to produce."),
       keep=("Would you join a union? Half of the workers said yes.",
             "Support for the bill came from farmers and unions.",
             "The news was made available to all staff on Monday.",
             "Your gift of a kidney can save a life, the surgeon said.",
             "The clinic relies on support from donors like him, the director said.",
             "Make a gift to a friend this year, the guide suggests.",
             "We believe the suspect fled north, the sheriff said.",
             "The school is raising $20,000 by June to support its band, and parents may give "
             "online.",
             "Local journalism is essential to democracy, the report concluded.",
             "Give directly to the food bank, the mayor urged residents on Monday."),
       max_words=80),
    _r("newsletter.featured", "a note that the story ran in one of the outlet's newsletters",
       r"^this (article|story|essay|post) (was|is) featured in (the |our )?[^.]{0,60}newsletter\b",
       drop=("This article was featured in the One Story to Read Today newsletter. Sign up for it "
             "here.",),
       keep=("This story was featured in the local paper in 1974, her son said.",), max_words=30),
    _r("bio.tip", "a request for tips or comments, with the reporter's addresses and advice on "
       "sending them",
       r"^(have|got) an? ((news|confidential|story) ){0,2}tip\?"
       r"|^get in touch with (our|the) [\w ]{0,30}(team|desk) by (e-?mail(ing)?|calling|phoning)\b"
       r"|\bif you have a news tip\b|^join our [\w ]{1,30} forums?\b"
       r"|^do you have (information|a tip) about\b.{0,120}\bcontact\b"
       r"|^have an opinion (about|on) this (story|article)\b.{0,40}\bletters? to the editor\b"
       r"|^submit a letter to the editor\b"
       r"|^send (us )?your (stories|news|pictures|photos)( and (photos|pictures|videos))?\b"
       r"|^get involved with the news in your community\W*$"
       r"|^(do you )?know (something|more) about this (story|topic|issue)\?"
       r"|^(questions|comments|questions or comments) (on|about) this (article|story|post)\?"
       r"|^((questions|comments|concerns|feedback|tips|ideas)(, or |, | or | and )?){1,4}\? "
       r"(contact|e-?mail|reach|write to|call|send)\b"
       r"|^(report|send) (typos|errors|corrections)( and (typos|errors|corrections))? to\b"
       r"|^for corrections,? (contact|e-?mail|write to)\b"
       r"|^do you work (at|for|in) [^?]{1,60}(\?|\bor have\b).{0,120}\b(contact|reach|e-?mail)\b",
       drop=("Got a confidential news tip? We want to hear from you.",
             "Questions, comments, concerns? Contact Abbey Marshall at amarshall@example.org.",
             "Do you work at Acme or have a tip? Contact this reporter via email at "
             "jdoe@example.com.",
             "Have an opinion about this story? Click here to submit a Letter to the Editor, and "
             "we may publish it in print.",
             "Questions or comments on this article? E-mail us at feedback@sciencenews.org | "
             "Reprints FAQ",
             "Have a tip? Contact this reporter via email at x@businessinsider.com or Signal at "
             "555-010-0199. Use a personal email address and a nonwork device; here's our guide "
             "to sharing information securely.",
             "Get in touch with our news team by emailing us at webnews@metro.co.uk.",
             "Join our Space Forums to keep talking space on the latest missions, night sky and "
             "more! And if you have a news tip, correction or comment, let us know at: "
             "community@space.com.",
             "Do you have information about hospital debt collection? Contact Maya Lau at "
             "maya.lau@propublica.org or by Signal at 213-555-0142.",
             "Submit a letter to the editor at freep.com/letters and we may publish it online or "
             "in print.", "Get involved with the news in your community",
             "Send your stories and photos now",
             "Know something about this story? Email us at tips@hoodline.com.",
             "Report typos and corrections to: corrections@example.com.",
             "For corrections contact corrections@example.com, for support contact "
             "support@example.com."),
       keep=("Have a tipple before dinner, the doctor said.",
             "Get in touch with the team by Friday, the coach told parents.",
             "Do you have information about the crash? Police asked witnesses to call them."),
       max_words=60),
    _r("promo.event", "promotions of the outlet's conferences and their tickets",
       r"^join us (at|for) (?-i:[A-Z])[^.]{0,60}$|^save (up to )?\$\d[\d,]* (on|off) (your |a )?"
       r"(ticket|pass|registration)s?\b|^(buy|get) (your )?tickets? (now|today)\W*$"
       # the outlet's awards: '... by applying to this year's X Awards before the deadline'
       r"|\b(apply|applying|enter|entering|nominate) (now |today )?(to|for) (this year['’]s |the )?"
       r"(?-i:[A-Z])[\w .&'’-]{1,40} (awards?|prize|list)\b[^.]{0,60}\bdeadline\b"
       # an event's blurb that closes on its button: '... for the X Summit. ... Register now.'
       r"|^join [^.]{0,80}\b(summit|conference|forum|festival|expo)\b.*[.!] "
       r"(register|get (your )?tickets|book (your )?(place|seat|tickets)) (now|here|today)\W*$"
       # the outlet's list or awards open for entries: '... applications are open. Apply now ...'
       r"|^(?-i:[A-Z])[\w .&'’-]{1,60} (applications|nominations|entries) are (now )?open\. "
       r"(apply|nominate|enter) (now|today|by|before)\b"
       # ... or under the event's name: 'X Summit: Join top marketers in ... Register now.'
       r"|^(?-i:[A-Z])[\w .&'’+,-]{0,80}: join .{0,160}[.!] (register|get (your )?tickets|"
       r"book (your )?(place|seat|tickets)) (now|here|today)\W*$"
       # ... or its date: 'X's Chicago Multifamily Annual Conference is on April 4. Register here.'
       r"|^(?-i:[A-Z])[\w .&'’-]{0,80}\b(summit|conference|forum|festival|expo|roundtable|"
       r"symposium|awards)( [\w-]+){0,2} (is|takes place|returns|comes)\b[^.]{0,80}[.!] "
       r"(register|get (your )?tickets|book (your )?(place|seat|tickets)) (now|here|today)\W*$",
       drop=("Inc. Best Workplaces applications are open. Apply now before the final deadline, "
             "Friday, April 12.",
             "Join us at TechCrunch Sessions: AI", "Save $300 on your ticket", "Get tickets now",
             "Recognize your brand's excellence by applying to this year's Brands That Matter "
             "Awards before the early-rate deadline, May 3.",
             "Join leaders in Atlanta on May 6–7 for the Example Workplace Summit. The next era "
             "of work is here. Register now.",
             "Example Convergence Summit: Join top marketers in New York, Oct. 8-10. Register "
             "now.", "Ledger's Chicago Multifamily Annual Conference is on April 4. Register here.",
             "Example Review 14th Annual CEO + CFO Roundtable: Join 1,500 healthcare leaders in "
             "Chicago, Nov. 11-14. Register today."),
       keep=("Join us at the park on Sunday, the mayor wrote.",
             "The climate summit: join the protest in Glasgow. Register now, organisers urged.",
             "The summit is on April 4. Register now, the organisers told delegates.",
             "Firms must apply for the Export Awards scheme, the minister said.",
             "Join the queue for the summit early, organisers said. Register now, they added, "
             "or miss out."), max_words=90),
    _r("legal.disclaimer-label", "a disclaimer under its label, longer than legal.disclaimer's "
       "limit (a commodity or market site's paragraph of them)",
       r"^\W{0,3}disclaimer: ",
       drop=("Disclaimer: The views expressed in this article are those of the author and may not "
             "reflect those of Kitco Metals Inc. The author has made every effort to ensure "
             "accuracy of information provided; however, neither Kitco Metals Inc. nor the author "
             "can guarantee such accuracy. This article is strictly for informational purposes "
             "only. It is not a solicitation to make any exchange in commodities, securities or "
             "other financial instruments. Kitco Metals Inc. and the author of this article do "
             "not accept culpability for losses and/ or damages arising from the use of this "
             "publication.",),
       keep=("The disclaimer, printed under every column, was dropped in 2019.",),
       max_words=160),
    _r("legal.disclaimer", "disclaimers that sites append to articles",
       r"^\W{0,3}disclaimer\b|^translation of an original article\b|^legal disclaimer:?$"
       # a wire's note on a release it distributes: 'X provides this news content "as is" ...'
       r"|\bprovides this (news )?content [\"“']?as is[\"”']? without warranty\b"
       # a kicker's gloss: 'An expert's point of view on a current event.'
       r"|^an? (expert|author|writer|columnist)['’]s (own )?"
       r"(point of view|perspective|opinion) on\b"
       r"|\b(has been|is|are) (a )?financial supporters? of\b"
       r"|\bthe (views|opinions) expressed (on|in|by|here)\b"
       # a partner newsroom's note on its host: '... do not necessarily reflect the views or
       # opinions of UW-Madison'
       r"|\b(published|posted|created) (or|and) (disseminated|distributed) by\b.{0,80}\bdo(es)? "
       r"not necessarily reflect the (views|opinions)\b"
       r"|^opinions expressed by [\w .'’&-]{1,40} are (their|his|her|the author['’]?s?) own\W*$"
       r"|\brepresents? (solely |only )?the (sole |personal |own )?views? of (its|the) authors?\b"
       r"|^(?-i:[A-Z])[\w .&'’-]{1,60} is a (global|worldwide|international|grassroots) movement "
       r"of (more than |over )?[\d.,]+( million)? (people|members|supporters)\b"
       r"|\b(is|are|for) (general |purely )?(informational|educational|information) purposes only\b"
       r"|\bnot (intended|meant) (to|as) (be )?(a )?(substitute|replace(ment)?)\b"
       r"|\b(does not|do not|is not intended to) (constitute|provide) (legal|financial|tax|"
       r"medical|investment|professional)\b"
       r"|\b(does|do) not (own|hold|have) (any )?(shares|stock|positions?|a position) in any "
       r"(of the )?(securities|stocks|companies|shares) (mentioned|discussed)\b"
       r"|\bnot intended (to (offer|provide|give)|as) (personal |professional )?(medical|legal|"
       r"financial|tax|investment) advice\b"
       r"|\bthis (post|article|page) (may )?contains? affiliate links\b"
       r"|\bha(s|ve) no (financial )?positions? in any (of the )?(stocks|securities|companies)"
       r" (mentioned|discussed)\b"
       r"|\b(we|i) (may|might|will) (earn|receive|get) (an? )?(small |affiliate )?"
       r"(commission|compensation|"
       r"share of (the )?(sales|revenue))\b"
       r"|\bhas a disclosure policy\b|^disclosure statement\W*$"
       # a market page's note: '*Data is delayed at least 15 minutes.'
       r"|\b(data|quotes) (is |are )?(displayed in real-time or )?delayed (by )?(at least|by) "
       r"\d+ min"
       r"|\bmay not be (reproduced|published)\b[\w ,]{0,60}\b(redistributed|rewritten|"
       r"distributed)\b"
       r"|^about sponsored content\b|^this content (was|is) (commissioned|paid for|produced) by\b"
       r"|\bprovides funding as a (founding )?(member|partner) of\b"
       r"|\bdoes not work for, consult, own shares in or receive funding from\b"
       r"|^\([\w!&.'’ ]{1,60} (are|is) (both )?part of the [\w .&'’-]{1,40} family\.?\)$"
       # the UK press regulator's notice under regional papers' stories
       r"|\badhere to the independent press standards organisation\b"
       # the note on sources under the health and finance sites of one chain
       r"|\buses only high-quality sources, including peer-reviewed studies\b"
       r"|\bhas strict sourcing guidelines and (draws|relies)\b"
       # a crypto or market site's note: 'This article does not contain investment advice ...'
       r"|^(this|the) (article|post|content|information|story) (does not|do not) contain (any )?"
       r"(investment|financial|legal|tax) advice\b"
       r"|\b(article|story) complies with [\w .'’&-]{1,40}\beditorial (policy|guidelines|"
       r"standards)\b",
       drop=("All works created, published, posted or disseminated by the Ledger do not "
             "necessarily reflect the views or opinions of the University or any of its "
             "affiliates.",
             "This article does not contain investment advice or recommendations. Every "
             "investment and trading move involves risk, and readers should conduct their own "
             "research when making a decision.",
             "Example is committed to independent, transparent journalism. This news article "
             "complies with Example's Editorial Policy and aims to provide accurate and timely "
             "information.",
             "Data is a real-time snapshot *Data is delayed at least 15 minutes.",
             "Opinions expressed by Forbes Contributors are their own.",
             "Translation of an original article published in French on lemonde.fr; the "
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
             "(E! and NBC News are both part of the NBCUniversal family.)",
             "An expert's point of view on a current event.",
             "This website and associated newspapers adhere to the Independent Press Standards "
             "Organisation's Editors' Code of Practice. If you have a complaint about the "
             "editorial content which relates to inaccuracy or intrusion, then please contact the "
             "editor here.",
             "Verywell Health uses only high-quality sources, including peer-reviewed studies, "
             "to support the facts within our articles.",
             "Healthline has strict sourcing guidelines and relies on peer-reviewed studies, "
             "academic research institutions, and medical associations.",
             "This material and any other digital content on this platform may not be "
             "reproduced, published, broadcast, written or distributed in full or in part.",
             "Amnesty International is a global movement of more than 10 million people who "
             "campaign for a world where human rights are enjoyed by all.", "Legal Disclaimer:",
             "EIN Presswire provides this news content \"as is\" without warranty of any kind.",
             "The author or authors do not own shares in any securities mentioned in this "
             "article."),
       keep=("The filing does not contain tax advice for members, the union said.",
             "The company said the figures were published for informational purposes, "
             "not as a forecast.",
             "Officials expressed concern about the views of residents near the plant.",
             "The fund has no positions in any companies that mine coal, its manager said, and "
             "will not buy any.",
             "Disclosure: This article was written by a human, with a technical review."),
       max_words=90),
    _r("legal.ai-note", "notes that software (AI) summarised, wrote or read out the text",
       r"\bai[- ]generated summar(y|i[sz]ation)\b"
       r"|^(this is (an? )?)?ai[- ]generated (article|content|text|audio)\W*$"
       r"|^(this|the) (summary|article|story|text|content|audio)( above| below)? (was|is|has been) "
       r"(auto-?matically )?(generated|created|produced|written|summari[sz]ed|read)"
       r"( in part)? (by|with|using)( the (help|assistance|aid) of)?( an?)? "
       r"(ai|artificial intelligence|machine learning)\b"
       r"|^summary is ai-generated\b"
       # a read-out's note: 'This audio is auto-generated. Please let us know if you have ...'
       r"|^this (audio|narration|voice ?over|recording)( (of|for) this (article|story))? "
       r"(is|was|has been) (auto-?generated|automatically generated|computer[- ]generated)\b"
       r"|\b(may|might|can) (contain|have) (errors|mistakes|inaccuracies)\b.{0,60}\b(refer|read) "
       r"(to )?the (full|original|whole) (article|story|text)\b"
       r"|^read (a|the) (short |quick |brief )?summary of this (article|story)\b"
       # an aggregator's summary: 'Summary by Ground News', 'Insights by Ground AI'
       r"|^(ai )?(summary|summari[sz]ed) by [\w .'’-]{1,30}\W*$"
       r"|^insights? by [\w .'’-]{0,30}\bai\W*$"
       r"|^(does|did|do) (this|the) (summary|answer|overview) (seem|look|sound) (wrong|off|right|"
       r"accurate|helpful)\W*$",
       drop=("This is AI generated summarization, which may have errors. For context, always refer "
             "to the full article.", "Summary is AI-generated, newsroom-reviewed.",
             "This summary was generated with the help of AI and checked by our editors.",
             "This article was written with the assistance of AI.",
             "Read a summary of this article on FAST.", "Summary by Ground News",
             "Insights by Ground AI", "Does this summary seem wrong?",
             "This audio is auto-generated. Please let us know if you have feedback."),
       keep=("The company said the summary was generated by AI and contained errors.",
             "Insights by Timescale", "The audio is auto-generated by the museum's software, "
             "curators said.",
             "Critics say AI-generated content is flooding search results."),
       max_words=40),
    _r("legal.funding", "an academic writer's disclosure of who funds their research",
       r"^(?-i:[A-Z])[\w'’.\-]+( (?-i:[A-Z])[\w'’.\-]+){1,3} (receives?|has received) funding "
       r"from [^.]{3,120}\.$"
       r"|\bwe are supported by a (diverse|wide|broad) (array|range|variety) of (funders|donors)\b",
       drop=("Hannah Lee receives funding from the Australian Research Council.",
             "We are supported by a diverse array of funders."),
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
       r"|^market cap(italization)?:? \$?\d|^today['’]s change\b.{0,20}\d|^current price:? \$?\d"
       # a quote box's price in its currency: 'Acme Corp' / '48.20 USD' (not the day's change
       # on a line of its own, '+1.85%': a chart's or a table's cell; the box's header, 'In
       # this Article', is told by the card below it)
       r"|^\d[\d,.]* (usd|eur|gbp|jpy|cad|aud|chf|hkd|cny|inr)\W*$",
       drop=("48.20 USD", "NYSE: HFL", "NASDAQ: AAPL",
             "Market Cap $8B", "Today's Change (-1.2%) -$0.85",
             "Current Price $61.90"),
       keep=("Market cap of $3 trillion makes it the most valuable company.",
             "NYSE: the exchange said trading would resume at noon."), max_words=8),
    _r("bio.author", "author bios: a writer introduced in the third person or by themselves",
       r"^about the author\b"
       r"|^(?-i:[A-Z])[\w'’.\-]+( (?-i:[A-Z])[\w'’.\-]+){0,3}(, an? [^,.\"“”]{3,50},)? (is|was) "
       r"((a|an|the) )?([\w'’-]+ ){0,4}"
       r"(writer|journalist|reporter|editor|columnist|correspondent|contributor|author|"
       r"freelancer|blogger|insider|bureau chief)\b(?! (to|who|whose) )"
       r"|^(hi|hey|hello)[,!.]? (i['’]?m|i am|my name is) "
       r"|^(?-i:[A-Z])[\w'’.\-]+( (?-i:[A-Z])[\w'’.\-]+){1,3} (covers|writes about|reports on) "
       r"([^.]|(?<=\b\w)\.){3,80} (for|at) (the )?(?-i:[A-Z])[\w'’.\-]*( (?-i:[A-Z])[\w'’.\-]*|"
       r" and){0,3}\."
       # '... has been writing about cars for Car and Driver since 2011.'
       r"|^(?-i:[A-Z])[\w'’.\-]+( (?-i:[A-Z])[\w'’.\-]+){1,3}, ([\w-]+ ){0,3}(writer|reporter|"
       r"editor|columnist|correspondent)\. (?-i:[A-Z])\w+ (has|is|was|covers|writes|joined)\b"
       r"|^(?-i:[A-Z])[\w'’.\-]+( (?-i:[A-Z])[\w'’.\-]+){1,3} has been (writing|reporting) "
       r"(about|on) [^.]{2,60} (for|at) (the )?(?-i:[A-Z])[^.]{1,40} since (19|20)\d\d\b"
       r"|^(?-i:[A-Z])\w+ joined the [\w'’ .&-]{1,40} (news )?(team|staff|newsroom) in "
       r"(19|20)\d\d\.?$"
       r"|^(?-i:[A-Z])[\w'’.\-]+( (?-i:[A-Z])[\w'’.\-]+){1,3} joined (the )?"
       r"(?-i:[A-Z])[\w'’ .&-]{1,40} in \d{4}\b"
       # a beat and a way to reach the writer: '— Jane Doe covers transportation. Reach her at'
       r"|^([—–-] ?)?(?-i:[A-Z])[\w'’.\-]+( (?-i:[A-Z])[\w'’.\-]+){1,3} (covers|writes about|"
       r"reports on) [^.]{2,80}\. (reach|contact|email|e-mail) (her|him|them)\b"
       # a one-line bio by the first name: 'Mark has written about taxes for 20 years.'
       r"|^(?-i:[A-Z])[a-z]+ has (been )?(written|writing|covered|covering|reported|reporting) "
       r"(about|on|for) [^.]{2,60} (for (more than |over |nearly |almost )?(\d+|two|three|four|"
       r"five|six|seven|eight|nine|ten) (years|decades)|since (19|20)\d\d)\.$"
       # an author card's tagline in the first person: 'I cover security and privacy.'
       r"|^i (cover|write about|report on) [^.!?\"“”]{2,120}\.?$"
       r"|^i['’]ve been (a|an) ([\w-]+ ){0,2}(journalist|writer|reporter|editor) for (over |more "
       r"than |nearly |almost )?\d+ years\b"
       # ... naming the outlet first: 'I’m a staff writer at X, where I cover ...'
       r"|^i['’]m an? ([\w-]+ ){0,3}(writer|reporter|editor|journalist|correspondent) "
       r"(at|for|with) (?-i:[A-Z])[^.,]{1,60}, where i (cover|write about|report on)\b"
       # ... with the writer's handle after the name: 'Jane Doe (@janedoe) is a reporter at X'
       r"|^(?-i:[A-Z])[\w'’.\-]+( (?-i:[A-Z])[\w'’.\-]+){0,3} \(@\w{1,30}\) (is|was) ((a|an|the) )?"
       r"([\w'’-]+ ){0,4}(writer|journalist|reporter|editor|columnist|correspondent|contributor)\b",
       drop=("Mark has written about taxes for 20 years.",
             "Ann Lee is The Ledger's bureau chief. Contact Ann at alee@ledger.org.",
             "Geoff Pender, a native of Pascagoula, is the senior political reporter for The "
             "Ledger.",
             "I’m a senior staff writer at The Ledger, where I cover energy and climate.",
             "Jane Doe (@janedoe) is a reporter at EdSurge covering K-12 classrooms.",
             "Lauren has written for The Events Calendar blog since 2018.",
             "I've been a journalist for over 15 years, covering tech and security.",
             "I cover security and privacy for businesses and consumers.",
             "About the Author Jorge Jimenez is a writer at Housecall Pro.",
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
             "Jonathan Jones is an NFL Insider for CBS Sports.",
             "Brad Townsend, Staff Writer. Brad has covered the Mavericks for The Dallas "
             "Morning News since 2001.", "Hannah joined the 27 News team in 2022.",
             "— Hannah Cole covers transportation. Reach her at hcole@oregonian.com or "
             "503-555-0143."),
       keep=("Smith is a reporter who covered the trial for the local paper, the court heard.",
             "The author of the report said the findings were preliminary.",
             "Agriculture is a major contributor to greenhouse gas emissions, the report found.",
             "Blue Cross covers the cost for most patients, the insurer said.",
             "Smith has been writing about the case for the Gazette since his arrest in 2019, "
             "and the lawyers know him well.",
             "Mark has covered the council for 20 years, and he said the vote was the closest "
             "he had seen.",
             "“I’m a reporter at the Ledger, where I cover the courts,” she told the jury."),
       max_words=90),
    _r("cta.button", "a call-to-action button or link on a line of its own",
       r"^(learn more|get started( now| today| for free)?|contact us( today)?|get in touch|"
       r"start now|book (now|a demo)|not now|turn (it )?on|get a demo|back to (the )?blog|"
       r"request a (demo|quote)|get a (free )?quote|buy (it )?now|buy on amazon|shop now|"
       r"check (the )?price( at [\w.]+)?( \(on sale!\))?|see it|see (the )?deal|"
       r"read the (full )?review|apply now|order now|download now|"
       r"(start|get|claim) (your |a |my )?(free )?(\d+[- ]day )?(free )?trial( today| now)?|"
       r"try (it )?(for )?free( today| now)?|no credit card (is )?required|"
       r"take action( now)?|sign (the|our) petition|act now|i['’]m in|e-?mail us here)\W*$",
       drop=("Learn more", "Get started", "Book now", "Check price at Amazon (on sale!)",
             "Read the Review", "Buy on Amazon", "Start Your 14-Day Free Trial",
             "Start a free trial", "Try for free", "No Credit Card Required.", "Take action",
             "Sign the petition", "I'm in", "Not Now", "Turn On", "email us here"),
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
       r"more from [\w &'’-]+|about the (author|reviewer|writer)s?|about this (story|article)|"
       r"primary sources?|citations|"
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
       r"(media|press) (contacts?|inquiries|enquiries)|acknowledge?ments and disclosures?|"
       r"want to (advertise|sponsor) (in|with|on) [\w &'’.-]{1,40}|"
       r"how was (this|today['’]s|this week['’]s) (issue|newsletter|edition))\W*$",
       drop=("Related articles", "Related Articles That May Interest You", "You'll Also Love...",
             "More from The Verge", "About the Reviewer", "Article Sources:", "Share this on:",
             "Explore more articles.", "See more reviews", "Popular posts", "Read next",
             "Discover more from Tiny House Journey", "Explore More Franchise Opportunities",
             "Media contact", "Press Inquiries:",
             "More book recommendations:", "Image credits", "Was this article helpful?",
             "How useful was this post?", "Rate this article", "How we reviewed this article:",
             "How we tested these products", "Want to advertise in The Weekly Byte?",
             "How was this issue?", "Acknowledgements and disclosures", "About This Story",
             "Primary Source", "Citations"),
       keep=("Related articles in the journal questioned the method.",
             "More from the interview with the minister follows below.",
             "Share this story with a friend, the app suggests.",
             "Popular posts on the forum mocked the mayor's plan.",
             "Explore more of the old town on foot.", "Discover more about the plan online.",
             "Was the article useful to the court?",
             "Want to advertise on buses, the council asked.", "How was this issue settled?"),
       max_words=8),
    _r("byline.role", "a writer's job title on its own line, in a byline or an author card",
       r"^((?!(the|a|an|to|from|of|by|our|my|your|dear|ask|letters?|note)\b)"
       r"[\w&-]+(\.[\w-]+)* ){0,3}"
       r"(writer|editor|reporter|journalist|correspondent|contributor|columnist|author|insider|"
       r"editor[- ]in[- ]chief)"
       r"( @\w+)?\W*$"
       r"|^(?-i:[A-Z])[\w&'’-]*( (?-i:[A-Z])[\w&'’-]*)? (?-i:[A-Z])taff$"
       r"|^@\w{2,30}$",
       drop=("Contributing Writer", "Associate Editor", "Chief Business Editor", "Author:",
             "Senior Staff Writer", "Housing correspondent", "Political Editor",
             "CTVNewsToronto.ca Digital Reporter",
             "News reporter @JaneDoeSky", "Patch Staff", "NFL Insider", "@carlfranzen",
             "Vox Editor-in-Chief"),
       keep=("Writer and director Greta Gerwig.", "The editor resigned on Monday.",
             "Technical staff", "Leadership & Staff", "7. Movavi Video Editor",
             "Letters to the editor", "A note from the editor", "Ask the author"),
       max_words=5),
    _r("legal.consent", "the consent and privacy lines of sign-up, contact and comment forms",
       r"^\W{0,2}by (signing up|subscribing|clicking|submitting|registering|continuing|entering|"
       r"providing|checking|sharing|creating|joining)\b.{0,160}?\b(you|i) (agree|consent|accept|"
       r"acknowledge|confirm|certify|are (agreeing|consenting))|^privacy notice:"
       r"|^(this )?site is protected by (re|h)captcha\b"
       r"|^this newsletter may contain (advertising|ads|deals|affiliate links)\b"
       r"|\bsubscribing to (a|the|this|our) newsletter indicates your consent\b"
       r"|^(you are receiving|you received|you're receiving) this (email|newsletter)"
       r"|^([^.]{0,80}[.!,] )?(you can |and )?(unsubscribe|opt out) (at )?any ?time\b"
       r"|^(i|you) agree to (be contacted|receive)\b|^we use your sign-?up to\b"
       r"|^you may (occasionally )?receive (promotional|marketing) "
       r"(content|emails|messages|offers)"
       r"|^contact me with (news|offers|updates)\b|^receive (email|emails|offers) from us\b"
       r"|^your (information|details|data) will be used in (line|accordance) with\b"
       r"|^\W{0,2}i understand and agree that registration on or use of this site\b",
       drop=("This newsletter may contain advertising, deals, or affiliate links. Subscribing to a "
             "newsletter indicates your consent to our Terms of Use and Privacy Policy.",
             "By signing up, you agree to our Terms of Use and Privacy Policy.",
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
             "Your information will be used in line with our Privacy Policy",
             "* I understand and agree that registration on or use of this site constitutes "
             "agreement to its user agreement and privacy policy."),
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
       r"^this (article|post|story|page|piece) is (now )?(over|more than) (\w+|\d+) years? old\b"
       r"|^this archived (news )?(article|post|story|page|piece|item)\b",
       drop=("This article is more than 5 years old",
             "This post is over 3 years old. I've probably changed my mind since it was written.",
             "This archived news story is available only for your personal, non-commercial use. "
             "Information in the story may be outdated or superseded by additional information."),
       keep=("This story is more than a hundred years old, and it begins in a mill.",
             "This archived footage was found in a barn."),
       max_words=60),
)
# fmt: on
