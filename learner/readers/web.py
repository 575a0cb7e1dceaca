"""Web addresses: `learner build https://...` fetches the page and reads it as a saved page.

The page is fetched once, with a timeout, and must answer with HTML: an error status, a PDF or
an image, a page too big or a network that does not answer each give one InputError line.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from learner import __version__
from learner.articles import (
    Article,
    decode_text,
    drop_overlong_runs,
    html_article,
    normalize_text,
    warn_unless_german,
)
from learner.errors import InputError

if TYPE_CHECKING:
    from email.message import Message

NAME = "web page"
SUFFIXES: frozenset[str] = frozenset()
# Seconds to wait for the server to connect and for each read: a news page arrives in one or
# two; a server that says nothing for this long is not going to.
TIMEOUT = 20
# A news page with its scripts and styles inline is 0.2-2 MB.
MAX_PAGE_BYTES = 10_000_000
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def sniff(head: bytes) -> bool:
    """A web address is not a file: nothing to sniff."""
    return False


def fetch(url: str, timeout: float = TIMEOUT) -> tuple[str, str]:
    """The page at `url` as text, and the address it was finally read from (after
    redirects); InputError for a network error, an HTTP error or an answer that is not
    HTML."""
    # Imported here: urllib.request brings http.client and email (~0.02 s), which only a web
    # address needs, not every build that reads files.
    import socket
    import urllib.error
    import urllib.request

    request = urllib.request.Request(url, headers={
        "User-Agent": f"learner/{__version__} (German vocabulary for Anki)",
        "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
    })
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            headers: Message = response.headers
            kind = headers.get_content_type()
            if kind not in _HTML_TYPES:
                raise InputError(f"{url}: the address answers with {kind}, not a web page "
                                 "(HTML); download the file and build from it")
            data = response.read(MAX_PAGE_BYTES + 1)
            final = response.geturl()
    except urllib.error.HTTPError as exc:
        raise InputError(f"{url}: the server answers HTTP {exc.code} ({exc.reason})") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, (TimeoutError, socket.timeout)):
            raise InputError(f"{url}: no answer within {timeout:g} s") from None
        raise InputError(f"{url}: cannot fetch the page ({reason})") from None
    except TimeoutError:
        raise InputError(f"{url}: no answer within {timeout:g} s") from None
    except (OSError, ValueError) as exc:
        raise InputError(f"{url}: cannot fetch the page ({exc})") from None
    if len(data) > MAX_PAGE_BYTES:
        raise InputError(f"{url}: larger than {MAX_PAGE_BYTES / 1e6:g} MB, more than a web "
                         "page's article")
    charset = headers.get_content_charset()
    if charset:
        try:
            return data.decode(charset), final
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong header: the bytes say what they are
    return decode_text(data, url), final


def read(url: str) -> list[Article]:
    """The article on the page at `url`."""
    page, final = fetch(url)
    article = html_article(normalize_text(page), url)
    title = article.title if article.title != url.rsplit("/", 1)[-1] else final
    article = replace(article, url=article.url or final,
                      text=drop_overlong_runs(article.text).strip(),
                      title=" ".join(normalize_text(title).split()) or final)
    if not any(c.isalpha() for c in article.text):
        raise InputError(f"{url}: the page holds no article text")
    warn_unless_german(article)
    return [article]
