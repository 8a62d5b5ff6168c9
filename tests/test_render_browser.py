"""Browser tests for the HTML view: headless Chromium via Selenium, file:// pages.

Skipped (one-line reason) when Chromium, chromedriver or selenium are missing,
unless CI=true, where a missing browser is a failure.
"""

import importlib.util
import os
import shutil

import networkx as nx
import pytest

from kgraph.render import write_html
from test_render import sample_graph

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
READY_TIMEOUT_S = 90

XSS_PAYLOADS = [
    '<img src=x onerror="window.__pwned=1">',
    "</script><script>window.__pwned=1</script>",
    '"><svg onload="window.__pwned=1">',
]


def _missing_browser():
    if importlib.util.find_spec("selenium") is None:
        return "selenium is not installed (pip install selenium)"
    for binary in (CHROMIUM, CHROMEDRIVER):
        if not shutil.which(binary):
            return f"{binary} not found (apt-get install -y chromium chromium-driver)"
    return None


@pytest.fixture(scope="module")
def driver():
    missing = _missing_browser()
    if missing:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but browser tests cannot run: {missing}")
        pytest.skip(missing)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,800",
                "--disable-background-networking"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    browser = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    yield browser
    browser.quit()


def open_view(driver, path):
    """Load ``path`` and wait until the page reports it is laid out; return kgraphView counts."""
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get_log("browser")
    driver.get(path.as_uri())
    WebDriverWait(driver, READY_TIMEOUT_S).until(
        lambda d: d.execute_script("return document.body.dataset.ready") == "1")
    return driver.execute_script(
        "var v = window.kgraphView;"
        "return [v.network.body.data.nodes.length, v.network.body.data.edges.length,"
        " Number(document.body.dataset.renderedNodes)];")


def severe_logs(driver):
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_view_renders_offline_and_payloads_stay_inert(driver, tmp_path, payload):
    graph = sample_graph(payload)
    title = f"kgraph {payload}"
    path = write_html(graph, tmp_path / "view.html", title=title, build_date=payload)
    nodes, edges, reported = open_view(driver, path)
    assert (nodes, edges, reported) == (graph.number_of_nodes(), graph.number_of_edges(), nodes)
    assert driver.execute_script("return performance.getEntriesByType('resource').length") == 0
    assert severe_logs(driver) == []
    assert driver.execute_script("return typeof window.__pwned") == "undefined"
    assert driver.title == title
    assert driver.execute_script("return document.querySelectorAll('img, svg, iframe').length") == 0


def test_search_and_details_show_untrusted_text_as_text(driver, tmp_path):
    payload = XSS_PAYLOADS[0]
    path = write_html(sample_graph(payload), tmp_path / "view.html")
    open_view(driver, path)
    assert driver.execute_script("return kgraphView.search('LOW-RANK ADAPTATION')") == "entity:lora"
    assert driver.execute_script("return kgraphView.network.getSelectedNodes()") == ["entity:lora"]
    assert driver.execute_script("return document.querySelector('#kg-details h3').textContent") == "LoRA"
    assert driver.execute_script("return kgraphView.search(arguments[0])", payload) == "entity:evil"
    details = driver.execute_script(
        "var d = document.getElementById('kg-details');"
        "return [d.querySelector('h3').textContent, d.querySelectorAll('img').length,"
        " d.textContent.indexOf('We propose') === -1];")
    assert details == [payload, 0, True]
    assert driver.execute_script("return typeof window.__pwned") == "undefined"


def test_search_box_focuses_an_alias_match(driver, tmp_path):
    from selenium.webdriver.common.keys import Keys

    open_view(driver, write_html(sample_graph(), tmp_path / "view.html"))
    driver.find_element("id", "kg-search").send_keys("QA", Keys.ENTER)
    assert driver.execute_script("return kgraphView.network.getSelectedNodes()") == ["entity:qa"]
    assert driver.find_element("css selector", "#kg-details h3").text == "question answering"


def test_hover_tooltip_is_built_from_text(driver, tmp_path):
    from selenium.webdriver.common.action_chains import ActionChains

    payload = XSS_PAYLOADS[0]
    path = write_html(sample_graph(payload), tmp_path / "view.html")
    open_view(driver, path)
    x, y = driver.execute_script(
        "var net = kgraphView.network, p = net.getPositions(['entity:evil'])['entity:evil'];"
        "var d = net.canvasToDOM(p); return [Math.round(d.x), Math.round(d.y)];")
    canvas = driver.find_element("css selector", "#kg-network canvas")
    size = canvas.size
    actions = ActionChains(driver)
    actions.move_to_element_with_offset(canvas, x - size["width"] // 2, y - size["height"] // 2)
    actions.move_by_offset(1, 1).perform()
    from selenium.webdriver.support.ui import WebDriverWait

    tip = WebDriverWait(driver, 10).until(lambda d: d.execute_script(
        "var t = document.querySelector('div.vis-tooltip');"
        "return t && t.style.visibility === 'visible' ? t : null;"))
    assert tip.find_element("css selector", ".kg-tip-head").text == payload
    assert driver.execute_script("return arguments[0].querySelectorAll('img').length", tip) == 0
    assert driver.execute_script("return typeof window.__pwned") == "undefined"


def test_big_graph_uses_precomputed_layout(driver, tmp_path):
    graph = nx.MultiDiGraph()
    for i in range(300):
        graph.add_node(f"paper:{i}", kind="Paper", id=str(i), title=f"Paper {i}")
    for i in range(900):
        graph.add_node(f"entity:e{i}", kind="Entity", key=f"e{i}", name=f"E{i}", type="METHOD",
                       aliases=[], paper_count=1)
        graph.add_edge(f"paper:{i % 300}", f"entity:e{i}", key="USES", type="USES",
                       paper=str(i % 300), evidence="uses it")
    path = write_html(graph, tmp_path / "big.html")
    nodes, edges, _ = open_view(driver, path)
    assert (nodes, edges) == (1200, 900)
    assert driver.execute_script("return kgraphView.network.physics.physicsEnabled") is False
    assert severe_logs(driver) == []
