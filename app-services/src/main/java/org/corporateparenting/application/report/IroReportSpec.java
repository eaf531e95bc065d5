package org.corporateparenting.application.report;

import java.util.List;
import org.corporateparenting.domain.report.ReportKind;

/**
 * The IRO annual report's cover and sections, after the councils' IRO reports (Dorset 2023-24: introduction, the
 * service, profile of children in care, performance, the voice of children, last year's areas for development,
 * conclusion and priorities), with the tables the IRO Handbook's report needs.
 */
final class IroReportSpec {

    static final ReportSpec SPEC = new ReportSpec(ReportKind.IRO_ANNUAL, "Independent Reviewing Officer service: annual report",
            ReportSpec.committeeCover("IROs chaired {reviews.held} reviews of children in care in {year}, {reviews.onTimePct} of them on time; "
                            + "children aged 4 or over took part in {participation.pct} of them.",
                    "That the Board notes the IRO service's annual report for {year}.",
                    "The IRO Handbook (2010) asks the manager of the IRO service to report each year to the corporate parenting board."),
            List.of(
                    new ReportSpec.Section("introduction", "1. Introduction", List.of(),
                            "This is the annual report of {council}'s Independent Reviewing Officer (IRO) service for {year}. On 31 March the "
                                    + "council looked after {cic.yearEnd} children (a year earlier, {lastYear.cic.yearEnd}). IROs chaired "
                                    + "{reviews.held} reviews, {reviews.onTimePct} of them on time.")
                            .guided("Say what the report covers and its headline messages: the IRO Handbook (2010) asks the "
                                    + "manager of the IRO service for an annual report to the corporate parenting board that "
                                    + "identifies good practice and issues for development."),
                    new ReportSpec.Section("service", "2. The IRO service", List.of("caseloads"),
                            "On 31 March {iro.count} IROs had children allocated, an average of {iro.averageCaseload} children each (the "
                                    + "IRO Handbook suggests 50 to 70 for a full-time IRO).")
                            .statutory("Describe the IRO service: the number of IROs, their caseloads against the 50 to 70 "
                                    + "children the IRO Handbook suggests for a full-time IRO, how children are allocated, and "
                                    + "the service's independence and access to legal advice (IRO Handbook, chapter 7)."),
                    new ReportSpec.Section("profile", "3. Children in care", List.of("age", "sex", "legal", "movement"),
                            "{cic.started} children started to be looked after during the year and {cic.ceased} stopped "
                                    + "(last year {lastYear.cic.started} and {lastYear.cic.ceased}).")
                            .statutory("Describe the children in care the IROs reviewed: numbers, ages, sex, legal status and the "
                                    + "changes over the year, and what the changes mean for the service (IRO Handbook, chapter "
                                    + "7)."),
                    new ReportSpec.Section("reviews", "4. Reviews and their timeliness", List.of("reviews", "onTime"),
                            "{reviews.held} reviews were held, {reviews.onTime} of them on time ({reviews.onTimePct}; last year "
                                    + "{lastYear.reviews.onTimePct}).")
                            .statutory("Say how many reviews were held and how many on time under the review timetable (Care "
                                    + "Planning, Placement and Case Review (England) Regulations 2010, reg. 33), why any were "
                                    + "late, and how quickly recommendations and records went out."),
                    new ReportSpec.Section("participation", "5. How children take part in their reviews", List.of("participation"),
                            "Children aged 4 or over took part in {participation.pct} of their reviews (last year {lastYear.participation.pct}).")
                            .statutory("Say how children and their parents took part in reviews, the help given to take part "
                                    + "(advocacy among it) and what changed as a result: the IRO Handbook asks the report to "
                                    + "cover the extent of children's participation."),
                    new ReportSpec.Section("escalations", "6. Resolving problems: escalations", List.of("escalations", "themes"),
                            "IROs raised {escalations.raised} escalations during the year and {escalations.concluded} were concluded.")
                            .statutory("Describe the dispute resolution process: the issues IROs raised, informally and formally, "
                                    + "how and how quickly they were resolved, their themes, and any referral to Cafcass "
                                    + "(Children Act 1989, s.25B; IRO Handbook, chapter 6)."),
                    new ReportSpec.Section("voice", "7. The voice of children and young people", List.of(), "")
                            .statutory("Give children's own views of their reviews and their care, and how the IRO service heard "
                                    + "and acted on them: the IRO Handbook puts the child's wishes and feelings at the centre of "
                                    + "the IRO's role."),
                    new ReportSpec.Section("development", "8. Last year's areas for development", List.of(), "")
                            .guided("Review each of last year's areas for development: what was done, with what result, and "
                                    + "what remains."),
                    new ReportSpec.Section("priorities", "9. Conclusion and priorities for next year", List.of(), "")
                            .statutory("Conclude with the good practice found and the issues for development, and next year's "
                                    + "priorities: the IRO Handbook asks the annual report to identify both.")),
            ReportSpec.committeeClosing("IRO Handbook: statutory guidance for independent reviewing officers and local authorities "
                    + "(DCSF, 2010).")).charting("reviews");

    private IroReportSpec() {
    }
}
