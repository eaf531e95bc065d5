package org.corporateparenting.application.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corporateparenting.application.ssda903.Ssda903Stitch.PermanenceRow;
import org.corporateparenting.application.ssda903.Ssda903Stitch.SocialWorkerRow;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.council.Council;
import org.junit.jupiter.api.Test;

/**
 * Previous permanence and social worker rows of a child in a header file with no episode and no record here (synthetic):
 * an error on each row, not a record without a child that fails the whole load while storing.
 */
class Ssda903FurtherRowsTest {

    private final Child held = new Child(new Council("999", "Test council"), "K1", "Child", "K1", "1", LocalDate.of(2012, 3, 1), "WBRI");

    @Test
    void rowsOfAChildWithNoRecordAreErrorsAndThoseOfAChildHeldHereLoad() {
        Ssda903Permanence permanence = new Ssda903Permanence();
        assertThat(permanence.apply(List.of(new PermanenceRow("K2", "P2", null, "zz/zz/2019", "2024-25/prev_perm.csv", 2),
                new PermanenceRow("K1", "P2", null, "zz/zz/2019", "2024-25/prev_perm.csv", 3)), Map.of("K1", held), new HashMap<>()))
                .singleElement().satisfies(p -> assertThat(p.getChild()).isSameAs(held));
        assertThat(permanence.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("2024-25/prev_perm.csv");
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.field()).isEqualTo("CHILD");
            assertThat(p.severity()).isEqualTo(ImportProblem.Severity.ERROR);
        });

        Ssda903SocialWorkers workers = new Ssda903SocialWorkers();
        assertThat(workers.apply(List.of(new SocialWorkerRow("K2", "SW1", LocalDate.of(2024, 5, 1), null, null, "2024-25/sw_episodes.csv", 2)),
                Map.of("K1", held), new HashMap<>())).isEmpty();
        assertThat(workers.problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("no episode in the files and no record"));
    }
}
