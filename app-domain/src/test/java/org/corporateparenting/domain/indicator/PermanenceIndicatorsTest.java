package org.corporateparenting.domain.indicator;

import org.corporateparenting.domain.child.Child;
import org.junit.jupiter.api.Test;

class PermanenceIndicatorsTest {

    private final Cases cases = new Cases();

    @Test
    void leaversByTheReasonTheirLastEpisodeCeased() {
        leaver("2021-10-31", "E11");
        leaver("2021-06-15", "E46");
        leaver("2021-05-01", "E4A");
        leaver("2021-04-30", "E12");
        leaver("2021-03-31", "E41");
        Child movedThenLeft = cases.child("2012-01-01");
        cases.episode(movedThenLeft, "2019-01-01", "2021-08-01", "S", "U5", "X1");
        cases.episode(movedThenLeft, "2021-08-01", "2021-09-01", "P", "K2", "E13");

        cases.assertShare("PERM_ADOPTION", "2021-10", 1, 4);
        cases.assertShare("PERM_SGO", "2021-10", 1, 4);
        cases.assertShare("PERM_RETURN_HOME_R6", "2021-10", 1, 4);
        cases.assertShare("PERM_CEASED_PERMANENCE", "2021-10", 3, 5);
        cases.assertShare("PERM_CEASED_PERMANENCE", "2021-03", 1, 1);
    }

    private void leaver(String left, String reason) {
        Child c = cases.child("2012-01-01");
        cases.episode(c, "2019-01-01", left, "S", "U5", reason);
    }
}
