package org.corporateparenting.domain.indicator;

import org.corporateparenting.domain.disclosure.DisclosureRule;

/**
 * Small-number suppression for those who may see aggregates only (councillors, published outputs): a count
 * from 1 to the threshold is withheld, and so is a percentage, rate or average whose population is that small,
 * because a handful of children can be recognised. A percentage whose numerator is that small is withheld too:
 * its denominator is usually a published count (children in care, care leavers), so the percentage would give
 * the withheld count back (3.5% of 142 is 5); and so is one whose complement is that small (96.4% of 28 leaves 1
 * out). Zero is never suppressed. The numerator and denominator of
 * a suppressed figure are withheld with it. The threshold is the council's setting (care.disclosure.threshold,
 * 5 by default, following the DfE's practice of not publishing counts below 6) [unverified: check the
 * council's own statistical disclosure policy]. The rule itself is {@link DisclosureRule}; this applies it to an
 * indicator's measure.
 */
public record Disclosure(int threshold) {

    public boolean suppresses(Unit unit, Measure measure) {
        if (measure.value() == null) {
            return false;
        }
        boolean counts = unit == Unit.COUNT || unit == Unit.RATE_PER_10000;
        double population = measure.denominator() == null ? 0 : measure.denominator();
        if (counts) {
            return small(measure.numerator());
        }
        return small(population) || unit == Unit.PERCENT && rule().withholdsShare(measure.numerator(), population);
    }

    /** The disclosure rule this applies. */
    public DisclosureRule rule() {
        return new DisclosureRule(threshold);
    }

    /** Whether a count of children (or of their reviews, escalations, ...) is withheld: from 1 to the threshold. */
    public boolean withholds(long count) {
        return small(count);
    }

    private boolean small(double number) {
        return rule().small(Math.round(number));
    }
}
