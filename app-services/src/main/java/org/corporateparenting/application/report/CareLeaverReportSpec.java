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
                            "This is the annual report of {council}'s leaving care service for {year}."),
                    new ReportSpec.Section("context", "2. Context", List.of("service"),
                            "On 31 March {cl.count} young people aged 16 to 25 were care leavers (a year earlier, {lastYear.cl.count}); "
                                    + "{cl.receivingService} of them were receiving a leaving care service."),
                    new ReportSpec.Section("workforce", "3. Workforce", List.of(), ""),
                    new ReportSpec.Section("feedback", "4. What young people told us", List.of(), ""),
                    new ReportSpec.Section("inTouch", "5. Keeping in touch", List.of("inTouch"),
                            "{cl.inTouchPct} of care leavers aged 19 to 21 were in touch with us on 31 March (last year "
                                    + "{lastYear.cl.inTouchPct})."),
                    new ReportSpec.Section("plans", "6. Pathway plans", List.of("plans", "plansUpToDate"),
                            "{cl.planPct} of eligible young people and care leavers had a pathway plan, and {cl.planUpToDatePct} of care "
                                    + "leavers' plans were up to date."),
                    new ReportSpec.Section("eet", "7. Education, employment and training", List.of("eet"),
                            "{cl.eetPct} of care leavers aged 19 to 21 were in education, employment or training on 31 March; on their "
                                    + "birthdays during the year (the DfE's OC3 measure) it was {cl.eetOc3Pct}."),
                    new ReportSpec.Section("accommodation", "8. Suitable accommodation", List.of("accommodation", "unsuitable"),
                            "{cl.suitablePct} of care leavers aged 19 to 21 were in suitable accommodation on 31 March (last year "
                                    + "{lastYear.cl.suitablePct})."),
                    new ReportSpec.Section("conclusion", "9. Conclusion and priorities", List.of(), "")),
            ReportSpec.committeeClosing("Children (Leaving Care) Act 2000; Care Leavers (England) Regulations 2010."));

    private CareLeaverReportSpec() {
    }
}
