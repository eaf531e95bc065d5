package org.corporateparenting.domain.ssda903.rules.child;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corporateparenting.domain.ssda903.Given;
import org.junit.jupiter.api.Test;

/** A passing and a failing case for each rule of the child's own records. */
class ChildRuleSetTest {

    @Test
    void rule103EthnicityMustBeAValidCode() {
        assertEquals(List.of(), Given.year(2025).header("CHILD=1", "ETHNIC=WBRI").failing("103"));
        assertEquals(List.of(2, 3), Given.year(2025).header("CHILD=1", "ETHNIC=XXXX").header("CHILD=2", "ETHNIC=")
                .failing("103"));
    }
}
