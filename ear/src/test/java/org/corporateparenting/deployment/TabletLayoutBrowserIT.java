package org.corporateparenting.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Each team's main screens on a tablet, landscape (1180x820) and portrait (820x1180), signed in as that team's user:
 * every visible control a finger presses is at least 44x44 CSS px (WCAG 2.5.5; a link inside a sentence is exempt, as
 * the criterion allows), the menu is a closed drawer under 1280 px wide, each list's key column is in view, and the
 * browser meets no 404 and logs no error. Every offender is named in the failure, so one run lists all there are.
 */
class TabletLayoutBrowserIT extends BrowserJourneys {

    private static final int[][] TABLET = {{1180, 820}, {820, 1180}};
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    /**
     * The page's controls under 44 px in either direction, each as "what (label): width x height". A field is measured
     * by the box the finger presses (its input field part), a checkbox or radio button by the whole of it (the label
     * presses it too).
     */
    private static final String SMALL_CONTROLS = """
            () => {
              const controls = 'vaadin-button, button, a[href], vaadin-checkbox, vaadin-radio-button, vaadin-drawer-toggle,'
                + ' vaadin-side-nav-item, vaadin-tab, vaadin-details-summary, summary, vaadin-upload, input:not([slot]):not([type=hidden]),'
                + ' select, textarea, vaadin-text-field, vaadin-text-area, vaadin-date-picker, vaadin-combo-box,'
                + ' vaadin-multi-select-combo-box, vaadin-select, vaadin-integer-field, vaadin-number-field, vaadin-password-field,'
                + ' vaadin-email-field, vaadin-time-picker';
              const inSentence = a => a.tagName === 'A' && a.parentElement
                && a.parentElement.textContent.trim().length > a.textContent.trim().length
                && getComputedStyle(a).display === 'inline';
              const small = [];
              for (const el of document.querySelectorAll(controls)) {
                if (!el.checkVisibility({checkOpacity: true, checkVisibilityCSS: true}) || inSentence(el)) continue;
                if (el.closest('vaadin-upload') && el.tagName !== 'VAADIN-UPLOAD') continue;
                if (el.tagName === 'VAADIN-UPLOAD') continue;
                const part = el.shadowRoot && el.tagName !== 'VAADIN-CHECKBOX' && el.tagName !== 'VAADIN-RADIO-BUTTON'
                  && el.shadowRoot.querySelector('[part~="input-field"]');
                const r = (part || el).getBoundingClientRect();
                if (r.width === 0 || r.height === 0 || r.bottom <= 0 || r.right <= 0) continue;
                if (r.width < 43.5 || r.height < 43.5) {
                  const label = (el.getAttribute('aria-label') || el.label || el.textContent || el.id || '').trim().replace(/\\s+/g, ' ').slice(0, 40);
                  small.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' (' + label + '): '
                    + Math.round(r.width) + 'x' + Math.round(r.height));
                }
              }
              return small;
            }""";

    /** Whether the header cell with this text lies wholly inside its grid's visible width (null: no such column). */
    private static final String COLUMN_IN_VIEW = """
            header => {
              for (const grid of document.querySelectorAll('vaadin-grid')) {
                const g = grid.getBoundingClientRect();
                for (const cell of grid.querySelectorAll('vaadin-grid-cell-content')) {
                  if (cell.textContent.trim() !== header) continue;
                  const r = cell.getBoundingClientRect();
                  return r.width > 0 && r.left >= g.left - 1 && r.right <= g.right + 1 && r.right <= window.innerWidth + 1;
                }
              }
              return null;
            }""";

    @Test
    void eachTeamsScreensFitATabletWithTouchTargetsOfAtLeast44Pixels() {
        String child = firstId(http.as("fostering", Http.APP + "/api/children?size=1").body());
        String household = firstId(http.as("fostering", Http.APP + "/api/households").body());
        String leaver = firstId(http.as("leaving-care", Http.APP + "/api/care-leavers").body());

        // user -> screens (path, and the list's key column that must stay in view, or null for a record's page)
        Map<String, List<String[]>> teams = new LinkedHashMap<>();
        teams.put("fostering", List.<String[]>of(new String[] {"/children", "Name"}, new String[] {"/children/" + child, null},
                new String[] {"/households", "Household"}, new String[] {"/households/" + household, null},
                new String[] {"/recruitment", null}, new String[] {"/panels", "Meeting"}));
        teams.put("adoption", List.<String[]>of(new String[] {"/adoption", "Name"}, new String[] {"/adopters", "Adopters"}));
        teams.put("iro", List.<String[]>of(new String[] {"/reviews", "Name"}, new String[] {"/reviews", "Next review due"},
                new String[] {"/escalations", "Child"}, new String[] {"/children/" + child, null}));
        teams.put("leaving-care", List.<String[]>of(new String[] {"/care-leavers", "Name"}, new String[] {"/care-leavers", "Contact due"},
                new String[] {"/care-leavers/" + leaver, null}));
        teams.put("analyst", List.<String[]>of(new String[] {"/board", null}, new String[] {"/reports", null}, new String[] {"/ssda903", null},
                new String[] {"/dataset", null}));
        teams.put("councillor", List.<String[]>of(new String[] {"/board", null}));

        List<String> problems = new ArrayList<>();
        teams.forEach((user, screens) -> {
            for (int[] size : TABLET) {
                String where = user + " at " + size[0] + "x" + size[1];
                Page page = browser.signIn(user, size[0], size[1]);
                List<String> heard = new ArrayList<>();
                page.onResponse(r -> {
                    if (r.status() == 404) {
                        heard.add("404 " + r.url());
                    }
                });
                page.onConsoleMessage(m -> {
                    if (m.type().equals("error")) {
                        heard.add("console error: " + m.text());
                    }
                });
                page.onPageError(e -> heard.add("page error: " + e));
                for (String[] screen : screens) {
                    page.navigate(Http.APP + screen[0]);
                    page.locator("#" + "main-content" + " > *").first().waitFor();
                    page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
                    if (screen[1] != null) {
                        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(screen[1])).first().waitFor();
                    }
                    String at = where + " " + screen[0];
                    Object drawerOpen = page.evaluate("() => document.querySelector('vaadin-app-layout').drawerOpened");
                    if (!Boolean.FALSE.equals(drawerOpen)) {
                        problems.add(at + ": the menu is open beside the screen");
                    }
                    @SuppressWarnings("unchecked")
                    List<String> small = (List<String>) page.evaluate(SMALL_CONTROLS);
                    small.forEach(s -> problems.add(at + ": under 44 px: " + s));
                    if (screen[1] != null) {
                        Object inView = page.evaluate(COLUMN_IN_VIEW, screen[1]);
                        if (!Boolean.TRUE.equals(inView)) {
                            problems.add(at + ": the column \"" + screen[1] + "\" is " + (inView == null ? "missing" : "cut off"));
                        }
                    }
                    BrowserSession.screenshot(page, "tablet-" + user + "-" + size[0] + screen[0].replace('/', '-'));
                }
                // The closed drawer opens from the menu button, over the screen.
                if (Boolean.FALSE.equals(page.evaluate("() => document.querySelector('vaadin-app-layout').drawerOpened"))) {
                    page.locator("vaadin-drawer-toggle").click();
                    page.waitForCondition(() -> Boolean.TRUE.equals(page.evaluate("() => document.querySelector('vaadin-app-layout').drawerOpened")));
                    if (!Boolean.TRUE.equals(page.evaluate("() => document.querySelector('vaadin-app-layout').overlay"))) {
                        problems.add(where + ": the menu opens beside the screen, not over it");
                    }
                }
                heard.forEach(h -> problems.add(where + ": " + h));
                page.context().close();
            }
        });
        assertThat(problems).as("%d problems on the team screens on a tablet:%n%s", problems.size(), String.join("\n", problems)).isEmpty();
    }

    @Test
    void theMenuStaysOpenBesideTheScreenOnADesktop() {
        Page page = browser.signIn("fostering", 1366, 900);
        page.navigate(Http.APP + "/children");
        page.locator("vaadin-grid#children").waitFor();
        assertThat(page.evaluate("() => document.querySelector('vaadin-app-layout').drawerOpened")).isEqualTo(true);
        assertThat(page.evaluate("() => document.querySelector('vaadin-app-layout').overlay")).isEqualTo(false);
        page.context().close();
    }

    private static String firstId(String json) {
        Matcher id = ID.matcher(json);
        assertThat(id.find()).as(json).isTrue();
        return id.group(1);
    }
}
