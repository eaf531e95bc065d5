package org.corporateparenting.domain.indicator;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What one indicator counted for one month: a numerator (a count, or a sum of days or scores) and a
 * denominator (the population, or the number of values summed). When asked, it also keeps who was
 * counted, for the drill-down to children.
 */
public final class Tally {

    private double numerator;
    private long denominator;
    private final Set<Long> counted;
    private final Set<Long> considered;

    Tally(boolean keepMembers) {
        counted = keepMembers ? new LinkedHashSet<>() : null;
        considered = keepMembers ? new LinkedHashSet<>() : null;
    }

    /** Counts the subject (an indicator whose value is a count). */
    public void count(Long id) {
        numerator++;
        remember(counted, id);
    }

    public void countIf(Long id, boolean condition) {
        if (condition) {
            count(id);
        }
    }

    /** Counts the subject in the population, and in the numerator when {@code counted}. */
    public void include(Long id, boolean inNumerator) {
        denominator++;
        remember(considered, id);
        if (inNumerator) {
            count(id);
        }
    }

    /** Adds many units of one subject at once (sessions of a child's attendance): {@code of} counted out of {@code total}. */
    public void includeUnits(Long id, long total, long of) {
        denominator += total;
        numerator += of;
        remember(considered, id);
        if (of > 0) {
            remember(counted, id);
        }
    }

    /** Adds the subject's value (days, a score) to an average. */
    public void add(Long id, double value) {
        numerator += value;
        denominator++;
        remember(considered, id);
        remember(counted, id);
    }

    public double numerator() {
        return numerator;
    }

    public long denominator() {
        return denominator;
    }

    /** Who was counted in the numerator (empty unless members were kept). */
    public Set<Long> counted() {
        return counted == null ? Set.of() : counted;
    }

    /** Who was in the population (empty unless members were kept). */
    public Set<Long> considered() {
        return considered == null ? Set.of() : considered;
    }

    private static void remember(Set<Long> set, Long id) {
        if (set != null && id != null) {
            set.add(id);
        }
    }
}
