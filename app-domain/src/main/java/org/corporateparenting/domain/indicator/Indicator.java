package org.corporateparenting.domain.indicator;

import org.corporateparenting.domain.adoption.AdopterHousehold;
import org.corporateparenting.domain.recruitment.FosteringEnquiry;

/**
 * An indicator: its {@link Definition} and the rule that counts one subject (a child, a foster household,
 * an adopter household or a fostering enquiry) for one month. The engine calls the rule once per subject
 * and month the subject could count in, and sums the tallies.
 *
 * @param <S> what the indicator counts
 */
public record Indicator<S>(Definition definition, Class<S> subject, Rule<S> rule) {

    /** The counting rule: adds the subject to the month's tally, or leaves it out. */
    @FunctionalInterface
    public interface Rule<S> {
        void count(S subject, ReportingMonth month, Tally tally);
    }

    public static Indicator<ChildHistory> ofChildren(Definition.Builder definition, Rule<ChildHistory> rule) {
        return new Indicator<>(definition.build(), ChildHistory.class, rule);
    }

    public static Indicator<HouseholdHistory> ofHouseholds(Definition.Builder definition, Rule<HouseholdHistory> rule) {
        return new Indicator<>(definition.build(), HouseholdHistory.class, rule);
    }

    public static Indicator<AdopterHousehold> ofAdopters(Definition.Builder definition, Rule<AdopterHousehold> rule) {
        return new Indicator<>(definition.build(), AdopterHousehold.class, rule);
    }

    public static Indicator<FosteringEnquiry> ofEnquiries(Definition.Builder definition, Rule<FosteringEnquiry> rule) {
        return new Indicator<>(definition.build(), FosteringEnquiry.class, rule);
    }

    public String code() {
        return definition.code();
    }

    void count(Object subject, ReportingMonth month, Tally tally) {
        rule.count(this.subject.cast(subject), month, tally);
    }
}
