package org.corporateparenting.domain.indicator;

import java.time.LocalDate;
import java.util.List;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.health.HealthCheck;

/**
 * A child's SSDA903 OC2 row for a collection year, worked out from the records by the same rules as the board's health
 * figures for March ({@link HealthIndicators}), so the return and the board agree:
 * <ul>
 * <li>the cohort: looked after on 31 March, continuously for 12 months or more by then (the DfE's OC2 cohort);</li>
 * <li>HEALTH_ASSESSMENT 1 when no health assessment is overdue on 31 March (the latest within 12 months, 6 for under-5s);
 * TEETH_CHECK 1 with a dental check in the 12 months to 31 March; IMMUNISATIONS 1 when the latest immunisation check by
 * then found them up to date; otherwise 0;</li>
 * <li>SDQ_SCORE the latest score in the 12 months to 31 March for a child aged 4 to 16 then; SDQ_REASON SDQ1 for a child
 * aged 17 or over, otherwise blank (the reason a score is missing is not recorded here; an under-4 has neither score
 * nor reason, as DfE rule 188 requires);</li>
 * <li>CONVICTED, HEALTH_CHECK (development checks of under-5s), SUBSTANCE_MISUSE and the two INTERVENTION columns are not
 * recorded here, so they are blank unless a loaded return gave them ({@code Oc2Return}), for the team to complete before
 * submitting.</li>
 * </ul>
 */
public final class Oc2Figures {

    private Oc2Figures() {
    }

    public static boolean inCohort(ChildHistory c, CollectionYear year) {
        return c.continuouslyFor(year.end(), 12);
    }

    /** The row's values after CHILD and DOB, in the file's column order. */
    public static List<String> of(ChildHistory c, CollectionYear year) {
        LocalDate end = year.end();
        HealthCheck sdq = HealthIndicators.sdqCohort(c, end) ? HealthIndicators.latestSdq(c, end) : null;
        int age = c.ageOn(end);
        String reason = age > 16 ? "SDQ1" : "";
        return List.of(sdq == null ? "" : String.valueOf(sdq.getScore()), sdq == null ? reason : "", "", "",
                flag(HealthIndicators.immunised(c, end)), flag(HealthIndicators.checkedWithin(c, HealthCheck.Kind.DENTAL, end, 12)),
                flag(HealthIndicators.assessmentUpToDate(c, end)), "", "", "");
    }

    private static String flag(boolean yes) {
        return yes ? "1" : "0";
    }
}
