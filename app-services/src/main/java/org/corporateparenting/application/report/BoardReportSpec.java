package org.corporateparenting.application.report;

import java.util.List;
import org.corporateparenting.domain.report.ReportKind;

/**
 * The Corporate Parenting Board's own annual report, after the councils' (Corporate Parenting Board Annual Report
 * 2022-23: the chair's introduction, the strategy and the population, youth voice, health, ambition for children,
 * safeguarding and permanence, transitions, membership and governance), each priority with the dataset's tables.
 * Every section is statutory (its words required before publishing) but "Reviews and visits": its table is the
 * IRO service's subject, whose own annual report gives the account the IRO Handbook asks for, so the board's report
 * may print the table alone.
 */
final class BoardReportSpec {

    static final ReportSpec SPEC = new ReportSpec(ReportKind.BOARD_ANNUAL, "Corporate Parenting Board: annual report",
            ReportSpec.committeeCover("On 31 March the council looked after {kpi.CIC_COUNT} children and was corporate parent to "
                            + "{kpi.CL_COUNT} care leavers (a year earlier, {lastYear.kpi.CIC_COUNT} and {lastYear.kpi.CL_COUNT}).",
                    "That the Board notes its annual report for {year}, which records the board's work over the year and the progress "
                            + "made against the corporate parenting strategy.",
                    "Corporate parents stay informed, reflect on the year and plan the next."),
            List.of(
                    new ReportSpec.Section("introduction", "1. Introduction by the chair", List.of(), "")
                            .statutory("The chair introduces the year: what the board did, what it achieved for children in care "
                                    + "and care leavers, and what it will do next (the board's terms of reference ask it to "
                                    + "report each year)."),
                    new ReportSpec.Section("strategy", "2. The corporate parenting strategy", List.of("profile"),
                            "On 31 March {council} looked after {kpi.CIC_COUNT} children (a year earlier, {lastYear.kpi.CIC_COUNT}).")
                            .statutory("Report progress against the corporate parenting strategy and its priorities, with the "
                                    + "numbers of children in care and care leavers (Children and Social Work Act 2017, s.1: the "
                                    + "corporate parenting principles)."),
                    new ReportSpec.Section("voice", "3. Youth voice and participation", List.of(), "")
                            .statutory("Give children's and care leavers' own voice: how they took part in the board's work and "
                                    + "what changed because of them (corporate parenting principles: to take their views, wishes "
                                    + "and feelings into account)."),
                    new ReportSpec.Section("health", "4. The health of children in care", List.of("health", "wellbeing"), "")
                            .statutory("Describe the health of children in care: health assessments, dental checks, emotional "
                                    + "wellbeing, and what partners did (Promoting the health and well-being of looked-after "
                                    + "children, statutory guidance, 2015)."),
                    new ReportSpec.Section("ambition", "5. Ambition for children", List.of("education"), "")
                            .statutory("Describe education and ambition: attendance, exclusions, attainment and the Virtual "
                                    + "School's work (Children and Families Act 2014, s.99: the Virtual School Head)."),
                    new ReportSpec.Section("permanence", "6. Safeguarding and permanence",
                            List.of("safety", "placements", "permanence", "fostering", "adoption"), "")
                            .statutory("Describe safety, placement stability and permanence: missing episodes, moves, fostering "
                                    + "and adoption (corporate parenting principles: to secure stability in home lives)."),
                    new ReportSpec.Section("transitions", "7. Transitions", List.of("care-leavers"),
                            "We were corporate parents to {kpi.CL_COUNT} care leavers on 31 March.")
                            .statutory("Describe the move to adulthood: care leavers in touch, in education, employment or "
                                    + "training and in suitable accommodation (corporate parenting principles: to prepare for "
                                    + "adulthood and independent living)."),
                    new ReportSpec.Section("reviews", "8. Reviews and visits", List.of("reviews"), "")
                            .guided("Optional: comment on reviews and visits; the IRO service's annual report gives the "
                                    + "statutory account of reviews."),
                    new ReportSpec.Section("governance", "9. Membership and governance", List.of(), "")
                            .statutory("Record the board's membership, the meetings held and members' attendance, and how the "
                                    + "board holds the council to account (the board's terms of reference).")),
            ReportSpec.committeeClosing("The council's corporate parenting strategy; the board's monthly datasets for the year."));

    private BoardReportSpec() {
    }
}
