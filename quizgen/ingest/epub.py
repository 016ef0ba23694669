"""EPUB -> Blocks with the standard library's zipfile and lxml: an EPUB is a zip
of XHTML files listed in a package file (ebooklib would do it, but is AGPL)."""

from __future__ import annotations

import io
import posixpath
import zipfile
from pathlib import Path

from quizgen.errors import IngestError
from quizgen.ingest.blocks import Block, assemble
from quizgen.ingest.html import HTML_CLEANING, html_blocks
from quizgen.models import Document

_CONTAINER = "META-INF/container.xml"


def _spine(archive: zipfile.ZipFile, name: str) -> list[str]:
    from lxml import etree

    container = etree.fromstring(archive.read(_CONTAINER))
    rootfile = container.find(".//{*}rootfile")
    if rootfile is None or not rootfile.get("full-path"):
        raise IngestError(f"{name} is not a valid EPUB (no package file in {_CONTAINER})")
    opf_path = rootfile.get("full-path")
    opf = etree.fromstring(archive.read(opf_path))
    base = posixpath.dirname(opf_path)
    manifest = {item.get("id"): item.get("href") for item in opf.iterfind(".//{*}manifest/{*}item")}
    hrefs = [manifest.get(ref.get("idref")) for ref in opf.iterfind(".//{*}spine/{*}itemref")]
    return [posixpath.normpath(posixpath.join(base, h)) for h in hrefs if h]


def read_epub(data: bytes, *, path: Path, sha256: str) -> Document:
    """An EPUB as one Document: its spine's XHTML files in reading order."""
    from lxml import etree

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            blocks: list[Block] = []
            title = ""
            for member in _spine(archive, path.name):
                found, page_title = html_blocks(archive.read(member))
                blocks.extend(found)
                title = title or page_title
    except (zipfile.BadZipFile, EOFError) as exc:
        raise IngestError(f"{path.name} is damaged or not an EPUB (not a readable zip file)") from exc
    except KeyError as exc:
        raise IngestError(f"{path.name} is not a valid EPUB: {exc.args[0]}") from exc
    except etree.XMLSyntaxError as exc:
        raise IngestError(f"{path.name} is not a valid EPUB: broken package XML ({exc})") from exc
    return assemble(
        blocks, source=str(path), sha256=sha256, format="epub",
        fallback_title=title or path.stem, cleaning=HTML_CLEANING,
    )
