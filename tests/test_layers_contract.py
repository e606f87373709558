"""The README's layers and the import-linter contract that ``make test`` checks say the same."""

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def contract_layers() -> list[set[str]]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]
    (contract,) = config["contracts"]
    return [{app.strip() for app in layer.split("|")} for layer in contract["layers"]]


def readme_layers() -> list[set[str]]:
    readme = (ROOT / "README.md").read_text()
    section = readme.split("### Layers", 1)[1].split("\n#", 1)[0]
    rows = re.findall(r"^\| [^|]+ \| ([a-z, ]+) \|$", section, re.MULTILINE)
    return [{app.strip() for app in row.split(",")} for row in rows]


def test_the_readme_describes_the_contract_that_is_checked():
    assert readme_layers() == contract_layers()


def test_every_app_of_the_project_and_its_wiring_are_in_a_layer():
    apps = {path.parent.name for path in ROOT.glob("*/apps.py")}

    assert {*apps, "portal"} == set().union(*contract_layers())
