package org.corporateparenting.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.child.ChildDetails;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.episode.Episode;
import org.junit.jupiter.api.Test;

/** Undoing the audit trail's entries on copies, as the trail writes them, without a database. */
class RevertTest {

    private final Child child = Revert.identified(new Child(new Council("999", "Test council"), "R1", "Robin", "Rowe", "1",
            LocalDate.of(2012, 4, 1), "WBRI"), 11L);

    @Test
    void aChangeIsUndoneOnACopyFieldByFieldAndTheRecordItselfIsUntouched() {
        Episode episode = Revert.identified(new Episode(child, LocalDate.of(2024, 1, 1), "S", "C2", "N1", "U4"), 12L);
        Snapshot before = Snapshot.of(episode);
        episode.end(LocalDate.of(2024, 5, 31), "E13", null);
        String changes = Snapshot.of(episode).changesSince(before);
        assertThat(changes).contains("endDate: null -> 2024-05-31", "reasonCeased: null -> E13");

        Episode copy = Revert.copy(episode);
        Revert.undo(copy, changes, Map.of(11L, (Object) child)::get);
        assertThat(copy.getEndDate()).isNull();
        assertThat(copy.getReasonCeased()).isNull();
        assertThat(copy.getId()).isEqualTo(12L);
        assertThat(copy.getChild()).isSameAs(child);
        assertThat(Snapshot.of(copy).changesSince(before)).isEmpty();
        assertThat(episode.getEndDate()).as("the record itself").isEqualTo(LocalDate.of(2024, 5, 31));
    }

    @Test
    void textHoldingTheTrailsOwnSeparatorsReadsBackAndARemovedRecordIsMadeAgain() {
        Child copy = Revert.copy(child);
        Snapshot before = Snapshot.of(copy);
        copy.revise(new ChildDetails("R1", "Robin; surname: Smith -> x", "Rowe", "1",
                LocalDate.of(2012, 4, 2), "WBRI", null, null, null));
        String changes = Snapshot.of(copy).changesSince(before);
        Revert.undo(copy, changes, id -> null);
        assertThat(copy.getForename()).isEqualTo("Robin");
        assertThat(copy.getDateOfBirth()).isEqualTo(LocalDate.of(2012, 4, 1));

        Episode episode = Revert.identified(new Episode(child, LocalDate.of(2024, 1, 1), "S", "C2", "N1", "U4"), 13L);
        Episode restored = Revert.restore(Episode.class, 13L, Snapshot.of(episode).asCreated(), Map.of(11L, (Object) child)::get);
        assertThat(restored.getId()).isEqualTo(13L);
        assertThat(restored.getChild()).isSameAs(child);
        assertThat(restored.getStartDate()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(restored.getPlacementType()).isEqualTo("U4");
        assertThat(Snapshot.of(restored).asCreated()).isEqualTo(Snapshot.of(episode).asCreated());
    }
}
