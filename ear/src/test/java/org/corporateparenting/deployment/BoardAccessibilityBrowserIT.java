package org.corporateparenting.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The councillors' board against WCAG 2.2 AA (issue 24, item 7) in a real browser on a tablet held either way: axe-core
 * finds no violation on the summary, on every area the summary links to, or on an indicator; each page has one main
 * landmark and a title of its own; and a councillor can use the board by keyboard alone, from the skip link through a
 * change of month (focus stays on the month picker) to an indicator, seeing where the focus is at every step.
 */
class BoardAccessibilityBrowserIT extends BrowserJourneys {

    private static final YearMonth LAST = YearMonth.now().minusMonths(1);
    private static final YearMonth BEFORE = LAST.minusMonths(1);

    /**
     * The element that has the keyboard's focus, looked for through shadow roots, described for a failure message, and
     * whether its focus can be seen: an outline on it, or Lumo's focus ring (the {@code focus-ring} attribute, which the
     * theme draws) on it or on the component it belongs to.
     */
    private static final String FOCUSED = "() => { let e = document.activeElement; const chain = [];"
            + " while (e && e.shadowRoot && e.shadowRoot.activeElement) { chain.push(e); e = e.shadowRoot.activeElement; }"
            + " chain.push(e); let visible = false;"
            + " for (const x of chain) { const s = getComputedStyle(x); if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) visible = true; }"
            + " for (let h = chain[0]; h; h = h.parentElement || (h.getRootNode() && h.getRootNode().host)) {"
            + "   if (h.hasAttribute && h.hasAttribute('focus-ring')) visible = true; }"
            + " const top = document.activeElement;"
            + " const text = ((e.innerText || '') || e.getAttribute('aria-label') || '').trim().replace(/\\s+/g, ' ').slice(0, 50);"
            + " return { tag: e.tagName.toLowerCase(), id: top.id || '', text: text, href: e.getAttribute('href') || '',"
            + "   visible: visible, inPicker: !!(top.closest && top.closest('#month-picker')), isMain: top.id === 'main-content',"
            + "   body: top === document.body }; }";

    private static String label(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + month.getYear();
    }

    private static Map<?, ?> focused(Page page) {
        return (Map<?, ?>) page.evaluate(FOCUSED);
    }

    private static String describe(Map<?, ?> f) {
        return f.get("tag") + (f.get("id").toString().isEmpty() ? "" : "#" + f.get("id")) + " \"" + f.get("text") + "\""
                + (f.get("href").toString().isEmpty() ? "" : " -> " + f.get("href"));
    }

    /** Opens a board address and waits for its heading and its own title. */
    private static void open(Page page, String address) {
        page.navigate(Http.APP + "/" + address);
        page.locator("#main-content h1").first().waitFor();
        String heading = page.locator("#main-content h1").first().innerText();
        page.waitForCondition(() -> page.title().startsWith(heading));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"tablet portrait, 820, 1180", "tablet landscape, 1180, 820"})
    void everyBoardPageMeetsWcag22AaWithOneMainLandmarkAndATitleOfItsOwn(String device, int width, int height) throws IOException {
        Page page = browser.signIn("councillor", width, height);
        page.waitForURL("**/board");
        page.locator("#main-content h1").first().waitFor();
        List<String> addresses = new ArrayList<>();
        addresses.add("board");
        for (var link : page.locator("nav.cp-board-nav a[href*='/area/']").all()) {
            addresses.add(link.getAttribute("href"));
        }
        assertThat(addresses).as("the summary links to the dataset's areas").hasSizeGreaterThan(5);
        String indicator = page.locator("#position li a").first().getAttribute("href");
        addresses.add(indicator);
        // A manager's comment on that indicator, so that the comment beside it (area and indicator page) is checked too.
        String[] parts = indicator.split("/");
        assertThat(http.json("POST", Http.APP + "/api/indicators/months/" + parts[1] + "/" + parts[3] + "/comment", "analyst",
                "{\"body\":\"Checked for accessibility: a manager's comment.\"}").statusCode()).isEqualTo(204);

        // The check itself can fail: an image without a text alternative, put into the page for a moment, is found.
        page.evaluate("() => { const i = document.createElement('img'); i.id = 'axe-self-check'; i.src = 'icons/none.png';"
                + " document.getElementById('main-content').appendChild(i); }");
        assertThat(Axe.violations(page)).as("axe-core finds a planted fault").anyMatch(v -> v.startsWith("image-alt:") && v.contains("axe-self-check"));
        page.evaluate("() => document.getElementById('axe-self-check').remove()");

        Map<String, List<String>> violations = new LinkedHashMap<>();
        Set<String> titles = new LinkedHashSet<>();
        for (String address : addresses) {
            open(page, address);
            assertThat(page.locator("main").count()).as("one main landmark on " + address).isEqualTo(1);
            assertThat(page.locator("main#main-content h1").count()).as("the page's heading is inside main on " + address).isEqualTo(1);
            assertThat(page.locator("#skip-link").getAttribute("href")).isEqualTo("#main-content");
            titles.add(page.title());
            if (address.contains("/area/") || address.contains("/indicator/")) {
                assertThat(page.locator(".cp-key").count()).as("the key to status and direction on " + address).isEqualTo(1);
            }
            List<String> found = Axe.violations(page);
            if (!found.isEmpty()) {
                violations.put(address, found);
            }
        }
        StringBuilder report = new StringBuilder("axe-core " + Axe.version(page) + ", rules " + Axe.WCAG_22_AA + ", " + device + " "
                + width + "x" + height + "\n");
        addresses.forEach(a -> report.append(a).append(": ").append(violations.getOrDefault(a, List.of()).size()).append(" violations\n"));
        violations.forEach((a, list) -> list.forEach(v -> report.append("  ").append(a).append(": ").append(v).append('\n')));
        Files.writeString(BrowserSession.ARTEFACTS.resolve("axe-" + device.replace(' ', '-') + ".txt"), report);
        System.out.print(report);
        assertThat(titles).as("a title of its own on each of " + addresses).hasSize(addresses.size());
        assertThat(violations).as("WCAG 2.2 AA violations found by axe-core:\n" + report).isEmpty();
        page.context().close();
    }

    @Test
    void aCouncillorUsesTheBoardByKeyboardAloneAndAlwaysSeesWhereTheFocusIs() {
        Page page = browser.signIn("councillor", 820, 1180);
        page.waitForURL("**/board");
        page.locator("#main-content h1").first().waitFor();
        List<String> unseen = new ArrayList<>();

        // The first tab stop is the skip link, shown when focused; Enter moves focus to the main content.
        page.keyboard().press("Tab");
        Map<?, ?> first = focused(page);
        assertThat(first.get("id")).as("the first tab stop, not " + describe(first)).isEqualTo("skip-link");
        assertThat(first.get("visible")).as("the skip link shows its focus").isEqualTo(true);
        assertThat(page.locator("#skip-link").boundingBox().y).as("the focused skip link is on screen").isGreaterThanOrEqualTo(0);
        page.keyboard().press("Enter");
        page.waitForCondition(() -> Boolean.TRUE.equals(focused(page).get("isMain")));
        assertThat(page.url()).as("the skip link stays on the page").endsWith("/board");

        // On to the month picker, each tab stop showing its focus.
        List<String> stops = new ArrayList<>();
        for (int i = 0; i < 30 && !Boolean.TRUE.equals(focused(page).get("inPicker")); i++) {
            page.keyboard().press("Tab");
            Map<?, ?> f = focused(page);
            stops.add(describe(f));
            if (!Boolean.TRUE.equals(f.get("visible"))) {
                unseen.add(describe(f));
            }
        }
        assertThat(focused(page).get("inPicker")).as("the month picker is reached by Tab after " + stops).isEqualTo(true);

        // Another month chosen with the keyboard: the list opens on Enter, the arrow moves to the month before, Enter picks it.
        page.keyboard().press("Enter");
        page.locator("vaadin-select-item", new com.microsoft.playwright.Page.LocatorOptions().setHasText(label(BEFORE))).waitFor();
        // The arrow moves the list's focus once the opened list has taken it: press again until the month before has it
        // (on a loaded machine the first press can arrive while the list is still opening).
        String item = "() => { const a = document.activeElement; return a && a.localName === 'vaadin-select-item' ? a.textContent : ''; }";
        page.waitForCondition(() -> !String.valueOf(page.evaluate(item)).isEmpty());
        for (int i = 0; i < 5 && !String.valueOf(page.evaluate(item)).contains(label(BEFORE)); i++) {
            page.keyboard().press("ArrowDown");
            page.waitForTimeout(300);
        }
        assertThat(String.valueOf(page.evaluate(item))).as("the month before has the list's focus").contains(label(BEFORE));
        page.keyboard().press("Enter");
        page.waitForURL("**/board/" + BEFORE);
        page.locator("#main-content h1").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(label(BEFORE))).waitFor();
        page.waitForCondition(() -> Boolean.TRUE.equals(focused(page).get("inPicker")),
                new Page.WaitForConditionOptions().setTimeout(10_000));
        assertThat(focused(page).get("body")).as("focus is not lost to the page").isEqualTo(false);
        assertThat(page.title()).isEqualTo("Corporate Parenting Board: " + label(BEFORE) + " | Corporate Parenting");

        // On to the first indicator link, then Enter opens its page.
        String href = "";
        for (int i = 0; i < 30 && !href.contains("/indicator/"); i++) {
            page.keyboard().press("Tab");
            Map<?, ?> f = focused(page);
            href = f.get("href").toString();
            if (!Boolean.TRUE.equals(f.get("visible"))) {
                unseen.add(describe(f));
            }
        }
        assertThat(href).as("an indicator link is reached by Tab").contains("/indicator/");
        BrowserSession.screenshot(page, "keyboard-indicator-link-focused");
        page.keyboard().press("Enter");
        page.waitForURL("**/" + href);
        page.locator("#main-content h1").first().waitFor();
        assertThat(page.locator("figure.cp-chart").count()).as("the indicator's page").isEqualTo(1);
        assertThat(unseen).as("tab stops without a visible focus indicator").isEmpty();
        page.context().close();
    }
}
