package org.corporateparenting.domain.ssda903.rules.episodes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corporateparenting.domain.ssda903.Given;
import org.junit.jupiter.api.Test;

/** A passing and a failing case for each rule of episodes' fields and placements. */
class EpisodeRuleSetTest {

    @Test
    void rule141EpisodeStartMustBeARealDate() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "DECOM=01/04/2025").failing("141"));
        assertEquals(List.of(2, 3), Given.year(2025).episode("CHILD=1", "DECOM=31/02/2025").episode("CHILD=2", "DECOM=")
                .failing("141"));
    }
}
