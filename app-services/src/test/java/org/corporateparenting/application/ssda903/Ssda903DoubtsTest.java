package org.corporateparenting.application.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.corporateparenting.application.ssda903.Ssda903Stitch.MissingRow;
import org.corporateparenting.application.ssda903.Ssda903Stitch.ReviewRow;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.episode.Episode;
import org.corporateparenting.domain.episode.EpisodeDetails;
import org.junit.jupiter.api.Test;

/** Reviews after the year end and times missing outside care are warnings naming row and field (synthetic child). */
class Ssda903DoubtsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private final Child child = new Child(new Council("999", "Test council"), "M1", "Child", "M1", "1", LocalDate.of(2012, 3, 1), "WBRI");
    private final List<Episode> episodes = List.of(episode(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 9, 1), "E13"),
            episode(LocalDate.of(2025, 1, 1), null, null));

    private Episode episode(LocalDate start, LocalDate end, String ceased) {
        Episode e = new Episode(child, start, "S", "C2", "N1", "U1");
        e.revise(new EpisodeDetails(start, end, "S", "C2", "N1", "U1", null, null, null, ceased, null), null);
        return e;
    }

    private static ReviewRow review(LocalDate held, int row) {
        return new ReviewRow("M1", held, "PN1", "2024-25/reviews.csv", row);
    }

    private static MissingRow missing(LocalDate start, int row) {
        return new MissingRow("M1", "M", start, null, "2024-25/missing.csv", row);
    }

    @Test
    void aReviewAfterTheYearEndIsAWarningOnItsReviewFieldSayingWhenItIsAlsoAfterToday() {
        List<ImportProblem> doubts = Ssda903Doubts.of(List.of(review(LocalDate.of(2025, 3, 31), 2), review(LocalDate.of(2025, 5, 1), 3),
                review(LocalDate.of(2030, 1, 15), 4)), List.of(), Map.of("M1", episodes), TODAY);

        assertThat(doubts).extracting(p -> p.file() + ":" + p.row() + " " + p.field() + " " + p.value() + " " + p.severity())
                .containsExactly("2024-25/reviews.csv:3 REVIEW 01/05/2025 WARNING", "2024-25/reviews.csv:4 REVIEW 15/01/2030 WARNING");
        assertThat(doubts.get(0).reason()).contains("after the end of the collection year 2024-25 (31/03/2025)").doesNotContain("after today");
        assertThat(doubts.get(1).reason()).contains("after today", "It is loaded");
    }

    @Test
    void aTimeMissingOnADayNoEpisodeCoversIsAWarningOnMisStartNamingTheDfeRule() {
        List<ImportProblem> doubts = Ssda903Doubts.of(List.of(), List.of(missing(LocalDate.of(2024, 4, 10), 2),
                missing(LocalDate.of(2024, 6, 1), 3), missing(LocalDate.of(2024, 10, 10), 4), missing(LocalDate.of(2025, 2, 1), 5)),
                Map.of("M1", episodes), TODAY);

        assertThat(doubts).extracting(p -> p.row() + " " + p.field() + " " + p.value() + " " + p.severity())
                .containsExactly("2 MIS_START 10/04/2024 WARNING", "4 MIS_START 10/10/2024 WARNING");
        assertThat(doubts.get(0).reason()).startsWith("DfE rule 581");
        assertThat(doubts.get(1).reason()).startsWith("DfE rule 578");
    }
}
