"""Packaging: one version, a light import, the data files shipped."""

from __future__ import annotations

import subprocess
import sys
from importlib import metadata
from importlib.resources import files

import treatyrules


def test_the_version_is_single_sourced():
    assert metadata.version("treatyrules") == treatyrules.__version__


def test_importing_the_library_does_not_import_hypothesis_or_the_sibling_treaties():
    code = (
        "import sys, treatyrules; "
        "print('hypothesis' in sys.modules, 'treatyrules.treaties.geneva_conventions' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False"]


def test_the_data_files_are_package_resources():
    data = files("treatyrules.data")
    assert data.joinpath("iso3166-alpha3.txt").is_file()
    assert data.joinpath("state-names.csv").is_file()
    for treaty in ("apmbc", "icc", "ccm"):  # the compiled status tables the command line reads
        assert data.joinpath(f"status-{treaty}.json").is_file()
    assert files("treatyrules").joinpath("py.typed").is_file()


def test_hypothesis_finds_the_scenario_strategy_through_its_entry_point():
    points = metadata.entry_points(group="hypothesis")
    assert any(p.value == "treatyrules._hypothesis:_hypothesis_setup_hook" for p in points)
