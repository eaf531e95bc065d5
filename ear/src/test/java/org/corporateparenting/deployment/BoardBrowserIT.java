package org.corporateparenting.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The councillors' board in a real browser (Debian's headless Chromium) at tablet and phone sizes: the summary,
 * an area and an indicator, switching month, figures checked against the API, no child-level page reachable,
 * the latest month and its published pack readable offline, the pack published from the Reports screen, and the
 * summary's load time and weight recorded. Run on the H2 server only
 * (the build leaves them out of the PostgreSQL run): the screens read the same services whose PostgreSQL
 * behaviour the API tests cover.
 */
class BoardBrowserIT extends BrowserJourneys {

    private static final YearMonth LAST = YearMonth.now().minusMonths(1);
    private static final YearMonth BEFORE = LAST.minusMonths(1);
    private static final String INDICATORS = Http.APP + "/api/indicators";


    private static String label(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + month.getYear();
    }

    /** A figure as the page writes it ("1,234", "88.0%"), as a number. */
    private static BigDecimal shown(String text) {
        return new BigDecimal(text.replace(",", "").replace("%", "").trim());
    }

    private BigDecimal apiValue(YearMonth month, String code) {
        return new BigDecimal(Json.rowValue(http.as("councillor", INDICATORS + "/months/" + month).body(), code));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"tablet, 820, 1180", "phone, 390, 844"})
    void aCouncillorReadsTheSummaryAnAreaAndAnIndicatorAndSwitchesMonth(String device, int width, int height) {
        Page page = browser.signIn("councillor", width, height);

        // A councillor's home is the latest month's summary.
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).filter(new Locator.FilterOptions()
                .setHasText("Corporate Parenting Board: " + label(LAST))).waitFor();
        page.waitForURL("**/board");
        BigDecimal inCare = apiValue(LAST, "CIC_COUNT");
        assertThat(shown(page.locator(".cp-tile[data-code=CIC_COUNT] .cp-tile-value").innerText())).isEqualByComparingTo(inCare);
        assertThat(page.locator("#headlines p[data-codes^=CIC_COUNT] strong").first().innerText()).isEqualTo(inCare.toPlainString());
        assertThat(page.title()).isEqualTo("Corporate Parenting Board: " + label(LAST) + " | Corporate Parenting");
        // The month's position comes first, each indicator in it a link to its page.
        Locator position = page.locator("#position");
        assertThat(position.boundingBox().y).as("the position is above the tiles")
                .isLessThan(page.locator(".cp-tiles").boundingBox().y);
        assertThat(position.locator("[data-group=off-target] h3").innerText()).startsWith("Off target (");
        for (Locator link : position.locator("li a").all()) {
            assertThat(link.getAttribute("href")).startsWith("board/" + LAST + "/indicator/");
        }
        BrowserSession.screenshot(page, device + "-1-summary");

        // The area page, reached by keyboard from the section links.
        Locator profile = page.locator("nav.cp-board-nav a", new Page.LocatorOptions().setHasText("Profile"));
        profile.focus();
        page.keyboard().press("Enter");
        page.waitForURL("**/board/" + LAST + "/area/profile");
        page.waitForCondition(() -> page.title().equals("Profile: " + label(LAST) + " | Corporate Parenting"));
        Locator rate = page.locator("tr[data-code=CIC_RATE]");
        assertThat(shown(rate.locator("td.cp-current").innerText())).isEqualByComparingTo(apiValue(LAST, "CIC_RATE"));
        String lastYear = Json.field(Json.row(http.as("councillor", INDICATORS + "/months/" + LAST).body(), "CIC_COUNT"),
                "sameMonthLastYear");
        assertThat(shown(page.locator("tr[data-code=CIC_COUNT] td[data-label='Same month last year']").innerText()))
                .isEqualByComparingTo(new BigDecimal(lastYear));
        assertThat(rate.locator("svg.cp-sparkline").getAttribute("aria-label")).startsWith("Trend of Rate of children in care");
        assertThat(rate.locator(".cp-status").innerText()).isNotBlank();
        assertThat(page.evaluate("() => { const w = document.querySelector('.cp-table-wrap');"
                + " return w.scrollWidth <= w.clientWidth ? 'fits' : w.scrollWidth + ' px in ' + w.clientWidth; }"))
                .as("this month, target, direction, status and trend fit without scrolling sideways").isEqualTo("fits");
        assertThat(rate.locator("td.cp-current").isVisible()).isTrue();
        assertThat(rate.locator("td[data-label=Trend]").isVisible()).isTrue();
        // The key to status and direction, and each indicator's number to refer to in the meeting.
        assertThat(page.locator(".cp-key").innerText()).contains("Off target (red, square)", "✗ Worse", "a count that rose where low is good");
        assertThat(rate.locator(".cp-number").innerText()).isEqualTo("1.2");
        BrowserSession.screenshot(page, device + "-2-area-profile");

        // The indicator: a 24-month chart with a text alternative, and its definition.
        rate.locator("a").click();
        page.waitForURL("**/board/" + LAST + "/indicator/CIC_RATE");
        assertThat(page.locator("h1").innerText()).isEqualTo("Rate of children in care per 10,000 children under 18");
        Locator chart = page.locator("figure.cp-chart svg[role=img]");
        assertThat(chart.locator("#chart-title").textContent()).contains("trend over 24 months");
        assertThat(chart.locator("#chart-desc").textContent()).contains("Latest: ");
        assertThat(page.locator("table.cp-history tbody tr").count()).isGreaterThanOrEqualTo(24);
        assertThat(page.locator("dl.cp-definition").innerText()).contains("Good is", "Low", "National definition", "Source",
                "Red, amber and green");
        assertThat(page.locator(".cp-indicator-number").innerText()).isEqualTo("Indicator 1.2");
        assertThat(page.locator("#cp-comment-title").innerText()).isEqualTo("Manager's comment");
        assertThat(page.locator(".cp-year-ends tbody th").allInnerTexts()).as("the last three year ends, newest first")
                .hasSize(3).allMatch(t -> t.startsWith("31 March "));
        assertThat(page.locator("#indicator-comment-body").count()).as("councillors read comments, never write them").isZero();
        assertThat(page.getByText("Who was counted").count()).as("no drill-down link for councillors").isZero();
        BrowserSession.screenshot(page, device + "-3-indicator");

        // Another month, from the picker: the page stays the indicator and shows that month's figure.
        page.locator("#month-picker").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText(label(BEFORE))).click();
        page.waitForURL("**/board/" + BEFORE + "/indicator/CIC_RATE");
        assertThat(shown(page.locator(".cp-figure-now .cp-tile-value").innerText())).isEqualByComparingTo(apiValue(BEFORE, "CIC_RATE"));
        BrowserSession.screenshot(page, device + "-4-indicator-previous-month");
        page.context().close();
    }

    @Test
    void aManagerCommentsOnAnIndicatorAndTheCouncillorReadsItBesideItsFigureWithItsCounts() {
        Page analyst = browser.signIn("analyst", 1280, 900);
        analyst.navigate(Http.APP + "/board/" + LAST + "/indicator/HLT_IHA_20D");
        Locator body = analyst.locator("#indicator-comment-body textarea");
        body.waitFor();
        body.fill("Two assessments were booked late; the clinic has added a session.");
        analyst.locator("#indicator-comment-save").click();
        analyst.waitForCondition(() -> analyst.locator(".cp-indicator-comment").innerText().contains("the clinic has added a session"));
        assertThat(analyst.locator(".cp-indicator-comment .cp-byline").innerText()).startsWith("analyst, ");
        BrowserSession.screenshot(analyst, "indicator-comment-written");
        analyst.context().close();

        Page councillor = browser.signIn("councillor", 820, 1180);
        councillor.navigate(Http.APP + "/board/" + LAST + "/area/health");
        Locator row = councillor.locator("tr[data-code=HLT_IHA_20D]");
        row.waitFor();
        assertThat(row.locator(".cp-note-body").innerText()).isEqualTo("Two assessments were booked late; the clinic has added a session.");
        assertThat(row.locator(".cp-number").innerText()).isEqualTo("2.1");
        Locator counts = councillor.locator("td.cp-current .cp-counts");
        assertThat(counts.count()).as("percentages show their counts").isPositive();
        for (String shown : counts.allInnerTexts()) {
            assertThat(shown).matches("[0-9][0-9,]* of [0-9][0-9,]*|c of c");
        }
        BrowserSession.screenshot(councillor, "tablet-area-health-comment");
        councillor.context().close();
    }

    @Test
    void aCouncillorCannotReachChildLevelPagesButAnAnalystCan() {
        String counted = Http.APP + "/board/" + LAST + "/indicator/CIC_COUNT/counted";
        Page councillor = browser.signIn("councillor", 820, 1180);
        councillor.navigate(counted);
        councillor.getByText("You cannot open this page").waitFor();
        assertThat(councillor.locator("#counted").count()).isZero();
        BrowserSession.screenshot(councillor, "councillor-refused-counted");
        assertThat(councillor.request().get(INDICATORS + "/months/" + LAST + "/CIC_COUNT/children").status()).isEqualTo(403);
        assertThat(councillor.request().get(Http.APP + "/api/children").status()).isEqualTo(403);
        councillor.context().close();

        Page analyst = browser.signIn("analyst", 1280, 900);
        analyst.navigate(counted);
        analyst.locator("#counted").waitFor();
        assertThat(analyst.locator("#counted vaadin-grid-cell-content").count()).isPositive();
        analyst.context().close();
    }

    @Test
    void theLatestMonthItsPackAndTheAnnualReportsStayReadableOfflineOnceOpened() {
        HttpResponse<String> published = http.json("POST", Http.APP + "/api/reports/board-pack/" + LAST + "/publish", "analyst", "");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        String year = publishTheIroReport();
        Page page = browser.signIn("councillor", 820, 1180);
        page.locator(".cp-tile").first().waitFor();
        // The board registers its service worker, which keeps the latest month's copy, the latest published pack and the
        // annual reports the copy links.
        page.waitForCondition(() -> Boolean.TRUE.equals(page.evaluate("async () => { const c = await caches.open('cp-board-offline-v1');"
                + " return !!(await c.match('offline/board')) && !!(await c.match('offline/pack.pdf'))"
                + " && !!(await c.match('offline/report/iro-annual.pdf')); }")));
        String inCare = page.locator(".cp-tile[data-code=CIC_COUNT] .cp-tile-value").innerText();

        // A comment written after the copy was kept: a copy from the network would show it, the kept one cannot.
        assertThat(http.json("POST", INDICATORS + "/months/" + LAST + "/commentary", "analyst",
                "{\"area\":\"PROFILE\",\"body\":\"Written after the offline copy was kept.\"}").statusCode()).isEqualTo(204);
        page.context().setOffline(true);
        assertThat(page.evaluate("() => fetch('api/status').then(() => 'reached', () => 'failed')"))
                .as("the network is really off").isEqualTo("failed");
        page.navigate(Http.APP + "/offline/board");
        assertThat(page.locator("h1").innerText()).isEqualTo("Corporate Parenting Board: " + label(LAST));
        assertThat(page.locator(".cp-tile[data-code=CIC_COUNT] .cp-tile-value").innerText()).isEqualTo(inCare);
        assertThat(page.locator("table.cp-indicators").count()).isGreaterThan(3);
        assertThat(page.content()).doesNotContain("Written after the offline copy was kept.");
        BrowserSession.screenshot(page, "offline-copy");
        assertThat(page.locator("#offline-pack").getAttribute("href")).isEqualTo("pack.pdf");
        assertThat(page.evaluate("() => fetch('pack.pdf').then(r => r.status + ' ' + r.headers.get('Content-Type'), () => 'failed')"))
                .as("the kept pack, with the network off").isEqualTo("200 application/pdf");
        Locator report = page.locator(".cp-offline-reports a[href='report/iro-annual.pdf']");
        assertThat(report.innerText()).isEqualTo("Independent Reviewing Officer annual report, " + yearTitle(year));
        assertThat(page.evaluate("() => fetch('report/iro-annual.pdf').then(r => r.status + ' ' + r.headers.get('Content-Type'),"
                + " () => 'failed')")).as("the kept annual report, with the network off").isEqualTo("200 application/pdf");

        // Back online, the copy is refreshed from the server.
        page.context().setOffline(false);
        page.navigate(Http.APP + "/offline/board");
        assertThat(page.content()).contains("Written after the offline copy was kept.");
        page.context().close();
    }

    /** Publishes the IRO's annual report for the last year ended, as its team does; returns the year. */
    private String publishTheIroReport() {
        String year = AnnualReports.lastEndedYear();
        String iro = Http.APP + "/api/reports/annual/iro/" + year;
        for (String key : List.of("portfolioHolder", "author")) {
            String text = Arrays.stream(http.as("iro", iro + "/texts").body().split("}"))
                    .filter(t -> t.contains("\"key\":\"" + key + "\"")).findFirst().orElse("");
            Matcher saved = Pattern.compile("\"version\":(\\d+)").matcher(text);
            String version = saved.find() ? ",\"version\":" + saved.group(1) : "";
            HttpResponse<String> put = http.json("PUT", iro + "/texts/" + key, "iro", "{\"body\":\"Board browser test\"" + version + "}");
            assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        }
        AnnualReports.writeStatutorySections(http, iro, "iro", "Board browser test");
        assertThat(http.json("POST", INDICATORS + "/months/" + AnnualReports.march(year) + "/publish", "analyst", "").statusCode())
                .isEqualTo(200);
        HttpResponse<String> published = http.json("POST", iro + "/publish", "iro", "");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        return year;
    }

    /** 2025-26 as the reports title it: "April 2025 to March 2026". */
    private static String yearTitle(String year) {
        int start = Integer.parseInt(year.substring(0, 4));
        return "April " + start + " to March " + (start + 1);
    }

    @Test
    void anAnalystPublishesThePackFromTheReportsScreenAndACouncillorDownloadsIt() {
        Page analyst = browser.signIn("analyst", 1280, 900);
        analyst.navigate(Http.APP + "/reports");
        analyst.locator("#check-report").click();
        analyst.waitForCondition(() -> analyst.locator("#report-status").innerText().contains("reconciles"));
        int before = analyst.locator("#editions vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Download PDF")).count();
        analyst.locator("#publish-report").click();
        // Publishing renders the pack in PDF and Word: allow for a loaded build machine.
        analyst.waitForCondition(() -> analyst.locator("#report-status").innerText().startsWith("Published edition"),
                new Page.WaitForConditionOptions().setTimeout(90_000));
        assertThat(analyst.locator("#report-status").innerText()).contains(label(LAST), "as PDF and Word");
        analyst.waitForCondition(() -> analyst.locator("#editions vaadin-grid-cell-content",
                new Page.LocatorOptions().setHasText("Download PDF")).count() == before + 1);
        BrowserSession.screenshot(analyst, "reports-published");
        analyst.context().close();

        Page councillor = browser.signIn("councillor", 820, 1180);
        councillor.navigate(Http.APP + "/reports");
        councillor.locator("#editions").waitFor();
        assertThat(councillor.locator("#publish-report").isVisible()).as("publishing is not a councillor's").isFalse();
        String href = councillor.locator("#editions a", new Page.LocatorOptions().setHasText("Download PDF")).first().getAttribute("href");
        var file = councillor.request().get(Http.APP + "/" + href);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.headers().get("content-type")).isEqualTo("application/pdf");
        assertThat(file.body().length).isGreaterThan(10_000);
        BrowserSession.screenshot(councillor, "reports-councillor");
        councillor.context().close();
    }

    @Test
    void anIroWritesTheAnnualReportsWordsQuotingFiguresAndIsToldOfAFigureThatDoesNotExist() {
        Page iro = browser.signIn("iro", 1280, 900);
        iro.navigate(Http.APP + "/reports/annual/iro");
        Locator voice = iro.locator("#text-voice textarea");
        voice.waitFor();
        assertThat((String) iro.locator("#text-voice").evaluate("field => field.helperText")).as("the statutory source's guidance")
                .contains("IRO Handbook");
        assertThat((String) iro.locator("#text-voice").evaluate("field => field.label")).contains("statutory");
        voice.fill("Children told us about their reviews. {reviews.held} reviews; {no.such.figure}");
        iro.locator("#save-voice").click();
        iro.waitForCondition(() -> iro.locator("#text-voice").getAttribute("invalid") != null);
        assertThat((String) iro.locator("#text-voice").evaluate("field => field.errorMessage")).contains("No such figure: {no.such.figure}");
        assertThat(voice.inputValue()).as("the typed words stay").contains("{no.such.figure}");

        voice.fill("Children told us about their reviews: {reviews.held} were held.");
        iro.locator("#save-voice").click();
        iro.waitForCondition(() -> iro.locator("#text-voice").getAttribute("invalid") == null);
        assertThat(iro.getByText("Last changed by iro").count()).as("who changed the words, for the reader").isPositive();
        BrowserSession.screenshot(iro, "iro-report-words");

        String draft = iro.locator("#draft-pdf").getAttribute("href");
        var file = iro.request().get(Http.APP + "/" + draft);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.headers().get("content-type")).isEqualTo("application/pdf");
        iro.context().close();
    }

    @Test
    void theAdoptionTeamOpensTheAgencysReportChecksItAndOtherTeamsCannot() {
        Page adoption = browser.signIn("adoption", 1280, 900);
        adoption.navigate(Http.APP + "/reports");
        adoption.getByText("Regional adoption agency: annual report").click();
        adoption.waitForURL(url -> url.endsWith("/reports/annual/adoption-agency"));
        adoption.locator("#text-summary textarea").waitFor();
        // The year before last: the API tests write and publish last year's agency report on the same server.
        String yearBefore = AnnualReports.before(AnnualReports.lastEndedYear());
        adoption.locator("#report-year").click();
        adoption.locator("vaadin-select-item", new Page.LocatorOptions().setHasText(yearBefore)).click();
        adoption.waitForCondition(() -> adoption.locator("#draft-pdf").getAttribute("href").contains(yearBefore));
        adoption.locator("#check-report").click();
        adoption.waitForCondition(() -> adoption.locator("#report-problems").innerText().contains("Portfolio holder is empty"));
        BrowserSession.screenshot(adoption, "adoption-agency-report");
        adoption.context().close();

        Page iro = browser.signIn("iro", 1280, 900);
        iro.navigate(Http.APP + "/reports");
        iro.locator("#editions").waitFor();
        assertThat(iro.getByText("Regional adoption agency: annual report").count()).as("not listed for the IRO team").isZero();
        iro.navigate(Http.APP + "/reports/annual/adoption-agency");
        BrowserSession.screenshot(iro, "adoption-agency-report-iro");
        iro.getByText("Not your team's report").waitFor();
        assertThat(iro.locator("#text-summary").count()).as("none of its words or figures").isZero();
        iro.context().close();
    }

    @Test
    void theSummaryLoadsOnATabletAndItsTimeAndWeightAreRecorded() throws IOException {
        Page page = browser.signIn("councillor", 820, 1180);
        page.locator("#headlines").waitFor();
        StringBuilder report = new StringBuilder();
        for (String visit : new String[] {"first", "repeat"}) {
            long start = System.nanoTime();
            page.navigate(Http.APP + "/board");
            page.locator("#headlines p").first().waitFor();
            long millis = (System.nanoTime() - start) / 1_000_000;
            Number bytes = (Number) page.evaluate("() => performance.getEntriesByType('navigation').concat("
                    + "performance.getEntriesByType('resource')).reduce((sum, e) => sum + (e.transferSize || 0), 0)");
            Number decoded = (Number) page.evaluate("() => performance.getEntriesByType('navigation').concat("
                    + "performance.getEntriesByType('resource')).reduce((sum, e) => sum + (e.decodedBodySize || 0), 0)");
            report.append(String.format(Locale.UK, "summary page, tablet 820x1180, %s visit: usable in %d ms, transferred %,d bytes "
                    + "(%,d bytes decoded)%n", visit, millis, bytes.longValue(), decoded.longValue()));
            assertThat(page.locator("#headlines p").count()).isPositive();
        }
        System.out.print(report);
        Files.writeString(BrowserSession.ARTEFACTS.resolve("performance.txt"), report, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING);
        page.context().close();
    }
}
