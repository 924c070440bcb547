"""The HTML view opens offline in headless Chromium, draws nodes and logs no error."""

from __future__ import annotations

from pathlib import Path

import pytest


def console_lines(proc) -> list[str]:
    """What the page logged to the console (and uncaught errors)."""
    return [line for line in proc.stderr.splitlines() if ":CONSOLE" in line or "Uncaught" in line]


def coloured_pixels(shot: Path, rgb: tuple[int, int, int], tolerance: int = 40) -> int:
    from PIL import Image

    image = Image.open(shot).convert("RGB")
    width, height = image.size
    pixels = image.load()
    count = 0
    for y in range(90, height, 2):  # below the legend
        for x in range(0, width, 2):
            r, g, b = pixels[x, y]
            if abs(r - rgb[0]) + abs(g - rgb[1]) + abs(b - rgb[2]) < tolerance:
                count += 1
    return count


@pytest.mark.browser
def test_html_opens_offline_draws_nodes_and_logs_no_error(seed_build, offline_chromium, tmp_path: Path) -> None:
    page = seed_build[1] / "graph.html"
    text = page.read_text(encoding="utf-8")
    assert "cdn.jsdelivr" not in text and "cdnjs" not in text and 'src="http' not in text
    assert "王新哲" in text and "<meta charset" in text
    shot = tmp_path / "graph.png"
    console = console_lines(offline_chromium(page, tmp_path, "--virtual-time-budget=8000", f"--screenshot={shot}"))
    assert console == [], console
    person = (0xE4, 0x57, 0x2E)
    organization = (0x17, 0xBE, 0xBB)
    assert coloured_pixels(shot, person) > 20
    assert coloured_pixels(shot, organization) > 20


@pytest.mark.browser
def test_html_check_sees_a_broken_page(offline_chromium, tmp_path: Path) -> None:
    """The console check is real: a page with a script error is caught."""
    page = tmp_path / "broken.html"
    page.write_text("<html><body><script>undefinedFunction();</script></body></html>", encoding="utf-8")
    console = console_lines(offline_chromium(page, tmp_path, "--virtual-time-budget=8000"))
    assert any("undefinedFunction" in line for line in console), console
