"""The web page at ``/``: plain HTML, CSS and JavaScript shipped in the package, no build step
and nothing from a CDN (the Content-Security-Policy allows this server alone)."""

from __future__ import annotations

from importlib.resources import files

from fastapi import APIRouter
from fastapi.responses import HTMLResponse, Response

from .problems import Problem

__all__ = ["ASSETS", "router"]

ASSETS = {
    "page.css": "text/css; charset=utf-8",
    "page.js": "text/javascript; charset=utf-8",
}

router = APIRouter(include_in_schema=False)


def _read(name: str) -> str:
    return files("treatyrules.service").joinpath("page", name).read_text(encoding="utf-8")


@router.get("/")
def index() -> HTMLResponse:
    return HTMLResponse(_read("index.html"))


@router.get("/page/{name}")
def asset(name: str) -> Response:
    media = ASSETS.get(name)
    if media is None:
        raise Problem(404, "Not found", f"no asset {name!r}")
    return Response(_read(name), media_type=media)
