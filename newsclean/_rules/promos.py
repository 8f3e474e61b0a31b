"""Promos and related content: app and video promos, teasers, related headers."""

from __future__ import annotations

from ._rule import Rule, _r

__all__ = ["PROMOS"]

# fmt: off
PROMOS: tuple[Rule, ...] = (
    _r("promo.app", "app, video and podcast promotions",
       r"\b(click here|download(ing)? (the|our) .{0,30}app|get the .{0,30}app|on the go by|"
       r"listen (to|on) (the|our) .{0,30}podcast|subscribe to (the|our) .{0,20}podcast|"
       r"watch (live|now) on|available on (apple|google|spotify)|app store|google play)\b"
       r"|^(open|continue|read) in (the )?app\W*$"
       r"|^for (the )?(latest|more)\b.{0,60}\b(news|updates|coverage|stories|video)\b.{0,40}"
       r"\b(head|go) to\b"
       r"|^(watch|stream)( live)?( on)? [\w .&]{1,30} (news|tv|live)( live)?( on any device)?\W*$"
       r"|^join (our|[\w'’]{1,20}) (whatsapp|telegram|signal) (channel|group)"
       r"|^enjoy more (audio|podcasts)\b|^voiced by (artificial intelligence|ai)\W*$"
       r"|\b(direct|straight) to your whatsapp\b"
       r"|\bjoin(ing)? (our|the [\w .&'’-]{1,30}) whatsapp community\b"
       r"|^listen (to )?[\w .&'’-]{1,30} live\W*$"
       r"|^(get|download|listen|watch|read|follow|stream|available)\b[^.]{0,80}\b(on|in) the "
       r"[\w .&'’-]{1,30} app\W*$|^(for|with) (an )?ad-free (news|listening|reading|experience)\b"
       r"|^watch [^.!?]{1,60} (live )?on [\w +&'’-]{1,30}( and stream with \w+)?$"
       r"|^join (the )?(?-i:[A-Z])[\w.'’-]*( (?-i:[A-Z])[\w.'’-]*){0,4} channel\W*$"
       r"|^get [\w ]{1,30} with [\w .'’-]{1,30} (whatsapp|telegram) channel\W*$"
       r"|^get (breaking )?news alerts"
       r"|^turn on (notifications|alerts)|^listen on (apple|spotify|google|amazon)\b"
       r"|^for (the )?latest (news|updates) on this story\b"
       r"|^get [\w '’-]{1,40} (sent|delivered) (straight |directly )?to your (phone|mobile|device)"
       r"|^sign up (to|for) (push )?(alerts|notifications)\b"
       r"|^would you like to (receive|get|turn on|enable) (push |browser )?(notifications|alerts)\b"
       r"|^(find|join|follow) (us|[\w'’ &]{1,30}) on (whatsapp|telegram|instagram|tiktok|youtube)\b"
       r"|^(?-i:[A-Z])[\w .'’&-]{1,40} is (now )?on (whatsapp|telegram|instagram|tiktok|youtube|"
       r"threads|bluesky)\b.{0,40}\b(join|follow|subscribe)\b"
       r"|^(new:? ?)?you can now listen to\b|^(fox news flash )?top headlines (are here|for \w+ \d)"
       r"|^(live|watch live|watch):? [\w .&'’-]{0,30}\bnews"
       r"( at \d{1,2}(:\d{2})?( ?[ap]\.?m\.?)?)?\W*$"
       r"|^only have a minute\? listen\b|^powered by trinity audio\W*$"
       r"|^take us with you\W*$|^real-time updates\b.{0,60}\bin the palm of your hand\b"
       r"|^[‘'\"“][\w'’ ]{1,40}[’'\"”] podcast: "
       r"|^add [\w .&'’]{1,40} (on|as a (preferred|trusted) source on) google\W*$"
       r"|^add [\w .&'’]{1,40} to your google news( feed)?\W*$"
       r"|^get (whatsapp|telegram|signal|push|sms|text) (alerts|updates)\W*$"
       r"|^stay (updated|up to date|informed) with (push |our )?notifications\b"
       r"|\bon your preferred (chat|messaging) app\W*$"
       r"|^get (browser|desktop|push) (notifications|alerts) (for|about|on)\b"
       r"|^be the first to know\W*$|\bsubscribe (to (us|our channel) )?on youtube\W*$",
       drop=("Open in App", "Continue in app", "GET FOX BUSINESS ON THE GO BY CLICKING HERE",
             "CLICK HERE TO GET THE FOX NEWS APP",
             "Download the NBC News app for breaking news",
             "For the latest news, weather, sports, and streaming video, head to WCIA.com.",
             "Watch CBS News", "Stream CBS News live on any device", "Join our WhatsApp channel",
             "Join The Punch Newspapers Channel",
             "Get exclusive content with Gulf News WhatsApp channel",
             "Get breaking news alerts",
             "Join ST's Telegram channel and get the latest breaking news delivered to you.",
             "Kyiv Post is on Telegram. Join us for the latest updates.",
             "Turn on notifications", "Listen on Apple Podcasts",
             "Listen to the latest Football Daily podcast",
             "Keep up to date with international news by downloading the France 24 app",
             "Get football news sent straight to your phone",
             "Get up-to-the-minute news sent straight to your device.",
             "For the latest news on this story keep checking back at The Sun Online",
             "NEWYou can now listen to Fox News articles!",
             "Fox News Flash top headlines are here. Check out what's clicking on Foxnews.com.",
             "Fox News Flash top headlines for September 14",
             "'Start Here' podcast: Your daily news briefing", "Add CBS News on Google",
             "Add The Times as a preferred source on Google",
             "Add 9to5Mac to your Google News feed.",
             "Sign up to push alerts and have the best news delivered directly to your phone",
             "Would you like to receive notifications about new posts?",
             "Find The Irish Times on WhatsApp and stay up to date",
             "LIVE: KOMO 4 News at 5:00 PM", "Only have a minute? Listen instead",
             "Powered by Trinity Audio", "Join the Liverpool ECHO's WhatsApp community HERE",
             "Follow the Express & Star on WhatsApp", "Take Us With You",
             "Real-time updates and all local stories you want right in the palm of your hand.",
             "Watch live: 12 News at 6",
             "Get the latest news from across Greater Manchester direct to your WhatsApp by "
             "joining our community HERE", "Listen to talkSPORT live",
             "Get the latest football news, transfer updates and live commentary on the "
             "talkSPORT app", "Watch the EFL on Sky Sports",
             "Watch Sky Sports Football on Sky Sports+ and stream with NOW",
             "Get WhatsApp alerts", "for ad-free news and current affairs",
             "Stay updated with notifications for breaking news and our best stories",
             "Join our channel for the top reads for the day on your preferred chat app",
             "Get browser notifications for breaking news, live events, and exclusive reporting.",
             "Be the first to know",
             "For access to all our exclusive celebrity videos and interviews – Subscribe on "
             "YouTube!"),
       keep=("Passengers have been advised to check the status of trains on the NTES app.",
             "She said the app had been downloaded five million times in its first year, "
             "a record for the company.", "Watch the video on our website.",
             "Listen to the band live at the park on Sunday."), max_words=18),
    _r("promo.blurb", "longer promotions of the outlet, its newsletters and its channels",
       r"\bnewsletter\W+sign up( here| now| today)?\W*$"
       r"|\bsign up (to|for) (our|the) .{0,60}\bnewsletters?\b"
       r"|^for more (stories|news|articles|updates) like this\b|^like what you see\?"
       r"|^for more (of )?(the latest|stories|news)\b.{0,60}\bkeep scrolling\W*$"
       r"|^[\w!.'’ -]{1,40} [-–—|:] your (source|home|destination) for\b"
       r"|^[\w.'’&-]+( [\w.'’&-]+){0,3} is a leading (authority|source|destination) (on|of|for) "
       r"[^.]{2,60}, (delivering|providing|offering|bringing)\b"
       r"|^keep up to date with\b.{0,100}\b(picked|chosen|curated) by the [\w ]{1,30} team\W*$"
       r"|^[\w.'’ -]{1,40} is your go[- ]to (destination|source|place|site)\b"
       r"|^keep up (to date )?with .{0,80}\bby following\b"
       r"|\bfrom our [\w ]{1,40} newsletter\b"
       r"|\b(journalism|reporting)( [^.]{1,40})? is more (important|crucial|vital|essential|"
       r"needed) than ever\b"
       r"|^(?-i:[A-Z])[\w.'’ -]{1,40} is an? ([\w-]+ ){0,3}(media outlet|news (outlet|site|"
       r"website|organi[sz]ation|service)|publication|newsroom) (that|which) covers\b"
       r"|\b(rely|count|depend) on [\w .'’&-]{1,40} for\b.{0,80}[.!] "
       r"(subscribe|sign up)( now| today| for free)?\W*$"
       r"|\bby signing up (for|to) (our|the) .{0,60}\bnewsletters?( here)?\W*$"
       r"|^[\w .'’-]{1,40} is an? ([\w(),-]+ ){0,3}(nonprofit|non-profit|independent)"
       r"( [\w(),-]+){0,3} (newsroom|news organi[sz]ation|news site|publication) "
       r"(dedicated to|that|which|committed to|covering|reporting on)\b"
       r"|^thanks?( you)? for subscribing to (?-i:[A-Z])[\w.'’-]*( (?-i:[A-Z])[\w.'’-]*){0,4}, "
       r"|^catch all the latest\b|\bfollow [\w .'’-]{1,40} on (whatsapp|telegram)\b"
       r"|^start your day with (all|everything) you need to know\b"
       r"|^[\w .'’-]{1,40} is an? (national |nonprofit |independent |nonpartisan |[\w-]+ )?"
       r"(newsroom|news organization)\b.{0,200}\b(sign up|learn more|subscribe|donate)\b"
       r"|^[\w .'’-]{1,40} is an? ([\w-]+, ){1,2}([\w-]+ )?(newsroom|news organization)\b"
       r".{0,200}\b(sign up|learn more|subscribe|donate|get our (free )?newsletter)\b"
       r"|^[\w.'’ -]{1,40} delivers the (latest|top|biggest|best) (news|stories|headlines)\b"
       r"[^.]{0,60}\band more\W*$"
       r"|^(find|get|read|see|for) (more|all|the latest) [\w .&'’-]{1,40} coverage\b.{0,60}"
       r"\bhere\W*$"
       r"|^[\w .'’-]{1,40} is an? ([\w(),-]+ ){0,3}(nonprofit|non-profit|independent)"
       r"( [\w(),-]+){0,3} (magazine|journal|news service|news outlet|media outlet|news website) "
       r"(dedicated to|that|which|committed to|covering|reporting on)\b"
       # a site's tagline naming its owner: '... — A project of the X Foundation at Harvard'
       r"|(^|[—–|] )an? (project|publication|service|program|initiative) of (the )?"
       r"(?-i:[A-Z])[\w .,'’&-]{1,60}$"
       # a newsroom's motto of one-word claims: 'Nonprofit. Independent. Serving ...'
       r"|^((independent|nonprofit|non-profit|nonpartisan|non-partisan|local|fearless|trusted|"
       r"fact-based|reader-supported|reader-funded|community-powered|people-powered|free|fair|"
       r"accurate|investigative|in-depth)\. ){1,3}((independent|nonprofit|non-profit|"
       r"nonpartisan|non-partisan|local|fearless|trusted|free|fair|accurate)\.|(serving|for|"
       r"covering|reporting on|by and for|powered by)\b[^.!?]{0,60}[.!]?)$"
       # a trade site's line on itself: 'X is the leading news source for biopharma ...'
       r"|^(?-i:[A-Z])[\w.'’&-]*( [\w.'’&-]+){0,3} is the (world['’]s )?(leading|premier|"
       r"most trusted|go-to|definitive|essential) (business |industry |trade )?(news|information|"
       r"intelligence) (source|destination|resource|site|publication) (for|of|on)\b[^.]{2,80}"
       r"\.?$"
       # a sign-up box's thanks: 'Thank you for subscribing to newsletters from X.'
       r"|^thanks?( you)? for (subscribing|signing up) to [\w .'’&-]{0,40}\bnewsletters?"
       r"( from [\w .'’&-]{1,40})?\W*$",
       drop=("Nonprofit. Independent. Serving the people of New York.",
             "The Ledger is a nonprofit, independent newsroom. Get our free newsletter.",
             "Independent. Nonpartisan. Local.",
             "Thank you for subscribing to newsletters from Example.com.",
             "Endpoints News is the leading news source for biopharma professionals.",
             "Pushing to the future of journalism — A project of the Nieman Foundation at "
             "Harvard", "A publication of the Poynter Institute",
             "Undark is a non-profit, editorially independent magazine covering the "
             "complicated and often fractious intersection of science and society.",
             "Example.com is a leading authority on technology, delivering lab-based, independent "
             "reviews of the latest products and services.",
             "Like what you see? How about some more of our goodness, right here?",
             "Get a look at the day ahead in U.S. and global markets with the Morning Bid U.S. "
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
             "Morning Report delivers the latest news, videos, photos and more.",
             "As communities experience a time of change, independent reporting on these "
             "developments is more important than ever.",
             "Gazette is a nonprofit news site covering public schools in three states.",
             "Block Club Chicago is a 501(c)(3) nonprofit news organization dedicated to "
             "delivering reliable, nonpartisan and essential coverage of Chicago’s neighborhoods.",
             "Thanks for subscribing to Block Club Chicago, an independent, 501(c)(3), "
             "journalist-run newsroom.",
             "Get more Colorado news by signing up for our Mile High Roundup email newsletter.",
             "Don't miss the biggest stories from around the city by signing up to our daily "
             "newsletter here",
             "CoinDesk is an award-winning media outlet that covers the cryptocurrency industry.",
             "Hospital execs and industry experts rely on Fierce Healthcare for the latest news. "
             "Subscribe today.",
             "Find more Mavericks coverage from The Dallas Morning News here."),
       keep=("Free. Fair. The election was neither, the monitors said.",
             "Thank you for subscribing to the newsletter for ten years, the editor told "
             "readers at the event.",
             "The Gazette is the leading employer in the valley, with 400 staff.",
             "The service delivers the latest news to farmers by text message, she said.",
             "Farmers rely on the radio for weather news. Subscribe today, the ads said, and "
             "it took off.",
             "She said the newsletter, which she started in 2019, was her go-to source for "
             "local news, and that readers could sign up for free at the library.",
             "For more of the latest results, fans kept scrolling the club's website.",
             "Keep up to date with the vaccine schedule, the team said.",
             "Consumer Reports is an independent, non-profit organization that tech enthusiasts "
             "often turn to when looking for objective answers about product quality.",
             "The bridge is a project of the state, and it opened in 2019."),
       max_words=40),
    _r("promo.reading", "the blurb that tells readers which site they are reading and where to "
       "follow it, under tech and trade blogs' stories",
       r"^you['’]re reading [\w.'’ -]{1,30} [—–-] "
       r"|^be sure to check out our homepage for\b"
       # '... by subscribing to X on Google News. You're reading X— experts who break news ...'
       r"|^stay (up to date|updated|informed) with [^.]{0,60}\bby (subscribing to|following) "
       r"[\w .&'’-]{1,40} on google news\b",
       drop=("Stay up to date with the latest content by subscribing to Example on Google "
             "News. You're "
             "reading Example— experts who break news, day after day.",
             "You’re reading 9to5Google — experts who break news about Google and its "
             "surrounding ecosystem, day after day. Be sure to check out our homepage for all "
             "the latest news, and follow 9to5Google on Twitter, Facebook, and LinkedIn to stay "
             "in the loop. Don’t know where to start? Check out our exclusive stories, reviews, "
             "how-tos, and subscribe to our YouTube channel",),
       keep=("You're reading the minutes of a meeting held in 1912, the archivist said.",),
       max_words=80),
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
       r"(like|enjoy|be interested( in)?)( to read| reading| these (stories|articles))?|"
       r"also in the news|"
       r"trending( now| stories| videos| on [\w .]{1,30})?|read this next|"
       r"most (read|popular|viewed|shared)(( [\w&]+){0,2} (stories|articles|posts|news))?|"
       r"similar (stories|articles|posts|reads)|more like this|on a similar note|related sections|"
       r"popular( now| stories)?|top (news )?stories( from [\w .'’&-]{1,30})?|top news( today)?|"
       r"latest( news| stories)?|"
       r"what to read next|more (by|from) (this|the) (author|writer|reporter)|"
       r"don['’]?t miss( these (stories|articles)( from [\w .'’&-]{1,30})?)?|also on [\w .]{1,40}|"
       r"editors?['’]? picks?|top headlines|further reading|"
       r"in other news|our latest [\w .'’&-]{1,30} (stories|news|headlines)|"
       r"up next|next up|keep reading|more coverage|around the web|from the web|"
       r"sponsored stories|promoted stories|(related|more) videos?|watch next|"
       r"must reads?( stories)?|recommended videos|popular on [\w .]{1,40}|read next|"
       r"more in [\w ]{1,30}|latest (in|from) [\w &'’-]{1,30}|deep dive|"
       r"read more (on|from|with) [\w .]{1,40}|related internet links|"
       r"in the news|explore( more( stories| news)?)?|"
       r"read more [\w ,&'’-]{2,40} (news|stories|coverage))\W*$"
       # a link to the guide or series the story belongs to, with its title after a colon
       r"|^this (article|story|post) is part of (the|our|a|an) ([\w-]+ )?(guide|collection|"
       r"package|special report|series)\W{0,3}: ",
       drop=("Read more politics and government news.", "Top Stories from The Hill",
             "Don't miss these stories from CNBC PRO:",
             "This article is part of the guide: How Schools Are Rethinking Homework.",
             "Related Articles", "READ MORE", "You may also like", "Most Popular",
             "You may also like these stories:",
             "Most Popular Stories", "Read This Next", "You may like to read:",
             "You might also be interested in…", "ALSO IN THE NEWS",
             "Don't Miss", "More from Business", "Also on Fox News", "More on this story",
             "Read more stories", "READ MORE HERE", "Editors' picks", "Top headlines",
             "READ MORE ON BAKERIES", "Read more from Sky News:", "Related Internet Links",
             "Read more with Euractiv", "In the News",
             "Popular on Variety", "Must Read Stories", "Our Latest NFL Stories",
             "Trending Videos", "Most Read Local Stories", "Similar articles",
             "On a similar note...", "Explore", "Explore more stories", "Latest in Tech"),
       keep=("Read more than 40 books last year, she said.", "Most read local stories online.",
             "Explore the data for your county.")),
    _r("related.teaser", "inline teaser links to other stories",
       r"^(read more|read|more|more (news|stories|coverage)|related|see|also read|read also|watch|"
       r"look|listen|don'?t miss|"
       r"must read|recommended|see also|click here|related story|related article|"
       r"trending|latest|also on (?!(mon|tues|wednes|thurs|fri|satur|sun)day\b)(?-i:[A-Z])"
       r"[\w .'’]{1,40})\s?[:>»|–—-]+\s?\S"
       r"|^read more (about|on) [^.!?]{1,60}$|^read more(?-i:[A-Z])[^.!?]{5,150}$"
       r"|^\[(see also|read more|related|more|read): [^\[\]]{2,150}\]$"
       # a promo in brackets and capitals inside the story: '[DOWNLOAD: Free X News app ...]'
       r"|^\[(download|sign up|subscribe|watch( live)?|listen|photos|video|more)( here)?: "
       r"[^\[\]]{2,120}\]$"
       r"|^go deeper( \(\d+ min\. read\)\W*$|( \(\d+ min\. read\))?: ?\S)"
       r"|^also: (?-i:[A-Z])[^.!?]{5,150}$"
       r"|^read [“\"][^”\"]{5,120}[”\"] (on|at) [\w .'’-]{1,30}\.?$"
       # a topic's teaser: 'More on EVs: Tesla's Cheaper Model Is Reportedly Delayed Again'
       r"|^more on [\w .'’&-]{1,30}: (?-i:[A-Z])[^.!?]{5,150}$"
       # a template's link to its next story: 'NEXT STORY: <teaser>'
       r"|^(next (story|article)|up next)\s?:\s?\S",
       drop=("READ MORE: Stocks tumble as Fed signals more hikes",
             "More on AI: The Chatbot That Wrote Its Own Rules",
             "NEXT STORY: Army tests new counter-drone laser",
             "Go deeper: The fight over the farm bill", "Go deeper (2 min. read)",
             "[See also: The Treasury's quiet war on local government]",
             "Related: How the deal fell apart", "DON'T MISS: The best beaches in Spain",
             "WATCH: Storm hits the coast",
             "Also on Science News: Elephants call each other by name",
             "Read more about the bill", "Read moreParis voters reject rental e-scooters",
             "Also: The best AI chatbots of 2024: ChatGPT, Copilot and worthy alternatives",
             "Read “The 50 Best Albums of 2021” on Pitchfork.",
             "MORE NEWS: Council approves new budget for parks",
             "LOOK: 50 photos of Grand Rapids through the years",
             "[DOWNLOAD: Free WSB-TV News app for alerts as news breaks]",
             "[SIGN UP: WSB-TV Daily Headlines Newsletter]"),
       keep=("Next: the council votes on the budget in June.",
             "Read the full report at the library.", "Go deeper into the cave, he said.",
             "Also on Tuesday: the council approved the budget.",
             "Also in the bill: a tax credit for renters.",
             "Also on the agenda: a new park.",
             "More on that later: The council must first vote on the plan.",
             "Read more about the study in the journal Nature.",
             "Also: the council approved the budget."), max_words=30),
    _r("commerce.button", "shopping and price buttons beside product mentions",
       r"^((check|see|view|compare|get|track) (the )?(latest |current |best |today['’]s )?(price|"
       r"prices|deal|deals|offers?|rates)|buy( it)?( now)?|shop( now)?|see it|book now|"
       r"get (a |your )?quote)"
       r"(\W+(at|on|from)\W+[\w.\- ]{1,30})?(\W*\(on sale!?\))?\W*$"
       r"|^(best prices today|where to buy|price comparison from\b|compare (new|used) \w+ deals"
       r"|loading prices\b|buy now from\b)"
       r"|^today['’]s best [\w .,'’&+-]{1,50} deals\W*$"
       r"|^(get|buy) (your )?tickets( (to|for) [^.!?]{1,40})? (here|now)\W*$"
       r"|^\$[\d,]+(\.\d\d)? (at|@) [\w .&'’-]{2,30}$",
       drop=("Check price at Amazon", "See it", "Buy now", "Check Price at REI (on sale!)",
             "Book now", "Best Prices Today:", "Price comparison from over 24,000 stores worldwide",
             "View Deal", "Buy on Amazon", "Today's best MacBook Air M2 deals",
             "$799 at Amazon", "$1,249.99 at Best Buy", "Check rates", "Compare today's rates",
             "Get tickets to Glass Orchard shows here."),
       keep=("Buy low and sell high, the old advice goes, but few investors manage it.",
             "Shop owners on Main Street said sales fell by a third.",
             "Buy tickets now, the mayor urged, before the fair sells out.")),
    _r("cta.more", "calls to action that lead off the page",
       r"^(learn more|read more|more info|\+ more info|more details|find out more|"
       r"read (the|our|full|my) (full )?review|read article|read (the )?full (story|article)|"
       r"see more photos|swipe for more( photos)?|watch the video|"
       r"see the rating|jump to (review|details|recipe|section)|visit (the )?website|"
       r"get started|get in touch|contact us|get a demo|start (your )?free trial|try it free|"
       r"read less|show less|view more|hear the story|go to \w+|tap here)\W*$"
       # a writer's archive: 'Read more by Colin Thiessen.', 'Read More From Jane Doe >'
       r"|^read more (by|from) (?-i:[A-Z])[\w.'’-]+( (?-i:[A-Z])[\w.'’-]+){0,3}\W*$",
       drop=("Read more by Colin Thiessen.", "Read More From Jane Doe >",
             "Learn more", "Read full review", "See the rating.", "Jump to Review", "+ More info",
             "Read the full story", "See more photos", "Swipe for more photos", "Watch the video",
             "Visit website", "Contact us", "Read less"),
       keep=("Learn more about the programme at the town library, the council said.",
             "Read more by the river, the guide suggested.")),
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
       r"( address| number)?\s?(\*|\(required\))|full name|phone number|your email( address)?|"
       r"search for:?|submit|send|cancel reply|"
       r"save my name, email,? and website\b.*|"
       r"this field is (hidden|required|for validation purposes)\b.*|"
       r"required fields are marked\b.*|your email address will not be published\b.*|"
       r"thank you!? your submission has been received!?|"
       r"oops!? something went wrong while submitting the form\.?|an error (has )?occurr?ed|"
       r"notify me of (follow-up comments|new posts)\b.*|invalid e-?mail( address)?|"
       r"\W{0,3}thank(s| you) for (completing|taking|filling out) (the|our|this) (survey|quiz|poll)"
       r"\b.*|"
       r"\d+ (search )?results?( found)?)\W*$"
       r"|^(it looks like |oops,? )?something went wrong\.?$"
       r"|^we['’]re having trouble saving your (preferences|settings|choices)\b"
       r"|^(failed|unable) to (save|bookmark|load) (the |this )?(article|story|page|item)\W*$"
       r"|^please try again( later)?\W*$",
       drop=("Failed to save article", "Please try again", "Email (required)",
             "It looks like something went wrong.",
             "We’re having trouble saving your preferences. Try refreshing this page and "
             "updating them one more time.",
             "Name *", "Search for:", "Invalid Email", "Cancel reply", "First Name *",
             "Phone Number*",
             "Save my name, email, and website in this browser for the next time I comment.",
             "Your email address will not be published. Required fields are marked *",
             "Thank you! Your submission has been received!",
             "This field is for validation purposes and should be left unchanged.",
             "0 results", "12 search results", "✅ Thank you for completing the survey!",
             "Your Email", "An error occured."),
       keep=("Submit your entries by Friday, organisers said.", "10 results that surprised us",
             "Thank you! Your support has been received by the families, the mayor said."),
       max_words=60),
)
# fmt: on
