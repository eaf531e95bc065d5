package org.corporateparenting.application.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A table of counts for an annual report: its parts, this year and last year, and the total they make (or null
 * where the parts do not add up to a whole, such as escalation themes). {@code shareOf} names what a part's share
 * is of ("of children in care"), or is null where shares mean nothing. {@code aboutChildren} is false for tables of
 * staff (IRO caseloads), whose small numbers identify no child and are not withheld.
 */
public record CountTable(String key, String title, String shareOf, List<Count> parts, Count total, String note, boolean aboutChildren) {

    /**
     * A table of children (or their records) from each year's counts by label, in the order the labels first appear
     * (this year's, then any only last year had); {@code totalled} adds the total line the parts make.
     */
    static CountTable of(String key, String title, String shareOf, Map<String, Long> now, Map<String, Long> before, boolean totalled,
            String note) {
        Set<String> labels = new LinkedHashSet<>(now.keySet());
        labels.addAll(before.keySet());
        List<Count> parts = new ArrayList<>();
        labels.forEach(l -> parts.add(Count.of(l, now.getOrDefault(l, 0L), before.getOrDefault(l, 0L))));
        Count total = totalled ? Count.of("Total", sum(now), sum(before)) : null;
        return new CountTable(key, title, shareOf, parts, total, note, true);
    }

    static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The same table, marked as about staff or households rather than children ({@code aboutChildren} false). */
    CountTable aboutChildren(boolean children) {
        return new CountTable(key, title, shareOf, parts, total, note, children);
    }

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
