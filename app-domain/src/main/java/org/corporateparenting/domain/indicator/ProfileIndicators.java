package org.corporateparenting.domain.indicator;

import static org.corporateparenting.domain.indicator.PeriodBasis.IN_MONTH;
import static org.corporateparenting.domain.indicator.PeriodBasis.MONTH_END;
import static org.corporateparenting.domain.indicator.Polarity.HIGH;
import static org.corporateparenting.domain.indicator.Polarity.INFORMATION;
import static org.corporateparenting.domain.indicator.Polarity.LOW;
import static org.corporateparenting.domain.indicator.Unit.COUNT;
import static org.corporateparenting.domain.indicator.Unit.PERCENT;
import static org.corporateparenting.domain.indicator.Unit.RATE_PER_10000;

import java.time.LocalDate;
import java.util.List;
import org.corporateparenting.domain.careleaver.CareLeaver;
import org.corporateparenting.domain.careleaver.Eligibility;

/** Profile: how many children are in care, arriving and leaving, and how many care leavers (SSDA903). */
final class ProfileIndicators {

    static final String IN_CARE = "Children looked after at the end of the month (SSDA903 episode open at the end of the "
            + "last day), not counting agreed series of short breaks (V3, V4)";

    private ProfileIndicators() {
    }

    static List<Indicator<?>> all() {
        return List.of(
                Indicator.ofChildren(def("CIC_COUNT", "Number of children in care", COUNT, LOW, MONTH_END)
                        .population(IN_CARE).numerator("Children in care at month end")
                        .national("SSDA903 children looked after at 31 March, excluding short breaks"),
                        (c, m, t) -> t.countIf(c.id(), c.lookedAfterAt(m.end()))),
                Indicator.ofChildren(def("CIC_RATE", "Rate of children in care per 10,000 children under 18", RATE_PER_10000, LOW, MONTH_END)
                        .population(IN_CARE).numerator("Children in care at month end")
                        .denominator("ONS mid-year estimate of the council's population aged 0 to 17 (latest year up to the month's)")
                        .national("DfE children looked after per 10,000 children aged under 18"),
                        (c, m, t) -> t.countIf(c.id(), c.lookedAfterAt(m.end()))),
                Indicator.ofChildren(def("CIC_UASC_COUNT", "Children in care who are unaccompanied asylum-seeking children", COUNT, INFORMATION,
                        MONTH_END)
                        .population(IN_CARE).numerator("Children in care at month end with a UASC period covering the day")
                        .national("SSDA903 UASC information"),
                        (c, m, t) -> t.countIf(c.id(), c.lookedAfterAt(m.end()) && c.uascOn(m.end()))),
                Indicator.ofChildren(def("CIC_UASC_PCT", "% of children in care who are unaccompanied asylum-seeking children", PERCENT, INFORMATION,
                        MONTH_END)
                        .population(IN_CARE).numerator("Of them, UASC at month end").denominator("Children in care at month end")
                        .national("DfE UASC as a share of children looked after"),
                        (c, m, t) -> {
                            if (c.lookedAfterAt(m.end())) {
                                t.include(c.id(), c.uascOn(m.end()));
                            }
                        }),
                Indicator.ofChildren(def("CIC_STARTS", "Children who became looked after", COUNT, LOW, IN_MONTH)
                        .numerator("Periods of care that started in the month (a child who comes back into care starts a new period)")
                        .national("SSDA903 episodes with reason for new episode S"),
                        (c, m, t) -> t.countIf(c.id(), !c.periodsStarted(m.start(), m.end()).isEmpty())),
                Indicator.ofChildren(def("CIC_CEASED", "Children who ceased to be looked after", COUNT, HIGH, IN_MONTH)
                        .numerator("Children whose period of care ended in the month")
                        .national("SSDA903 period of care ending with a reason episode ceased other than X1"),
                        (c, m, t) -> t.countIf(c.id(), !c.periodsEnded(m.start(), m.end()).isEmpty())),
                Indicator.ofChildren(def("CL_COUNT", "Number of care leavers", COUNT, INFORMATION, MONTH_END)
                        .population("Young people with a leaving-care record (eligible, relevant or former relevant under the "
                                + "Children (Leaving Care) Act 2000) aged 16 to 25 at month end and no longer looked after that day: "
                                + "eligibility is recorded as it stands now, so the month's status is derived from age and care")
                        .numerator("Care leavers at month end")
                        .local("Eligible children (still looked after) and qualifying care leavers are not counted: the packs' "
                                + "own totals differ by definition and none states it"),
                        (c, m, t) -> t.countIf(c.id(), isCareLeaver(c, m.end()))),
                Indicator.ofChildren(def("CL_RECEIVING_SERVICE", "Care leavers receiving a service", COUNT, INFORMATION, MONTH_END)
                        .population("Care leavers as CL_COUNT").local("No national definition: a local measure of the board packs (Dorset)").numerator("Of them, those whose leaving-care service is open at month end"),
                        (c, m, t) -> t.countIf(c.id(), isCareLeaver(c, m.end()) && receivingService(c.careLeaver(), m.end()))));
    }

    static boolean isCareLeaver(ChildHistory c, LocalDate date) {
        return leavingCareAged(c, date, 16, 25) && !c.lookedAfterAt(date);
    }

    /**
     * Eligible, relevant or former relevant (not qualifying) by the date, and aged {@code from} to {@code to}
     * then: the one rule every care-leaver indicator starts from.
     */
    static boolean leavingCareAged(ChildHistory c, LocalDate date, int from, int to) {
        CareLeaver leaver = c.careLeaver();
        if (leaver == null || leaver.getEligibility() == Eligibility.QUALIFYING || leaver.getEligibleFrom().isAfter(date)) {
            return false;
        }
        int age = c.ageOn(date);
        return age >= from && age <= to;
    }

    static boolean receivingService(CareLeaver leaver, LocalDate date) {
        return leaver.getServiceClosedOn() == null || leaver.getServiceClosedOn().isAfter(date);
    }

    private static Definition.Builder def(String code, String title, Unit unit, Polarity polarity, PeriodBasis basis) {
        return Definition.of(Area.PROFILE, code, title, unit, polarity, basis);
    }
}
