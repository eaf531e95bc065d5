package org.corporateparenting.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.corporateparenting.report.PdfText;
import org.junit.jupiter.api.Test;

/**
 * The adoption annual reports on the real application and database: the council's own (quarterly flows adding up to the
 * year, children adopted and waiting agreeing with the board's published March, timeliness beside England's average) and
 * the regional adoption agency's across the demo council and its partner, whose council-by-council lines add up to the
 * agency's totals and whose host-council line is the council's own report's figure. Only the adoption team (with
 * analysts and administrators) reads the agency's report, which counts another council's children.
 */
class AdoptionReportIT extends DeployedApplication {

    private static final Path ARTEFACTS = Path.of("target", "report-artefacts");
    private static final String COUNCIL = Http.APP + "/api/reports/annual/adoption/";
    private static final String AGENCY = Http.APP + "/api/reports/annual/adoption-agency/";
    private static final String HOST = "Kestrel Vale Council (fictional)";
    private static final String PARTNER = "Merlin Downs Council (fictional)";

    @Test
    void theCouncilsReportAgreesWithItselfAndWithTheBoardsPublishedMarch() throws Exception {
        String year = AnnualReports.lastEndedYear();
        String march = AnnualReports.march(year);
        assertThat(http.json("POST", Http.APP + "/api/indicators/months/" + march + "/publish", "analyst", "").statusCode()).isEqualTo(200);
        String dataset = http.as("analyst", Http.APP + "/api/indicators/months/" + march).body();
        String figures = http.as("adoption", COUNCIL + year + "/figures").body();

        long adopted = AnnualReports.reference(figures, "ad.adopted");
        assertThat(AnnualReports.total(figures, "adopted")).isEqualTo(adopted);
        assertThat(adopted).as("the board's children adopted in the 12 months to March")
                .isEqualTo(Math.round(Double.parseDouble(Json.field(Json.row(dataset, "ADO_ADOPTED_R12"), "numerator"))));
        assertThat(AnnualReports.part(figures, "waiting", "31 March")).as("the board's family finding on 31 March")
                .isEqualTo(Math.round(Double.parseDouble(Json.field(Json.row(dataset, "ADO_FAMILY_FINDING"), "numerator"))));
        long quarters = 0;
        for (String q : new String[] {"April to June", "July to September", "October to December", "January to March"}) {
            quarters += AnnualReports.part(figures, "orders", q);
        }
        assertThat(quarters).isEqualTo(AnnualReports.total(figures, "orders"));
        assertThat(http.as("adoption", COUNCIL + year + "/check").body()).doesNotContain("differs", "which is not a figure");

        HttpResponse<byte[]> draft = http.bytes("adoption", COUNCIL + year);
        assertThat(draft.statusCode()).isEqualTo(200);
        PdfText.picture(draft.body(), 0, ARTEFACTS.resolve("adoption-annual-page-1-" + System.getProperty("it.database", "h2") + ".png"));
        String text = PdfText.text(draft.body());
        assertThat(text).contains("Adoption service: annual report", "Adoption orders made, by quarter",
                "Children with a placement order waiting for a match, at each quarter's end", "England's average (scorecard A10, 2021/22): 376 days",
                "Requests for adoption and special guardianship support received, by what was asked");
        assertThat(AnnualReports.reference(figures, "ad.supportRequests")).as("the demo's families ask for support")
                .isEqualTo(AnnualReports.total(figures, "support")).isPositive();
        String written = adopted == 0 || adopted > 5 ? AnnualReports.count(adopted) : "fewer than 6";
        assertThat(text).containsPattern("During\\s+" + year + "\\s+" + Pattern.quote(written).replace(" ", "\\E\\s+\\Q") + "\\s+children\\s+were\\s+adopted");
        assertThat(PdfText.bookmarks(draft.body())).contains("4. Timeliness of adoption", "6. Adopter recruitment");

        assertThat(http.json("PUT", COUNCIL + year + "/texts/support", "fostering", "{\"body\":\"x\"}").statusCode()).isEqualTo(403);
        assertThat(http.json("PUT", COUNCIL + year + "/texts/support", "adoption", "{\"body\":\"Support was offered to every family.\"}")
                .statusCode()).isEqualTo(200);
    }

    @Test
    void theAgencysReportAddsUpItsCouncilsAndOnlyItsTeamReadsIt() throws Exception {
        String year = AnnualReports.lastEndedYear();
        assertThat(http.as("adoption", Http.APP + "/api/reports/annual").body()).contains("adoption-agency");
        assertThat(http.as("iro", Http.APP + "/api/reports/annual").body()).as("not listed for other teams").doesNotContain("adoption-agency");
        assertThat(http.as("iro", AGENCY + year + "/figures").statusCode()).isEqualTo(403);
        assertThat(http.as("councillor", AGENCY + year + "/figures").statusCode()).isEqualTo(403);

        String agency = http.as("adoption", AGENCY + year + "/figures").body();
        String own = http.as("adoption", COUNCIL + year + "/figures").body();
        for (String table : new String[] {"decisions", "orders", "placed", "adopted", "approvals"}) {
            long host = AnnualReports.part(agency, table + ".byCouncil", HOST);
            long partner = AnnualReports.part(agency, table + ".byCouncil", PARTNER);
            assertThat(host).as("the host's line is its own report's " + table).isEqualTo(AnnualReports.total(own, table));
            assertThat(host + partner).as(table + ": the councils add up to the agency").isEqualTo(AnnualReports.total(agency, table));
        }
        assertThat(AnnualReports.part(agency, "waiting.byCouncil", HOST) + AnnualReports.part(agency, "waiting.byCouncil", PARTNER))
                .isEqualTo(AnnualReports.part(agency, "waiting", "31 March"));
        assertThat(AnnualReports.reference(agency, "ad.adopted")).isEqualTo(AnnualReports.total(agency, "adopted"));
        long partnerActivity = 0;
        for (String table : new String[] {"decisions", "orders", "placed", "adopted", "approvals"}) {
            partnerActivity += AnnualReports.partBothYears(agency, table + ".byCouncil", PARTNER);
        }
        assertThat(partnerActivity).as("the partner council's records are counted (over two years of the seeded demo)").isPositive();
        assertThat(http.as("adoption", AGENCY + year + "/check").body()).doesNotContain("differs", "which is not a figure");

        HttpResponse<byte[]> draft = http.bytes("adoption", AGENCY + year);
        assertThat(draft.statusCode()).isEqualTo(200);
        PdfText.picture(draft.body(), 1, ARTEFACTS.resolve("adoption-agency-annual-page-2-" + System.getProperty("it.database", "h2") + ".png"));
        String text = PdfText.text(draft.body());
        assertThat(text).contains("Regional adoption agency: annual report", "Adoption orders made in the year, by council", HOST, PARTNER);

        assertThat(http.json("PUT", AGENCY + year + "/texts/portfolioHolder", "adoption", "{\"body\":\"Councillor Test Portfolio\"}")
                .statusCode()).isEqualTo(200);
        assertThat(http.json("PUT", AGENCY + year + "/texts/author", "adoption", "{\"body\":\"Head of the adoption agency\"}").statusCode())
                .isEqualTo(200);
        assertThat(AnnualReports.writeStatutorySections(http, AGENCY + year, "adoption", "Written by the head of the agency."))
                .contains("panel", "finance");
        HttpResponse<String> published = http.json("POST", AGENCY + year + "/publish", "adoption", "");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertThat(published.body()).contains("\"kind\":\"ADOPTION_AGENCY_ANNUAL\"", "\"period\":\"" + year + "\"");
    }
}
