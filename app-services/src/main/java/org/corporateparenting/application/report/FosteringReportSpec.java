package org.corporateparenting.application.report;

import java.util.List;
import org.corporateparenting.domain.report.ReportKind;

/**
 * The fostering service's annual report, after the councils' (Fostering Service Annual Report 2022-23: synopsis;
 * recruitment, assessment, approval and de-registration; enquiries to approvals; the fostering panel; households and
 * beds; reviews, support, the child's voice; compliance; complaints and allegations; training; developments).
 */
final class FosteringReportSpec {

    static final ReportSpec SPEC = new ReportSpec(ReportKind.FOSTERING_ANNUAL, "Fostering service: annual report",
            ReportSpec.committeeCover("On 31 March {fc.households} fostering households were approved and {fc.childrenPlaced} children "
                            + "in care lived with the council's own foster carers. During the year {fc.recruited} households were "
                            + "approved and {fc.deregistered} left.",
                    "That the Board notes the fostering service's annual report for {year}.",
                    "The Fostering Services (England) Regulations 2011 and National Minimum Standard 25 ask the service to report on "
                            + "its work to the council's executive."),
            List.of(
                    new ReportSpec.Section("introduction", "1. Introduction and synopsis", List.of(),
                            "This is the annual report of {council}'s fostering service for {year}.")
                            .guided("Set out the period, the statutory basis (Fostering Services National Minimum Standard 25: "
                                    + "the council's executive receives written reports on the management, outcomes and financial "
                                    + "state of the fostering service) and the year's headline messages."),
                    new ReportSpec.Section("households", "2. Approved fostering households", List.of("households", "placed", "places"),
                            "On 31 March {fc.households} households were approved (a year earlier, {lastYear.fc.households}); "
                                    + "{fc.childrenPlaced} children in care lived with the council's own foster carers. Of the "
                                    + "households' {fc.places} approved places, {fc.vacancies} were vacant ({fc.placesFilledPct} filled).")
                            .statutory("Describe the approved households and the children living with them on 31 March, the places "
                                    + "filled and vacant, and whether there are enough carers of the right kinds for the children "
                                    + "who need them (NMS 25; the council's sufficiency duty, Children Act 1989, s.22G)."),
                    new ReportSpec.Section("recruitment", "3. Recruitment, assessment and approval", List.of("pipeline", "recruited"),
                            "{fc.enquiries} enquiries were received during the year; {fc.conversionPct} of them had led to an approval "
                                    + "by 31 March. {fc.recruited} households were approved for the first time.")
                            .statutory("Say how many enquiries, assessments and approvals there were, how long assessments took "
                                    + "and what the recruitment strategy achieved (NMS 13: recruiting and assessing foster "
                                    + "carers)."),
                    new ReportSpec.Section("deregistration", "4. De-registration", List.of("deregistered"),
                            "{fc.deregistered} households were deregistered during the year (last year {lastYear.fc.deregistered}).")
                            .guided("Explain why households left the service and what the service learnt from their leaving."),
                    new ReportSpec.Section("panel", "5. The fostering panel", List.of(), "")
                            .statutory("Summarise the fostering panel's work: meetings, the cases it heard and its "
                                    + "quality-assurance feedback to the service (Fostering Services (England) Regulations 2011, "
                                    + "reg. 25; NMS 14)."),
                    new ReportSpec.Section("support", "6. Reviews, support and training for foster carers", List.of(), "")
                            .statutory("Describe the supervision and support of foster carers, the annual reviews of their "
                                    + "approval and the training delivered (NMS 20 and 21; Fostering Services (England) "
                                    + "Regulations 2011, reg. 28)."),
                    new ReportSpec.Section("voice", "7. The child's voice", List.of(), "")
                            .statutory("Give the views of children living with the council's foster carers and what the service "
                                    + "changed because of them (NMS 1: the child's wishes and feelings; reg. 35 asks the service "
                                    + "to consult them when it reviews the quality of care)."),
                    new ReportSpec.Section("allegations", "8. Complaints and allegations", List.of("allegations", "complaints", "complaintOutcomes"),
                            "{fc.allegations} allegations against foster carers were referred to the designated officer during the year, "
                                    + "and {fc.complaints} complaints were received.")
                            .statutory("Report the complaints and the allegations against foster carers, their outcomes and the "
                                    + "lessons drawn (NMS 22: managing allegations; NMS 25: monitoring)."),
                    new ReportSpec.Section("developments", "9. Service developments for next year", List.of(), "")
                            .statutory("Set out how the service will improve next year, from the year's monitoring (Fostering "
                                    + "Services (England) Regulations 2011, reg. 35: the review of the quality of care and how it "
                                    + "will be improved).")),
            ReportSpec.committeeClosing("Fostering Services (England) Regulations 2011; Fostering Services: National Minimum Standards (2011)."));

    private FosteringReportSpec() {
    }
}
