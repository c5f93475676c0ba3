"""articlextract: turn a saved news page into a clean, structured `Article`.

>>> import articlextract
>>> article = articlextract.extract(page_bytes, url="https://www.example.cn/news/1.html")
>>> article.title, article.published, article.authors, article.paragraphs
"""

from .article import Article
from .document import Code, DocumentBlock, Figure, Heading, Link, ListBlock, Paragraph, Quote, Table
from .errors import ExtractionError, InputTooLargeError, InternalError, NotHTMLError, ParseError
from .options import Options
from .pipeline import extract, extract_timed
from .rules import Rules, RulesError, Site

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Code",
    "DocumentBlock",
    "ExtractionError",
    "Figure",
    "Heading",
    "InputTooLargeError",
    "InternalError",
    "Link",
    "ListBlock",
    "NotHTMLError",
    "Options",
    "Paragraph",
    "ParseError",
    "Quote",
    "Rules",
    "RulesError",
    "Site",
    "Table",
    "__version__",
    "extract",
    "extract_timed",
]
