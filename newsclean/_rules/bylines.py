"""Bylines and timestamps: writers' names and roles, dates, reading times."""

from __future__ import annotations

from ._rule import Rule, _r

__all__ = ["BYLINES"]

# fmt: off
BYLINES: tuple[Rule, ...] = (
    _r("byline", "bylines name the authors, which go to Article.authors",
       r"^(by:?|written by|words by|story by|words:|(writer|reporter)\s*:)\s*"
       # not a sentence opening with a time: 'By Wednesday morning, all three had ...'
       r"(?!((mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|july|september|"
       r"october|november|december|midday|nightfall|noon|midnight|then|now)\b)(?-i:[A-Z])"
       r"[\w'’.\-/]*(\s|,|$)"
       r"|^(by|written by|from:)$"
       # a name and the writer's handle: 'Kevin Albright @kalbright'
       r"|^(?-i:[A-Z])[\w'’.\-]+( (?-i:[A-Z])[\w'’.\-]+){1,3} @\w{2,30}$"
       # a live blog's entry: 'From CNN's Nadia Perez', '... and Lena Wu'
       r"|^from (?-i:[A-Z])[\w.&]{1,20}( (?-i:[A-Z])[\w.&]{1,20}){0,2}['’]s (?-i:[A-Z])[\w'’.\-]+"
       r"( (?-i:[A-Z])[\w'’.\-]+){1,3}((, | and )(?-i:[A-Z])[\w'’.\-]+( (?-i:[A-Z])[\w'’.\-]+)"
       r"{1,3}){0,4}$|^by(?-i:[A-Z])[a-z'’]+ (?-i:[A-Z])|^authors? of the article:?$"
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
       # a name, a middle dot and a bare job title: 'Jane Doe · Senior Reporter'
       r"|^(?-i:[A-Z])[\w'’.\-]+( (?-i:[A-Z])[\w'’.\-]+){1,3} · ((senior|staff|chief|deputy|"
       r"contributing|managing) )?(reporter|writer|editor|correspondent|columnist|contributor|"
       r"analyst|producer)\W*$"
       r"|^(?-i:[A-Z])[\w'’.\-]+( (?-i:[A-Z])[\w'’.\-]+){1,3} \| (the )?(?-i:[A-Z])[\w'’.\-]*"
       r"( (?-i:[A-Z])[\w'’.\-]*){0,3}\W*$"
       # the job title before the name ('Senior Reporter Jane Doe'), the site after it
       # ('Jane Doe, KSL.com')
       r"|^([\w&]+ )?(editor|writer|reporter|correspondent|columnist) "
       r"(?-i:[A-Z])[\w'’.\-]+( (?-i:[A-Z])[\w'’.\-]+){1,2}$"
       r"|^(?-i:[A-Z])[\w'’.\-]+( (?-i:[A-Z])[\w'’.\-]+){1,3}, [\w-]+\.(com|ca|org|net|news)$"
       # the name, a slash and the role: 'Jane Doe/Staff Reporter', 'Jane Doe/Contributor'
       r"|^(?-i:[A-Z])[\w'’.\-]+( (?-i:[A-Z])[\w'’.\-]+){1,3} ?/ ?((senior |staff |special )?"
       r"(reporter|writer|correspondent)|contributor|gleaner writer|freelance writer)\W*$"
       # a desk or report credit: 'Star Business Report', 'Online Desk', 'Our Correspondent'
       r"|^(\w+ )?(online|web|news|business|sports|city|metro|national) (report|desk|bureau)\W*$"
       r"|^redazione (?-i:[A-Z])[\w.]*( (?-i:[A-Z])[\w.]*)?\W*$"
       # a name and a slash before the date line: 'Maya Harlan/'
       r"|^(?-i:[A-Z])[\w'’.\-]+( (?-i:[A-Z])[\w'’.\-]+){1,3} ?/$"
       r"|^(?!(annual|special|full|final|interim|latest|quarterly|the|our|an?|news) )"
       r"(?-i:[A-Z][\w&'’]*( [A-Z][\w&'’]*){0,3} report)\W*$"
       # an agency in capitals, a dash and the date: 'KYODO NEWS - Mar 12, 2024 - 10:42 | Japan'
       r"|^(?-i:[A-Z][A-Z&. ]{1,30}) [-–—|] (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
       r"\.? \d{1,2},? \d{4}\b"
       # a name, a bar and a numeric date: 'Riyaz ul Khaliq | 12.03.2024 - Update : 12.03.2024'
       r"|^(?-i:[A-Z])[\w'’.\- ]{2,40} \| \d{1,2}[./]\d{1,2}[./]\d{2,4}\b"
       # the date and time, then the name: 'Tuesday March 12, 2024 10:05 am PDT by Sam Delaney'
       r"|^(\w+day,? )?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}"
       r",?( at)? \d{1,2}[:.]\d{2} ?([ap]\.?m\.?)?( \w{2,4})? by (?-i:[A-Z])[\w'’.\-]+"
       r"( (?-i:[A-Z])[\w'’.\-]+){1,3}$",
       drop=("Kevin Albright @kalbright", "Tuesday March 12, 2024 10:05 am PDT by Dana Whitfield",
             "By John Smith", "From:", "WRITER: Apinya Wipatayotin", "Star Business Report",
             "Saudi Gazette report",
             "KYODO NEWS - Mar 12, 2024 - 10:42 | Japan, All",
             "By RFE/RL's Kazakh Service",
             "Riyaz ul Khaliq | 12.03.2024 - Update : 12.03.2024",
             "By Jane Doe and Ann Lee, Associated Press",
             "Written by Sam Roe", "Sam Roe, Staff Writer", "Jane Doe | Reuters",
             "Tom Brown | The Guardian", "ByOwen Marsh and Leila Haddad",
             "Priya Nair · CBC News · Posted: Mar 12, 2024 6:00 AM EDT | Last Updated: 2 hours "
             "ago", "Leo Fischer - Mar 5, 2024 7:00 pm UTC",
             "Rob Delaney, ESPN Staff WriterSep 15, 2024, 11:48 PM ET", "by: Sarah Cortez",
             "Author of the article:", "Agent Editor Carla Montoya", "Senior Reporter Li Wei",
             "Tanner Beckstead, KSL.com", "Kevon Ellis/Staff Reporter", "Redazione ANSA",
             "Maya Harlan/",
             "From CNN's Nadia Perez", "From CNN’s Tom Archer, Lena Wu and Ann Lee",
             "Daniel Moreno · Senior Reporter"),
       keep=("By the end of the day, the river had crested.",
             "By Wednesday morning, all three had signed on.",
             "Web Summit - November 9 - 12, 2026, Lisbon, Portugal",
             "Thomson Reuters", "Shares of Thomson Reuters rose 2% on Monday.",
             "Editor Jane Doe resigned on Friday.", "Letters to the Editor",
             "Author: the council wants the plan dropped.", "Annual Report", "Technical staff",
             "Special report", "From Britain's Prime Minister came a warning.",
             "From CNN's newsroom in Atlanta"), max_words=24),
    _r("meta.label", "the bare label printed above a publication time ('Published')",
       r"^(published|updated|last updated|first published|posted)( on| at)?\W*$"
       r"|^(newspaper|print) section:",
       drop=("Published", "Last updated:", "Updated", "NEWSPAPER SECTION: News"),
       keep=("Published at last: the diaries of a war poet.",)),
    _r("byline.location", "where the reporter filed from, printed under the byline",
       r"^(reporting|reported|writing) from (?-i:[A-Z])[\w.'’-]*(,? (?-i:[A-Z])[\w.'’-]*){0,5}"
       r"( and (?-i:[A-Z])[\w.'’-]*(,? (?-i:[A-Z])[\w.'’-]*){0,4})?\W*$",
       drop=("Reporting from Madison, Ind.", "Reporting from Kyiv, Ukraine",
             "Reported from Gaza City and Tel Aviv"),
       keep=("Reporting from the front line is dangerous, she said.",), max_words=12),
    _r("meta.timestamp", "publication times and updates",
       r"^(today|yesterday) at \d{1,2}[:.]\d{2}( ?[ap]\.?m\.?)?\W*$"
       r"|^filed( at)? \d{1,2}[:.]\d{2} ?([ap]\.?m\.?)?\W*$"
       r"|^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}, (19|20)\d\d"
       r"\d{1,2}:\d{2} ?[ap]\.?m\.?\W*$"
       r"|^\(?(published|updated|posted|(and )?last updated|last update|last modified|"
       r"first published|"
       r"modified|"
       r"date|created|issued)( on| at)?\s*[:\-–—]?\s*"
       r"(\w+day,? |(mon|tue|wed|thu|fri|sat|sun)\.?,? )?"
       r"(\d|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d)"
       r"|^([|•·] ?)?(\w+day,? |(mon|tue|wed|thu|fri|sat|sun)\.?,? )?"
       r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? "
       r"\d{1,2}(st|nd|rd|th)?,? \d{4}(( ?[,/|•·—–-] ?| at | )\d{1,2}[:.]\d{2}"
       r"( ?[ap]\.?m\.?)?( \w{2,4}| (eastern|central|mountain|pacific)( daylight| standard)? time)?"
       r"([+-]\d{1,2})?)?( ?[|•·] ?\d+[ -]?min(ute)?s? read|, the [\w ]{1,30}"
       r"| \| source: [^|]{1,60}| ?\(updated [^()]{1,20}\)| ?[/|•·] ?updated [^/|•·]{4,40})?\W*$"
       r"|^(\w+day,? |(mon|tue|wed|thu|fri|sat|sun)\.?,? )?\d{1,2}(st|nd|rd|th)? "
       r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
       r",? \d{4}(( ?[,/|•·-] ?| at | )\d{1,2}[:.]\d{2}( ?[ap]\.?m\.?)?(,? \w{2,4})?)?\W*$"
       r"|^\d{4}-\d{2}-\d{2}([ t]\d{2}:\d{2}(:\d{2})?)?\W*$"
       # an agency's place in capitals, the date and the time: 'ROME, 12 March 2024, 17:42'
       r"|^(?-i:[A-Z][A-Z.'’ -]{1,30}), \d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
       r"[a-z]*\.? \d{4}(,? \d{1,2}[:.]\d{2})?\W*$"
       # day and month with full stops, then the time ('12.3. 10:42•Updated 12.3. 11:05')
       r"|^\d{1,2}\. ?\d{1,2}\.( ?\d{4})?,? (at |klo )?\d{1,2}[:.]\d{2}"
       r"(\W{1,3}(updated|modified)\W{0,2}\d{1,2}\. ?\d{1,2}\.( ?\d{4})?,? (at |klo )?"
       r"\d{1,2}[:.]\d{2})?\W*$"
       r"|^\d{1,2}[/.]\d{1,2}[/.](\d{4}|\d{2})( \d{1,2}:\d{2}( ?[ap]\.?m\.?)?)?\W*$"
       r"|^\d{1,2}-\d{1,2}-\d{4}( \d{1,2}:\d{2}( ?[ap]\.?m\.?)?)?\W*$"
       r"|^\d{1,2}[:.]\d{2} ?([ap]\.?m\.?)?( \w{2,4})?,? \w+ \d{1,2},? \d{4}\W*$"
       r"|^\d+ (minutes?|hours?|days?|weeks?|months?) ago\W*$"
       r"|^\d{1,2}[:.]\d{2} ?[ap]\.?m\.?( [a-z]{2,4})?$"
       r"|^\d{1,2}[:.]\d{2} ?([ap]\.?m\.?)? on \d{1,2} \w+ \d{4}\W*$"
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
       r"\d{1,2}(st|nd|rd|th),? \d{4}( at \d{1,2}:\d{2} ?[ap]\.?m\.?)?( \w{2,4})?\W*$"
       # the month cut to three letters and the day, no year (this year's story): 'Mar 12'
       r"|^((updated|published|posted):? )?"
       r"(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.? [1-9]\d?"
       r"(,? \d{1,2}:\d{2} ?[ap]\.?m\.?( [a-z]{2,4})?)?$",
       drop=("Mar 12", "Updated Mar 12, 4:05 PM", "Sept. 3",
             "Thursday March 14 2024, 12.01am GMT, The Times",
             "and last updated 9:14 AM, Mar 12, 2024",
             "March 12, 2024 6:00 am(Updated 9:14 am)", "Published: March 14, 2014",
             "Updated 6:41 PM ET, Fri March 14, 2014",
             "22nd February 2024", "March 3rd, 2024",
             "Sept. 14, 2022 | 5 min read", "Mon 12 Jun 2023 14.05 BST", "01/03/2024",
             "Thu, March 14, 2024 at 10:05 AM GMT+1",
             "Published 5:01 p.m. CT March 5, 2024 | Updated 6:20 p.m. CT March 5, 2024",
             "March 14, 2014", "14 March 2014", "2014-03-14", "3 hours ago",
             "March 14, 2024, 4:12 PM EDT / Updated March 14, 2024, 6:30 PM EDT",
             "Friday, March 14, 2014 at 6:41 pm EDT", "Mar. 14, 2014 / 10:30 AM",
             "Friday 14 March 2014 10.30 GMT", "Last modified on Fri 14 Mar 2014 10.30 EDT",
             "Tuesday 18 June 2024 16:22, UK", "Issued on: 12/03/2024 - 14:20",
             "03/12/2024March 12, 2024", "March 12, 2024 — 5.00am",
             "TOI City Desk / TIMESOFINDIA.COM / Updated: Mar 12, 2024, 14:20 IST",
             "12:41, 3 Mar 2024Updated 14:02, 3 Mar 2024",
             "2 March 2024.From the section Premier League",
             "7:00 AM PST · March 5, 2024", "Tue, March 5th 2024 at 7:12 PM",
             "|Updated Tue, Mar 5, 2024 at 9:00 pm ET",
             "Updated - March 14, 2024 at 6:02 p.m.",
             "12.3. 10:42•Updated 12.3. 11:05", "10:42 AM MYT",
             "Updated - March 12, 2024 10:42 pm IST - CHENNAI", "7:42 am on 12 March 2024",
             "12-03-2024 10:42", "March 12, 2024 09:00 AM Eastern Daylight Time",
             "March 12, 2024 07:00 ET | Source: Maplewave Health Inc.",
             "ROME, 12 March 2024, 17:42", "| Nov. 24, 2025, 6:00 a.m.",
             "(Published 25 November 2025, 21:04 IST)"),
       keep=("Published in 1851, the novel sold poorly at first.", "March 12", "Jan 08",
             "Mar 12 was the day the vote was held."), max_words=24),
    _r("meta.reading-time", "reading-time estimates",
       r"^[•·|]?\s?(\d{1,2}[hmd] [•·|] ?)?"
       r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten)[ -]?(min(ute)?s?|mins?)"
       r"( read| reading time| to read| listen)?\W*$|^(estimated )?(reading|read) time\b"
       r"|^(?-i:[A-Z])[\w'’.\-]+( (?-i:[A-Z])[\w'’.\-]+){1,3} [•·|] \d+ min(ute)?s? read\W*$"
       r"|^[\w.,: ]{4,40}\b(19|20)\d\d ?[a-z]{0,8} ?\d{1,2} min(ute)?s?\.? read\W*$",
       drop=("4-Minute Listen",
             "Cody Benjamin • 4 min read", "Tues., March 12, 2024timer3 min. read",
             "5 min read", "Reading time: 4 minutes", "• 2h • 2 min read",
             "Estimated read time: 3-4 minutes", "3-minute read", "• 3 min read"),
       keep=("Five minutes later the doors opened.",)),
    _r("meta.broadcast", "a public-radio or TV note on when the story went on air",
       r"^this (segment|story|interview|episode|report|conversation|piece) (aired|was broadcast|"
       r"first aired|originally aired) (on|during) ((mon|tues|wednes|thurs|fri|satur|sun)day,? )?"
       r"((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}, \d{4}"
       r"|(?-i:[A-Z])[\w'’.&]*( (?-i:[A-Z])[\w'’.&]*| on| of| the){0,5})\.?$",
       drop=("This segment aired on March 12, 2024.", "This story aired on Morning Edition.",
             "This interview originally aired on All Things Considered."),
       keep=("This interview aired on national television and drew protests, she said.",
             "This story aired on March 12, 2024, and was seen by millions, the network said."),
       max_words=16),
    _r("meta.trust-label", "the Trust Project's labels on a story: its type and what it is "
       "based on, and the credibility markers printed with them",
       r"^type of (story|work|article|content)\s?:\s?(news|analysis|opinion|commentary|"
       r"explainer|review|investigation|fact check|sponsored|perspective|feature|profile|q&a)\W*$"
       r"|^based on facts, either observed and verified directly by the reporter\b"
       r"|^advocates for ideas and draws conclusions based on the (author['’]s )?interpretation "
       r"of facts\b"
       r"|^credibility:$|^(original reporting|sources cited)$",
       drop=("Type of Story: News", "Credibility:", "Original Reporting", "Sources Cited",
             "Based on facts, either observed and verified directly by the reporter, or "
             "reported and verified from knowledgeable sources.",
             "Advocates for ideas and draws conclusions based on the interpretation of facts "
             "and data."),
       keep=("Type of story: the kind readers share.",
             "Original reporting by the paper found 40 cases.", "Credibility"),
       max_words=40),
)
# fmt: on
