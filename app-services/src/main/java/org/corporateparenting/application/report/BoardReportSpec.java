package org.corporateparenting.application.report;

import java.util.List;
import org.corporateparenting.domain.report.ReportKind;

/**
 * The Corporate Parenting Board's own annual report, after the councils' (Corporate Parenting Board Annual Report
 * 2022-23: the chair's introduction, the strategy and the population, youth voice, health, ambition for children,
 * safeguarding and permanence, transitions, membership and governance), each priority with the dataset's tables.
 */
final class BoardReportSpec {

    static final ReportSpec SPEC = new ReportSpec(ReportKind.BOARD_ANNUAL, "Corporate Parenting Board: annual report",
            ReportSpec.committeeCover("On 31 March the council looked after {kpi.CIC_COUNT} children and was corporate parent to "
                            + "{kpi.CL_COUNT} care leavers (a year earlier, {lastYear.kpi.CIC_COUNT} and {lastYear.kpi.CL_COUNT}).",
                    "That the Board notes its annual report for {year}, which records the board's work over the year and the progress "
                            + "made against the corporate parenting strategy.",
                    "Corporate parents stay informed, reflect on the year and plan the next."),
            List.of(
                    new ReportSpec.Section("introduction", "1. Introduction by the chair", List.of(), ""),
                    new ReportSpec.Section("strategy", "2. The corporate parenting strategy", List.of("profile"),
                            "On 31 March {council} looked after {kpi.CIC_COUNT} children (a year earlier, {lastYear.kpi.CIC_COUNT})."),
                    new ReportSpec.Section("voice", "3. Youth voice and participation", List.of(), ""),
                    new ReportSpec.Section("health", "4. The health of children in care", List.of("health", "wellbeing"), ""),
                    new ReportSpec.Section("ambition", "5. Ambition for children", List.of("education"), ""),
                    new ReportSpec.Section("permanence", "6. Safeguarding and permanence",
                            List.of("safety", "placements", "permanence", "fostering", "adoption"), ""),
                    new ReportSpec.Section("transitions", "7. Transitions", List.of("care-leavers"),
                            "We were corporate parents to {kpi.CL_COUNT} care leavers on 31 March."),
                    new ReportSpec.Section("reviews", "8. Reviews and visits", List.of("reviews"), ""),
                    new ReportSpec.Section("governance", "9. Membership and governance", List.of(), "")),
            ReportSpec.committeeClosing("The council's corporate parenting strategy; the board's monthly datasets for the year."));

    private BoardReportSpec() {
    }
}
