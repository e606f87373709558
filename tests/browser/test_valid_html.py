"""Every page type, in both languages, is valid HTML to the Nu Html Checker (the W3C's
validator, ``vnu-jar`` pinned in ``package.json``, run on the machine's Java): what screen
readers and browsers build their document from is what the markup says."""

import json
import shutil
import subprocess
import urllib.error
import urllib.request
from pathlib import Path

from .pages import LANGUAGES, PAGE_TYPES, page_path

VNU = Path(__file__).parent / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def _html(url: str) -> bytes:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 (our own server)
            return response.read()
    except urllib.error.HTTPError as error:  # the 404 page is checked too
        return error.read()


def test_every_page_type_is_valid_html(portal_server, tmp_path):
    java = shutil.which("java")
    assert java, "Java is missing: apt-get install default-jre-headless"
    assert VNU.exists(), "vnu.jar is missing: npm ci --prefix tests/browser"
    names = {}
    for language in LANGUAGES:
        for page_type in PAGE_TYPES:
            path = tmp_path / f"{language}-{page_type}.html"
            url = portal_server.origin + page_path(portal_server, page_type, language)
            path.write_bytes(_html(url))
            names[path.name] = f"{page_type} ({language})"

    # Our own files, checked by the pinned jar.
    checked = subprocess.run(  # noqa: S603
        [java, "-jar", str(VNU), "--errors-only", "--format", "json", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )

    messages = json.loads(checked.stderr)["messages"]
    found = [
        f"{names.get(str(m.get('url')).rsplit('/', 1)[-1], m.get('url'))}: {m.get('message')}"
        for m in messages
    ]
    assert len(names) == 2 * len(PAGE_TYPES)
    assert not found, "\n".join(found[:20])
