package org.corporateparenting.domain.indicator;

import static org.corporateparenting.domain.indicator.PeriodBasis.ACADEMIC_YEAR_TO_DATE;
import static org.corporateparenting.domain.indicator.PeriodBasis.IN_MONTH;
import static org.corporateparenting.domain.indicator.PeriodBasis.MONTH_END;
import static org.corporateparenting.domain.indicator.Polarity.HIGH;
import static org.corporateparenting.domain.indicator.Polarity.INFORMATION;
import static org.corporateparenting.domain.indicator.Polarity.LOW;
import static org.corporateparenting.domain.indicator.Unit.PERCENT;

import java.time.LocalDate;
import java.util.List;
import org.corporateparenting.domain.careleaver.LivingPeriod;
import org.corporateparenting.domain.education.Attendance;
import org.corporateparenting.domain.education.EducationRecord;
import org.corporateparenting.domain.episode.PeriodOfCare;
import org.corporateparenting.domain.review.WorkingDays;

/**
 * Education of children in care: EHC plans, personal education plans (statutory guidance "Promoting the
 * education of looked-after and previously looked-after children"), attendance, suspensions, reduced
 * timetables and NEET. School age is 5 to 15 on 31 August before the month (compulsory school age).
 */
final class EducationIndicators {

    private static final String SCHOOL_AGE = "Children in care at month end of compulsory school age (5 to 15 on the "
            + "31 August before)";

    private EducationIndicators() {
    }

    static List<Indicator<?>> all() {
        return List.of(
                Indicator.ofChildren(def("EDU_EHCP_PCT", "% of children in care with an education, health and care plan", PERCENT, INFORMATION,
                        MONTH_END)
                        .population(ProfileIndicators.IN_CARE).numerator("Of them, an EHC plan in force at month end")
                        .national("DfE Outcomes for children in need, including children looked after (SEN status)"),
                        (c, m, t) -> {
                            if (c.lookedAfterAt(m.end())) {
                                t.include(c.id(), inForce(c, EducationRecord.Kind.EHCP, m.end(), m.end()));
                            }
                        }),
                Indicator.ofChildren(def("EDU_PEP_20D", "% of children with a PEP within 20 days of coming into care", PERCENT, HIGH, IN_MONTH)
                        .arrears(1)
                        .population("Periods of care that started in the month before the reporting month (one month in arrears), "
                                + "for children aged 3 to 17 at the start, excluding those that ended within 20 working days")
                        .numerator("Of them, an initial PEP by the 20th working day")
                        .national("Statutory guidance: a PEP initiated promptly and available for the first review (20 working days)")
                        .local("Working days rather than school days: the council's school-day calendar is not recorded"),
                        EducationIndicators::pepWithin20Days),
                Indicator.ofChildren(def("EDU_PEP_HAS", "% of eligible children in care with a PEP", PERCENT, HIGH, MONTH_END)
                        .population("Children in care at month end aged 3 to 17 (PEPs cover ages 2 to 18 since September 2015), "
                                + "in care for 20 working days or more")
                        .numerator("Of them, a PEP (initial or review) in the current period of care")
                        .national("Statutory guidance: every looked-after child has a PEP as part of the care plan"),
                        (c, m, t) -> {
                            PeriodOfCare p = eligibleForPep(c, m.end());
                            if (p != null) {
                                t.include(c.id(), pepBetween(c, p.start(), m.end()));
                            }
                        }),
                Indicator.ofChildren(def("EDU_PEP_UPTODATE", "% of eligible children in care with an up-to-date PEP", PERCENT, HIGH, MONTH_END)
                        .population("As EDU_PEP_HAS")
                        .numerator("Of them, a PEP in the 4 months to month end")
                        .local("Termly review: a term and its holiday is taken as 4 months (Rotherham's case-system used 12 weeks, "
                                + "which its own analysis says is wrong)"),
                        (c, m, t) -> {
                            PeriodOfCare p = eligibleForPep(c, m.end());
                            if (p != null) {
                                LocalDate from = m.end().minusMonths(4);
                                t.include(c.id(), pepBetween(c, from.isAfter(p.start()) ? from : p.start(), m.end()));
                            }
                        }),
                Indicator.ofChildren(def("EDU_ATTENDANCE", "Average attendance of children in care of school age", PERCENT, HIGH,
                        ACADEMIC_YEAR_TO_DATE)
                        .population(SCHOOL_AGE + ", with attendance recorded for a term of this academic year ended by month end")
                        .numerator("Sessions attended").denominator("Possible sessions")
                        .local("Terms end on 31 December (autumn), 31 March (spring) and 31 July (summer); attendance is recorded by term"),
                        (c, m, t) -> sessions(c, m, t, false)),
                Indicator.ofChildren(def("EDU_UNAUTH_ABSENCE", "Unauthorised absence of children in care", PERCENT, LOW, ACADEMIC_YEAR_TO_DATE)
                        .population("As EDU_ATTENDANCE").numerator("Sessions of unauthorised absence").denominator("Possible sessions")
                        .national("DfE children looked after absence statistics"),
                        (c, m, t) -> sessions(c, m, t, true)),
                Indicator.ofChildren(def("EDU_FTE_MONTH_12M", "% in care 12 months or more with at least one suspension in the month", PERCENT, LOW,
                        IN_MONTH)
                        .population("Children in care at month end looked after continuously for 12 months or more, of school age")
                        .numerator("Of them, a suspension (fixed-term exclusion) starting in the month")
                        .national("DfE children looked after exclusions (cohort in care 12 months or more)"),
                        (c, m, t) -> {
                            if (schoolAge(c, m) && c.continuouslyFor(m.end(), 12)) {
                                t.include(c.id(), suspendedBetween(c, m.start(), m.end()));
                            }
                        }),
                Indicator.ofChildren(def("EDU_SUSPENSION_AYTD", "% of children in care of school age with a suspension this academic year", PERCENT,
                        LOW, ACADEMIC_YEAR_TO_DATE)
                        .population(SCHOOL_AGE).numerator("Of them, a suspension starting since 1 September")
                        .national("DfE suspensions and permanent exclusions (academic year)"),
                        (c, m, t) -> {
                            if (schoolAge(c, m)) {
                                t.include(c.id(), suspendedBetween(c, m.academicYearStart(), m.end()));
                            }
                        }),
                Indicator.ofChildren(def("EDU_REDUCED_TIMETABLE", "% of children in care on a reduced timetable", PERCENT, LOW, IN_MONTH)
                        .population(SCHOOL_AGE).numerator("Of them, a reduced timetable in force on any day of the month")
                        .local("No national definition: a local measure of the board packs"),
                        (c, m, t) -> {
                            if (schoolAge(c, m)) {
                                t.include(c.id(), inForce(c, EducationRecord.Kind.REDUCED_TIMETABLE, m.start(), m.end()));
                            }
                        }),
                Indicator.ofChildren(def("EDU_NEET", "% of children in care aged 16 or 17 not in education, employment or training", PERCENT, LOW,
                        MONTH_END)
                        .population("Children in care at month end aged 16 or 17 with an activity recorded on their leaving-care record")
                        .numerator("Of them, an activity at month end that is not education, employment or training (OC3 G4 to G6)")
                        .local("The pack does not state the population; post-16 children in care with an activity recorded"),
                        (c, m, t) -> {
                            int age = c.ageOn(m.end());
                            LivingPeriod activity = c.lookedAfterAt(m.end()) && age >= 16 && age <= 17
                                    ? c.livingAt(LivingPeriod.Kind.ACTIVITY, m.end()) : null;
                            if (activity != null) {
                                t.include(c.id(), !activity.isInEducationEmploymentOrTraining());
                            }
                        }));
    }

    private static void pepWithin20Days(ChildHistory c, ReportingMonth cohort, Tally t) {
        for (PeriodOfCare p : c.periodsStarted(cohort.start(), cohort.end())) {
            LocalDate due = WorkingDays.plusWorkingDays(p.start(), 20);
            int age = c.ageOn(p.start());
            if (age < 3 || age > 17 || p.end() != null && !p.end().isAfter(due)) {
                continue;
            }
            t.include(c.id(), c.education(EducationRecord.Kind.PEP_INITIAL).stream()
                    .anyMatch(r -> !r.getFromDate().isBefore(p.start()) && !r.getFromDate().isAfter(due)));
        }
    }

    private static PeriodOfCare eligibleForPep(ChildHistory c, LocalDate date) {
        PeriodOfCare p = c.periodAt(date);
        int age = c.ageOn(date);
        return p != null && age >= 3 && age <= 17 && WorkingDays.plusWorkingDays(p.start(), 20).isBefore(date) ? p : null;
    }

    private static boolean pepBetween(ChildHistory c, LocalDate from, LocalDate to) {
        return c.education.stream().anyMatch(r -> (r.getKind() == EducationRecord.Kind.PEP_INITIAL
                || r.getKind() == EducationRecord.Kind.PEP_REVIEW) && Window.within(r.getFromDate(), from, to));
    }

    private static boolean inForce(ChildHistory c, EducationRecord.Kind kind, LocalDate from, LocalDate to) {
        return c.education(kind).stream().anyMatch(r -> !r.getFromDate().isAfter(to)
                && (r.getToDate() == null || !r.getToDate().isBefore(from)));
    }

    private static boolean suspendedBetween(ChildHistory c, LocalDate from, LocalDate to) {
        return c.education(EducationRecord.Kind.SUSPENSION).stream()
                .anyMatch(r -> Window.within(r.getFromDate(), from, to));
    }

    static boolean schoolAge(ChildHistory c, ReportingMonth m) {
        if (!c.lookedAfterAt(m.end())) {
            return false;
        }
        int age = c.ageOn(m.academicYearStart().minusDays(1));
        return age >= 5 && age <= 15;
    }

    private static void sessions(ChildHistory c, ReportingMonth m, Tally t, boolean unauthorised) {
        if (!schoolAge(c, m)) {
            return;
        }
        int year = m.academicYearStart().getYear();
        for (Attendance a : c.attendance()) {
            if (a.getAcademicYear() == year && !termEnd(year, a.getTerm()).isAfter(m.end())) {
                t.includeUnits(c.id(), a.getSessionsPossible(), unauthorised ? a.getUnauthorisedAbsences() : a.getSessionsAttended());
            }
        }
    }

    private static LocalDate termEnd(int academicYear, String term) {
        return switch (term) {
            case "AUTUMN" -> LocalDate.of(academicYear, 12, 31);
            case "SPRING" -> LocalDate.of(academicYear + 1, 3, 31);
            default -> LocalDate.of(academicYear + 1, 7, 31);
        };
    }

    private static Definition.Builder def(String code, String title, Unit unit, Polarity polarity, PeriodBasis basis) {
        return Definition.of(Area.EDUCATION, code, title, unit, polarity, basis);
    }
}
