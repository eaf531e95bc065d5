package org.corporateparenting.application.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** No statutory section of any annual report is published without words; each shows its author the source's guidance. */
class StatutorySectionsTest {

    static final List<ReportSpec> SEVEN = List.of(IroReportSpec.SPEC, FosteringReportSpec.SPEC, PanelReportSpec.SPEC, AdoptionReportSpec.SPEC,
            AgencyReportSpec.SPEC, CareLeaverReportSpec.SPEC, BoardReportSpec.SPEC);

    @Test
    void everyReportHasStatutorySectionsAndEachSaysWhatItsSourceAsks() {
        for (ReportSpec spec : SEVEN) {
            assertThat(spec.statutorySections()).as(spec.title()).isNotEmpty();
            assertThat(spec.statutorySections()).as(spec.title() + ": guidance for the author").allSatisfy(s -> assertThat(s.guidance()).isNotBlank());
        }
    }

    @Test
    void checkNamesEveryEmptyStatutorySectionByItsHeadingAndNoOther() {
        ReportSpec board = BoardReportSpec.SPEC;
        List<String> failures = AnnualReconciliation.failures(AnnualReportWriterTest.FIGURES, board, writer(Map.of()), Map.of());
        assertThat(failures.stream().filter(f -> f.contains("statutory section")).toList()).containsExactly(
                empty("1. Introduction by the chair"), empty("3. Youth voice and participation"), empty("4. The health of children in care"),
                empty("5. Ambition for children"), empty("6. Safeguarding and permanence"), empty("9. Membership and governance"));
        assertThat(failures).as("tables only, and not statutory").doesNotContain(empty("8. Reviews and visits"))
                .as("starting words are words").doesNotContain(empty("2. The corporate parenting strategy"));
    }

    @Test
    void aStatutorySectionIsEmptyWhenItsAuthorClearsItsStartingWordsAndFullOnceWritten() {
        ReportSpec iro = IroReportSpec.SPEC;
        Map<String, String> texts = new HashMap<>();
        iro.statutorySections().forEach(s -> texts.put(s.key(), "Written."));
        assertThat(AnnualReconciliation.emptyStatutory(iro, writer(texts))).isEmpty();
        texts.put("reviews", "  ");
        assertThat(AnnualReconciliation.emptyStatutory(iro, writer(texts))).containsExactly(empty("4. Reviews and their timeliness"));
    }

    @Test
    void everyReportRefusesPublishingWithTheEmptyStatutorySectionsOfItsStartingWords() {
        for (ReportSpec spec : SEVEN) {
            List<String> expected = spec.statutorySections().stream().filter(s -> s.starting().isBlank()).map(s -> empty(s.heading())).toList();
            assertThat(AnnualReconciliation.emptyStatutory(spec, writer(Map.of()))).as(spec.title()).containsExactlyElementsOf(expected);
        }
        assertThat(AnnualReconciliation.emptyStatutory(IroReportSpec.SPEC, writer(Map.of()))).as("voice and priorities have no starting words")
                .hasSize(2);
    }

    private static AnnualReportWriter writer(Map<String, String> texts) {
        return new AnnualReportWriter(AnnualReportWriterTest.FIGURES, texts, AnnualReportWriterTest.RULE, "Test council");
    }

    private static String empty(String heading) {
        return "\"" + heading + "\" is empty: it is a statutory section, so write it before publishing.";
    }
}
