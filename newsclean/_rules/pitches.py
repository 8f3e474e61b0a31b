"""Newsletters, subscriptions and paywalls: sign-up boxes, pitches, donation appeals."""

from __future__ import annotations

from ._rule import Rule, _r

__all__ = ["PITCHES"]

# fmt: off
PITCHES: tuple[Rule, ...] = (
    _r("newsletter.signup", "newsletter boxes inside the article",
       r"^newsletters?\W*$|^thanks for reading\b.{0,80}\b(subscribe|share)\b|"
       r"^(\w+ ){1,3}your inbox\W*$|"
       r"\b((sign up|subscribe|register)( now| today| here)? (for|to) .{0,40}newsletters?|"
       r"(our|free|daily|weekly|morning|evening) .{0,30}newsletter\W*$|in your inbox|"
       r"inbox every|sign up for (our|the|more)|"
       r"thank(s| you) for signing up|you('| a)re (now )?subscribed|signing up you agree|"
       r"delivered ((right |straight |directly )?to your inbox|every (morning|day|week|evening))|"
       r"enter your email|"
       r"email address|subscribe to (our|the)|get (the|our) (latest|best)|privacy notice)\b"
       r"|^(thanks?( you)? for subscribing( to [\w ]{1,40})?|"
       r"you(['’]| a)re all (set|signed up))\W*$"
       r"|^join our (mailing list|newsletter|email list)"
       r"|^get (e-?mails?|e-?mail alerts|alerts|notifications) (about|on|for) this "
       r"(page|topic|story)\b"
       r"|\bcheck your inbox to (complete|confirm|finish)\b"
       r"|^([\w'’-]+ ){0,4}delivered (to your inbox )?(every )?"
       r"(mon|tues|wednes|thurs|fri|satur|sun|week)days?( mornings?| evenings?)?\W*$"
       r"|^sign up (now |today )?(for|to get|to receive) (breaking news|the latest|exclusive|"
       r"free|daily|weekly|all the)\b"
       r"|^(sign up|subscribe) (to|for) (?-i:[A-Z])[\w&'’]*( (?-i:[A-Z])[\w&'’]*|"
       r" (to|of|the|and|in|on)){0,5}"
       r"[.!]?$"
       r"|^(skip past|after) newsletter promotion\W*$"
       r"|^get (the|our|all the) [\w ]{1,40} (by|via) e-?mail\W*$|^we have more newsletters\b"
       r"|^leave your e-?mail\b|^subscribe to [\w .'’&-]{1,40} (news )?alerts\b"
       r"|^stay (informed|updated|up to date|in the know) with [\w .'’&-]{1,40} newsletters?\W*$"
       r"|^subscribe to (?-i:[A-Z])[\w.'’&-]*( (?-i:[A-Z])[\w.'’&-]*){0,3}\W*$"
       # a box's name with an emoji or a dash after it: 'Get the X daily newsletter💡'
       r"|^get (the|our) [\w .'’&-]{1,40} newsletter\W*$"
       r"|^(enjoy|get|try) our ([\w'’-]+ ){0,2}newsletters? (as|in) [^.]{0,40}\bdelivered\b"
       # a box's header naming the outlet: 'Sifted Newsletters', 'Our newsletters'
       r"|^(?-i:[A-Z])[\w.'’&-]*( (?-i:[A-Z])[\w.'’&-]*){0,2} newsletters\W*$"
       r"|\b(check out|see|browse|explore) (more|all|other|our other) [\w .'’&-]{0,30}newsletters"
       r"( here)?\W*$"
       # the blurb under the box's name: 'We summarize the week's ... every Thursday.'
       r"|^we (summari[sz]e|round up|recap|bring you|send you)\b[^.]{0,80}\bevery "
       r"(day|week|weekday|morning|evening|(mon|tues|wednes|thurs|fri|satur|sun)day)\W*$"
       # a box's name: 'Get the X Daily News Roundup'; its header: 'A newsletter for everyone'
       r"|^get (the|our) [\w .'’&-]{1,40} (daily|weekly|morning|evening) (news )?(roundup|"
       r"round-up|briefing|digest|headlines)\W*$"
       r"|\bnewsletters? for (everyone|every (reader|interest|taste)|you)\W*$"
       # the box's note once the form is sent: 'Your subscription has been submitted.'
       r"|^your (subscription|sign-?up|registration) (has been|was|is) (submitted|received|"
       r"confirmed)\W*$",
       drop=("Educate your inbox", "Get Today's Headlines in your inbox:",
             "Your subscription has been submitted.", "Your sign-up is confirmed!",
             "Enjoy our flagship newsletter as a digest delivered once a week.",
             "Get the Military Times Daily News Roundup",
             "We’ve got a newsletter for everyone",
             "Whatever your interests, there’s a free Ledger newsletter for you.",
             "Get the Popular Science daily newsletter💡", "Sifted Newsletters",
             "Thanks for subscribing. Check out more VB newsletters here.",
             "We summarize the week's scientific breakthroughs every Thursday.",
             "Fresh data delivered Saturday mornings",
             "Get emails about this page", "Stay informed with the Ledger's newsletters",
             "Subscribe to Lawfare", "Email sent! Check your inbox to complete your signup.",
             "The day's top stories delivered every morning.",
             "Thank you for signing up! Sign up for more newsletters here",
             "Sign up for our newsletter", "Enter your email address", "Thanks for subscribing!",
             "You're all set!", "Join our mailing list", "Sign up to Art Weekly",
             "Subscribe to Pacific Waves",
             "Sign up now for the Deals newsletter.",
             "Thank you for subscribing to our daily newsletter.", "You’re all signed up!",
             "Sign up to Down to Earth", "skip past newsletter promotion",
             "after newsletter promotion", "Get the biggest daily stories by email",
             "We have more newsletters", "Sign up for Essential California.",
             "Sign up for breaking news, reviews, opinion, top tech deals, and more.",
             "Leave your email to get our top morning stories.",
             "Subscribe to Deadline Breaking News Alerts and keep your inbox happy.",
             "Thanks for reading The Weekly! Subscribe for free to receive new posts."),
       keep=("The newsletter, founded in 1998, was sold to a rival publisher last month "
             "for an undisclosed sum.", "We round up stray dogs every week, the warden said.",
             "How to write a good newsletter with AI", "Two newsletters closed.",
             "Your subscription has been submitted to the review board, the letter said.",
             "Get the kids to the bus before the morning briefing starts.")),
    _r("paywall.pitch", "subscription and paywall pitches",
       r"^join (hundreds|thousands|millions|[\d,.]+k?\+?) of [\w .'’&-]{1,40} (professionals|"
       r"readers|subscribers|members|leaders|executives|insiders) (with|who|on|in)\b|"
       r"^((subscribe|log ?in|sign ?in|sign ?up|register)( now| here| today| for free|"
       r" to (your|my) account)?\W*$|"
       r"(subscribe( now| today)?( for| to get)?|get|enjoy) (unlimited|full|all)"
       r"([- ]digital)?[- ]access|"
       r"subscribe( now| today)? to (continue|keep) reading|(log ?in|sign ?in) or subscribe\b|"
       r"subscribe( now| today)? (for|from) (just |only )?\$?\d|already have an account|"
       r"you have \d+ free (articles?|stories)|\d+ free (articles?|stories) (remaining|left)|"
       r"^you have [\d/ ]{1,8}(free )?(articles?|stories) (remaining|left)|"
       r"subscribe to [\w .'’&-]{1,40} and get the (print )?(magazine|edition|paper)\b|"
       r"access \d+ free (articles?|stories)( (every|each|a|per) month)?\W*$|"
       r"donate( now| today)?\W*$|(please )?(consider )?support(ing)? (our|independent|local) "
       r"(work|journalism|reporting)|support (us|the \w+)\W*$|become a supporter|"
       r"your support (helps|makes|allows|keeps)|try \d+ (months?|weeks?|days?) for\b|"
       r"register to (continue|keep) reading|(sign|log) ?in to (read|continue)\b|"
       r"get \d+% off|get \d+ (weeks|months|issues) (for|from) [£$€]\d+|"
       r"this (article|story|content|post) is (only )?(for|available to|reserved for) "
       r"(paying )?(subscribers|members)|"
       r"already (a )?(subscriber|member)\b|"
       r"become a (member|subscriber)|support (our|independent) journalism|"
       r"unlock (this|unlimited)|subscribers? only|for subscribers\W*$|"
       r"(get|start) (your )?(free )?(trial|access)|"
       r"this (article|content) is (only )?(available|reserved) (to|for) subscribers|"
       r"(you have|you['’]ve) (reached|read) (your|\d+)|create (a free|an) account|"
       r"(only|just) \$?\d[\d.,]* (a|per) (month|week|year)|"
       r"continue reading( your article)?( with)?|"
       r"to (continue|keep) reading\b.{0,60}\b(subscribe|log ?in|sign ?in|register)|"
       r"subscribe( now)? to (listen|read)|access to .{0,40} requires? a .{0,20}subscription|"
       r"log ?in, register or subscribe|by subscribing, you (can )?(help|support)|"
       r"([\w ]{1,40}: )?try (it )?free for (one|a|\d+) (month|week)s?)\b"
       r"|^not an? ([\w.&'’-]+ ){0,3}(subscriber|member)\?|^why am i seeing this\W*$"
       r"|^this content has been archived\b|^to view this content, please\b"
       r"|\bplease subscribe to (keep|continue) reading\b|^join us( now| today)?\W*$"
       r"|\b(gain|get|enjoy) unlimited access\b.{0,80}[.!] subscribe( now| today)?\W*$"
       r"|^subscribe ?: ?unlimited (digital )?access\b"
       r"|^unlimited( digital)? access\b.{0,40}\b(only|just) \$?\d"
       r"|^access [\w.'’-]+ (on|from) any device\b"
       # a trade site's wall: 'Enjoying Adweek's Coverage? Register for More Access!'
       r"|^(enjoying|enjoy|like|love|liked|enjoyed) [\w .'’&-]{1,40}['’]s? (coverage|reporting|"
       r"journalism|content|stories)\? (register|subscribe|sign up|log ?in|join)\b",
       drop=("Join thousands of energy professionals with Ledger PRO.",
             "Enjoying Adweek's Coverage? Register for More Access!",
             "Subscribe now", "Already a subscriber? Log in", "Already a member? Sign in",
             "Not a Lexis Subscriber?", "Why am I seeing this?", "Join us today.",
             "You are reading an article from our print edition. Please subscribe to keep "
             "reading.",
             "This content has been archived. It is available through our partners.",
             "To view this content, please continue to their sites.",
             "You have /5 articles left.",
             "Sign Up", "Sign in to your account",
             "Subscribe now for unlimited access", "This article is for subscribers only.",
             "Support independent journalism",
             "Continue reading your article with a WSJ membership",
             "You have reached your limit of free articles",
             "To continue reading, subscribe now.",
             "To continue reading this article and get more exclusive insights, subscribe to "
             "Modern Healthcare.", "Subscribe to continue reading",
             "Log in or subscribe to read more", "Subscribe today for just $1 a week",
             "Already have an account? Sign in", "You have 2 free articles remaining",
             "Donate now", "Please consider supporting our work", "Support The Guardian",
             "Become a supporter", "Your support helps us report the news", "Try 1 month for $1",
             "Register to continue reading", "Sign in to read the full article",
             "Get 50% off your first year", "Get all-access to exclusive stories.",
             "Get 12 weeks for £12", "You’ve read 1 article in the last month",
             "Subscribe to listen", "For Subscribers",
             "Access 10 free stories every month",
             "Subscribe to Iceland Review and get the print magazine delivered to your door.",
             "Access to Herald Premium articles require a Premium subscription. Subscribe now "
             "to listen.", "Log in, register or subscribe to save articles for later.",
             "By subscribing, you can help us get the story right.",
             "Telegraph subscription: Try it free for one month",
             "Stay informed and gain unlimited access to the Daily Beast's unmatched reporting. "
             "Subscribe now.", "Unlimited Digital Access: Only $1 for 6 months!",
             "Subscribe:Unlimited access to the Columbus Dispatch",
             "Access seattletimes.com from any device, whenever you want."),
       keep=("Register for the vote by Friday, officials urged in a statement on Tuesday.",
             "This article is for readers who missed the first part of the series.",
             "Enjoying the coverage? Subscribers kept asking for more, the editor said."),
       max_words=16),
    _r("newsletter.pitch", "a paragraph that pitches a newsletter: what it brings, to your inbox "
       "(or, by text message, to your phone)",
       r"\b(newsletters?|digest)\b.{0,160}\b((sign up|subscribe) (now|today|here)|"
       r"(delivered|sent|straight|right|directly) to your inbox|"
       r"(lands|arrives|drops) in your inbox|"
       r"deliver(s|ing)? [^.]{0,60}\b(to|in) your inbox)\b"
       r"|^(sign up|subscribe)( now| today)? (to|for) (our|the|a) .{0,60}\bnewsletters?\b"
       r"|^stay (up to date|on top of|informed)( with| on| about)? [^.]{0,60}\b(with|in|from) (our|"
       r"the|a) (free |daily |weekly |morning |evening )*newsletters?\b"
       r"|^stay up to date with (?-i:[A-Z])[\w.'’&-]*( (?-i:[A-Z])[\w.'’&-]*){0,3}\W*$"
       r"|^don['’]t miss (the|our|any|today['’]s) [^.]{0,80}\bdelivered (straight |directly |"
       r"right )?to your inbox\b"
       r"|^by (giving|providing|entering|submitting) (us )?your e-?mail( address)?,? you (are "
       r"opting in|opt in) to\b"
       r"|^was this (newsletter|email) forwarded to you\?"
       r"|^sign up (for|to) (the |our )?(?-i:[A-Z])[\w .'’-]{1,40} to (get|receive)\b.{0,80}"
       r"\bdelivered\b"
       r"|^join our ([\w-]+ ){0,4}newsletters? (for|to get|to receive)\b"
       r"|^sign up for [\w .&'’-]{1,40} newsletters? (for|to get|to receive)\b"
       r"|^every (day|weekday|week|morning|weekday morning)( and (saturday|sunday))?,? (you can "
       r"get|get|we send you|we bring you) the (best|latest|top)\b"
       r"|^([\w .'’&-]{1,30}: )?join (over |more than |nearly )?[\d,.]+( million| thousand|k)?\+? "
       r"[^.]{0,60}\b(subscribers|readers)\b[^.]{0,120}\binbox\b"
       r"|^sign up to (receive|get) [\w .'’&-]{1,40}(['’]s)? (e-?mails?|newsletters?)\b"
       r"|^want more of our\b.{0,40}\bnewsletters?\b"
       r"|^sign up for (?-i:[A-Z])[\w&'’]*( (?-i:[A-Z])[\w&'’]*){0,3}: [^.]{2,60}[.!] "
       r"read it now\W*$"
       r"|^(enjoying|enjoy|like|love|liked|enjoyed) (this|the|our|today['’]s) "
       r"(newsletter|email|edition)\?"
       r"|\btry (it|\w+) free for \d+ (days|weeks|months)\W*$"
       r"|[—–:.!?-] (sign up|subscribe)( now| today)? (for|to) [\w'’ .&-]{0,40}\bnewsletters?\b"
       r"|^sign up for (our|the|free|new|[\w.&-]+['’]s|(?-i:[A-Z])[\w.&-]*( (?-i:[A-Z])"
       r"[\w.&-]*){1,3}['’]s) [\w .'’&-]{0,40}newsletters?\b"
       r"|\bto your inbox\b.{0,30}[.!] (sign up|subscribe)( now| today| here)?\W*$"
       r"|^get (more )?[\w .'’&-]{0,30} delivered (straight |right |directly )?to your inbox\b"
       # ... or after a sentence of its own: '... zone? No. Get the news delivered to your inbox.'
       r"|(?<=[.!?] )get (more |the |our )?[\w .'’&-]{0,30} delivered (straight |right |directly )?"
       r"to your (e-?mail )?inbox\b|\bdelivered to your (e-?mail )?inbox by signing up\b"
       r"|^(recommended|featured) newsletter:|^get instant access to breaking news\b"
       r"|^join (the )?[\d,.]+k?\+? (readers |people |subscribers |others )?who "
       r"(get|receive|read)\b"
       r"|\b(sent|delivered) (straight |right |directly )?to your inbox\b.{0,40}\bnewsletters?\W*$"
       r"|^sign up for [\w .'’&-]{0,40}\b(digest|briefing|bulletin)\b"
       r"|[.!?] (sign up|subscribe) (for|to) (the |our )?free (?-i:[A-Z])[\w .'’&-]{1,40}[.!]?$"
       r"|^subscribe to (the |our )?[\w .'’&-]{1,40} to (have|get|receive)\b.{0,60}\binbox\W*$"
       r"|^sign up (now |today )?to (receive|get) (a |our )?(free )?((daily|weekly|morning|"
       r"evening) )?(e-?mail|newsletter|digest|briefing)\b"
       r"|^get (the|our) [\w .'’&-]{1,50} (by|via) e-?mail and never miss\b"
       r"|^thanks for reading\b.{0,80}\bsubscribe\b"
       r"|^we deliver [^.]{0,60}\b(to|in|into) your inbox\b"
       r"|^get (our|the) [^.]{0,60}\b(in|to) your inbox\W*$"
       r"|\b(straight|right|directly|direct) to your inbox\b"
       r"|\bdelivered to your inbox (every|each) (day|week|morning|evening|weekday|month)\W*$"
       r"|\bsign up to (receive|get) [^.]{0,80}\bin your inbox\b"
       r"|^get (a|an|the|our) [^.]{0,40}\b(round-?up|digest|briefing|summary|selection)\b"
       r"[^.]{0,80}\b((by|via) e-?mail|every (day|week|weekday|morning|evening|(mon|tues|wednes|"
       r"thurs|fri|satur|sun)day))\W*$"
       r"|^leave your e-?mail( address)? (and|to)\b"
       r"|^sign up (for|to) [^.]{1,60}\b(sent|delivered) (straight |right |directly )?to your "
       r"inbox\b"
       # a text-message line's keyword and short code: 'Text "water" to 73224 and we'll send you'
       r"|(^|\? )text [\"“'‘]?[\w-]+[\"”'’]? to \d{5,6}\b(\W*$| and we['’]ll\b| for (more|free|"
       r"updates|help|answers)\b)"
       # 'Stay updated on the most important headlines by subscribing to X E-Newsletters.'
       r"|\bby subscribing to [\w .'’&-]{0,60}\be-?newsletters?\W*$",
       drop=("Text DETROIT to 73224", "Need help with your water bill? Text \"water\" to "
             "73224 and we'll send you information on assistance programs.",
             "Stay updated on the most important headlines by subscribing to Example Review "
             "E-Newsletters.",
             "Leave your email and we'll send you the Ledger's top morning stories.",
             "Sign up for Ledger Deals to get deals on products we’ve tested sent to your inbox "
             "weekly.",
             "Every weekday and Sunday, you can get the best of TechCrunch’s coverage.",
             "Sign up for Tips & Tricks newsletter for expert advice to get the most out of your "
             "technology.",
             "Forbes Daily: Join over 1 million Forbes Daily subscribers and get our best stories "
             "in your inbox every weekday.",
             "Join our daily and weekly newsletters for the latest updates and exclusive "
             "content on industry-leading AI coverage. Learn More",
             "Sign up to receive Popular Science's emails and get the highlights.",
             "Sign up to receive the Harbor Ledger Morning newsletter and other offers.",
             "Stay on top of the news with our free daily newsletter.",
             "Stay up to date with Harbor Ledger",
             "Don't miss the top stories from the statehouse, delivered to your inbox every "
             "afternoon.",
             "By giving us your email, you are opting in to the Harbor Ledger Daily Roundup.",
             "Local news you can trust? Yes. Get the news delivered to your inbox.",
             "Get breaking news and daily headlines delivered to your email inbox by signing up "
             "here.",
             "Join the 60,000 who get the freshest media news in our daily email.",
             "We deliver climate news to your inbox like nobody else.",
             "Get our pick of top stories and thought-provoking articles in your inbox",
             "Expert analysis directly to your inbox.",
             "Wrap up the morning with the latest news direct to your inbox every weekday.",
             "Get the latest news on the Pacific, delivered to your inbox each week.",
             "DAILY BRIEFING Sign up to receive the top stories on climate news from X in your "
             "inbox, every weekday.",
             "Get a round-up of all the important articles and papers selected by X by email.",
             "Get a round-up of the week's top stories every Saturday.",
             "Promotions, new products and sales. Directly to your inbox.",
             "Want more of our free, weekly newsletters in your inbox? Let’s get started.",
             "Sign up for Semafor Americas: The biggest stories, briefly. Read it now.",
             "Sign up for Chalkbeat New York’s free daily newsletter to keep up with the schools.",
             "Sign up for new weekly newsletter Closing Arguments to get the latest on trials.",
             "Love movies? Live for TV? Our Watch Party newsletter has all the best "
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
             "Monday.", "Was this newsletter forwarded to you? Sign up to get it in your inbox.",
             "Enjoying this newsletter? Forward it to a friend.",
             "Get travel tips sent straight to your inbox with our weekly newsletter.",
             "Track your energy use in real time with Gridwise. Try it free for 30 days.",
             "Sign up for MND's free news digest: all the news from Mexico in your inbox every "
             "weekday morning.",
             "Sign up for the Daily Post to get the best of Texas Monthly delivered every "
             "weekday."),
       keep=("Stay up to date with the forecast: the storm could turn north by Friday, "
             "forecasters said.",
             "By giving the store their email, shoppers agreed to weekly offers, the report "
             "found.",
             "Sign up to receive alerts when the river rises, the county urged residents.",
             "The company, which publishes a newsletter for investors, said it had 40,000 "
             "paying readers and would not ask them to subscribe again after the merger.",
             "Readers who subscribe to the print edition will keep their discount, the "
             "publisher said in a statement on Monday.",
             "More than 20,000 people subscribe to the newsletter, which she writes on Sundays.",
             "Get the bread delivered to your door, the baker told customers."),
       max_words=60),
    _r("paywall.appeal", "appeals for donations or subscriptions, and republishing notices, "
       "written as paragraphs",
       r"\bwe have a (small )?favou?r to ask\b|^we (need|rely on) your (help|support)\W*$"
       r"|^an? free press is (a|the) cornerstone of (a |our )?(healthy |functioning )?democracy\W*$"
       r"|\b(please )?consider supporting (our (journalism|reporting|work|newsroom)|"
       r"(?-i:[A-Z])[\w .'’&-]{1,30}['’]s? (journalism|reporting|newsroom))\b"
       r"|\bplease consider (supporting (us|our)\b|pitching in|donating|"
       r"making a (small |one-time |monthly )?(donation|contribution|gift)|"
       r"a (small |one-time |monthly )?(donation|contribution|gift))"
       r"|^if you('re| are) enjoying (this|our) (article|story|post|reporting|journalism),? "
       r"(please )?(consider )?(supporting|subscribing|donating)\b"
       r"|^(double|triple|make|give) (my|a|your) (donation|gift)\W*$"
       r"|^republish (our|this) (articles?|story|stories)\b|^republish\W*$"
       r"|^our (stories|articles|journalism|content) (may|can) be republished\b"
       r"|^(our|this) (work|article|story|content) is licensed under (a )?creative commons\b"
       r"|^help fund [\w .'’&-]{1,40} (journalism|reporting)\b"
       r"|\bis part of [\w .'’&-]{1,40}, an? (nonprofit|non-profit) news (network|organi[sz]ation)"
       r"\b"
       r"|^(this|the) (article|story) is exclusive to .{1,40}\b(subscribers|members)\b"
       r"|^to read the rest of this (story|article)\b"
       r"|\byou('ve| have) read \d+ [\w .'’&-]{1,40} (articles|stories)\b"
       r"|\brepublish our articles for free\b|\babout republishing this (content|article|story)\b"
       r"|\brepublished (articles|stories|content) must (include|carry|credit)\b"
       r"|^become an? ([\w.&'’-]+ ){0,3}(member|subscriber) (of [\w .&'’-]{1,30} )?to "
       r"(keep reading|continue reading|get (full |unlimited )?access|get all)\b"
       r"|^want more (of|from) [^?]{1,50}\? (join [\w .&'’-]{1,30} for|subscribe|sign up|"
       r"become an? )"
       r"|\bhelp us keep (going|it free|reporting)\W*$"
       r"|\btry (a|one|\d+) (weeks?|months?) (on us|for free|free)\W*$"
       r"|^(on )?supporting (science |local |independent |quality )?journalism\W*$"
       r"|\bevery (dollar|donation|gift) you (give|donate|make)\b[^.]{0,60}\b(matched|doubled)\b"
       r"|^we believe in the free flow of information\W*$"
       r"|^use our content\W*$|^this (story|article) can be republished for free\b"
       r"|\bpowered by (our )?(members|readers|donors)\b.{0,30}\bjoin us\W*$"
       r"|\bcontains only a (portion|selection|part) of the (news )?(stories|content|articles)\b"
       r"|\bcontact us for (subscription|licensing|syndication) (options|details|information)\b"
       r"|^your (donation|gift|contribution)( today)? (powers|funds|sustains|keeps)\b"
       r"|\bfor (just|only) \$\d+ ?/ ?(month|mo|week|year)\b.{0,40}\b(help|support|sustain)\b"
       r"|\b(support|back|subscribe to|donate to) [\w .'’&-]{1,40} for (less than |just )?"
       r"the price of an? (cup of )?coffee\b"
       # a republishing box's lines: 'We want our stories to be shared as widely as possible'
       r"|^we want our (stories|journalism|reporting|articles|work) to be (shared|read|"
       r"republished) (as )?widely\b|^please (view|read|see|review|follow) [\w .'’&-]{0,40}"
       r"\brepublishing (terms|guidelines|policy|rules)\W*$",
       drop=("We want our stories to be shared as widely as possible — for free.",
             "Please view The Ledger's republishing terms.",
             "A free press is a cornerstone of a healthy democracy.",
             "Our work is licensed under Creative Commons (CC BY-NC-ND 3.0). Feel free to "
             "republish and share widely.",
             "Since you made it to the bottom of this article, we have a small favor to ask.",
             "Your donation today powers the independent journalism that you rely on.",
             "For just $5/month, you can help sustain the newsroom.",
             "Independent journalism costs money. Support Times of Malta for the price of a "
             "coffee.",
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
             "Thank you for reading The Center Square. Consider supporting our journalism.",
             "Republish our articles for free, online or in print, under a Creative Commons "
             "license.", "Republish this article",
             "All republished articles must include our logo and our reporter's byline.",
             "Become a Ledger member to keep reading and get access to all our newsletters.",
             "Become a member of LedgerPLUS to get all of our content, an ad-free experience.",
             "Want more of The Morning Brief? Join the Ledger for full access to our writers.",
             "To learn more about republishing this content and the fees, please fill out this "
             "form.",
             "This article is exclusive to STAT+ subscribers",
             "To read the rest of this story subscribe to STAT+.",
             "On supporting science journalism", "We believe in the free flow of information",
             "USE OUR CONTENT", "This story can be republished for free (details).",
             "Subscribe to The Athletic for in-depth coverage of your favorite players, teams, "
             "leagues and clubs. Try a week on us.",
             "Thanks to NewsMatch, every dollar you give will be doubled through December 31.",
             "We’re independent of corporate interests — and powered by members. Join us.",
             "REPUBLISH", "Our stories may be republished online or in print under Creative "
             "Commons license CC BY-NC-ND 4.0.", "Help fund Ledger journalism for $11/ month",
             "Harbor Ledger is part of Coast Newsroom, a nonprofit news network supported by "
             "grants and a coalition of donors.",
             "Our website contains only a portion of the news stories offered to subscribers. "
             "Please contact us for subscription options.", "We need your help."),
       keep=("A free press is a cornerstone of a healthy democracy, the judge wrote in her ruling.",
             "The paper is part of Gannett, a media company that owns more than 200 dailies.",
             "Our stories can be told in many ways, the poet said at the festival.",
             "Help fund the library's new roof, the flyer asked neighbours.",
             "The charity said it would ask donors to double their gifts this winter.",
             "Every dollar you give to a campaign is reported. Few gifts are ever matched.",
             "Please consider the evidence before you vote, the judge told the jury.",
             "Donors should consider supporting the museum's work, the mayor said.",
             "Supporting journalism in small towns has become harder, the report found.",
             "Join us, the founder of the co-op said; it is powered by members.",
             "To become a member of the union and get a vote, workers must pay dues for a year.",
             "Want more of the same? Join the club, the coach joked.",
),
       max_words=60),
    _r("account.prompt", "prompts to make an account or log in to save, follow or comment",
       r"^create (a |your )?free (profile|account)\b|^(log|sign) ?in to (save|bookmark|follow)\b"
       r"|^(log|sign) ?in to (unlock|enjoy|access) (member|subscriber|premium|exclusive)"
       r"|^(sign up|register)( for a free account)? or (log|sign) ?in\W*$"
       r"|^follow (topics|authors|this topic)\b.{0,40}\bwe['’]ll (e-?mail|notify|alert) you\b"
       # a chain's save button: 'You can save this article by registering for free here.'
       r"|^(you can )?save this (article|story) by (registering|signing up|creating a (free )?"
       r"account)\b",
       drop=("Create your free profile or log in to save this article",
             "You can save this article by registering for free here. Or sign-in if you have an "
             "account.",
             "Sign up for a free account or log in.",
             "Sign in to save this story",
             "Follow topics and we'll email you when we publish something new about them.",
             "Create a free account to follow this topic",
             "Sign in to unlock member-only benefits!"),
       keep=("Create a profile of each suspect, the detective told her team.",
             "You can save this article for later by tapping the bookmark icon."), max_words=20),
    _r("pitch.call-to-action", "a pitch that ends in the outlet's call to act, a sentence of its "
       "own ('Become one.', 'Donate today to ...', 'Log in or join now.'): news prose does not "
       "order the reader to subscribe",
       # the call opens the block ...
       r"^((subscribe|donate|give|join|sign up|log ?in|register|become (one|a "
       r"(paying )?(member|subscriber|supporter|patron)))( or (subscribe|donate|join|sign up|"
       r"register))?( (now|today|here))?( (to|and) (support|keep|help|get|enjoy|read)\b"
       r"[^.!?]{0,60})?[.!]?$|(donate|give|subscribe|join) (now|today)( to\b|[.!]))"
       # (after a sentence, only calls with rare words: the search for them gates the rule)
       r"|(?<=[.!?] )((subscribe|donate|sign up|log ?in or (join|subscribe|register|sign up)|"
       r"become (one|a (paying )?(member|subscriber|supporter|patron)))( (now|today|here))?"
       r"( (to|and) (support|keep|help|get|enjoy|read)\b[^.!?]{0,60})?[.!]?$"
       r"|(donate|subscribe) (now|today)"
       r"( to\b|[.!]))"
       # a plan's name after 'join': '... that matter — join Benzinga Pro today.'
       r"|\bjoin [\w.'’&-]+( [\w.'’&-]+){0,2} (pro|premium|plus) (today|now)[.!]?$",
       drop=("Grist thanks its sponsors. Become one.",
             "Don't miss the stock market moves that matter — join Benzinga Pro today.",
             "Reader support helps sustain our work. Donate today to keep our climate news free. "
             "All donations DOUBLED!",
             "Nautilus Members enjoy an ad-free experience. Log in or Join now.",
             "This article was produced with support from our paying subscribers. Subscribe now "
             "to support independent journalism.",
             "Our reporting is funded by readers. Become a member.", "Join today!"),
       keep=("The club has 200 members and anyone can join.",
             "“Donate today,” the pastor told the crowd, “and help a neighbour.”",
             "Fans who wanted tickets had to register. Many gave up.",
             "She asked voters to register and to turn out in May.",
             "Subscribe today, the radio ads said, and farmers did."), max_words=40),
)
# fmt: on
