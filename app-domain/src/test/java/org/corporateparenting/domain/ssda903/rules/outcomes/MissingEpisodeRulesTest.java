package org.corporateparenting.domain.ssda903.rules.outcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.corporateparenting.domain.ssda903.Given;
import org.corporateparenting.domain.ssda903.ReturnValidation;
import org.corporateparenting.domain.ssda903.Table;
import org.junit.jupiter.api.Test;

/** A passing and a failing case for each rule on the Missing file's own items. */
class MissingEpisodeRulesTest {

    private static Given missing(String... pairs) {
        return Given.year(2025).header("CHILD=1", "DOB=01/01/2010").row(Table.MISSING, child(pairs));
    }

    private static String[] child(String... pairs) {
        String[] all = new String[pairs.length + 1];
        all[0] = "CHILD=1";
        System.arraycopy(pairs, 0, all, 1, pairs.length);
        return all;
    }

    @Test
    void rule1004StartIsADate() {
        assertEquals(List.of(), missing("MIS_START=01/05/2025").failing("1004"));
        assertEquals(List.of(2), missing("MIS_START=32/05/2025").failing("1004"));
    }

    @Test
    void rule1005EndIsADate() {
        assertEquals(List.of(), missing("MIS_END=").failing("1005"));
        assertEquals(List.of(2), missing("MIS_END=05/2025").failing("1005"));
    }

    @Test
    void rule1006MissingOrAway() {
        assertEquals(List.of(), missing("MISSING=A").failing("1006"));
        assertEquals(List.of(2), missing("MISSING=X").failing("1006"));
    }

    @Test
    void rule564StartGivenForATimeMissing() {
        assertEquals(List.of(), missing("MISSING=M", "MIS_START=01/05/2025").failing("564"));
        assertEquals(List.of(2), missing("MISSING=M").failing("564"));
    }

    @Test
    void rule565KindGivenWithAStart() {
        assertEquals(List.of(), missing("MISSING=M", "MIS_START=01/05/2025").failing("565"));
        assertEquals(List.of(2), missing("MIS_START=01/05/2025").failing("565"));
    }

    @Test
    void rule566KindGivenWithAnEnd() {
        assertEquals(List.of(), missing("MISSING=A", "MIS_END=01/05/2025").failing("566"));
        assertEquals(List.of(2), missing("MIS_END=01/05/2025").failing("566"));
    }

    @Test
    void rule567EndsOnOrAfterStart() {
        assertEquals(List.of(), missing("MIS_START=01/05/2025", "MIS_END=01/05/2025").failing("567"));
        assertEquals(List.of(2), missing("MIS_START=01/05/2025", "MIS_END=30/04/2025").failing("567"));
    }

    @Test
    void rule570StartsByTheYearsEnd() {
        assertEquals(List.of(), missing("MIS_START=31/03/2026").failing("570"));
        assertEquals(List.of(2), missing("MIS_START=01/04/2026").failing("570"));
    }

    @Test
    void rule571EndsInTheYear() {
        assertEquals(List.of(), missing("MIS_END=01/04/2025").failing("571"));
        assertEquals(List.of(2), missing("MIS_END=31/03/2025").failing("571"));
        assertEquals(List.of(2), missing("MIS_END=01/04/2026").failing("571"));
    }

    @Test
    void rule574OneTimeMissingAtOnce() {
        assertEquals(List.of(), missing("MIS_START=01/05/2025", "MIS_END=03/05/2025")
                .row(Table.MISSING, child("MIS_START=03/05/2025", "MIS_END=")).failing("574"));
        assertEquals(List.of(2), missing("MIS_START=02/05/2025", "MIS_END=04/05/2025")
                .row(Table.MISSING, child("MIS_START=01/05/2025", "MIS_END=03/05/2025")).failing("574"));
        assertEquals(List.of(3), missing("MIS_START=01/05/2025", "MIS_END=")
                .row(Table.MISSING, child("MIS_START=06/05/2025", "MIS_END=07/05/2025")).failing("574"));
    }

    @Test
    void rule576OpenTimeLastYearCarriesOn() {
        assertEquals(List.of(), missing("MIS_START=20/03/2025", "MIS_END=02/04/2025")
                .last(Table.MISSING, child("MIS_START=20/03/2025", "MIS_END=")).failing("576"));
        assertEquals(List.of(2), Given.year(2025).header("CHILD=1")
                .last(Table.MISSING, child("MIS_START=20/03/2025", "MIS_END=")).failing("576"));
        assertTrue(ReturnValidation.validate(missing("MIS_START=01/05/2025").files()).notRun().containsKey("576"));
    }

    @Test
    void rule586NotMissingBeforeBirth() {
        assertEquals(List.of(), missing("MIS_START=01/01/2010").failing("586"));
        assertEquals(List.of(2), missing("MIS_START=31/12/2009").failing("586"));
    }
}
