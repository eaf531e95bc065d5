package org.corporateparenting.application.report;

import java.util.List;
import org.corporateparenting.domain.report.ReportKind;

/**
 * The leaving care service's annual report, after the councils' reports to the board (Leaving Care Service Annual
 * Report 2022-23: introduction, context, workforce, young people's feedback, key performance on being in touch,
 * pathway plans, education, employment and training, suitable accommodation, conclusion).
 */
final class CareLeaverReportSpec {

    static final ReportSpec SPEC = new ReportSpec(ReportKind.CARE_LEAVERS_ANNUAL, "Leaving care service: annual report",
            ReportSpec.committeeCover("On 31 March we were corporate parents to {cl.count} care leavers. Of those aged 19 to 21, "
                            + "{cl.inTouchPct} were in touch with us, {cl.suitablePct} in suitable accommodation and {cl.eetPct} in "
                            + "education, employment or training.",
                    "That the Board notes the leaving care service's annual report for {year}.",
                    "The report sets out the past year for the leaving care service and what it has meant for care-experienced young people."),
            List.of(
                    new ReportSpec.Section("introduction", "1. Introduction", List.of(),
                            "This is the annual report of {council}'s leaving care service for {year}.")
                            .guided("Set out the period, the council's duties to care leavers (Children Act 1989, Part III; "
                                    + "Children and Social Work Act 2017, s.1: the corporate parenting principles) and the year's "
                                    + "headline messages."),
                    new ReportSpec.Section("context", "2. Context", List.of("service"),
                            "On 31 March {cl.count} young people aged 16 to 25 were care leavers (a year earlier, {lastYear.cl.count}); "
                                    + "{cl.receivingService} of them were receiving a leaving care service.")
                            .statutory("Describe the care leavers the council supports, by age and status, and its local offer for "
                                    + "care leavers with any changes to it (Children and Social Work Act 2017, s.2: the council "
                                    + "publishes its local offer and keeps it under review)."),
                    new ReportSpec.Section("workforce", "3. Workforce", List.of(), "")
                            .statutory("Describe the personal advisers, their caseloads and the support offered up to 25 (Children "
                                    + "and Social Work Act 2017, s.3: a personal adviser to 25 for every former relevant young "
                                    + "person who wants one)."),
                    new ReportSpec.Section("feedback", "4. What young people told us", List.of(), "")
                            .statutory("Give care leavers' own views of the service and what changed because of them (Children and "
                                    + "Social Work Act 2017, s.1: corporate parents seek and take account of young people's "
                                    + "views)."),
                    new ReportSpec.Section("inTouch", "5. Keeping in touch", List.of("inTouch"),
                            "{cl.inTouchPct} of care leavers aged 19 to 21 were in touch with us on 31 March (last year "
                                    + "{lastYear.cl.inTouchPct}).")
                            .statutory("Say how the service keeps in touch with care leavers and why it lost touch with any "
                                    + "(Children Act 1989, s.23C: the duty to take reasonable steps to keep in touch)."),
                    new ReportSpec.Section("plans", "6. Pathway plans", List.of("plans", "plansUpToDate"),
                            "{cl.planPct} of eligible young people and care leavers had a pathway plan, and {cl.planUpToDatePct} of care "
                                    + "leavers' plans were up to date.")
                            .statutory("Describe pathway plans: how many young people have one, how many were reviewed within six "
                                    + "months, and their quality (Care Leavers (England) Regulations 2010)."),
                    new ReportSpec.Section("eet", "7. Education, employment and training", List.of("eet"),
                            "{cl.eetPct} of care leavers aged 19 to 21 were in education, employment or training on 31 March; on their "
                                    + "birthdays during the year (the DfE's OC3 measure) it was {cl.eetOc3Pct}.")
                            .statutory("Describe care leavers in education, employment and training, higher education and "
                                    + "apprenticeships among them, and the help given (Children Act 1989, s.23CA; the local "
                                    + "offer)."),
                    new ReportSpec.Section("accommodation", "8. Suitable accommodation", List.of("accommodation", "unsuitable"),
                            "{cl.suitablePct} of care leavers aged 19 to 21 were in suitable accommodation on 31 March (last year "
                                    + "{lastYear.cl.suitablePct}).")
                            .statutory("Describe where care leavers live, how many are in unsuitable accommodation and why, and "
                                    + "the staying put arrangements (Children Act 1989, s.23CZA: staying put with former foster "
                                    + "carers to 21)."),
                    new ReportSpec.Section("conclusion", "9. Conclusion and priorities", List.of(), "")
                            .guided("Conclude with the service's priorities for next year.")),
            ReportSpec.committeeClosing("Children (Leaving Care) Act 2000; Care Leavers (England) Regulations 2010."));

    private CareLeaverReportSpec() {
    }
}
