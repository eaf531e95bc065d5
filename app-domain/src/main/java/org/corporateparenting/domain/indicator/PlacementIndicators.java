package org.corporateparenting.domain.indicator;

import static org.corporateparenting.domain.indicator.PeriodBasis.MONTH_END;
import static org.corporateparenting.domain.indicator.Polarity.HIGH;
import static org.corporateparenting.domain.indicator.Polarity.INFORMATION;
import static org.corporateparenting.domain.indicator.Polarity.LOW;
import static org.corporateparenting.domain.indicator.Unit.COUNT;
import static org.corporateparenting.domain.indicator.Unit.PERCENT;

import java.util.List;
import java.util.function.Predicate;
import org.corporateparenting.domain.episode.Episode;

/** Placements and stability of children in care at month end, from SSDA903 placement types and providers. */
final class PlacementIndicators {

    private PlacementIndicators() {
    }

    static List<Indicator<?>> all() {
        return List.of(
                share("PLC_FOSTER_PCT", "% of children in care living in foster placements", HIGH, "placement type U1 to U6",
                        e -> type(e, "U[1-6]")),
                count("PLC_FOSTER_COUNT", "Children in care in a fostering placement", HIGH, "placement type U1 to U6",
                        e -> type(e, "U[1-6]")),
                Indicator.ofChildren(def("PLC_STAB_3PLUS", "% of children in care with 3 or more placements in the last 12 months", PERCENT, LOW, MONTH_END)
                        .population(ProfileIndicators.IN_CARE)
                        .numerator("Of them, three or more placements with any day in the 12 months to month end")
                        .national("DfE short-term placement stability (former NI 62): children looked after at 31 March with "
                                + "three or more placements during the year")
                        .local("Disputed rule, our choice: a placement starts when the child moves to a different carer (reason "
                                + "for new episode S, P or T); a change of legal status (L) or of placement with the same carer "
                                + "(B, U) is not a move; temporary placements (T0 to T4) are not counted"),
                        (c, m, t) -> {
                            if (c.lookedAfterAt(m.end())) {
                                t.include(c.id(), c.placementsDuring(m.rollingStart(12), m.end()) >= 3);
                            }
                        }),
                Indicator.ofChildren(def("PLC_STAB_LONGTERM", "% of children in care 2.5 years or more, aged under 16, in the same placement for 2 years or more", PERCENT, HIGH, MONTH_END)
                        .population("Children in care at month end, aged under 16, looked after continuously for 2.5 years or more")
                        .numerator("Of them, with the same carer for 2 years or more (an adoptive placement counts together with "
                                + "the placement before it)")
                        .national("DfE long-term stability (former NI 63)")
                        .local("Same carer as PLC_STAB_3PLUS: changes of legal status or placement type with the same carer "
                                + "do not restart the clock"),
                        (c, m, t) -> {
                            if (c.ageOn(m.end()) < 16 && c.continuouslyFor(m.end(), 30)) {
                                t.include(c.id(), !c.placementStartAt(m.end()).isAfter(m.end().minusYears(2)));
                            }
                        }),
                share("PLC_COMMISSIONED_PCT", "% of children in care living in a commissioned placement", LOW,
                        "placement provider PR2 to PR5 (other councils, other public, private and voluntary provision)",
                        e -> provider(e, "PR[2-5]")),
                share("PLC_PRIVATE_PROVISION_PCT", "% of children in care in private provision", LOW, "placement provider PR4",
                        e -> provider(e, "PR4")),
                count("PLC_UNREGULATED_COUNT", "Unregulated placements (H5, P2, R1)", LOW,
                        "placement type H5, P2 or R1 (H5 and P2 were withdrawn from 2023-24, when supported accommodation "
                                + "became Ofsted-registered, K3)", e -> type(e, "H5|P2|R1")),
                share("PLC_WITH_PARENTS_PCT", "% of children in care placed with parents (P1)", LOW, "placement type P1",
                        e -> type(e, "P1")),
                count("PLC_WITH_PARENTS_COUNT", "Children in care placed with parents", INFORMATION, "placement type P1",
                        e -> type(e, "P1")),
                share("PLC_FAMILY_BASED_PCT", "% of children in care in a family-based setting", HIGH,
                        "placement type U1 to U6 (fostering), A3 to A6 (placed for adoption) or P1 (with parents)",
                        e -> type(e, "U[1-6]|A[3-6]|P1")),
                Indicator.ofChildren(Definition.of(Area.PERMANENCE, "PERM_LTF_ACHIEVED", "% of children in care with long-term fostering as plan and achieved", PERCENT, HIGH, MONTH_END)
                        .population(ProfileIndicators.IN_CARE).numerator("Of them, in a long-term foster placement (U1 or U4)")
                        .local("No permanence plans are recorded yet: placement types U1 and U4 record a long-term fostering "
                                + "match, so they stand for 'plan achieved'"),
                        (c, m, t) -> include(c, m, t, e -> type(e, "U1|U4"))));
    }

    private static Indicator<ChildHistory> share(String code, String title, Polarity polarity, String which, Predicate<Episode> test) {
        return Indicator.ofChildren(def(code, title, PERCENT, polarity).population(ProfileIndicators.IN_CARE)
                .numerator("Of them, " + which + " at month end").national("SSDA903 placement at 31 March"),
                (c, m, t) -> include(c, m, t, test));
    }

    private static Indicator<ChildHistory> count(String code, String title, Polarity polarity, String which, Predicate<Episode> test) {
        return Indicator.ofChildren(def(code, title, COUNT, polarity).population(ProfileIndicators.IN_CARE)
                .numerator("Children in care with " + which + " at month end").national("SSDA903 placement at 31 March"),
                (c, m, t) -> {
                    Episode e = c.episodeAt(m.end());
                    t.countIf(c.id(), e != null && test.test(e));
                });
    }

    private static void include(ChildHistory c, ReportingMonth m, Tally t, Predicate<Episode> test) {
        Episode e = c.episodeAt(m.end());
        if (e != null) {
            t.include(c.id(), test.test(e));
        }
    }

    static boolean type(Episode e, String pattern) {
        return e.getPlacementType() != null && e.getPlacementType().matches(pattern);
    }

    private static boolean provider(Episode e, String pattern) {
        return e.getPlacementProvider() != null && e.getPlacementProvider().matches(pattern);
    }

    private static Definition.Builder def(String code, String title, Unit unit, Polarity polarity) {
        return Definition.of(Area.PLACEMENTS, code, title, unit, polarity, MONTH_END);
    }

    private static Definition.Builder def(String code, String title, Unit unit, Polarity polarity, PeriodBasis basis) {
        return Definition.of(Area.PLACEMENTS, code, title, unit, polarity, basis);
    }
}
