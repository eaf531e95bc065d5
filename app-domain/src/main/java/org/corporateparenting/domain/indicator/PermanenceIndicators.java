package org.corporateparenting.domain.indicator;

import static org.corporateparenting.domain.indicator.PeriodBasis.FINANCIAL_YEAR_TO_DATE;
import static org.corporateparenting.domain.indicator.PeriodBasis.ROLLING_6_MONTHS;
import static org.corporateparenting.domain.indicator.Polarity.HIGH;
import static org.corporateparenting.domain.indicator.Unit.PERCENT;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.corporateparenting.domain.episode.Episode;
import org.corporateparenting.domain.episode.PeriodOfCare;

/** Permanence: how children left care, by the SSDA903 reason episode ceased of the period's last episode. */
final class PermanenceIndicators {

    static final Set<String> ADOPTED = Set.of("E11", "E12");
    static final Set<String> SPECIAL_GUARDIANSHIP = Set.of("E43", "E44", "E45", "E46", "E47", "E48");
    static final Set<String> RETURNED_HOME = Set.of("E4A", "E4B");
    static final Set<String> RESIDENCE_ORDER = Set.of("E41");

    private PermanenceIndicators() {
    }

    static List<Indicator<?>> all() {
        return List.of(
                leavers("PERM_RETURN_HOME_R6", "% of children leaving care who returned home to parents (rolling 6 months)",
                        ROLLING_6_MONTHS, RETURNED_HOME, "returned home to live with parents or others with parental responsibility "
                                + "(E4A, E4B)", "The digest cites E13, which is leaving to live with someone without parental "
                                + "responsibility; the pack's wording ('with PR') matches E4A and E4B, used here"),
                leavers("PERM_SGO", "% of children leaving care through a special guardianship order (rolling 6 months)",
                        ROLLING_6_MONTHS, SPECIAL_GUARDIANSHIP, "special guardianship order (E43, E44 before 2014-15; E45 to E48)", ""),
                leavers("PERM_ADOPTION", "% of children leaving care through adoption (rolling 6 months)",
                        ROLLING_6_MONTHS, ADOPTED, "adopted (E11, E12)", ""),
                leavers("PERM_CEASED_PERMANENCE", "% of children leaving care through permanence (SGO, residence order, adoption)",
                        FINANCIAL_YEAR_TO_DATE, union(ADOPTED, SPECIAL_GUARDIANSHIP, RESIDENCE_ORDER),
                        "adopted, special guardianship, residence or child arrangements order (E11, E12, E41, E43 to E48)",
                        "Financial year to date, as Rotherham's YTD column"));
    }

    private static Indicator<ChildHistory> leavers(String code, String title, PeriodBasis basis, Set<String> reasons,
            String which, String local) {
        return Indicator.ofChildren(Definition.of(Area.PERMANENCE, code, title, PERCENT, HIGH, basis)
                .population("Periods of care that ended in the window (" + basis.label().toLowerCase() + ")")
                .numerator("Of them, " + which).national("SSDA903 reason episode ceased").local(local),
                (c, m, t) -> {
                    LocalDate from = basis == FINANCIAL_YEAR_TO_DATE ? m.financialYearStart() : m.rollingStart(6);
                    for (PeriodOfCare p : c.periodsEnded(from, m.end())) {
                        Episode last = c.lastEpisodeOf(p);
                        t.include(c.id(), last != null && reasons.contains(last.getReasonCeased()));
                    }
                });
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new HashSet<>();
        for (Set<String> s : sets) {
            all.addAll(s);
        }
        return Set.copyOf(all);
    }
}
