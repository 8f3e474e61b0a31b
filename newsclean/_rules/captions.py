"""Captions, credits and gallery chrome."""

from __future__ import annotations

from ._rule import Rule, _r

__all__ = ["CAPTIONS"]

# fmt: off
CAPTIONS: tuple[Rule, ...] = (
    _r("caption.credit", "photo and video credits",
       r"^\((?-i:[A-Z][a-z])[\w.'’&-]*( (?-i:[A-Z][a-z])[\w.'’&-]*){1,3}\)$|"
       r"^[\(\[]?(photo(graph)?s?|photographer|image|picture|pic|video|illustration|credit|"
       r"photo-illustration|"
       r"file photo|photo credit|image credit|image source|image credits|photo credits|chart|"
       r"gallery credit|"
       r"graphic)"
       r"( by)?\s*[:/]"
       r"|^[\(\[](image|photo|picture|pic|credit)s?:[^\)\]]*[\)\]]$"
       r"|^(?-i:[A-Z])[\w .'’&-]{0,30} file (photo|picture|image|pic)\W*$"
       r"|^(getty|getty images|shutterstock|alamy|istock|dreamstime|adobe( stock)?|"
       r"nbc ?universal,? inc|canva|unsplash|pexels|pixabay|"
       r"pa( wire| images| media)?|epa(-efe)?)"
       # ... alone, or before the photographer: 'ISTOCK, KATERYNA KON', 'Unsplash/Jane Doe'
       r"( photo)?(\W*$|(, ?| ?/ ?)(?-i:[A-Z][\w'’.-]*)( (?-i:[A-Z][\w'’.-]*)){0,3}$)"
       r"|^[\(\[]?(photo |image )?courtesy( of)? \w"
       r"|^[\(\[]?((staff|file|contributed|submitted) )?"
       r"(photo|image|picture|illustration|screenshot|photo illustration)s?( courtesy of| by) \w"
       r"|^image source, "
       # a photo's licence, in a sentence: '... by Jane Doe used under an Unsplash license.'
       r"|\bused under an? (unsplash|creative commons|cc[ -]by[\w.-]*|pexels|pixabay) licen[cs]e\b"
       r"|^(photo |image )?credit(\.{2,}|…)|^file (photo|picture|image)\W*$|^gallo images ?/"
       r"|^[\w .,'’/-]{2,60}\bcc[ -]by(-[a-z]{2})*( \d\.\d)?\W*$"
       r"|^[\(\[]?[\w .,'’/—-]{1,60} via (getty( images)?|shutterstock|alamy|reuters|ap|afp)\W*$"
       r"|^[\(\[]?(ap|afp|reuters|getty|epa|efe|xinhua)( photo| images)? ?/ ?"
       # a name, then the agency or outlet: 'Name, Getty Images', 'Name/AP', 'Name name@x.com'
       r"|^\(?(?!by )(?-i:[A-Z])[\w'’.\-]+( (?-i:[A-Z])[\w'’.\-]+){1,3}"
       r"(, (getty images|shutterstock|alamy|"
       r"imagn images|usa today network|epa(-efe)?|ap photo|sipa usa|zuma press|"
       r"afp via getty images|(the )?[\w .'’-]{0,30} (news|times|post|journal|tribune|herald|"
       r"press|chronicle|gazette|dispatch|observer|star|bee))\W*| [\w.+-]+@[\w-]+\.[\w.]+"
       # a newsroom's own photographers: 'Name/Staff photographer', 'Name, Contributor'
       r"|(, | ?/ ?)(staff|contributor|contributing photographer|special to [\w .'’-]{1,30})"
       r"( photographer| photo| file photo)?\W*"
       r"|-(usa today( sports| network)?|imagn images)"
       r"| ?/ ?((?-i:[A-Z]{2,5})|ap|afp|reuters|getty( images)?|shutterstock|alamy|epa(-efe)?|"
       r"upi|sipa( usa)?|zuma( press)?|xinhua|anadolu( agency)?|bloomberg( news)?|redux|rex|"
       r"eyevine|backgrid|(the )?(guardian|observer|telegraph)|nyt wirecutter|"
       r"(the )?[\w .'’-]{0,30} (news|times|post|journal|tribune|herald|press|magazine|images|"
       r"photos?|wire|today|review)|(?-i:The [A-Z][\w'’.-]+( [A-Z][\w'’.-]+){0,2}))"
       r"( file( photo)?)?( ?\| ?(getty( images)?|shutterstock|alamy|unsplash|adobe stock))?\W*"
       r"| for (the )?[\w .'’-]{0,30}\b(news|times|post|journal|tribune|herald|guardian|observer|"
       r"telegraph|independent|week|weekly|magazine|daily)\W*)$"
       # a stock library's contributor by one name: 'Lightspring / Shutterstock'
       r"|^(?-i:[A-Z])[\w'’.\-]+ ?/ ?(shutterstock|getty images|istock(photo)?|alamy|adobe stock|"
       r"dreamstime)\W*$"
       # an armed service's photo credit: 'U.S. Air Force / Senior Airman Jane Doe'
       r"|^\(?(u\.s\.|us) (army|navy|air force|marine corps|space force|coast guard|"
       r"(air |army )?national guard)( photo)?( by| ?/ ?)"
       # a bare agency credit some sites print alone: 'Imagn Images'
       r"|^imagn( images)?\W*$",
       drop=("U.S. Air Force / Senior Airman Jane Doe",
             "U.S. Army photo by Sgt. Jane Doe",
             "Imagn Images",
             "Jane Doe/MIT Technology Review | Getty",
             "ISTOCK, KATERYNA KON",
             "Photo: Hau Dinh, AP", "(Image: GETTY)", "Adobe", "Kathmandu Post file photo",
             "Chart: The Economist", "Credit: Reuters", "Gallery Credit: Jess Hart", "Canva",
             "Getty Images", "NBC Universal, Inc.",
             "Photograph: Alamy", "Image source, Getty Images", "(AP Photo/Evan Vucci)",
             "Photo by John Smith", "Photographer: Alex Kraus/Bloomberg",
             "Maddie McGarvey for Education Week", "(Farm Journal)",
             "Credit...Jane Doe for The New York Times", "PA", "EPA-EFE",
             "Courtesy of the artist", "(Courtesy of Friends of the Library)",
             "Photo of a printing press by Jane Doe used under an Unsplash license.",
             "Illustration by Jane Doe", "(AFP via Getty Images)",
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
             "Jayne Kamin-Oncea-Imagn Images", "Kimberly P. Mitchell, Detroit Free Press",
             "Brett Coomer/Staff photographer", "Jane Doe, Contributor",
             "Beth Nakamura/The Oregonian", "STAFF PHOTO BY SOPHIA GERMER",
             "(Genaro Molina / Los Angeles Times)",
             "Photo-Illustration: WIRED Staff; Getty Images", "Lightspring / Shutterstock"),
       keep=("U.S. Army soldiers train in Poland.",
             "(SOUNDBITE OF ARCHIVED RECORDING)",
             "Photos of the crash spread quickly on social media, police said.",
             "Rolls Royce/BMW Deal Talks", "Department of Justice",
             "Classen Curve / Western Avenue", "Clouds over Houston, Texas Press Association",
             "Adobe, Microsoft and Google said on Tuesday.",
             "Staff photographer Jane Doe won the award on Monday."),
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
       r"^(update[ds]?\b.{0,40}?: )?this (article|story|piece|report|post) "
       r"(was|has been) (amended|corrected|updated)\b"
       r"|^an earlier version of this (article|story|piece|report)\b"
       r"|^(corrections?|clarifications?)( and clarifications)?\W*:",
       drop=("This article was amended on 7 March 2024. An earlier version said the mussels "
             "had been found in Northumberland.",
             "Correction: An earlier version of this story misstated the date of the vote.",
             "An earlier version of this article gave the wrong age for the mayor.",
             "Update 3/12/24, 1:15 p.m. ET: This article was updated with additional "
             "information.", "Updates and corrections | March 12, 2024: This article has been "
             "updated to include comment from the ministry."),
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
       r"\d{1,2}:\d{2} ?/ ?\d{1,2}:\d{2}|close this (video )?player|watch now|"
       r"video ?\d{1,2}:\d{2}( ?\d{1,2}:\d{2})?)\W*$"
       r"|^(\()?(watch )?(the )?video (above|below)\b\W"
       r"|^your browser does not support (the )?(<?(audio|video)>? )?(element|tag|playback)?"
       r"|^((the|this) )?((video|audio|media) )?player (is )?loading\W*$"
       r"|^watch on (youtube|vimeo|tiktok|instagram)\W*$"
       r"|^watch (it )?above,? (via|on|from) [\w .&'’-]{1,40}\W*$"
       # a TV station's blurb under its video: '... FOX 5's Tia Brennan reports.'
       r"|['’]s (?-i:[A-Z])[\w.'’-]+ (?-i:[A-Z])[\w.'’-]+( (?-i:[A-Z])[\w.'’-]+)? "
       r"(reports|has more|has the story|has the details)\.$"
       # the player's label in capitals: 'SUN-TIMES VIDEO', 'FOX 5 VIDEO'
       r"|^(?-i:[A-Z0-9][A-Z0-9.&'’ -]{1,30} VIDEOS?)$"
       r"|^loading error loading\W*$",
       drop=("LOADING ERROR LOADING", "watch now", "VIDEO 3:05 03:05",
             "Video Ad Feedback", "Now Playing", "Play video content", "02:31",
             "01:12 - Source: CNN", "00:00 / 03:12", "Duration 2:15",
             "Your browser does not support the <audio> element.", "Video Player is loading.",
             "Audio player loading…",
             "Video above: Crews clear snow on the Kennedy", "(Video above)",
             "Close this video player", "Watch on YouTube", "Watch above via CNN.",
             "SUN-TIMES VIDEO", "FOX 5 VIDEO",
             "Police say new cameras will help them respond faster. FOX 5's Tia Brennan reports."),
       keep=("Now playing at the Grand: a revival of the musical.",
             "Sales fell 5% in the quarter, the company's Chief Executive Ann Lee reported.",
             "The bridge will close for a year, The Times reports.", "Music Video",
             "The singer's new music video"), max_words=40),
    _r("gallery.chrome", "photo gallery navigation and controls",
       r"^((image|photo|slide|picture) \d+ (of|/) \d+|\d+ (of|/) \d+|caption|close|"
       r"back to gallery|view gallery|open gallery|(see|view) (all )?\d* ?photos|"
       r"(next|previous|prev) (image|photo|slide)|enlarge( this)? image|toggle caption|"
       r"(click|tap) to (expand|enlarge|zoom)( (the )?(image|photo|picture))?|"
       r"hide caption|show caption|expand|fullscreen|full screen|play( video)?|pause|"
       r"replay|mute|unmute|watch( now| video)?|\d+ photos?|(photo|video) gallery|"
       r"(image|photo) \d+|launch (slideshow|gallery)|more (photos|videos)|image|video|file photo|"
       r"open this photo in gallery:?|open (image|photo) in gallery|now playing|autoplay|"
       r"(video )?duration:? \d{1,2}:\d{2}(:\d{2})?|\d{1,2}:\d{2}(:\d{2})?|\+\d{1,3})\W*$",
       drop=("Image 1 of 8", "Caption", "Close", "Back to Gallery", "toggle caption",
             "View 12 photos", "Watch video", "Open this photo in gallery:", "02:15",
             "Open image in gallery", "Now Playing", "Video duration 02:15", "Autoplay", "+5",
             "Click to expand Image", "Tap to enlarge"),
       keep=("Close to 2,000 people attended the rally.",)),
)
# fmt: on
