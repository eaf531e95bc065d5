package org.corporateparenting.domain.indicator;

import static org.corporateparenting.domain.indicator.PeriodBasis.IN_MONTH;
import static org.corporateparenting.domain.indicator.PeriodBasis.ROLLING_12_MONTHS;
import static org.corporateparenting.domain.indicator.PeriodBasis.ROLLING_6_MONTHS;
import static org.corporateparenting.domain.indicator.Polarity.HIGH;
import static org.corporateparenting.domain.indicator.Polarity.LOW;
import static org.corporateparenting.domain.indicator.Unit.COUNT;
import static org.corporateparenting.domain.indicator.Unit.PERCENT;

import java.time.LocalDate;
import java.util.List;
import org.corporateparenting.domain.health.MissingEpisode;
import org.corporateparenting.domain.household.Allegation;
import org.corporateparenting.domain.review.Escalation;
import org.corporateparenting.domain.review.EscalationStage;

/** Safety: children missing from care (SSDA903 Missing), allegations against foster carers, IRO escalations. */
final class SafetyIndicators {

    private static final String ALLEGATIONS = "Ofsted fostering in England data collection (allegations and their outcomes)";
    private static final String IN_CARE_6_MONTHS = "Children looked after on any day in the 6 months to month end";

    private SafetyIndicators() {
    }

    static List<Indicator<?>> all() {
        return List.of(
                Indicator.ofChildren(def("SAF_MISSING_ANY", "% of children in care with at least one missing episode in the last 12 months", PERCENT,
                        LOW, ROLLING_6_MONTHS)
                        .population(IN_CARE_6_MONTHS)
                        .numerator("Of them, at least one missing episode (not 'away from placement without authorisation') "
                                + "starting in the 12 months to month end")
                        .national("SSDA903 Missing table; Ofsted ILACS Annex A"),
                        (c, m, t) -> {
                            if (c.lookedAfterDuring(m.rollingStart(6), m.end())) {
                                t.include(c.id(), missingEpisodes(c, m) >= 1);
                            }
                        }),
                Indicator.ofChildren(def("SAF_MISSING_REPEAT", "% of children in care with more than one missing episode in the last 12 months",
                        PERCENT, LOW, ROLLING_6_MONTHS)
                        .population(IN_CARE_6_MONTHS)
                        .numerator("Of them, two or more missing episodes starting in the 12 months to month end")
                        .local("The packs do not state the window for repeat episodes; 12 months, as for SAF_MISSING_ANY"),
                        (c, m, t) -> {
                            if (c.lookedAfterDuring(m.rollingStart(6), m.end())) {
                                t.include(c.id(), missingEpisodes(c, m) >= 2);
                            }
                        }),
                Indicator.ofHouseholds(def("SAF_FC_ALLEGATIONS_MONTH", "Allegations against foster carers", COUNT, LOW, IN_MONTH)
                        .numerator("Allegations against the council's foster households referred in the month").national(ALLEGATIONS),
                        (h, m, t) -> allegations(h, m.start(), m.end(), t)),
                Indicator.ofHouseholds(def("SAF_FC_ALLEGATIONS_R12", "Allegations against foster carers in the last 12 months", COUNT, LOW,
                        ROLLING_12_MONTHS)
                        .numerator("Allegations against the council's foster households referred in the 12 months to month end").national(ALLEGATIONS),
                        (h, m, t) -> allegations(h, m.rollingStart(12), m.end(), t)),
                Indicator.ofHouseholds(def("SAF_FC_ALLEGATIONS_SUBST", "Substantiated allegations against foster carers", COUNT, LOW, IN_MONTH)
                        .numerator("Allegations concluded as substantiated in the month").national(ALLEGATIONS),
                        (h, m, t) -> {
                            for (Allegation a : h.allegations()) {
                                t.countIf(h.id(), "SUBSTANTIATED".equals(a.getOutcome()) && m.contains(a.getOutcomeDate()));
                            }
                        }),
                Indicator.ofChildren(def("SAF_IRO_ESCALATIONS", "Formal IRO escalations", COUNT, HIGH, IN_MONTH)
                        .numerator("Escalations by Independent Reviewing Officers raised in the month and taken to a formal stage")
                        .national("IRO Handbook dispute resolution; no national data")
                        .local("An escalation counts in the month it was raised once it has reached a formal stage (stage 1 "
                                + "or beyond), so a later formal step can add to a month already reported: re-running the month "
                                + "shows it as a revision"),
                        (c, m, t) -> {
                            for (Escalation e : c.escalations()) {
                                t.countIf(c.id(), m.contains(e.getRaisedOn()) && e.getStage() != EscalationStage.INFORMAL);
                            }
                        }));
    }

    private static long missingEpisodes(ChildHistory c, ReportingMonth m) {
        LocalDate from = m.rollingStart(12);
        return c.missing().stream().filter(e -> e.getKind() == MissingEpisode.Kind.MISSING
                && Window.within(e.getStartDate(), from, m.end())).count();
    }

    private static void allegations(HouseholdHistory h, LocalDate from, LocalDate to, Tally t) {
        for (Allegation a : h.allegations()) {
            t.countIf(h.id(), Window.within(a.getReferralDate(), from, to));
        }
    }

    private static Definition.Builder def(String code, String title, Unit unit, Polarity polarity, PeriodBasis basis) {
        return Definition.of(Area.SAFETY, code, title, unit, polarity, basis);
    }
}
