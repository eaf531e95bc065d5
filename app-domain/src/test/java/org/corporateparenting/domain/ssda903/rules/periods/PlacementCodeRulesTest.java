package org.corporateparenting.domain.ssda903.rules.periods;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.corporateparenting.domain.ssda903.Given;
import org.corporateparenting.domain.ssda903.ReferenceData;
import org.junit.jupiter.api.Test;

/** A passing and a failing case for each rule tying an episode's codes together. */
class PlacementCodeRulesTest {

    /** An Ofsted list holding one children's home, SC123456. */
    private static final ReferenceData OFSTED = new ReferenceData() {
        @Override
        public Optional<Postcodes> postcodes() {
            return Optional.empty();
        }

        @Override
        public Optional<Providers> providers() {
            return Optional.of(urn -> urn.equals("SC123456")
                    ? Optional.of(new Provider(urn, Set.of("K2"), "PR4", "AB1 2CD", "E09000001", LocalDate.of(2010, 1, 1), null))
                    : Optional.empty());
        }
    };

    @Test
    void rule408PlacedForAdoptionWithAPlacementOrderHasTheOrder() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "PLACE=A5", "LS=E1").episode("CHILD=2", "PLACE=A3", "LS=C2")
                .failing("408"));
        assertEquals(List.of(2, 3), Given.year(2025).episode("CHILD=1", "PLACE=A6", "LS=C2").episode("CHILD=2", "PLACE=A5", "LS=D1")
                .failing("408"));
    }

    @Test
    void rule445NoFreeingOrderAfter2005() {
        assertEquals(List.of(), Given.year(2023).episode("CHILD=1", "LS=D1", "DECOM=31/12/2005").failing("445"));
        assertEquals(List.of(2), Given.year(2023).episode("CHILD=1", "LS=D1", "DECOM=01/01/2006").failing("445"));
    }

    @Test
    void rule446NoPlacementOrderBeforeDecember2005() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "LS=E1", "DECOM=01/12/2005").failing("446"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "LS=E1", "DECOM=30/11/2005").failing("446"));
    }

    @Test
    void rule451NoChildStillFreedForAdoption() {
        assertEquals(List.of(), Given.year(2023).episode("CHILD=1", "LS=D1", "DEC=01/05/2023", "REC=E11").failing("451"));
        assertEquals(List.of(2), Given.year(2023).episode("CHILD=1", "LS=D1", "DEC=", "REC=").failing("451"));
    }

    @Test
    void rule516GuardianshipToFormerFosterCarersIsFromFostering() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "REC=E45", "PLACE=U1").episode("CHILD=2", "REC=E47", "PLACE=K2")
                .failing("516"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "REC=E46", "PLACE=K2").failing("516"));
    }

    @Test
    void rule526PlacementHasAProviderUnlessTemporaryOrOther() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "PLACE=T1", "PLACE_PROVIDER=")
                .episode("CHILD=2", "PLACE=U4", "PLACE_PROVIDER=PR1").failing("526"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "PLACE=U4", "PLACE_PROVIDER=").failing("526"));
    }

    @Test
    void rule527OwnProvisionIsNotWithParentsInHospitalOrCustody() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "PLACE=U4", "PLACE_PROVIDER=PR1").failing("527"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "PLACE=R2", "PLACE_PROVIDER=PR1").failing("527"));
    }

    @Test
    void rule528OtherAuthorityProvisionIsNotWithParentsInHospitalOrCustody() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "PLACE=K2", "PLACE_PROVIDER=PR2").failing("528"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "PLACE=R5", "PLACE_PROVIDER=PR2").failing("528"));
    }

    @Test
    void rule529OtherPublicProvisionIsNotFosteringAdoptionOrChildrensHomes() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "PLACE=R2", "PLACE_PROVIDER=PR3").failing("529"));
        assertEquals(List.of(2, 3), Given.year(2025).episode("CHILD=1", "PLACE=U6", "PLACE_PROVIDER=PR3")
                .episode("CHILD=2", "PLACE=A4", "PLACE_PROVIDER=PR3").failing("529"));
    }

    @Test
    void rule530PrivateProvisionIsNotWithParents() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "PLACE=K2", "PLACE_PROVIDER=PR4").failing("530"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "PLACE=P1", "PLACE_PROVIDER=PR4").failing("530"));
    }

    @Test
    void rule531VoluntaryProvisionIsNotWithParents() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "PLACE=U4", "PLACE_PROVIDER=PR5").failing("531"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "PLACE=P1", "PLACE_PROVIDER=PR5").failing("531"));
    }

    @Test
    void rule550ParentsProvisionIsOnlyWithParents() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "PLACE=P1", "PLACE_PROVIDER=PR0").failing("550"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "PLACE=U4", "PLACE_PROVIDER=PR0").failing("550"));
    }

    @Test
    void rule1008UrnIsInTheOfstedList() {
        assertEquals(List.of(), Given.year(2025).reference(OFSTED).episode("CHILD=1", "URN=SC123456")
                .episode("CHILD=2", "URN=XXXXXXX").failing("1008"));
        assertEquals(List.of(2), Given.year(2025).reference(OFSTED).episode("CHILD=1", "URN=SC654321").failing("1008"));
    }

    @Test
    void rule1009ReasonForPlacementChangeIsACode() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "REASON_PLACE_CHANGE=CARPL")
                .episode("CHILD=2", "REASON_PLACE_CHANGE=").failing("1009"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "REASON_PLACE_CHANGE=MOVED").failing("1009"));
    }

    @Test
    void rule1015OwnProvisionIsInTheCouncilsOwnArea() {
        Given own = Given.year(2025).episode("CHILD=1", "PL_LOCATION=IN", "PL_LA=E09000001", "PLACE_PROVIDER=PR1", "PLACE=K2")
                .episode("CHILD=2", "PL_LOCATION=OUT", "PL_LA=E09000002", "PLACE_PROVIDER=PR4", "PLACE=K2")
                .episode("CHILD=3", "PL_LOCATION=OUT", "PL_LA=E09000002", "PLACE_PROVIDER=PR1", "PLACE=U4");
        assertEquals(List.of(), own.failing("1015"));
        assertEquals(List.of(3), Given.year(2025).episode("CHILD=1", "PL_LOCATION=IN", "PL_LA=E09000001", "PLACE_PROVIDER=PR1",
                "PLACE=K2").episode("CHILD=2", "PL_LOCATION=OUT", "PL_LA=E09000002", "PLACE_PROVIDER=PR1", "PLACE=K2")
                .failing("1015"));
    }
}
