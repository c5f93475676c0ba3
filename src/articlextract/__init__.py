"""articlextract: turn a saved news page into a clean, structured `Article`.

>>> import articlextract
>>> article = articlextract.extract(page_bytes, url="https://www.example.cn/news/1.html")
>>> article.title, article.published, article.authors, article.paragraphs
"""

from .article import Article
from .errors import ExtractionError, InputTooLargeError, InternalError, NotHTMLError, ParseError
from .options import Options
from .pipeline import extract, extract_timed

__version__ = "0.1.0"

__all__ = [
    "Article",
    "ExtractionError",
    "InputTooLargeError",
    "InternalError",
    "NotHTMLError",
    "Options",
    "ParseError",
    "__version__",
    "extract",
    "extract_timed",
]
