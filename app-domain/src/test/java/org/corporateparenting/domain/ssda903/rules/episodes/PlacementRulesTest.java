package org.corporateparenting.domain.ssda903.rules.episodes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corporateparenting.domain.ssda903.Given;
import org.junit.jupiter.api.Test;

/** A passing and a failing case for each rule on placement types, ages and temporary placements. */
class PlacementRulesTest {

    private static Given bornOn(int year, String dob) {
        return Given.year(year).header("CHILD=1", "DOB=" + dob);
    }

    @Test
    void rule217AdoptionWithCurrentFosterCarersIsAStartOrAChangeOfStatus() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "PLACE=A5", "RNE=U", "DECOM=01/05/2025")
                .episode("CHILD=2", "PLACE=A3", "RNE=P", "DECOM=01/05/2014").failing("217"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "PLACE=A3", "RNE=P", "DECOM=01/05/2025").failing("217"));
    }

    @Test
    void rule370IndependentLivingFrom15In2022And16In2023() {
        assertEquals(List.of(), bornOn(2022, "01/05/2007").episode("CHILD=1", "PLACE=P2", "DECOM=01/05/2022").failing("370"));
        assertEquals(List.of(2), bornOn(2023, "02/05/2007").episode("CHILD=1", "PLACE=P2", "DECOM=01/05/2023")
                .failing("370"));
    }

    @Test
    void rule371SupportedAccommodationFrom16() {
        assertEquals(List.of(), bornOn(2025, "01/05/2009").episode("CHILD=1", "PLACE=K3", "DECOM=01/05/2025").failing("371"));
        assertEquals(List.of(2), bornOn(2025, "02/05/2009").episode("CHILD=1", "PLACE=K3", "DECOM=01/05/2025")
                .failing("371"));
        assertEquals(List.of(), bornOn(2022, "01/05/2008").episode("CHILD=1", "PLACE=H5", "DECOM=01/05/2022").failing("371"));
    }

    @Test
    void rule372CustodyFrom10() {
        assertEquals(List.of(), bornOn(2025, "01/05/2015").episode("CHILD=1", "PLACE=R5", "DECOM=01/05/2025").failing("372"));
        assertEquals(List.of(2), bornOn(2025, "02/05/2015").episode("CHILD=1", "PLACE=R5", "DECOM=01/05/2025")
                .failing("372"));
    }

    @Test
    void rule373SchoolFrom4() {
        assertEquals(List.of(), bornOn(2025, "01/05/2021").episode("CHILD=1", "PLACE=S1", "DECOM=01/05/2025").failing("373"));
        assertEquals(List.of(2), bornOn(2025, "02/05/2021").episode("CHILD=1", "PLACE=S1", "DECOM=01/05/2025")
                .failing("373"));
    }

    @Test
    void rule374ResidentialEmploymentFrom14() {
        assertEquals(List.of(), bornOn(2025, "01/05/2011").episode("CHILD=1", "PLACE=P3", "DECOM=01/05/2025").failing("374"));
        assertEquals(List.of(2), bornOn(2025, "02/05/2011").episode("CHILD=1", "PLACE=P3", "DECOM=01/05/2025")
                .failing("374"));
    }

    @Test
    void rule375HospitalAtMostSixWeeks() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "PLACE=T1", "DECOM=01/05/2025", "DEC=12/06/2025")
                .failing("375"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "PLACE=T1", "DECOM=01/05/2025", "DEC=13/06/2025")
                .failing("375"));
    }

    @Test
    void rule376CarersHolidayAtMostThreeWeeks() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "PLACE=T3", "DECOM=01/05/2025", "DEC=22/05/2025")
                .failing("376"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "PLACE=T3", "DECOM=01/03/2026").failing("376"));
    }

    @Test
    void rule377AtMostTwoCarersHolidaysInTheYear() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "PLACE=T3", "DECOM=01/05/2025")
                .episode("CHILD=1", "PLACE=T3", "DECOM=01/08/2025").episode("CHILD=1", "PLACE=T3", "DECOM=01/08/2024")
                .failing("377"));
        assertEquals(List.of(2, 3, 4), Given.year(2025).episode("CHILD=1", "PLACE=T3", "DECOM=01/05/2025")
                .episode("CHILD=1", "PLACE=T3", "DECOM=01/08/2025").episode("CHILD=1", "PLACE=T3", "DECOM=01/12/2025")
                .failing("377"));
    }

    @Test
    void rule379UnspecifiedTemporaryAtMostSevenDays() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "PLACE=T4", "DECOM=01/05/2025", "DEC=08/05/2025")
                .failing("379"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "PLACE=T4", "DECOM=01/05/2025", "DEC=09/05/2025")
                .failing("379"));
    }

    @Test
    void rule389AdultSocialCareFrom16() {
        assertEquals(List.of(), bornOn(2025, "01/05/2009").episode("CHILD=1", "REC=E7", "DEC=01/05/2025").failing("389"));
        assertEquals(List.of(2), bornOn(2025, "02/05/2009").episode("CHILD=1", "REC=E7", "DEC=01/05/2025").failing("389"));
    }

    @Test
    void rule390AdoptedFromAPlacementForAdoption() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "REC=E11", "PLACE=A4").failing("390"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "REC=E12", "PLACE=U4").failing("390"));
    }
}
