package org.corporateparenting.application.report;

import java.util.List;
import org.corporateparenting.domain.report.ReportKind;

/**
 * The fostering panel chair's annual report, after the councils' (Fostering Panel Chair's Annual Report 2022-23:
 * introduction, panel meetings and membership, training, case types and recommendations, last year's strengthening
 * opportunities, themes and observations, developments, user feedback, conclusion).
 */
final class PanelReportSpec {

    static final ReportSpec SPEC = new ReportSpec(ReportKind.FOSTERING_PANEL_ANNUAL, "Fostering panel: chair's annual report",
            ReportSpec.committeeCover("The fostering panel met {panel.held} times in {year} and heard {panel.cases} cases; "
                            + "{panel.positivePct} had a positive recommendation.",
                    "That the Board notes the fostering panel chair's annual report for {year}.",
                    "National Minimum Standard 14 asks the fostering panel to give the service quality-assurance feedback each year."),
            List.of(
                    new ReportSpec.Section("introduction", "1. Introduction", List.of(),
                            "This report covers the fostering panel of {council} from 1 April to 31 March of {year}.")
                            .guided("Say what the report covers: the panel's functions under the Fostering Services (England) "
                                    + "Regulations 2011 (reg. 25), and the period."),
                    new ReportSpec.Section("meetings", "2. Panel meetings and membership", List.of("meetings", "minutes"),
                            "{panel.held} panels were held and {panel.cancelled} cancelled, hearing an average of "
                                    + "{panel.casesPerMeeting} cases each. The minutes of {panel.minutesOnTimePct} of the meetings held "
                                    + "were written within a week.")
                            .statutory("Report the meetings held and cancelled, the central list, members' attendance and the "
                                    + "quorum (Fostering Services (England) Regulations 2011, regs. 23 and 24; NMS 14)."),
                    new ReportSpec.Section("training", "3. Training, development and appraisals", List.of(), "")
                            .statutory("Describe the training, development and annual appraisal of panel members and the chair "
                                    + "(NMS 14: panel members are trained and their performance reviewed each year)."),
                    new ReportSpec.Section("cases", "4. Case types and recommendations", List.of("cases", "recommendations", "decisions"),
                            "The panel heard {panel.cases} cases (last year {lastYear.panel.cases}). The agency decision maker did not "
                                    + "agree with, or varied, {panel.decisionsDiffering} of the panel's recommendations.")
                            .statutory("Summarise the cases heard, the recommendations made and the decision maker's decisions, "
                                    + "including any that differed from the panel's recommendation (NMS 14)."),
                    new ReportSpec.Section("previous", "5. Last year's strengthening opportunities", List.of(), "")
                            .guided("Review last year's strengthening opportunities: what changed and what remains."),
                    new ReportSpec.Section("themes", "6. Themes and observations", List.of(), "")
                            .statutory("Give the panel's quality-assurance feedback on the reports presented to it and the themes "
                                    + "it saw (NMS 14: the panel monitors and feeds back on the quality of reports)."),
                    new ReportSpec.Section("plans", "7. Developments and future plans", List.of(), "")
                            .guided("Set out the panel's developments and plans for next year."),
                    new ReportSpec.Section("feedback", "8. User feedback", List.of(), "")
                            .guided("Give the views of applicants, carers and social workers who attended the panel."),
                    new ReportSpec.Section("conclusion", "9. Conclusion", List.of(), "")
                            .guided("Conclude with the chair's view of the year.")),
            ReportSpec.committeeClosing("Fostering Services (England) Regulations 2011; Fostering Services: National Minimum Standards (2011)."));

    private PanelReportSpec() {
    }
}
