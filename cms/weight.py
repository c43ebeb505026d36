"""How heavy a page is for a phone on a weak connection: HTML plus the CSS and JS it
loads (images aside, they are lazy and phone-sized). Used by tests and ``make bench``."""

import re
from dataclasses import dataclass

from django.conf import settings
from django.contrib.staticfiles import finders

ASSET_RE = re.compile(
    r"""<link[^>]+rel=["']stylesheet["'][^>]*href=["']([^"']+)["']|<script[^>]+src=["']([^"']+)["']""",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class PageWeight:
    html: int
    assets: dict[str, int]

    @property
    def total(self) -> int:
        return self.html + sum(self.assets.values())


def page_weight(html: str) -> PageWeight:
    """Bytes of the HTML and of each local stylesheet and script it links."""
    assets = {}
    for css, js in ASSET_RE.findall(html):
        url = css or js
        if not url.startswith(settings.STATIC_URL):
            raise ValueError(f"{url} is not served from our static files (no CDN)")
        path = finders.find(url.removeprefix(settings.STATIC_URL).split("?")[0])
        if path is None:
            raise FileNotFoundError(url)
        with open(path, "rb") as asset:
            assets[url] = len(asset.read())
    return PageWeight(html=len(html.encode()), assets=assets)
