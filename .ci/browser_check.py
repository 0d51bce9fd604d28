"""Walks the demo as its school curator in headless Chromium and fails on any CSP violation or script error, on any
WCAG 2 A/AA violation axe finds (in the usual and the large version), and on a phone layout that hides what a table's
cells are or gives the header more than a third of the screen."""
import os
import re
import sys
from urllib.parse import urljoin, urlparse

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from axe_selenium_python import Axe

BASE = f"http://127.0.0.1:{os.environ['PORT']}"
SKIP = (".docx", ".xlsx", ".csv", ".pdf", ".ics", ".atom", ".rss", ".json", ".svg", "/logout", "/scan", "/document",
        "/export", "/vision", "/images")
LIMIT = int(os.environ.get("NASTAVNIK_BROWSER_PAGES", "150"))
UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def kind(path):
    """One page of each kind: the address with its ids blanked and without its query."""
    return UUID.sub("{id}", path.split("?")[0])


def browser(width):
    options = webdriver.ChromeOptions()
    options.add_argument("--headless=new")
    options.add_argument("--no-sandbox")
    options.add_argument(f"--window-size={width},900")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def problems(driver):
    """Console messages that mean the page is broken: CSP refusals and uncaught script errors."""
    return [entry["message"] for entry in driver.get_log("browser")
            if entry["level"] == "SEVERE" or "Content Security Policy" in entry["message"]]


def accessibility(driver):
    """WCAG 2 A and AA violations that axe finds on the page, one line per rule with an example element."""
    axe = Axe(driver)
    axe.inject()
    result = axe.run(options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa"]}})
    return [f"{rule['id']} on {len(rule['nodes'])} elements, e.g. {rule['nodes'][0]['target']}: {rule['help']}"
            for rule in result["violations"]]


PHONE_LAYOUT = """
const found = [];
const header = [".top", ".main-nav"].map(s => document.querySelector(s))
  .reduce((height, element) => height + (element ? element.offsetHeight : 0), 0);
if (header > 300) found.push(`the header takes ${header}px of a ${window.innerHeight}px screen`);
document.querySelectorAll("table.list").forEach(table => {
  if (!table.querySelector("thead th")) return;
  table.querySelectorAll("tbody td").forEach(cell => {
    // A cell of only buttons and links («Отозвать») says what it is; any other text needs its column's name.
    const own = Array.from(cell.childNodes).filter(n => !(n.nodeType === 1 && n.matches("form, button, a")));
    const text = own.map(n => n.textContent).join("").trim();
    if (text && !cell.hasAttribute("data-label") && found.length < 5)
      found.push(`a stacked cell without its column's name: «${text.slice(0, 30)}»`);
  });
});
return found;
"""


def phone_layout(driver):
    """On a phone the header stays short and every stacked cell of a table says which column it is."""
    return driver.execute_script(PHONE_LAYOUT)


def sign_in(driver):
    driver.get(BASE + "/login")
    driver.find_element(By.NAME, "login").send_keys("school.curator")
    driver.find_element(By.NAME, "password").send_keys("nastavnik-demo")
    driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()


def walk(driver, checks=(), start="/"):
    """Every page reachable by links from `start`, up to LIMIT, each passed through `checks`; returns the failures
    and the pages seen."""
    failures, seen, kinds, queue = [], set(), set(), [start]
    while queue and len(seen) < LIMIT:
        path = queue.pop(0)
        if path in seen or kind(path) in kinds:
            continue
        seen.add(path)
        kinds.add(kind(path))
        driver.get(BASE + path)
        failures += [f"{path}: {message}" for check in (problems, *checks) for message in check(driver)]
        for link in driver.find_elements(By.CSS_SELECTOR, "a[href]"):
            target = urlparse(urljoin(BASE + path, link.get_attribute("href")))
            if target.netloc == urlparse(BASE).netloc and not target.path.endswith(SKIP) and target.path not in seen:
                queue.append(target.path + (("?" + target.query) if target.query else ""))
    return failures, seen


def buttons(driver, seen):
    """The print button opens printing and the copy field selects its link, on the first page that has each."""
    failures, printed, selected_any = [], False, False
    for path in sorted(seen):
        driver.get(BASE + path)
        if driver.find_elements(By.CSS_SELECTOR, "[data-print]"):
            printed = True
            driver.execute_script("window.__printed = false; window.print = () => { window.__printed = true; };")
            driver.find_element(By.CSS_SELECTOR, "[data-print]").click()
            if not driver.execute_script("return window.__printed"):
                failures.append(f"{path}: «Печать» does nothing")
        if driver.find_elements(By.CSS_SELECTOR, "[data-select]"):
            selected_any = True
            field = driver.find_element(By.CSS_SELECTOR, "[data-select]")
            driver.execute_script("arguments[0].closest('details')?.setAttribute('open', '')", field)
            field.click()
            selected = driver.execute_script(
                "const f = arguments[0]; return f.value.substring(f.selectionStart, f.selectionEnd);", field)
            if selected != field.get_attribute("value"):
                failures.append(f"{path}: the link field does not select its link")
    if not printed or not selected_any:
        failures.append("no page with a print button or a link field was reached")
    return failures


def open_to_all(driver):
    """A public page opens without signing in and stays in the public section."""
    path = urlparse(driver.current_url).path
    return [] if path.startswith("/public/") else [f"led to {path}"]


def public_section(pages):
    """The public section as a visitor who never signed in sees it: every page reachable from the organization's
    public page, in the usual version, the large one and the large one without images, and on a phone."""
    start = next((page for page in sorted(pages) if kind(page) == "/public/organizations/{id}"), None)
    if start is None:
        return ["the organization's card links to no public section"]
    failures = []
    for width, switches, checks in ((1280, [], [accessibility]), (1280, ["/vision"], [accessibility]),
                                    (1280, ["/vision", "/vision/images"], [accessibility]), (390, [], [phone_layout])):
        driver = browser(width)
        driver.set_script_timeout(120)
        name = f"public, {width}px" + "".join(f", {switch}" for switch in switches)
        try:
            for switch in switches:
                driver.get(BASE + switch + "?back=/login")
            found, seen = walk(driver, [*checks, open_to_all], start=start)
            failures += [f"[{name}] {failure}" for failure in found]
            print(f"{name}: {len(seen)} pages")
        finally:
            driver.quit()
    return failures


def main():
    failures, public_pages = [], set()
    # (window width, the large version, the checks beyond CSP and script errors)
    for width, vision, checks in ((1280, False, [accessibility]), (390, False, [phone_layout]),
                                  (1280, True, [accessibility])):
        driver = browser(width)
        driver.set_script_timeout(120)
        name = f"{width}px" + (", large version" if vision else "")
        try:
            sign_in(driver)
            if vision:
                driver.get(BASE + "/vision?back=/")
            found, seen = walk(driver, checks)
            public_pages |= seen
            failures += [f"[{name}] {failure}" for failure in found]
            if width == 1280 and not vision:
                failures += buttons(driver, seen)
            print(f"{name}: {len(seen)} pages")
            if os.environ.get("NASTAVNIK_BROWSER_LIST"):
                print("\n".join(sorted(seen)))
        finally:
            driver.quit()
    failures += public_section(public_pages)
    for failure in failures:
        print("FAIL", failure)
    sys.exit(1 if failures else 0)


main()
