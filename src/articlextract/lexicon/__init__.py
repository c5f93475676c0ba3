"""Word lists and patterns, gathered from real pages, kept as data in one place.

Every rule in the pipeline that depends on a language's words reads them from here, so adding a
boilerplate phrase or a surname is a one-line change that does not touch the algorithms:
`build` (phrase lists to patterns, Chinese in both scripts), `scripts` (the CJK script ranges),
`encodings` (charset labels), `boilerplate` (chrome and junk lines), `metadata` (labels, roles, surnames).
"""

from .boilerplate import *  # noqa: F403
from .build import *  # noqa: F403
from .encodings import *  # noqa: F403
from .metadata import *  # noqa: F403
from .scripts import *  # noqa: F403
