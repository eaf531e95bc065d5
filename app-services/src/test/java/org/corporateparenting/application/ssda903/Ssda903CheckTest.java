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

    @Test
    void theAdoptionPermanenceOc2AndSocialWorkerFilesNameEachBadValue() {
        List<ImportProblem> problems = Ssda903Check.check(Map.of(
                "oc2.csv", """
                        CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED
                        C1,01/01/2012,41,,0,,1,1,1,0,,
                        C2,01/01/2012,,SDQ9,2,,1,1,1,0,,
                        """,
                "placed_adoption.csv", """
                        CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED
                        C1,01/01/2012,01/06/2024,01/05/2024,RD1
                        C2,01/01/2012,01/06/2024,01/07/2024,
                        """,
                "SSDA903_2024_ad1.csv", """
                        CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR
                        C1,01/01/2012,01/06/2024,01/09/2024,2,3,XY,L9
                        """,
                "permanence.csv", """
                        CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM
                        C1,01/01/2012,P9,,zz/13/2019
                        C2,01/01/2012,P2,,zz/zz/2019
                        """,
                "sw_episodes.csv", """
                        CHILD,SW_ID,SW_DECOM,SW_DEC,SW_REASON
                        C1,SW 1,01/06/2024,01/05/2024,QUIT
                        """), YEAR);
        assertThat(problems).extracting(p -> p.file() + " " + p.row() + " " + p.field() + " " + p.value()).containsExactlyInAnyOrder(
                "oc2.csv 2 SDQ_SCORE 41", "oc2.csv 3 SDQ_REASON SDQ9", "oc2.csv 3 CONVICTED 2",
                "placed_adoption.csv 2 DATE_PLACED_CEASED 01/05/2024", "placed_adoption.csv 3 REASON_PLACED_CEASED ",
                "SSDA903_2024_ad1.csv 2 FOSTER_CARE 2", "SSDA903_2024_ad1.csv 2 NB_ADOPTR 3", "SSDA903_2024_ad1.csv 2 SEX_ADOPTR XY",
                "SSDA903_2024_ad1.csv 2 LS_ADOPTR L9",
                "permanence.csv 2 PREV_PERM P9", "permanence.csv 2 DATE_PERM zz/13/2019",
                "sw_episodes.csv 2 SW_ID SW 1", "sw_episodes.csv 2 SW_DEC 01/05/2024", "sw_episodes.csv 2 SW_REASON QUIT");
        assertThat(problems).allMatch(p -> p.severity() == ImportProblem.Severity.ERROR);
    }

    @Test
    void childIdentifiersWithHyphensAndUnderscoresAreReadAndSpacesAreNot() {
        assertThat(check("header.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\nAB_123-4,1,01/01/2015,WBRI,,,\r\n")).isEmpty();
        assertThat(check("header.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\nAB 1234,1,01/01/2015,WBRI,,,\r\n"))
                .extracting(ImportProblem::row, ImportProblem::field).containsExactly(org.assertj.core.groups.Tuple.tuple(2, "CHILD"));
    }
}
