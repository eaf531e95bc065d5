package org.corporateparenting.domain.ssda903.rules.child;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corporateparenting.domain.ssda903.Given;
import org.corporateparenting.domain.ssda903.Table;
import org.junit.jupiter.api.Test;

/** A passing and a failing case for each rule on unaccompanied asylum-seeking children. */
class UascRulesTest {

    @Test
    void rule104DateUascCeasedIsARealDate() {
        assertEquals(List.of(), Given.year(2025).row(Table.UASC, "CHILD=1", "DUC=01/02/2027")
                .row(Table.UASC, "CHILD=2", "DUC=").failing("104"));
        assertEquals(List.of(2), Given.year(2025).row(Table.UASC, "CHILD=1", "DUC=31/02/2027").failing("104"));
    }

    @Test
    void rule303ADateCeasedMeansTheHeaderSaysUasc() {
        assertEquals(List.of(), Given.year(2025).header("CHILD=1", "UASC=1").row(Table.UASC, "CHILD=1", "DUC=01/02/2027")
                .header("CHILD=2").row(Table.UASC, "CHILD=2", "DUC=01/02/2027").failing("303"));
        assertEquals(List.of(2), Given.year(2025).header("CHILD=1", "UASC=0")
                .row(Table.UASC, "CHILD=1", "DUC=01/02/2027").failing("303"));
    }

    @Test
    void rule304UascCeasesByThe18thBirthday() {
        assertEquals(List.of(), Given.year(2025).row(Table.UASC, "CHILD=1", "DOB=01/02/2009", "DUC=01/02/2027")
                .failing("304"));
        assertEquals(List.of(2), Given.year(2025).row(Table.UASC, "CHILD=1", "DOB=01/02/2009", "DUC=02/02/2027")
                .failing("304"));
        assertEquals(List.of(2), Given.year(2025).header("CHILD=1", "DOB=01/02/2009")
                .row(Table.UASC, "CHILD=1", "DUC=02/02/2027").failing("304"));
    }

    @Test
    void rule205AUascCeasedLastYearShowsInTheDates() {
        // Ceased on 1 February 2025, in 2024-25: the row is carried into 2025-26 with the same date.
        assertEquals(List.of(), Given.year(2025).header("CHILD=1")
                .row(Table.UASC, "CHILD=1", "SEX=M", "DUC=01/02/2025")
                .last(Table.UASC, "CHILD=1", "SEX=M", "DUC=01/02/2025").failing("205A"));
        // The header says not UASC this year, but last year's date ceased lies ahead.
        assertEquals(List.of(2), Given.year(2025).header("CHILD=1", "UASC=0")
                .row(Table.UASC, "CHILD=1", "SEX=M", "DUC=")
                .last(Table.HEADER, "CHILD=1", "UASC=1").last(Table.UASC, "CHILD=1", "SEX=M", "DUC=01/02/2027")
                .failing("205A"));
    }

    @Test
    void rule205BUascBothYearsHasNotCeasedBeforeThisYear() {
        assertEquals(List.of(), Given.year(2025).header("CHILD=1", "UASC=1")
                .row(Table.UASC, "CHILD=1", "SEX=M", "DUC=01/02/2027")
                .last(Table.HEADER, "CHILD=1", "UASC=1").last(Table.UASC, "CHILD=1", "SEX=M", "DUC=01/02/2027")
                .failing("205B"));
        assertEquals(List.of(2), Given.year(2025).header("CHILD=1", "UASC=1")
                .row(Table.UASC, "CHILD=1", "SEX=M", "DUC=01/02/2025")
                .last(Table.HEADER, "CHILD=1", "UASC=1").last(Table.UASC, "CHILD=1", "SEX=M", "DUC=01/02/2025")
                .failing("205B"));
    }

    @Test
    void rule205CNoDateCeasedForAChildNeverUasc() {
        assertEquals(List.of(), Given.year(2025).header("CHILD=1", "UASC=1").row(Table.UASC, "CHILD=1", "DUC=01/02/2027")
                .lastYearKnown().failing("205C"));
        assertEquals(List.of(2), Given.year(2025).header("CHILD=1", "UASC=0")
                .row(Table.UASC, "CHILD=1", "DUC=01/02/2027").last(Table.HEADER, "CHILD=1", "UASC=0")
                .failing("205C"));
    }

    @Test
    void rule205DUascThisYearWasUascLastYear() {
        assertEquals(List.of(), Given.year(2025).header("CHILD=1", "UASC=1").last(Table.HEADER, "CHILD=1", "UASC=1")
                .header("CHILD=2", "UASC=1").failing("205D"));
        assertEquals(List.of(2), Given.year(2025).header("CHILD=1", "UASC=1").last(Table.HEADER, "CHILD=1", "UASC=0")
                .failing("205D"));
    }
}
