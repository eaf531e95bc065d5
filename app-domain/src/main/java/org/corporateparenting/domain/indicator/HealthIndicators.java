package org.corporateparenting.domain.indicator;

import static org.corporateparenting.domain.indicator.PeriodBasis.IN_MONTH;
import static org.corporateparenting.domain.indicator.PeriodBasis.MONTH_END;
import static org.corporateparenting.domain.indicator.Polarity.HIGH;
import static org.corporateparenting.domain.indicator.Polarity.LOW;
import static org.corporateparenting.domain.indicator.Unit.AVERAGE;
import static org.corporateparenting.domain.indicator.Unit.PERCENT;

import java.time.LocalDate;
import java.util.List;
import org.corporateparenting.domain.episode.PeriodOfCare;
import org.corporateparenting.domain.health.HealthAssessment;
import org.corporateparenting.domain.health.HealthCheck;

/**
 * Health and emotional wellbeing of children in care: health assessments (statutory guidance "Promoting the
 * health and well-being of looked-after children"), dental checks, immunisations and SDQ scores (OC2).
 */
final class HealthIndicators {

    private static final String TWELVE_MONTHS = "Children in care at month end who had been looked after continuously "
            + "for 12 months or more (the OC2 cohort, taken at each month end instead of 31 March)";

    private HealthIndicators() {
    }

    static List<Indicator<?>> all() {
        return List.of(
                Indicator.ofChildren(def(Area.HEALTH, "HLT_IHA_20D",
                        "% of new children in care with their initial health assessment within 20 working days", PERCENT, HIGH, IN_MONTH)
                        .arrears(1)
                        .population("Periods of care that started in the month before the reporting month (one month in arrears), "
                                + "excluding those that ended before the assessment fell due")
                        .numerator("Of them, an initial health assessment completed by the 20th working day (England and Wales "
                                + "bank holidays)")
                        .national("Statutory guidance: initial health assessment within 20 working days of entering care; no DfE "
                                + "published rate")
                        .local("A child who leaves care before the assessment is due is left out of the cohort"),
                        HealthIndicators::initialAssessment),
                Indicator.ofChildren(def(Area.HEALTH, "HLT_RHA_ONTIME_12M",
                        "% in care 12 months or more with their review health assessment on time", PERCENT, HIGH, MONTH_END)
                        .population(TWELVE_MONTHS)
                        .numerator("Of them, a health assessment completed within the last 12 months (6 months for under-5s at "
                                + "that assessment), so none is overdue at month end")
                        .national("OC2 annual health assessment"),
                        (c, m, t) -> {
                            if (c.continuouslyFor(m.end(), 12)) {
                                t.include(c.id(), assessmentUpToDate(c, m.end()));
                            }
                        }),
                Indicator.ofChildren(def(Area.HEALTH, "HLT_HA_UPTODATE", "% of children in care with up-to-date health assessments", PERCENT, HIGH,
                        MONTH_END)
                        .population("Children in care at month end whose initial health assessment has fallen due")
                        .numerator("Of them, no health assessment overdue at month end")
                        .national("OC2 (cohort differs: all children in care, as in Rotherham's measure)"),
                        (c, m, t) -> {
                            PeriodOfCare p = c.periodAt(m.end());
                            if (p != null && HealthAssessment.initialDue(p.start()).isBefore(m.end())) {
                                t.include(c.id(), assessmentUpToDate(c, m.end()));
                            }
                        }),
                Indicator.ofChildren(def(Area.HEALTH, "HLT_DENTAL_12M", "% in care 12 months or more with a dental check in the last 12 months",
                        PERCENT, HIGH, MONTH_END)
                        .population(TWELVE_MONTHS).numerator("Of them, a dental check in the 12 months to month end")
                        .national("OC2 teeth checked by a dentist"),
                        (c, m, t) -> {
                            if (c.continuouslyFor(m.end(), 12)) {
                                t.include(c.id(), checkedWithin(c, HealthCheck.Kind.DENTAL, m.end(), 12));
                            }
                        }),
                Indicator.ofChildren(def(Area.HEALTH, "HLT_DENTAL_UPTODATE", "% of children in care with up-to-date dental checks", PERCENT, HIGH,
                        MONTH_END)
                        .population("Children in care at month end aged 1 or over")
                        .numerator("Of them, a dental check in the 12 months to month end")
                        .local("Under-1s are left out: a first dental check is not yet expected"),
                        (c, m, t) -> {
                            if (c.lookedAfterAt(m.end()) && c.ageOn(m.end()) >= 1) {
                                t.include(c.id(), checkedWithin(c, HealthCheck.Kind.DENTAL, m.end(), 12));
                            }
                        }),
                Indicator.ofChildren(def(Area.HEALTH, "HLT_IMMS_ALL", "% of all children in care with up-to-date immunisations", PERCENT, HIGH,
                        MONTH_END)
                        .population(ProfileIndicators.IN_CARE)
                        .numerator("Of them, the latest immunisation check on or before month end found them up to date")
                        .national("OC2 immunisations (OC2 covers 12 months or more only, so benchmarks are not like for like)"),
                        (c, m, t) -> {
                            if (c.lookedAfterAt(m.end())) {
                                t.include(c.id(), immunised(c, m.end()));
                            }
                        }),
                Indicator.ofChildren(def(Area.HEALTH, "HLT_IMMS_12M", "% in care 12 months or more with up-to-date immunisations", PERCENT, HIGH,
                        MONTH_END)
                        .population(TWELVE_MONTHS)
                        .numerator("Of them, the latest immunisation check on or before month end found them up to date")
                        .national("OC2 immunisations up to date"),
                        (c, m, t) -> {
                            if (c.continuouslyFor(m.end(), 12)) {
                                t.include(c.id(), immunised(c, m.end()));
                            }
                        }),
                Indicator.ofChildren(def(Area.WELLBEING, "EWB_SDQ_COMPLETED", "% in care 12 months or more, aged 4 to 16, with an SDQ completed",
                        PERCENT, HIGH, MONTH_END)
                        .population(TWELVE_MONTHS + ", aged 4 to 16 at month end")
                        .numerator("Of them, a strengths and difficulties questionnaire score recorded in the 12 months to month end")
                        .national("OC2 SDQ: children aged 4 to 16 looked after 12 months or more with a score submitted"),
                        (c, m, t) -> {
                            if (sdqCohort(c, m.end())) {
                                t.include(c.id(), latestSdq(c, m.end()) != null);
                            }
                        }),
                Indicator.ofChildren(def(Area.WELLBEING, "EWB_SDQ_AVG_SCORE", "Average SDQ score, in care 12 months or more, aged 4 to 16", AVERAGE,
                        LOW, MONTH_END)
                        .population(TWELVE_MONTHS + ", aged 4 to 16 at month end, with a score in the last 12 months")
                        .numerator("Sum of each child's latest total difficulties score (0 to 40)").denominator("Children with a score")
                        .national("OC2 average SDQ score (former NI 58): 0-13 close to average, 14-16 slightly raised, 17-19 high, 20-40 very high"),
                        (c, m, t) -> {
                            if (sdqCohort(c, m.end())) {
                                HealthCheck sdq = latestSdq(c, m.end());
                                if (sdq != null) {
                                    t.add(c.id(), sdq.getScore());
                                }
                            }
                        }));
    }

    private static void initialAssessment(ChildHistory c, ReportingMonth cohort, Tally t) {
        for (PeriodOfCare p : c.periodsStarted(cohort.start(), cohort.end())) {
            LocalDate due = HealthAssessment.initialDue(p.start());
            if (p.end() != null && !p.end().isAfter(due)) {
                continue;
            }
            boolean onTime = c.assessments().stream().anyMatch(a -> a.getKind() == HealthAssessment.Kind.INITIAL
                    && a.getCompletedOn() != null && !a.getCompletedOn().isBefore(p.start()) && !a.getCompletedOn().isAfter(due));
            t.include(c.id(), onTime);
        }
    }

    /** No health assessment overdue at the date: the latest completed one's review date is after it. */
    static boolean assessmentUpToDate(ChildHistory c, LocalDate date) {
        LocalDate last = null;
        for (HealthAssessment a : c.assessments()) {
            if (a.getCompletedOn() != null && !a.getCompletedOn().isAfter(date) && (last == null || a.getCompletedOn().isAfter(last))) {
                last = a.getCompletedOn();
            }
        }
        return last != null && !HealthAssessment.reviewDue(c.child(), last).isBefore(date);
    }

    static boolean checkedWithin(ChildHistory c, HealthCheck.Kind kind, LocalDate date, int months) {
        HealthCheck latest = c.latestCheck(kind, date);
        return latest != null && latest.getCheckedOn().isAfter(date.minusMonths(months));
    }

    static boolean immunised(ChildHistory c, LocalDate date) {
        HealthCheck latest = c.latestCheck(HealthCheck.Kind.IMMUNISATION, date);
        return latest != null && Boolean.TRUE.equals(latest.getUpToDate());
    }

    static boolean sdqCohort(ChildHistory c, LocalDate date) {
        int age = c.ageOn(date);
        return age >= 4 && age <= 16 && c.continuouslyFor(date, 12);
    }

    static HealthCheck latestSdq(ChildHistory c, LocalDate date) {
        HealthCheck latest = c.latestCheck(HealthCheck.Kind.SDQ, date);
        return latest != null && latest.getScore() != null && latest.getCheckedOn().isAfter(date.minusMonths(12)) ? latest : null;
    }

    private static Definition.Builder def(Area area, String code, String title, Unit unit, Polarity polarity, PeriodBasis basis) {
        return Definition.of(area, code, title, unit, polarity, basis);
    }
}
