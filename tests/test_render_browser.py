"""Browser tests for the HTML view: headless Chromium via Selenium, file:// pages.

Skipped (one-line reason) when Chromium, chromedriver or selenium are missing,
unless CI=true, where a missing browser is a failure.
"""

import importlib.util
import os
import shutil

import networkx as nx
import pytest

from kgraph.render import write_compare_html, write_html
from test_render import BAD_URLS, GOOD_URLS, PAYLOADS, payload_graph, sample_graph

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
        " Number(document.body.dataset.shownNodes)];")


def severe_logs(driver):
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def assert_inert(driver, title):
    """No payload ran: no global, same title, no resource loaded, no console error, no foreign element."""
    assert driver.execute_script("return typeof window.__pwned") == "undefined"
    assert driver.title == title
    assert driver.execute_script("return performance.getEntriesByType('resource').length") == 0
    assert severe_logs(driver) == []
    assert driver.execute_script("return document.querySelectorAll('img, svg, iframe, object, base, meta[http-equiv=refresh]')"
                                 ".length") == 0


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_view_renders_offline_and_payloads_stay_inert(driver, tmp_path, payload):
    graph = sample_graph(payload)
    title = f"kgraph {payload}"
    path = write_html(graph, tmp_path / "view.html", title=title, build_date=payload)
    nodes, edges, reported = open_view(driver, path)
    assert (nodes, edges, reported) == (graph.number_of_nodes(), graph.number_of_edges(), nodes)
    assert_inert(driver, title)


def test_all_payloads_in_every_field_stay_inert_through_every_panel(driver, tmp_path):
    graph = payload_graph()
    title = "payloads"
    open_view(driver, write_html(graph, tmp_path / "view.html", title=title, build_date=PAYLOADS[0]))
    shown = driver.execute_script(
        "var v = kgraphView, d = document.getElementById('kg-details'), n = 0;"
        "Object.keys(v.nodeById).forEach(function (id) { kgraphUI.showNode(v, d, id); n += d.childNodes.length; });"
        "Object.keys(v.edgeById).forEach(function (id) { kgraphUI.showEdge(v, d, id); n += d.childNodes.length; });"
        "return n;")
    assert shown > 0
    for payload in PAYLOADS:
        assert driver.execute_script("return kgraphView.search(arguments[0])", payload) is not None
        assert driver.find_element("css selector", "#kg-details h3").text.strip() != ""
    driver.find_element("id", "kg-reset").click()
    assert_inert(driver, title)


def test_only_http_urls_become_links(driver, tmp_path):
    open_view(driver, write_html(payload_graph(), tmp_path / "view.html"))
    links = driver.execute_script(
        "var v = kgraphView, d = document.getElementById('kg-details'), out = [];"
        "Object.keys(v.nodeById).forEach(function (id) {"
        "  kgraphUI.showNode(v, d, id);"
        "  d.querySelectorAll('a').forEach(function (a) {"
        "    out.push([a.getAttribute('href'), a.protocol, a.rel, a.target, a.textContent]); }); });"
        "return out;")
    assert {href.strip() for href, *_ in links} == set(GOOD_URLS)
    assert all(proto in ("http:", "https:") and rel == "noopener noreferrer" and target == "_blank"
               for _, proto, rel, target, _ in links)
    texts = driver.execute_script(
        "var v = kgraphView, d = document.getElementById('kg-details'), out = [];"
        "Object.keys(v.nodeById).forEach(function (id) { kgraphUI.showNode(v, d, id); out.push(d.textContent); });"
        "return out.join(' ');")
    assert all(f"Paper at {url}" in texts for url in BAD_URLS)


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


def test_big_graph_starts_from_hubs_and_expands(driver, tmp_path):
    graph = nx.MultiDiGraph()
    for i in range(10):
        graph.add_node(f"entity:hub{i}", kind="Entity", key=f"hub{i}", name=f"Hub {i}", type="DATASET",
                       aliases=[], paper_count=100 - i)
        for j in range(20):
            graph.add_node(f"paper:{i}-{j}", kind="Paper", id=f"{i}-{j}", title=f"Paper {i}-{j}")
            graph.add_edge(f"paper:{i}-{j}", f"entity:hub{i}", key="EVALUATED_ON", type="EVALUATED_ON",
                           paper=f"{i}-{j}", evidence="on it")
    path = write_html(graph, tmp_path / "big.html", start_limit=10)
    open_view(driver, path)
    assert counts(driver) == [10, 0]
    assert driver.execute_script("return kgraphView.expand('entity:hub3')") == 20
    assert counts(driver) == [30, 20]
    assert driver.execute_script("return kgraphView.search('Paper 7-4')") == "paper:7-4"
    assert counts(driver) == [31, 21]
    assert driver.execute_script("return kgraphView.reset()") == [10, 0]


def counts(driver):
    return driver.execute_script("return kgraphView.counts()")


def test_filters_focus_expand_and_reset_change_what_is_visible(driver, tmp_path):
    graph = sample_graph()
    open_view(driver, write_html(graph, tmp_path / "view.html"))
    total = [graph.number_of_nodes(), graph.number_of_edges()]
    assert counts(driver) == total
    box = driver.find_element("css selector", "#kg-type-filters input[data-type='Paper']")
    box.click()
    assert counts(driver) == [7, 1]
    assert driver.find_element("id", "kg-shown-nodes").text == "7"
    assert driver.execute_script("return kgraphView.setRelation('COMPARED_WITH', false)") == [7, 0]
    driver.find_element("id", "kg-reset").click()
    assert counts(driver) == total and box.is_selected()
    uses = sum(1 for *_, t in graph.edges(data="type") if t == "USES")
    driver.find_element("css selector", "#kg-relation-filters input[data-relation='USES']").click()
    assert counts(driver) == [graph.number_of_nodes(), graph.number_of_edges() - uses]
    driver.find_element("id", "kg-reset").click()
    # BERT, the two papers using it and LoRA compared with it; edges among them: 3 to BERT and
    # paper 1 proposing LoRA.
    assert driver.execute_script("return kgraphView.focusOn('entity:bert')") == [4, 4]
    assert driver.execute_script("return kgraphView.network.getSelectedNodes()") == ["entity:bert"]
    # Paper 1 is also evaluated on SQuAD: expanding it shows that one hidden neighbour.
    assert driver.execute_script("return kgraphView.expand('paper:2401.00001')") == 1
    assert counts(driver) == [5, 5]
    assert driver.execute_script("return kgraphView.search('GPT-4')") == "entity:gpt4"
    assert counts(driver)[0] == 6
    assert driver.execute_script("return kgraphView.reset()") == total
    assert severe_logs(driver) == []


def test_legend_filters_list_every_type_and_relation_with_counts(driver, tmp_path):
    open_view(driver, write_html(sample_graph(), tmp_path / "view.html"))
    types = driver.execute_script("return Array.from(document.querySelectorAll('#kg-type-filters label'))"
                                  ".map(function (l) { return l.textContent; })")
    relations = driver.execute_script("return Array.from(document.querySelectorAll('#kg-relation-filters label'))"
                                      ".map(function (l) { return l.textContent; })")
    assert types == ["METHOD (2)", "MODEL (2)", "DATASET (1)", "METRIC (1)", "TASK (1)", "Paper (3)"]
    assert relations == ["PROPOSES (3)", "USES (3)", "EVALUATED_ON (1)", "COMPARED_WITH (1)", "MEASURES (1)",
                         "ADDRESSES (1)"]


def test_compare_page_builds_the_table_and_quotes_evidence(driver, tmp_path):
    payload = PAYLOADS[1]
    comparison = {
        "entities": [
            {"key": "lora", "name": "LoRA", "type": "METHOD", "aliases": [payload], "paper_count": 1,
             "papers": [{"id": "2401.00001", "title": "Low-Rank Adapters", "date": "2024-05-01"}],
             "tasks": [], "datasets": ["SQuAD"], "metrics": [], "baselines": ["BERT"]},
            {"key": "bert", "name": "BERT", "type": "MODEL", "aliases": [], "paper_count": 2,
             "papers": [], "tasks": [payload], "datasets": ["SQuAD"], "metrics": [], "baselines": []},
        ],
        "shared": {"tasks": [], "datasets": ["SQuAD"], "metrics": [], "baselines": []},
        "only": {}, "evidence": [{"paper": "2401.00001", "title": "Low-Rank Adapters", "date": "2024-05-01",
                                  "compared": ["LoRA", "BERT"], "evidence": payload}]}
    path = write_compare_html(comparison, sample_graph(), tmp_path / "c.html", title="LoRA vs BERT")
    open_view(driver, path)
    table = driver.execute_script(
        "return Array.from(document.querySelectorAll('#kg-compare tr')).map(function (r) {"
        " return Array.from(r.children).map(function (c) { return c.textContent; }); });")
    assert table[0] == ["", "LoRA", "BERT"]
    assert [row[0] for row in table[1:]] == ["Type", "Aliases", "Papers", "Tasks", "Datasets", "Metrics",
                                             "Baselines"]
    assert table[2][1] == payload and table[4][2] == payload
    assert driver.execute_script("return document.querySelector('#kg-compare .kg-shared').textContent") == "SQuAD"
    assert driver.execute_script("return document.querySelector('#kg-compare blockquote').textContent") == \
        f"“{payload}”"
    link = driver.execute_script("return document.querySelector('#kg-compare a').href")
    assert link == "https://arxiv.org/abs/2401.00001"
    assert_inert(driver, "LoRA vs BERT")
