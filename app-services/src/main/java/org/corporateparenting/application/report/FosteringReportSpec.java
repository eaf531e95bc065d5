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
                            + "lived with them. During the year {fc.recruited} households were approved and {fc.deregistered} left.",
                    "That the Board notes the fostering service's annual report for {year}.",
                    "The Fostering Services (England) Regulations 2011 and National Minimum Standard 25 ask the service to report on "
                            + "its work to the council's executive."),
            List.of(
                    new ReportSpec.Section("introduction", "1. Introduction and synopsis", List.of(),
                            "This is the annual report of {council}'s fostering service for {year}."),
                    new ReportSpec.Section("households", "2. Approved fostering households", List.of("households", "placed", "places"),
                            "On 31 March {fc.households} households were approved (a year earlier, {lastYear.fc.households}), caring for "
                                    + "{fc.childrenPlaced} children. Of their {fc.places} approved places, {fc.vacancies} were vacant "
                                    + "({fc.placesFilledPct} filled)."),
                    new ReportSpec.Section("recruitment", "3. Recruitment, assessment and approval", List.of("pipeline", "recruited"),
                            "{fc.enquiries} enquiries were received during the year; {fc.conversionPct} of them had led to an approval "
                                    + "by 31 March. {fc.recruited} households were approved for the first time."),
                    new ReportSpec.Section("deregistration", "4. De-registration", List.of("deregistered"),
                            "{fc.deregistered} households were deregistered during the year (last year {lastYear.fc.deregistered})."),
                    new ReportSpec.Section("panel", "5. The fostering panel", List.of(), ""),
                    new ReportSpec.Section("support", "6. Reviews, support and training for foster carers", List.of(), ""),
                    new ReportSpec.Section("voice", "7. The child's voice", List.of(), ""),
                    new ReportSpec.Section("allegations", "8. Complaints and allegations", List.of("allegations", "complaints", "complaintOutcomes"),
                            "{fc.allegations} allegations against foster carers were referred to the designated officer during the year, "
                                    + "and {fc.complaints} complaints were received."),
                    new ReportSpec.Section("developments", "9. Service developments for next year", List.of(), "")),
            ReportSpec.committeeClosing("Fostering Services (England) Regulations 2011; Fostering Services: National Minimum Standards (2011)."));

    private FosteringReportSpec() {
    }
}
