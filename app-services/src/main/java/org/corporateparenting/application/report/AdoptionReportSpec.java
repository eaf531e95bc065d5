package org.corporateparenting.application.report;

import java.util.List;
import org.corporateparenting.domain.report.ReportKind;

/**
 * A council's adoption annual report, after the regional adoption agencies' reports to each council (Aspire Adoption's
 * annual report for Dorset Council 2022-23: children's adoption performance by quarter, children waiting, timeliness,
 * early permanence, adopter recruitment, post-adoption and special guardianship support, the panel, birth parents,
 * finance), as a committee paper to the Corporate Parenting Board.
 */
final class AdoptionReportSpec {

    /** The timeliness section's starting words, the same for a council and for an agency. */
    static final String TIMELINESS = "Children adopted during the year waited on average {ad.a10Days} days from entering care to moving in "
            + "with their adopters (England {england.a10Days}) and {ad.a2Days} days from the placement order to the match (England "
            + "{england.a2Days}).";

    static final ReportSpec SPEC = new ReportSpec(ReportKind.ADOPTION_ANNUAL, "Adoption service: annual report",
            ReportSpec.committeeCover("During {year} {ad.adopted} children were adopted (the year before, {lastYear.ad.adopted}) and "
                            + "{ad.decisions} decisions were made that a child should be placed for adoption. On 31 March {ad.waiting} children "
                            + "were waiting for a match.",
                    "That the Board notes the adoption service's annual report for {year}.",
                    "The Adoption and Children Act 2002, the Statutory Guidance on Adoption and the Adoption National Minimum Standards "
                            + "(2014) ask the adoption agency to report to the council's executive on its work."),
            List.of(
                    new ReportSpec.Section("introduction", "1. Introduction", List.of(),
                            "This is the annual report of {council}'s adoption service for {year}."),
                    new ReportSpec.Section("performance", "2. Children's adoption performance", List.of("decisions", "orders", "placed", "adopted", "ended"),
                            "{ad.decisions} decisions were made that a child should be placed for adoption (last year {lastYear.ad.decisions}); "
                                    + "the court made {ad.orders} placement orders and {ad.adopted} adoption orders."),
                    new ReportSpec.Section("waiting", "3. Children waiting for a match", List.of("waiting", "harder"),
                            "On 31 March {ad.waiting} children with a placement order were waiting for a match."),
                    new ReportSpec.Section("timeliness", "4. Timeliness of adoption", List.of("a10", "a2"),
                            TIMELINESS),
                    new ReportSpec.Section("earlyPermanence", "5. Early permanence", List.of("earlyPermanence"),
                            "{ad.earlyPermanence} children were placed in early permanence during the year."),
                    new ReportSpec.Section("recruitment", "6. Adopter recruitment", List.of("approvals", "pool"),
                            "{ad.adopterEnquiries} enquiries were received and {ad.adoptersApproved} adopter households approved. On 31 March "
                                    + "{ad.adoptersWaiting} approved households were waiting for a match."),
                    new ReportSpec.Section("support", "7. Post-adoption and special guardianship support", List.of("support", "supportFamilies"),
                            "{ad.supportRequests} requests for support were received, {ad.supportFundApplications} of them applications to "
                                    + "the Adoption and Special Guardianship Support Fund."),
                    new ReportSpec.Section("panel", "8. The adoption panel", List.of(), ""),
                    new ReportSpec.Section("birthParents", "9. Services for birth parents", List.of(), ""),
                    new ReportSpec.Section("finance", "10. Finance", List.of(), "")),
            ReportSpec.committeeClosing("Adoption and Children Act 2002; Statutory Guidance on Adoption (2013); Adoption National Minimum "
                    + "Standards (2014); DfE adoption scorecard.")).charting("decisions", "orders", "placed", "adopted", "approvals");

    private AdoptionReportSpec() {
    }
}
