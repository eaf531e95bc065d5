package org.corporateparenting.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the annual-report tests share: the year a report is written for, its quotable figures, and counts as printed. */
final class AnnualReports {

    private AnnualReports() {
    }

    /** The last financial year to have ended, as "2025-26" (the year the reports are written for). */
    static String lastEndedYear() {
        LocalDate today = LocalDate.now();
        int start = today.getMonthValue() >= 4 ? today.getYear() - 1 : today.getYear() - 2;
        return start + "-" + String.format("%02d", (start + 1) % 100);
    }

    /** The year before: "2024-25" for "2025-26". */
    static String before(String year) {
        int start = Integer.parseInt(year.substring(0, 4)) - 1;
        return start + "-" + String.format("%02d", (start + 1) % 100);
    }

    /** That year's March, as "2026-03". */
    static String march(String year) {
        return year.substring(0, 2) + year.substring(5, 7) + "-03";
    }

    /**
     * Writes {@code words} into every statutory section the report's listing ({@code report}: its address with the year)
     * shows without words, as its team does before publishing; returns their keys.
     */
    static List<String> writeStatutorySections(Http http, String report, String user, String words) {
        List<String> written = new ArrayList<>();
        for (String part : http.as(user, report + "/texts").body().split("\\},\\{")) {
            Matcher body = Pattern.compile("\"body\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(part);
            if (!part.contains("\"statutory\":true") || (body.find() && !body.group(1).isBlank())) {
                continue;
            }
            Matcher key = Pattern.compile("\"key\":\"([^\"]+)\"").matcher(part);
            assertThat(key.find()).as(part).isTrue();
            Matcher version = Pattern.compile("\"version\":(\\d+)").matcher(part);
            String since = version.find() ? ",\"version\":" + version.group(1) : "";
            HttpResponse<String> put = http.json("PUT", report + "/texts/" + key.group(1), user, "{\"body\":\"" + words + "\"" + since + "}");
            assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
            written.add(key.group(1));
        }
        return written;
    }

    /** A quotable figure's numerator, from a report's figures (JSON). */
    static long reference(String figures, String key) {
        Matcher m = Pattern.compile("\"key\":\"" + Pattern.quote(key) + "\",\"meaning\":\"[^\"]*\",\"numerator\":(\\d+)").matcher(figures);
        assertThat(m.find()).as("reference " + key).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** A count as reports print it: "1,280". */
    static String count(long n) {
        return String.format(Locale.UK, "%,d", n);
    }

    /** This year's count on a table's line, from a report's figures (JSON-B writes a table's key before its lines). */
    static long part(String figures, String table, String label) {
        return lineOf(figures, table, "\"label\":\"" + Pattern.quote(label) + "\"");
    }

    /** This year's total of a table, from a report's figures. */
    static long total(String figures, String table) {
        return lineOf(figures, table, "\"total\":\\{\"label\":\"Total\"");
    }

    /** This year's and last year's counts on a table's line added together. */
    static long partBothYears(String figures, String table, String label) {
        Matcher m = line(figures, table, "\"label\":\"" + Pattern.quote(label) + "\"");
        return Long.parseLong(m.group(1)) + Long.parseLong(m.group(2));
    }

    private static long lineOf(String figures, String table, String line) {
        return Long.parseLong(line(figures, table, line).group(2));
    }

    private static Matcher line(String figures, String table, String line) {
        int from = figures.indexOf("\"key\":\"" + table + "\"");
        assertThat(from).as("table " + table).isNotNegative();
        Matcher m = Pattern.compile(line + "(?:,\"lastOf\":\\d+)?,\"lastYear\":(\\d+)(?:,\"thisOf\":\\d+)?,\"thisYear\":(\\d+)").matcher(figures);
        assertThat(m.find(from)).as(line + " in table " + table).isTrue();
        return m;
    }
}
