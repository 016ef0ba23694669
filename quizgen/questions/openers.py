"""An opening time or place phrase that the book's sentence says twice.

>>> without_repeated_opener("In 2008, trade reached _____ in 2008.")
'Trade reached _____ in 2008.'
"""

from __future__ import annotations

import re

#: A time or place phrase that opens the question and is said again inside it, as
#: the book's sentence did ("In 2008, how much did trade reach in 2008?").
_REPEATED_OPENER = re.compile(r"^((?:In|On|By|During|At) [^,]{1,40}), (\w)(.* \b(?i:\1)\b.*)$")


def without_repeated_opener(prompt: str) -> str:
    """The prompt with an opening phrase dropped where it says it again later.

    >>> without_repeated_opener("In 2008, how much did trade reach in 2008?")
    'How much did trade reach in 2008?'
    """
    match = _REPEATED_OPENER.match(prompt)
    if match is None:
        return prompt
    return match.group(2).upper() + match.group(3)
