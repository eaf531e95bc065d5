package org.corporateparenting.application.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corporateparenting.application.demo.DemoCouncilGenerator;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.council.Council;
import org.junit.jupiter.api.Test;

class Ssda903CheckTest {

    private static final CollectionYear YEAR = new CollectionYear(2024);

    private static List<ImportProblem> check(String fileName, String text) {
        return Ssda903Check.check(Map.of(fileName, text), YEAR);
    }

    @Test
    void filesWrittenFromTheRecordsPassTheirOwnChecks() {
        Ssda903Records records = Ssda903Export.recordsOf(DemoCouncilGenerator.generate(new Council("999", "Test (fictional)"),
                new DemoCouncilGenerator.Settings(11, 300, 6, LocalDate.of(2026, 10, 31))));
        for (int year = 2020; year <= 2025; year++) {
            Map<String, String> files = new LinkedHashMap<>();
            Ssda903Writer.write(records, new CollectionYear(year)).forEach((file, text) -> files.put(file.fileName(), text));
            assertThat(Ssda903Check.check(files, new CollectionYear(year))).as("year " + year).isEmpty();
        }
    }

    @Test
    void aMissingColumnIsNamedOnRowOneAndTheFileGoesNoFurther() {
        assertThat(check("header.csv", "CHILD,SEX,DOB,UPN,MOTHER,MC_DOB\r\nC1,1,01/01/2015,,,\r\n"))
                .containsExactly(new ImportProblem("header.csv", 1, "ETHNIC", "", "The column ETHNIC is missing.",
                        ImportProblem.Severity.ERROR));
    }

    @Test
    void unknownColumnsAndFilesAreWarnedAboutAndIgnored() {
        List<ImportProblem> problems = Ssda903Check.check(Map.of(
                "header.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB,SHOE_SIZE\r\nC1,1,01/01/2015,WBRI,,,,5\r\n",
                "notes.txt", "hello"), YEAR);
        assertThat(problems).extracting(ImportProblem::severity).containsOnly(ImportProblem.Severity.WARNING);
        assertThat(problems).extracting(ImportProblem::field).containsExactlyInAnyOrder("SHOE_SIZE", "");
    }

    @Test
    void everyBadValueIsReportedWithItsRowAndColumn() {
        String episodes = """
                CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN
                C1,01/05/2024,S,C2,N1,H5,PR1,,,,,,
                C2,31/02/2024,S,C2,N1,U4,PR1,,,,,,
                C3,01/06/2024,S,C2,N9,U4,PR1,01/05/2024,E13,,,,
                "C,4",01/06/2024,S,C2,N1,U4,PR1,,,,,,
                """;
        List<ImportProblem> problems = check("episodes.csv", episodes);
        assertThat(problems).extracting(p -> p.row() + " " + p.field() + " " + p.value()).containsExactly(
                "2 PLACE H5",
                "3 DECOM 31/02/2024",
                "4 CIN N9",
                "4 DEC 01/05/2024",
                "5 CHILD C,4");
        assertThat(problems.get(1).reason()).isEqualTo("'31/02/2024' is not a real date in the form DD/MM/YYYY.");
        assertThat(ImportProblem.report(problems)).startsWith("FILE,ROW,FIELD,VALUE,SEVERITY,REASON\r\n")
                .contains("episodes.csv,5,CHILD,\"C,4\",ERROR,");
    }

    @Test
    void aChildListedTwiceInTheHeaderIsAnError() {
        assertThat(check("header.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nC1,1,01/01/2015,WBRI,,,\nC1,1,01/01/2015,WBRI,,,\n"))
                .extracting(p -> p.row() + " " + p.reason()).containsExactly("3 The child is listed twice.");
    }
}
