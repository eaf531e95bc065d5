package org.corporateparenting.application.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** A regional file set loads the loading council's rows and folders only, every other row accounted for (issue 18 item 4). */
class CouncilRowsTest {

    private static final CollectionYear YEAR = new CollectionYear(2025);
    private static final String HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB";

    private static byte[] zip(Map<String, String> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                out.putNextEntry(new ZipEntry(file.getKey()));
                out.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void leavingRowsOutKeepsEveryOtherRowsNumberEvenAcrossQuotedLineBreaks() {
        String text = "A,B\r\n1,\"two\nlines\"\r\n2,x\r\n3,\"say \"\"hi\"\"\"\r\n4,y\r\n";
        String without = CsvTable.without(text, Set.of(2, 6));
        CsvTable table = CsvTable.parse("f.csv", without);
        assertThat(table.rows()).extracting(r -> r.number() + "=" + r.values().get(0)).containsExactly("4=2", "5=3");
        assertThat(table.rows().get(1).values().get(1)).isEqualTo("say \"hi\"");
        assertThat(CsvTable.without(text, Set.of())).isSameAs(text);
    }

    @Test
    void anotherCouncilsRowsAreLeftOutNamedAndCountedAndDoNotClashWithOurs() {
        String header = HEADER + ",LA\r\nC1,M,01/02/2012,WBRI,UN1,,,999\r\nC1,F,03/04/2013,WBRI,UN1,,,901\r\nC2,F,03/04/2014,WBRI,UN1,,,902\r\n";
        Map<CollectionYear, Map<String, String>> read = Map.of(YEAR, Map.of("header.csv", header));

        CouncilRows.Ours ours = CouncilRows.of(read, "999");

        String kept = ours.years().get(YEAR).get("header.csv");
        assertThat(CsvTable.parse("header.csv", kept).rows()).extracting(r -> r.number() + " " + r.values().get(0)).containsExactly("2 C1");
        assertThat(ours.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(ImportProblem.Severity.WARNING);
            assertThat(p.file()).isEqualTo("2025-26/header.csv");
            assertThat(p.field()).isEqualTo("LA");
            assertThat(p.reason()).contains("2 of this file's 3 rows are for other councils (901, 902)");
        });
        assertThat(Ssda903Check.check(Map.of("header.csv", kept), YEAR)).as("C1 of council 901 is not 'listed twice'")
                .noneMatch(p -> p.reason().contains("listed twice") || p.field().equals("LA"));
        List<FileTotal> totals = LoadTotals.of(read, ours.problems(), ours.leftOut());
        assertThat(totals).singleElement().satisfies(t -> {
            assertThat(t.read()).isEqualTo(3);
            assertThat(t.loaded()).isEqualTo(1);
            assertThat(t.droppedBecause()).containsEntry("another council's row", 2);
        });
    }

    @Test
    void aFileWithNoRowOfThisCouncilIsAnError() {
        Map<CollectionYear, Map<String, String>> read = Map.of(YEAR, Map.of("header.csv",
                HEADER + ",LA\r\nC1,M,01/02/2012,WBRI,UN1,,,901\r\n"));
        assertThat(CouncilRows.of(read, "999").problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(ImportProblem.Severity.ERROR);
            assertThat(p.reason()).contains("None of this file's rows is for this council (LA 999)", "901");
        });
        assertThat(CouncilRows.of(Map.of(YEAR, Map.of("header.csv", HEADER + "\r\nC1,M,01/02/2012,WBRI,UN1,,\r\n")), "999")
                .problems()).as("a file without an LA column is this council's").isEmpty();
    }

    @Test
    void theCheckOfUploadedFilesLeavesOutTheSameRowsAsTheLoadAndSaysSo() {
        String header = HEADER + ",LA\r\nC1,M,01/02/2012,WBRI,UN1,,,999\r\nC1,F,03/04/2013,WBRI,UN1,,,901\r\nC2,F,03/04/2014,WBRI,UN1,,,902\r\n";
        Map<String, String> files = Map.of("2025-26/header.csv", header);

        ValidationReport everyone = Ssda903Validation.files(YEAR, files, Map.of(), null);
        ValidationReport ours = Ssda903Validation.files(YEAR, files, Map.of(), "999");

        assertThat(everyone.failures()).as("without a council, C1 of 901 clashes with ours").anyMatch(f -> f.row() == 3);
        assertThat(ours.failures()).as("the rows the load leaves out are not checked").noneMatch(f -> f.row() == 3 || f.row() == 4);
        assertThat(ours.problems()).as("the load's own words, and no 'LA is not in the layout'").singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(ImportProblem.Severity.WARNING);
            assertThat(p.file()).isEqualTo("2025-26/header.csv");
            assertThat(p.reason()).contains("2 of this file's 3 rows are for other councils (901, 902)", "neither loaded nor checked");
        });
        assertThat(ours.summary()).contains("files of LA 999; rows of other councils left out: 2");
        assertThat(ours.csv()).contains("WARNING,,2025-26/header.csv,1,,LA,901 902,");

        ValidationReport theirs = Ssda903Validation.files(YEAR, Map.of("header.csv", HEADER + ",LA\r\nC1,M,01/02/2012,WBRI,UN1,,,901\r\n"),
                Map.of(), "999");
        assertThat(theirs.passes()).as("another council's file is an error, as at load").isFalse();
        assertThat(theirs.problems()).anySatisfy(p -> assertThat(p.reason()).contains("None of this file's rows is for this council (LA 999)"));
    }

    @Test
    void oneFolderPerCouncilLoadsThisCouncilsFolderOnly() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("region/council-901/2025-26/header.csv", HEADER + "\r\nA1,M,01/02/2012,WBRI,UN1,,\r\n");
        files.put("region/council-999/2025-26/header.csv", HEADER + "\r\nB1,M,01/02/2012,WBRI,UN1,,\r\n");
        List<ImportProblem> notLoaded = new ArrayList<>();

        Map<CollectionYear, Map<String, String>> years = Ssda903Zip.byYear(zip(files), null, "999", notLoaded);

        assertThat(years.get(YEAR).get("header.csv")).contains("B1").doesNotContain("A1");
        assertThat(notLoaded).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("region/council-901/2025-26/header.csv");
            assertThat(p.reason()).contains("council 901's folder", "not loaded");
        });
        assertThatThrownBy(() -> Ssda903Zip.byYear(zip(Map.of("council-901/2025-26/header.csv", HEADER + "\r\n")), null, "999",
                new ArrayList<>())).isInstanceOf(RuleViolation.class).hasMessageContaining("No folder of this upload is this council's");
    }

    @Test
    void theCheckReadsThisCouncilsFolderOnlyAsTheLoadDoes() {
        Map<String, String> files = new LinkedHashMap<>();
        // 901's child has a sex code no year accepts: checked, it would fail rule 103 for the analyst of 999
        files.put("region/council-901/2025-26/header.csv", HEADER + "\r\nA1,Q,01/02/2012,WBRI,UN1,,\r\n");
        files.put("region/council-999/2025-26/header.csv", HEADER + "\r\nB1,M,01/02/2012,WBRI,UN1,,\r\n");

        ValidationReport everyone = Ssda903Validation.files(YEAR, files, Map.of(), null);
        ValidationReport ours = Ssda903Validation.files(YEAR, files, Map.of(), "999");

        assertThat(everyone.failures()).as("without a council, 901's folder is read").anyMatch(f -> "A1".equals(f.child()) && f.code().equals("101"));
        assertThat(ours.failures()).as("another council's folder is not checked").noneMatch(f -> "A1".equals(f.child()));
        assertThat(ours.failures()).as("this council's folder is").anyMatch(f -> "B1".equals(f.child()));
        assertThat(ours.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("region/council-901/2025-26/header.csv");
            assertThat(p.reason()).contains("council 901's folder", "not loaded or checked");
        });
        assertThatThrownBy(() -> Ssda903Validation.files(YEAR, Map.of("council-901/2025-26/header.csv", HEADER + "\r\n"), Map.of(), "999"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("No folder of this upload is this council's");
    }

    @Test
    void aFolderNamedWithDigitsIsAnOrdinaryFolderAndTwoCopiesOfAYearsFileAreRefusedNotMerged() throws IOException {
        List<ImportProblem> notLoaded = new ArrayList<>();
        assertThat(Ssda903Zip.byYear(zip(Map.of("903/2025-26/header.csv", HEADER + "\r\n")), null, "999", notLoaded))
                .containsOnlyKeys(YEAR);
        assertThat(notLoaded).isEmpty();
        Map<String, String> twice = new LinkedHashMap<>();
        twice.put("march/2025-26/header.csv", HEADER + "\r\n");
        twice.put("april/2025-26/header.csv", HEADER + "\r\n");
        assertThatThrownBy(() -> Ssda903Zip.byYear(zip(twice))).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("march/2025-26/header.csv and april/2025-26/header.csv are both 2025-26's header.csv");
    }
}
