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
                            "This is the annual report of {council}'s adoption service for {year}.")
                            .guided("Set out the period, the council's duty as an adoption agency (Adoption and Children Act "
                                    + "2002), how the service is delivered (the regional adoption agency) and the year's headline "
                                    + "messages."),
                    new ReportSpec.Section("performance", "2. Children's adoption performance", List.of("decisions", "orders", "placed", "adopted", "ended"),
                            "{ad.decisions} decisions were made that a child should be placed for adoption (last year {lastYear.ad.decisions}); "
                                    + "the court made {ad.orders} placement orders and {ad.adopted} adoption orders.")
                            .statutory("Describe the decisions that children should be placed for adoption, the placement orders, "
                                    + "placements and adoptions of the year, and what explains the changes (Adoption National "
                                    + "Minimum Standards 2014, 25.6: reports on the service's management and outcomes)."),
                    new ReportSpec.Section("waiting", "3. Children waiting for a match", List.of("waiting", "harder"),
                            "On 31 March {ad.waiting} children with a placement order were waiting for a match.")
                            .statutory("Describe the children waiting for a match, those harder to place among them (disabled, in "
                                    + "a sibling group, aged over 5, from an ethnic minority, as the Adoption and Special "
                                    + "Guardianship Leadership Board counts them), and what is being done for them."),
                    new ReportSpec.Section("timeliness", "4. Timeliness of adoption", List.of("a10", "a2"),
                            TIMELINESS)
                            .statutory("Compare the timeliness of adoption with England's averages (the adoption scorecard's A10 "
                                    + "and A2) and explain any delay (Statutory Adoption Guidance 2013)."),
                    new ReportSpec.Section("earlyPermanence", "5. Early permanence", List.of("earlyPermanence"),
                            "{ad.earlyPermanence} children were placed in early permanence during the year.")
                            .guided("Describe early permanence (foster for adoption and concurrent planning) placements: "
                                    + "Children Act 1989, s.22C(9B)(c) asks the council to consider them."),
                    new ReportSpec.Section("recruitment", "6. Adopter recruitment", List.of("approvals", "pool"),
                            "{ad.adopterEnquiries} enquiries were received and {ad.adoptersApproved} adopter households approved. On 31 March "
                                    + "{ad.adoptersWaiting} approved households were waiting for a match.")
                            .statutory("Report adopter enquiries, assessments and approvals, and whether there are enough adopters "
                                    + "for the children waiting (Adoption National Minimum Standards 2014, 25.6)."),
                    new ReportSpec.Section("support", "7. Post-adoption and special guardianship support", List.of("support", "supportFamilies"),
                            "{ad.supportRequests} requests for support were received, {ad.supportFundApplications} of them applications to "
                                    + "the Adoption and Special Guardianship Support Fund.")
                            .statutory("Describe adoption and special guardianship support: the assessments requested, the "
                                    + "services provided and the applications to the Adoption and Special Guardianship Support "
                                    + "Fund (Adoption Support Services Regulations 2005)."),
                    new ReportSpec.Section("panel", "8. The adoption panel", List.of(), "")
                            .statutory("Summarise the adoption panel's work and its quality-assurance feedback on the reports it "
                                    + "saw (Adoption National Minimum Standards 2014, standard 17)."),
                    new ReportSpec.Section("birthParents", "9. Services for birth parents", List.of(), "")
                            .guided("Describe the services offered to birth parents and birth relatives, including letterbox "
                                    + "contact (Adoption Support Services Regulations 2005)."),
                    new ReportSpec.Section("finance", "10. Finance", List.of(), "")
                            .statutory("Set out the service's budget and spending (Adoption National Minimum Standards 2014, 25.6: "
                                    + "reports on the financial state of the service).")),
            ReportSpec.committeeClosing("Adoption and Children Act 2002; Statutory Guidance on Adoption (2013); Adoption National Minimum "
                    + "Standards (2014); DfE adoption scorecard.")).charting("decisions", "orders", "placed", "adopted", "approvals");

    /** A section's guidance, the same for a council's report and an agency's. */
    static String guidance(String section) {
        return SPEC.section(section).orElseThrow().guidance();
    }

    private AdoptionReportSpec() {
    }
}
