package org.corporateparenting.application.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corporateparenting.domain.code.CollectionYear;
import org.junit.jupiter.api.Test;

/**
 * The load report's totals per file on a hand-made two-year file set (synthetic children) in which every kind of ending
 * occurs: each row read is counted once, as loaded, repaired, dropped (with why) or an error, and the counts add up to
 * the data rows of each file.
 */
class LoadTotalsTest {

    private static final String HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\n";
    private static final String EPISODES = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\r\n";
    private static final CollectionYear Y2023 = new CollectionYear(2023);
    private static final CollectionYear Y2024 = new CollectionYear(2024);

    private static final Map<CollectionYear, Map<String, String>> FILES = Map.of(
            Y2023, Map.of(
                    "header.csv", HEADER + "A1,1,01/05/2010,WBRI,,,\r\n" + "A2,2,01/05/2011,WBRI,,,\r\n",
                    // a stale open row: the 2024-25 file's episode from 10/05/2023 covers its days
                    "episodes.csv", EPISODES + "A1,01/05/2023,S,C2,N1,U1,PR1,,,,,,\r\n"),
            Y2024, Map.of(
                    "header.csv", HEADER + "A1,1,01/05/2010,WBRI,,,\r\n" + "A4,1,01/05/2012,WBRI,,,\r\n" + "A5,2,01/05/2013,WBRI,,,\r\n",
                    "episodes.csv", EPISODES
                            + "A1,10/05/2023,S,C2,N1,U1,PR1,,,,,,\r\n"            // 2 loaded
                            + "A4,01/06/2024,S,C2,N1,U1,PR1,,,,,,\r\n"            // 3 repaired: ended X1 when row 4 starts
                            + "A4,01/08/2024,P,C2,N1,U1,PR1,,,,,,\r\n"            // 4 loaded
                            + "A5,01/07/2024,S,C2,N1,U1,PR1,,,,,,\r\n"            // 5 dropped: the same episode again in row 6
                            + "A5,01/07/2024,S,C2,N1,U4,PR1,,,,,,\r\n"            // 6 repaired (kept of the two)
                            + "A5,31/02/2025,P,C2,N1,U4,PR1,,,,,,\r\n",           // 7 error: no such date
                    "reviews.csv", "CHILD,DOB,REVIEW,REVIEW_CODE\r\n"
                            + "A1,01/05/2010,01/09/2024,PN1\r\n"                  // 2 dropped: the same review in row 3
                            + "A1,01/05/2010,01/09/2024,PN1\r\n"                  // 3 loaded
                            + "A9,01/05/2010,01/10/2024,PN1\r\n",                 // 4 error: a child with no episode
                    "uasc.csv", "CHILD,SEX,DOB,DUC\r\nA2,2,01/05/2011,\r\n",      // dropped: a child with no episode
                    "notes.csv", "NOTE,BY\r\nchecked,me\r\nagain,you\r\n"));      // dropped: not a file of the return

    @Test
    void everyRowOfEveryFileIsCountedOnceAsLoadedRepairedDroppedOrAnErrorAndTheTotalsAddUp() {
        List<ImportProblem> problems = new ArrayList<>();
        Ssda903Stitch.Stitched stitched = Ssda903ImportService.checkAndStitch(FILES, problems, LoadProgress.NONE);
        List<FileTotal> totals = LoadTotals.of(FILES, problems, stitched.dropped());

        assertThat(totals).extracting(FileTotal::words).containsExactly(
                "rows read 1: loaded 0, repaired 0, dropped 1 (superseded by a later year's episode: 1), errors 0",
                "rows read 2: loaded 1, repaired 0, dropped 1 (child with no episode in the files: 1), errors 0",
                "rows read 6: loaded 2, repaired 2, dropped 1 (the same row again later in the file: 1), errors 1",
                "rows read 3: loaded 3, repaired 0, dropped 0, errors 0",
                "rows read 2: loaded 0, repaired 0, dropped 2 (not a file of the return: 2), errors 0",
                "rows read 3: loaded 1, repaired 0, dropped 1 (the same row again later in the file: 1), errors 1",
                "rows read 1: loaded 0, repaired 0, dropped 1 (child with no episode in the files: 1), errors 0");
        assertThat(totals).extracting(FileTotal::file).containsExactly("2023-24/episodes.csv", "2023-24/header.csv", "2024-25/episodes.csv",
                "2024-25/header.csv", "2024-25/notes.csv", "2024-25/reviews.csv", "2024-25/uasc.csv");
        for (FileTotal total : totals) {
            String[] lines = FILES.get(total.file().startsWith("2023") ? Y2023 : Y2024).get(total.file().substring(8)).split("\r\n");
            assertThat(total.read()).as("the data rows of " + total.file()).isEqualTo(lines.length - 1);
            assertThat(total.loaded() + total.repaired() + total.dropped() + total.errors()).as(total.file()).isEqualTo(total.read());
            assertThat(total.addsUp()).isTrue();
        }
        assertThat(totals.stream().mapToInt(FileTotal::errors).sum()).as("the error rows are the rows the report names with an error")
                .isEqualTo((int) problems.stream().filter(p -> p.severity() == ImportProblem.Severity.ERROR && p.row() > 1)
                        .map(p -> p.file() + ":" + p.row()).distinct().count());
    }

    @Test
    void aFileWithAMissingColumnCountsEveryRowAsAnErrorAndTheReportEndsWithEachFilesTotals() {
        Map<CollectionYear, Map<String, String>> files = Map.of(Y2024, Map.of(
                "header.csv", HEADER + "B1,1,01/05/2010,WBRI,,,\r\n",
                "episodes.csv", "CHILD,DECOM,RNE,LS,CIN,PLACE\r\nB1,01/06/2024,S,C2,N1,U1\r\nB1,01/07/2024,P,C2,N1,U1\r\n"));
        List<ImportProblem> problems = new ArrayList<>();
        Ssda903Stitch.Stitched stitched = Ssda903ImportService.checkAndStitch(files, problems, LoadProgress.NONE);
        List<FileTotal> totals = LoadTotals.of(files, problems, stitched.dropped());

        assertThat(totals).extracting(FileTotal::words).containsExactly(
                "rows read 2: loaded 0, repaired 0, dropped 0, errors 2",
                "rows read 1: loaded 0, repaired 0, dropped 1 (child with no episode in the files: 1), errors 0");
        assertThat(ImportProblem.report(problems, totals)).endsWith(
                "2024-25/episodes.csv,0,,,TOTAL,\"rows read 2: loaded 0, repaired 0, dropped 0, errors 2\"\r\n"
                + "2024-25/header.csv,0,,,TOTAL,\"rows read 1: loaded 0, repaired 0, dropped 1 (child with no episode in the files: 1), "
                + "errors 0\"\r\n");
    }
}
