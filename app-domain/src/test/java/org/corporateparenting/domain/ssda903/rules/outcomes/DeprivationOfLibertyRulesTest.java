package org.corporateparenting.domain.ssda903.rules.outcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.corporateparenting.domain.ssda903.Given;
import org.corporateparenting.domain.ssda903.ReturnValidation;
import org.corporateparenting.domain.ssda903.Table;
import org.junit.jupiter.api.Test;

/** A passing and a failing case for each rule on deprivation of liberty orders (2026-27). */
class DeprivationOfLibertyRulesTest {

    private static Given order(String... pairs) {
        return Given.year(2026).header("CHILD=1", "DOB=01/01/2012").row(Table.DOLO, child(pairs));
    }

    private static String[] child(String... pairs) {
        String[] all = new String[pairs.length + 1];
        all[0] = "CHILD=1";
        System.arraycopy(pairs, 0, all, 1, pairs.length);
        return all;
    }

    @Test
    void rule700StartIsADate() {
        assertEquals(List.of(), order("DOLO_START=01/05/2026").failing("700"));
        assertEquals(List.of(2), order("DOLO_START=").failing("700"));
        assertEquals(List.of(2), order("DOLO_START=31/11/2026").failing("700"));
    }

    @Test
    void rule701EndIsADate() {
        assertEquals(List.of(), order("DOLO_END=").failing("701"));
        assertEquals(List.of(2), order("DOLO_END=2026-06-01").failing("701"));
    }

    @Test
    void rule702EndsOnOrAfterStart() {
        assertEquals(List.of(), order("DOLO_START=01/05/2026", "DOLO_END=01/05/2026").failing("702"));
        assertEquals(List.of(2), order("DOLO_START=01/05/2026", "DOLO_END=30/04/2026").failing("702"));
    }

    @Test
    void rule703StartsByTheYearsEnd() {
        assertEquals(List.of(), order("DOLO_START=31/03/2027").failing("703"));
        assertEquals(List.of(2), order("DOLO_START=01/04/2027").failing("703"));
    }

    @Test
    void rule704EndsInTheYear() {
        assertEquals(List.of(), order("DOLO_END=01/04/2026").failing("704"));
        assertEquals(List.of(2), order("DOLO_END=31/03/2026").failing("704"));
    }

    @Test
    void rule705OneOrderAtATime() {
        assertEquals(List.of(), order("DOLO_START=01/05/2026", "DOLO_END=01/06/2026")
                .row(Table.DOLO, child("DOLO_START=01/06/2026")).failing("705"));
        assertEquals(List.of(3), order("DOLO_START=01/05/2026", "DOLO_END=")
                .row(Table.DOLO, child("DOLO_START=01/06/2026")).failing("705"));
    }

    @Test
    void rule706OpenOrderLastYearCarriesOn() {
        assertEquals(List.of(), order("DOLO_START=01/02/2026").last(Table.DOLO, child("DOLO_START=01/02/2026"))
                .failing("706"));
        assertEquals(List.of(2), order("DOLO_START=02/02/2026").last(Table.DOLO, child("DOLO_START=01/02/2026"))
                .failing("706"));
        assertTrue(ReturnValidation.validate(order("DOLO_START=01/05/2026").files()).notRun().containsKey("706"));
    }

    @Test
    void rule707OrderEndsWhenCareEnds() {
        assertEquals(List.of(), order("DOLO_START=01/05/2026").episode("CHILD=1", "DECOM=01/04/2026", "PLACE=K2")
                .failing("707"));
        assertEquals(List.of(2), order("DOLO_START=01/05/2026")
                .episode("CHILD=1", "DECOM=01/04/2026", "PLACE=K2", "DEC=01/09/2026", "REC=E13").failing("707"));
    }

    @Test
    void rule708OrderAfterBirth() {
        assertEquals(List.of(), order("DOLO_START=01/01/2012").failing("708"));
        assertEquals(List.of(2), order("DOLO_START=31/12/2011").failing("708"));
    }

    @Test
    void rule709ExpectedPlacementUnderAnOrder() {
        assertEquals(List.of(), order("DOLO_START=01/05/2026").episode("CHILD=1", "DECOM=01/04/2026", "PLACE=Z12")
                .failing("709"));
        assertEquals(List.of(), order("DOLO_START=01/05/2026", "DOLO_END=01/06/2026")
                .episode("CHILD=1", "DECOM=01/04/2026", "PLACE=K2", "DEC=01/07/2026", "REC=X1")
                .episode("CHILD=1", "DECOM=01/07/2026", "PLACE=U4").failing("709"));
        assertEquals(List.of(3), order("DOLO_START=01/05/2026")
                .episode("CHILD=1", "DECOM=01/04/2026", "PLACE=K2", "DEC=01/07/2026", "REC=X1")
                .episode("CHILD=1", "DECOM=01/07/2026", "PLACE=U4").failing("709"));
        assertEquals(List.of(), order("DOLO_START=01/05/2026").episode("CHILD=1", "DECOM=01/04/2026", "PLACE=K1")
                .failing("709"));
    }

    @Test
    void rule710NoForbiddenPlacementUnderAnOrder() {
        assertEquals(List.of(), order("DOLO_START=01/05/2026").episode("CHILD=1", "DECOM=01/04/2026", "PLACE=K2")
                .failing("710"));
        assertEquals(List.of(2), order("DOLO_START=01/05/2026").episode("CHILD=1", "DECOM=01/04/2026", "PLACE=K1")
                .failing("710"));
    }
}
