package org.corporateparenting.application.report;

import java.util.List;

/**
 * A table of counts for an annual report: its parts, this year and last year, and the total they make (or null
 * where the parts do not add up to a whole, such as escalation themes). {@code shareOf} names what a part's share
 * is of ("of children in care"), or is null where shares mean nothing. {@code aboutChildren} is false for tables of
 * staff (IRO caseloads), whose small numbers identify no child and are not withheld.
 */
public record CountTable(String key, String title, String shareOf, List<Count> parts, Count total, String note, boolean aboutChildren) {

    /**
     * One line: this year's and last year's count; {@code thisOf}/{@code lastOf} give the count's own denominator
     * where its share is not of the table's total (reviews on time in a quarter, of that quarter's reviews).
     */
    public record Count(String label, long thisYear, long lastYear, Long thisOf, Long lastOf) {

        public static Count of(String label, long thisYear, long lastYear) {
            return new Count(label, thisYear, lastYear, null, null);
        }
    }
}
