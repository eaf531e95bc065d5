package org.corporateparenting.domain.ssda903.rules.child;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corporateparenting.domain.ssda903.Given;
import org.corporateparenting.domain.ssda903.Table;
import org.junit.jupiter.api.Test;

/** A passing and a failing case for each rule comparing the header with last year's. */
class LastYearHeaderRulesTest {

    @Test
    void rule202SexAgreesWithLastYearsAcrossTheChangeOfCoding() {
        assertEquals(List.of(), Given.year(2024).header("CHILD=1", "SEX=M").last(Table.HEADER, "CHILD=1", "SEX=1")
                .header("CHILD=2", "SEX=F").failing("202"));
        assertEquals(List.of(2), Given.year(2024).header("CHILD=1", "SEX=F").last(Table.HEADER, "CHILD=1", "SEX=1")
                .failing("202"));
        assertEquals(List.of(2), Given.year(2023).header("CHILD=1", "SEX=2").last(Table.HEADER, "CHILD=1", "SEX=1")
                .failing("202"));
    }

    @Test
    void rule203DateOfBirthAgreesWithLastYears() {
        assertEquals(List.of(), Given.year(2025).header("CHILD=1", "DOB=01/02/2015")
                .last(Table.HEADER, "CHILD=1", "DOB=01/02/2015").failing("203"));
        assertEquals(List.of(2), Given.year(2025).header("CHILD=1", "DOB=01/02/2015")
                .last(Table.HEADER, "CHILD=1", "DOB=01/03/2015").failing("203"));
    }

    @Test
    void rule204EthnicityAgreesWithLastYears() {
        assertEquals(List.of(), Given.year(2025).header("CHILD=1", "ETHNIC=WBRI")
                .last(Table.HEADER, "CHILD=1", "ETHNIC=WBRI").failing("204"));
        assertEquals(List.of(2), Given.year(2025).header("CHILD=1", "ETHNIC=WBRI")
                .last(Table.HEADER, "CHILD=1", "ETHNIC=WIRI").failing("204"));
    }

    @Test
    void rule208UpnMayBecomeKnownButAKnownUpnStaysTheSame() {
        assertEquals(List.of(), Given.year(2025)
                .header("CHILD=1", "UPN=A123456789012").last(Table.HEADER, "CHILD=1", "UPN=UN4")
                .header("CHILD=2", "UPN=UN3").last(Table.HEADER, "CHILD=2", "UPN=UN1")
                .header("CHILD=3", "UPN=UN1").last(Table.HEADER, "CHILD=3", "UPN=")
                .header("CHILD=4", "UPN=a123456789012").last(Table.HEADER, "CHILD=4", "UPN=A123456789012")
                .failing("208"));
        assertEquals(List.of(2, 3, 4), Given.year(2025)
                .header("CHILD=1", "UPN=B123456789012").last(Table.HEADER, "CHILD=1", "UPN=A123456789012")
                .header("CHILD=2", "UPN=UN3").last(Table.HEADER, "CHILD=2", "UPN=UN4")
                .header("CHILD=3", "UPN=").last(Table.HEADER, "CHILD=3", "UPN=UN1")
                .failing("208"));
    }

    @Test
    void rule624FirstChildsDateOfBirthAgreesWithLastYears() {
        assertEquals(List.of(), Given.year(2025).header("CHILD=1", "MC_DOB=01/02/2024")
                .last(Table.HEADER, "CHILD=1", "MC_DOB=01/02/2024").failing("624"));
        assertEquals(List.of(2), Given.year(2025).header("CHILD=1", "MC_DOB=01/02/2024")
                .last(Table.HEADER, "CHILD=1", "MC_DOB=02/02/2024").failing("624"));
    }

    @Test
    void rule626AMotherOfAChildBornBeforeTheYearWasAMotherLastYear() {
        assertEquals(List.of(), Given.year(2025)
                .header("CHILD=1", "MOTHER=1", "MC_DOB=01/02/2025").last(Table.HEADER, "CHILD=1", "MOTHER=1")
                .header("CHILD=2", "MOTHER=1", "MC_DOB=01/05/2025").last(Table.HEADER, "CHILD=2", "MOTHER=0")
                .failing("626"));
        assertEquals(List.of(2), Given.year(2025).header("CHILD=1", "MOTHER=1", "MC_DOB=01/02/2025")
                .last(Table.HEADER, "CHILD=1", "MOTHER=0").failing("626"));
    }
}
