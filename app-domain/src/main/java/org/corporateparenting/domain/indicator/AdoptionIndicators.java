package org.corporateparenting.domain.indicator;

import static org.corporateparenting.domain.indicator.PeriodBasis.FINANCIAL_YEAR_TO_DATE;
import static org.corporateparenting.domain.indicator.PeriodBasis.IN_MONTH;
import static org.corporateparenting.domain.indicator.PeriodBasis.MONTH_END;
import static org.corporateparenting.domain.indicator.PeriodBasis.ROLLING_12_MONTHS;
import static org.corporateparenting.domain.indicator.Polarity.HIGH;
import static org.corporateparenting.domain.indicator.Polarity.LOW;
import static org.corporateparenting.domain.indicator.Unit.COUNT;
import static org.corporateparenting.domain.indicator.Unit.DAYS;
import static org.corporateparenting.domain.indicator.Unit.PERCENT;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;
import org.corporateparenting.domain.adoption.AdopterHousehold;
import org.corporateparenting.domain.adoption.AdoptionJourney;
import org.corporateparenting.domain.adoption.Milestone;

/**
 * Adoption: orders, matches, children waiting, and timeliness on the adoption scorecard measures (A1, A2,
 * A10), taken over the children adopted in the 12 months to month end rather than the scorecard's 3 years,
 * so that the board sees change month by month.
 */
final class AdoptionIndicators {

    private static final String ADOPTED_R12 = "Children whose adoption order was made in the 12 months to month end";

    private AdoptionIndicators() {
    }

    static List<Indicator<?>> all() {
        return List.of(
                journeys("ADO_ORDERS_MONTH", "Adoptions finalised", COUNT, HIGH, IN_MONTH, "Adoption orders made in the month",
                        (j, m, t) -> t.countIf(j.getChild().getId(), m.contains(at(j, Milestone.ADOPTION_ORDER)))),
                journeys("ADO_ADOPTED_R12", "Children adopted in the last 12 months", COUNT, HIGH, ROLLING_12_MONTHS,
                        "Adoption orders made in the 12 months to month end",
                        (j, m, t) -> t.countIf(j.getChild().getId(), adoptedInYearTo(j, m))),
                journeys("ADO_PLACED_PENDING_AO", "Children living in adoptive placements awaiting an adoption order", COUNT, HIGH, MONTH_END,
                        "Children placed for adoption by month end, with no adoption order and no disruption by then",
                        (j, m, t) -> t.countIf(j.getChild().getId(), reached(j, Milestone.PLACED, m.end())
                                && !reached(j, Milestone.ADOPTION_ORDER, m.end()) && !reached(j, Milestone.DISRUPTED, m.end()))),
                journeys("ADO_MATCHED_MONTH", "Children matched with adopters", COUNT, HIGH, IN_MONTH, "Matches agreed in the month",
                        (j, m, t) -> t.countIf(j.getChild().getId(), m.contains(at(j, Milestone.MATCHED)))),
                journeys("ADO_FAMILY_FINDING", "Children for whom family finding is ongoing", COUNT, LOW, MONTH_END,
                        "Children with a placement order at month end, not yet matched, the order not revoked",
                        (j, m, t) -> t.countIf(j.getChild().getId(), j.waitingForMatchOn(m.end()))),
                journeys("ADO_PO_REVOKED_R12", "Placement order revocations in the last 12 months", COUNT, LOW, ROLLING_12_MONTHS,
                        "Placement orders revoked in the 12 months to month end",
                        (j, m, t) -> t.countIf(j.getChild().getId(),
                                Window.within(at(j, Milestone.PLACEMENT_ORDER_REVOKED), m.rollingStart(12), m.end()))),
                Indicator.ofChildren(def("ADO_A10_DAYS",
                        "Average days between entering care and moving in with the adoptive family (adjusted for foster carer adoptions)", DAYS, LOW, ROLLING_12_MONTHS)
                        .population(ADOPTED_R12).numerator("Sum of days from entering care to moving in with the adopters: the "
                                + "early-permanence placement when there was one, otherwise the adoptive placement")
                        .denominator("Children adopted").national("Adoption scorecard A10 (3-year average nationally)")
                        .local("Foster carer adoptions are adjusted through the early-permanence date recorded on the journey"),
                        (c, m, t) -> averageOverAdopted(c, m, t, j -> j.daysToMovingIn())),
                Indicator.ofChildren(def("ADO_A1_DAYS", "Average days between entering care and an adoptive placement (A1)", DAYS, LOW,
                        ROLLING_12_MONTHS)
                        .population(ADOPTED_R12).numerator("Sum of days from entering care to being placed for adoption")
                        .denominator("Children adopted with a placement date").national("Adoption scorecard A1, without the foster carer adjustment"),
                        (c, m, t) -> averageOverAdopted(c, m, t, j -> {
                            LocalDate placed = at(j, Milestone.PLACED);
                            return placed == null ? null : ChronoUnit.DAYS.between(j.getEnteredCare(), placed);
                        })),
                Indicator.ofChildren(def("ADO_A2_DAYS", "Average days between a placement order and a match with adopters (A2)", DAYS, LOW,
                        ROLLING_12_MONTHS)
                        .population(ADOPTED_R12).numerator("Sum of days from the placement order to the match")
                        .denominator("Children adopted with both dates").national("Adoption scorecard A2"),
                        (c, m, t) -> averageOverAdopted(c, m, t, AdoptionJourney::daysOrderToMatch)),
                Indicator.ofAdopters(def("ADO_ADOPTERS_APPROVED", "Adoptive families approved", COUNT, HIGH, IN_MONTH)
                        .numerator("Adopter households approved by the agency decision maker in the month")
                        .national("Adoption Agencies Regulations 2005 (two-stage approval); ASGLB adopter data"),
                        (a, m, t) -> t.countIf(a.getId(), m.contains(a.dateOf(AdopterHousehold.Stage.APPROVED)))),
                Indicator.ofAdopters(def("ADO_ADOPTERS_IN_ASSESSMENT", "Adoptive families in assessment", COUNT, HIGH, MONTH_END)
                        .numerator("Adopter households in stage one or stage two at month end")
                        .national("Adoption Agencies Regulations 2005 (two-stage approval); ASGLB adopter data"),
                        (a, m, t) -> {
                            AdopterHousehold.Stage stage = a.stageOn(m.end());
                            t.countIf(a.getId(), stage == AdopterHousehold.Stage.STAGE_ONE || stage == AdopterHousehold.Stage.STAGE_TWO);
                        }),
                journeys("ADO_WITHIN_12M_SHOBPA_COUNT", "Adoptions completed within 12 months of the 'should be placed' decision", COUNT, HIGH,
                        FINANCIAL_YEAR_TO_DATE, "Adoption orders made from 1 April to month end within 12 months of the agency "
                                + "decision that the child should be placed for adoption",
                        (j, m, t) -> t.countIf(j.getChild().getId(), adoptedThisYear(j, m) && withinYearOfDecision(j))),
                Indicator.ofChildren(def("ADO_WITHIN_12M_SHOBPA_PCT", "% of adoptions completed within 12 months of the 'should be placed' decision",
                        PERCENT, HIGH, FINANCIAL_YEAR_TO_DATE)
                        .population("Adoption orders made from 1 April to month end")
                        .numerator("Of them, within 12 months of the decision that the child should be placed for adoption")
                        .national("Resembles former NI 61"),
                        (c, m, t) -> {
                            for (AdoptionJourney j : c.journeys()) {
                                if (adoptedThisYear(j, m)) {
                                    t.include(c.id(), withinYearOfDecision(j));
                                }
                            }
                        }));
    }

    private static Indicator<ChildHistory> journeys(String code, String title, Unit unit, Polarity polarity, PeriodBasis basis,
            String numerator, Indicator.Rule<AdoptionJourney> rule) {
        return Indicator.ofChildren(def(code, title, unit, polarity, basis).numerator(numerator)
                .national("SSDA903 AD1 and placed-for-adoption records; adoption scorecard"),
                (c, m, t) -> {
                    for (AdoptionJourney j : c.journeys()) {
                        rule.count(j, m, t);
                    }
                });
    }

    private static void averageOverAdopted(ChildHistory c, ReportingMonth m, Tally t,
            Function<AdoptionJourney, Long> days) {
        for (AdoptionJourney j : c.journeys()) {
            Long value = adoptedInYearTo(j, m) ? days.apply(j) : null;
            if (value != null) {
                t.add(c.id(), value);
            }
        }
    }

    private static boolean adoptedInYearTo(AdoptionJourney j, ReportingMonth m) {
        return Window.within(at(j, Milestone.ADOPTION_ORDER), m.rollingStart(12), m.end());
    }

    private static boolean adoptedThisYear(AdoptionJourney j, ReportingMonth m) {
        return Window.within(at(j, Milestone.ADOPTION_ORDER), m.financialYearStart(), m.end());
    }

    private static boolean withinYearOfDecision(AdoptionJourney j) {
        LocalDate decision = at(j, Milestone.SHOULD_BE_PLACED);
        return decision != null && !at(j, Milestone.ADOPTION_ORDER).isAfter(decision.plusMonths(12));
    }

    static LocalDate at(AdoptionJourney j, Milestone milestone) {
        return j.dateOf(milestone);
    }

    private static boolean reached(AdoptionJourney j, Milestone milestone, LocalDate by) {
        return j.reachedBy(milestone, by);
    }

    private static Definition.Builder def(String code, String title, Unit unit, Polarity polarity, PeriodBasis basis) {
        return Definition.of(Area.ADOPTION, code, title, unit, polarity, basis);
    }
}
