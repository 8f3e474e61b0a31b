"""What the HTML tests share: three paragraphs of a story's prose, as HTML."""

from __future__ import annotations

PROSE = (
    "<p>The council voted on Wednesday to approve the plan, which adds four bus lines, "
    "after a debate that lasted more than a year.</p>"
    "<p>Supporters said the lines would cut commute times for residents of the east side, "
    "which has no rail service today.</p>"
    "<p>Opponents argued that the new sales tax falls hardest on families with low incomes, "
    "and asked for a public vote.</p>"
)
