package org.corporateparenting.application.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.ssda903.ReferenceData;
import org.corporateparenting.domain.ssda903.Table;
import org.junit.jupiter.api.Test;

/** Reading 903 files for the DfE's rules: rows as the rules see them, and every problem of layout by file, row and field. */
class ReturnReaderTest {

    private static final CollectionYear YEAR = new CollectionYear(2025);
    static final String HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\n";
    static final String EPISODES = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\r\n";

    private static ReturnReader.Read read(Map<String, String> files) {
        return ReturnReader.read(YEAR, files, null, ReferenceData.NONE);
    }

    private static Map<String, String> files(String... nameAndText) {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < nameAndText.length; i += 2) {
            files.put(nameAndText[i], nameAndText[i + 1]);
        }
        return files;
    }

    @Test
    void readsRowsWithTheRowNumberASpreadsheetShows() {
        ReturnReader.Read read = read(files("SSDA903_2025_header.csv", HEADER + "C1,M,01/02/2012,WBRI,,,\r\n\r\nC2,F,03/04/2013,WBRI,,,\r\n"));
        assertThat(read.problems()).isEmpty();
        assertThat(read.files().rows(Table.HEADER)).extracting(r -> r.row() + ":" + r.child() + ":" + r.get("SEX"))
                .containsExactly("2:C1:M", "4:C2:F");
        assertThat(read.files().supplied(Table.EPISODES)).isFalse();
        assertThat(read.files().hasLastYear()).isFalse();
    }

    @Test
    void aFileOfAnotherYearIsAnErrorNamingTheFile() {
        ReturnReader.Read byName = read(files("SSDA903_2023-24_header.csv", HEADER + "C1,M,01/02/2012,WBRI,,,\r\n"));
        assertThat(byName.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("SSDA903_2023-24_header.csv");
            assertThat(p.severity()).isEqualTo(ImportProblem.Severity.ERROR);
            assertThat(p.reason()).contains("2023-24", "2025-26");
        });
        ReturnReader.Read byDates = read(files("episodes.csv", EPISODES + "C1,01/05/2022,S,C2,N1,U4,PR1,01/06/2023,E13,,,,\r\n"));
        assertThat(byDates.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("episodes.csv");
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.field()).isEqualTo("DECOM");
            assertThat(p.reason()).contains("is open in 2025-26", "another year's file");
        });
        assertThat(read(files("episodes.csv", EPISODES + "C1,01/05/2022,S,C2,N1,U4,PR1,,,,,,\r\n")).problems())
                .as("an episode still open is in the year").isEmpty();
    }

    @Test
    void anUnknownColumnIsAWarningAndAMissingOneAnError() {
        ReturnReader.Read read = read(files("header.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,FAVOURITE\r\nC1,M,01/02/2012,WBRI,,,blue\r\n"));
        assertThat(read.problems()).extracting(p -> p.severity() + " " + p.file() + " row " + p.row() + " " + p.field())
                .containsExactlyInAnyOrder("ERROR header.csv row 1 MC_DOB", "WARNING header.csv row 1 FAVOURITE");
        assertThat(read.errors()).isEqualTo(1);
        assertThat(read.files().rows(Table.HEADER).get(0).get("MC_DOB")).as("read as blank").isEmpty();
    }

    @Test
    void aFormulaLikeValueIsNamedByFileRowAndField() {
        ReturnReader.Read read = read(files("header.csv", HEADER + "C1,M,01/02/2012,\"=HYPERLINK(\"\"http://x\"\")\",,,\r\nC2,F,03/04/2013,@SUM(A1),,,\r\n"));
        assertThat(read.problems()).extracting(p -> p.file() + " row " + p.row() + " " + p.field() + " " + p.value())
                .containsExactly("header.csv row 2 ETHNIC =HYPERLINK(\"http://x\")", "header.csv row 3 ETHNIC @SUM(A1)");
        assertThat(read.problems()).allSatisfy(p -> assertThat(p.reason()).contains("spreadsheet formula"));
    }

    @Test
    void aFileThatIsNotPartOfTheReturnOrGivenTwiceIsSetAside() {
        ReturnReader.Read read = read(files("notes.csv", "A,B\r\n1,2\r\n", "header.csv", HEADER + "C1,M,01/02/2012,WBRI,,,\r\n",
                "SSDA903_header.csv", HEADER + "C9,M,01/02/2012,WBRI,,,\r\n"));
        assertThat(read.problems()).extracting(p -> p.file() + ": " + p.severity())
                .containsExactly("notes.csv: WARNING", "SSDA903_header.csv: WARNING");
        assertThat(read.files().rows(Table.HEADER)).extracting(r -> r.child()).containsExactly("C1");
    }

    @Test
    void aRowLongerThanItsHeaderIsAnError() {
        ReturnReader.Read read = read(files("header.csv", HEADER + "C1,M,01/02/2012,WBRI,,,,extra\r\n"));
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.reason()).contains("8 values", "7 columns");
        });
    }

    @Test
    void thePreviousYearIsReadWhenGivenAndTheSocialWorkersFileMayLackItsDob() {
        ReturnReader.Read read = ReturnReader.read(YEAR, files("sw_episodes.csv", "CHILD,SW_ID,SW_DECOM,SW_DEC,SW_REASON\r\nC1,SW1,01/05/2025,,\r\n"),
                files("header.csv", HEADER + "C1,M,01/02/2012,WBRI,,,\r\n"), ReferenceData.NONE);
        assertThat(read.problems()).isEmpty();
        assertThat(read.files().hasLastYear()).isTrue();
        assertThat(read.files().last(Table.HEADER)).hasSize(1);
        assertThat(read.files().rows(Table.SW_EPISODES)).extracting(r -> r.get("SW_ID")).isEqualTo(List.of("SW1"));
    }
}
