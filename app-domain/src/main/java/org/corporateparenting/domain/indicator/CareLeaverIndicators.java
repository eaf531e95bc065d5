package org.corporateparenting.domain.indicator;

import static org.corporateparenting.domain.indicator.PeriodBasis.IN_MONTH;
import static org.corporateparenting.domain.indicator.PeriodBasis.MONTH_END;
import static org.corporateparenting.domain.indicator.PeriodBasis.ROLLING_12_MONTHS;
import static org.corporateparenting.domain.indicator.Polarity.HIGH;
import static org.corporateparenting.domain.indicator.Polarity.INFORMATION;
import static org.corporateparenting.domain.indicator.Polarity.LOW;
import static org.corporateparenting.domain.indicator.Unit.COUNT;
import static org.corporateparenting.domain.indicator.Unit.PERCENT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.corporateparenting.domain.careleaver.BirthdayCheck;
import org.corporateparenting.domain.careleaver.CareLeaverContact;
import org.corporateparenting.domain.careleaver.LivingPeriod;
import org.corporateparenting.domain.careleaver.PathwayPlan;
import org.corporateparenting.domain.code.Oc3Codes;
import org.corporateparenting.domain.health.HealthCheck;

/**
 * Care leavers (Children (Leaving Care) Act 2000; Care Leavers (England) Regulations 2010; OC3). "Active"
 * means receiving a service: the leaving-care service is open at month end.
 */
final class CareLeaverIndicators {

    private static final String ACTIVE_19_21 = "Care leavers (as CL_COUNT) receiving a service at month end, aged 19 to 21";
    private static final String ACTIVE_17_25 = "Young people with a leaving-care record, receiving a service at month end, "
            + "aged 17 to 25";

    private CareLeaverIndicators() {
    }

    static List<Indicator<?>> all(Standards standards) {
        List<Indicator<?>> all = new ArrayList<>();
        all.add(Indicator.ofChildren(def("CL_PATHWAY_PLAN_UPTODATE", "% of care leavers with an up-to-date pathway plan", PERCENT, HIGH, MONTH_END)
                .population(ACTIVE_17_25).numerator("Of them, a pathway plan completed or reviewed within the last 6 months")
                .national("Care Leavers (England) Regulations 2010: pathway plan reviewed at least every 6 months"),
                (c, m, t) -> {
                    if (active(c, m.end(), 17, 25)) {
                        PathwayPlan plan = latestPlan(c, m.end());
                        t.include(c.id(), plan != null && !plan.nextDue().isBefore(m.end()));
                    }
                }));
        all.add(Indicator.ofChildren(def("CL_PATHWAY_PLAN_HAS", "% of eligible children and care leavers with a pathway plan", PERCENT, HIGH,
                MONTH_END)
                .population("Young people with a leaving-care record (eligible, relevant or former relevant) receiving a service, "
                        + "aged 16 to 25 at month end, including eligible children still in care")
                .numerator("Of them, any pathway plan completed by month end")
                .national("Children (Leaving Care) Act 2000: a pathway plan for every eligible, relevant and former relevant young person"),
                (c, m, t) -> {
                    if (active(c, m.end(), 16, 25)) {
                        t.include(c.id(), latestPlan(c, m.end()) != null);
                    }
                }));
        all.add(leavers19to21("CL_SUITABLE_ACCOM", "% of care leavers aged 19 to 21 in suitable accommodation", HIGH,
                "Of them, accommodation at month end recorded as suitable (no accommodation recorded counts as not suitable)",
                "OC3 accommodation suitability (former NI 147)", (c, d) -> {
                    LivingPeriod p = c.livingAt(LivingPeriod.Kind.ACCOMMODATION, d);
                    return p != null && Boolean.TRUE.equals(p.getSuitable());
                }));
        all.add(leavers19to21("CL_EET", "% of care leavers aged 19 to 21 in education, employment or training", HIGH,
                "Of them, an activity at month end that is education, employment or training (OC3 F1 to P3)",
                "OC3 activity (former NI 148)", (c, d) -> {
                    LivingPeriod p = c.livingAt(LivingPeriod.Kind.ACTIVITY, d);
                    return p != null && p.isInEducationEmploymentOrTraining();
                }));
        all.add(leavers19to21("CL_IN_TOUCH", "% of care leavers aged 19 to 21 in touch with the council", HIGH,
                "Of them, a successful contact within the council's contact standard (" + standards.contactDays() + " days)",
                "OC3 in touch; contact standard care.leaving.contact-days", (c, d) -> inTouch(c, d, standards.contactDays())));
        all.add(Indicator.ofChildren(def("CL_UNSUITABLE_COUNT", "Care leavers in unsuitable accommodation", COUNT, LOW, MONTH_END)
                .population(ACTIVE_17_25).numerator("Of them, accommodation at month end recorded as not suitable")
                .national("OC3 accommodation suitability (the 1/2 suffix of ACCOM)"),
                (c, m, t) -> {
                    LivingPeriod p = active(c, m.end(), 17, 25) ? c.livingAt(LivingPeriod.Kind.ACCOMMODATION, m.end()) : null;
                    t.countIf(c.id(), p != null && Boolean.FALSE.equals(p.getSuitable()));
                }));
        all.add(Indicator.ofChildren(def("CL_BANDB_COUNT", "Care leavers in bed and breakfast accommodation", COUNT, LOW, MONTH_END)
                .population(ACTIVE_17_25).numerator("Of them, in bed and breakfast at month end (OC3 accommodation W)")
                .local("Aged 17 to 25, as the table (the Dorset headline says 16 to 25)"),
                (c, m, t) -> {
                    LivingPeriod p = active(c, m.end(), 17, 25) ? c.livingAt(LivingPeriod.Kind.ACCOMMODATION, m.end()) : null;
                    t.countIf(c.id(), p != null && "W".equals(p.getCode()));
                }));
        all.add(Indicator.ofChildren(def("CL_EET_OC3", "% of care leavers aged 19 to 21 in education, employment or training (OC3 birthdays)",
                PERCENT, HIGH, ROLLING_12_MONTHS)
                .population("OC3 birthday records for the 19th, 20th and 21st birthdays in the 12 months to month end, "
                        + "excluding those who died or returned home (no activity recorded)")
                .numerator("Of them, activity in education, employment or training around the birthday")
                .national("DfE OC3 (annual, recorded around each birthday); in March this is the collection year's figure"),
                (c, m, t) -> {
                    for (BirthdayCheck b : c.birthdayChecks()) {
                        if (b.getBirthdayAge() >= 19 && b.getBirthdayAge() <= 21 && Window.within(b.getBirthday(), m.rollingStart(12), m.end())
                                && !"0".equals(b.getActivity()) && b.getActivity() != null) {
                            t.include(c.id(), Oc3Codes.EET.contains(b.getActivity()));
                        }
                    }
                }));
        all.add(Indicator.ofChildren(def("CL_HEALTH_PASSPORT_DUE", "Health passports due", COUNT, INFORMATION, IN_MONTH)
                .arrears(2).numerator("Children in care whose health passport fell due in the month two months before the "
                        + "reporting month (6 months before their 18th birthday)")
                .local("Two months in arrears, as the packs report it"),
                (c, m, t) -> t.countIf(c.id(), passportDueIn(c, m))));
        all.add(Indicator.ofChildren(def("CL_HEALTH_PASSPORT_DONE", "Health passports completed", COUNT, INFORMATION, IN_MONTH)
                .arrears(2).numerator("Health passports completed in the month two months before the reporting month")
                .local("No national definition: a local measure of the board packs (Dorset), two months in arrears"),
                (c, m, t) -> {
                    for (HealthCheck h : c.checks(HealthCheck.Kind.HEALTH_PASSPORT)) {
                        t.countIf(c.id(), m.contains(h.getCheckedOn()));
                    }
                }));
        return all;
    }

    private interface Test {
        boolean test(ChildHistory child, LocalDate date);
    }

    private static Indicator<ChildHistory> leavers19to21(String code, String title, Polarity polarity, String numerator,
            String national, Test test) {
        return Indicator.ofChildren(def(code, title, PERCENT, polarity, MONTH_END).population(ACTIVE_19_21).numerator(numerator)
                .national(national).local("Measured on the current record at month end; DfE benchmarks use the OC3 birthday records"),
                (c, m, t) -> {
                    if (active(c, m.end(), 19, 21) && !c.lookedAfterAt(m.end())) {
                        t.include(c.id(), test.test(c, m.end()));
                    }
                });
    }

    private static boolean active(ChildHistory c, LocalDate date, int fromAge, int toAge) {
        return ProfileIndicators.leavingCareAged(c, date, fromAge, toAge) && ProfileIndicators.receivingService(c.careLeaver(), date);
    }

    private static PathwayPlan latestPlan(ChildHistory c, LocalDate date) {
        PathwayPlan latest = null;
        for (PathwayPlan p : c.plans()) {
            if (!p.getCompletedOn().isAfter(date)) {
                latest = p;
            }
        }
        return latest;
    }

    private static boolean inTouch(ChildHistory c, LocalDate date, int days) {
        for (CareLeaverContact contact : c.contacts()) {
            if (contact.isSuccessful() && !contact.getContactDate().isAfter(date)
                    && contact.getContactDate().isAfter(date.minusDays(days))) {
                return true;
            }
        }
        return false;
    }

    private static boolean passportDueIn(ChildHistory c, ReportingMonth m) {
        LocalDate due = c.child().getDateOfBirth().plusYears(18).minusMonths(6);
        return m.contains(due) && c.lookedAfterAt(due);
    }

    private static Definition.Builder def(String code, String title, Unit unit, Polarity polarity, PeriodBasis basis) {
        return Definition.of(Area.CARE_LEAVERS, code, title, unit, polarity, basis);
    }
}
