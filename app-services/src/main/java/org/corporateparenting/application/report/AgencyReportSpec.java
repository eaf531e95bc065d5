package org.corporateparenting.application.report;

import java.util.List;
import org.corporateparenting.domain.report.ReportKind;

/**
 * A regional adoption agency's annual report across its councils, after Aspire Adoption's (hosted by one council, reporting
 * to each): the flows council by council and quarter by quarter, children waiting, timeliness, early permanence, adopter
 * recruitment, then the services written about in words (support, panel, birth parents, special guardianship, finance).
 * "Through the year" is tables only and not statutory: it breaks down by quarter the flows the council-by-council
 * section (statutory) already accounts for, so it may be published without words.
 */
final class AgencyReportSpec {

    static final ReportSpec SPEC = new ReportSpec(ReportKind.ADOPTION_AGENCY_ANNUAL, "Regional adoption agency: annual report",
            ReportSpec.committeeCover("Across the agency's councils {ad.adopted} children were adopted during {year} (the year before, "
                            + "{lastYear.ad.adopted}); on 31 March {ad.waiting} children were waiting for a match and {ad.adoptersWaiting} "
                            + "approved adopter households were waiting for a child.",
                    "That the Board notes the regional adoption agency's annual report for {year}.",
                    "The agency's partnership agreement and the Adoption National Minimum Standards (2014) ask it to report each year to "
                            + "the councils it serves."),
            List.of(
                    new ReportSpec.Section("introduction", "1. Introduction", List.of(),
                            "This is the regional adoption agency's annual report for {year}, hosted by {council}.")
                            .guided("Set out the period, the partnership agreement the agency works under, the councils it "
                                    + "serves and the year's headline messages."),
                    new ReportSpec.Section("councils", "2. Children's adoption performance, council by council",
                            List.of("decisions.byCouncil", "orders.byCouncil", "placed.byCouncil", "adopted.byCouncil"),
                            "Across the agency {ad.decisions} decisions were made that a child should be placed for adoption, the courts made "
                                    + "{ad.orders} placement orders and {ad.adopted} adoption orders.")
                            .statutory("Describe each council's decisions, placement orders, placements and adoptions, and explain "
                                    + "the differences between the councils (the agency's partnership agreement; Adoption "
                                    + "National Minimum Standards 2014, 25.6)."),
                    new ReportSpec.Section("quarters", "3. Through the year", List.of("decisions", "orders", "placed", "adopted", "ended"), "")
                            .guided("Optional: comment on the flows through the year; the council-by-council section gives the "
                                    + "account the standards ask for."),
                    new ReportSpec.Section("waiting", "4. Children waiting for a match", List.of("waiting.byCouncil", "waiting", "harder"),
                            "On 31 March {ad.waiting} children with a placement order were waiting for a match.")
                            .statutory(AdoptionReportSpec.guidance("waiting")),
                    new ReportSpec.Section("timeliness", "5. Timeliness of adoption", List.of("a10", "a2"),
                            AdoptionReportSpec.TIMELINESS)
                            .statutory(AdoptionReportSpec.guidance("timeliness")),
                    new ReportSpec.Section("earlyPermanence", "6. Early permanence", List.of("earlyPermanence.byCouncil", "earlyPermanence"), "")
                            .guided(AdoptionReportSpec.guidance("earlyPermanence")),
                    new ReportSpec.Section("recruitment", "7. Adopter recruitment", List.of("approvals.byCouncil", "approvals", "pool"),
                            "{ad.adopterEnquiries} enquiries were received and {ad.adoptersApproved} adopter households approved.")
                            .statutory(AdoptionReportSpec.guidance("recruitment")),
                    new ReportSpec.Section("support", "8. Post-adoption and special guardianship support", List.of("support", "supportFamilies"),
                            "{ad.supportRequests} requests for support were received across the agency's councils.")
                            .statutory(AdoptionReportSpec.guidance("support")),
                    new ReportSpec.Section("panel", "9. The adoption panel", List.of(), "")
                            .statutory(AdoptionReportSpec.guidance("panel")),
                    new ReportSpec.Section("birthParents", "10. Services for birth parents", List.of(), "")
                            .guided(AdoptionReportSpec.guidance("birthParents")),
                    new ReportSpec.Section("finance", "11. Finance", List.of(), "")
                            .statutory(AdoptionReportSpec.guidance("finance"))),
            ReportSpec.committeeClosing("The agency's partnership agreement; Adoption and Children Act 2002; Adoption National Minimum "
                    + "Standards (2014); the member councils' own adoption annual reports.")).charting("decisions", "orders", "placed", "adopted", "approvals");

    private AgencyReportSpec() {
    }
}
