package org.corporateparenting.domain.ssda903.rules.episodes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.ssda903.Given;
import org.corporateparenting.domain.ssda903.ReferenceData;
import org.corporateparenting.domain.ssda903.ReturnFiles;
import org.corporateparenting.domain.ssda903.RuleFailure;
import org.corporateparenting.domain.ssda903.Table;
import org.junit.jupiter.api.Test;

/** A passing and a failing case for each rule on placement providers and Ofsted URNs. */
class ProviderRulesTest {

    /**
     * An Ofsted list: SC111111 a private children's home (K2, PR4) at AB1 2CD in E09000001, open; SC222222 a council
     * home (K2, PR1) in E09000002 that closed on 30 June 2025.
     */
    private static final ReferenceData OFSTED = new ReferenceData() {
        @Override
        public Optional<Postcodes> postcodes() {
            return Optional.empty();
        }

        @Override
        public Optional<Providers> providers() {
            return Optional.of(urn -> switch (urn) {
                case "SC111111" -> Optional.of(new Provider(urn, Set.of("K2"), "PR4", "AB1 2CD", "E09000001",
                        LocalDate.of(2010, 1, 1), null));
                case "SC222222" -> Optional.of(new Provider(urn, Set.of("K2"), "PR1", "EF3 4GH", "E09000002",
                        LocalDate.of(2010, 1, 1), LocalDate.of(2025, 6, 30)));
                default -> Optional.empty();
            });
        }
    };

    private static Given ofsted() {
        return Given.year(2025).reference(OFSTED);
    }

    @Test
    void rule213NoProviderForTemporaryPlacements() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "PLACE=T1").episode("CHILD=2", "PLACE=U4",
                "PLACE_PROVIDER=PR1").failing("213"));
        assertEquals(List.of(), Given.year(2024).episode("CHILD=1", "PLACE=Z12", "PLACE_PROVIDER=PR4").failing("213"));
        assertEquals(List.of(2, 3), Given.year(2025).episode("CHILD=1", "PLACE=T2", "PLACE_PROVIDER=PR1")
                .episode("CHILD=2", "PLACE=Z12", "PLACE_PROVIDER=PR4").failing("213"));
    }

    @Test
    void rule214NoLocationForShortBreaks() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "LS=V3").episode("CHILD=2", "LS=C2", "PL_POST=AB1 2CD")
                .failing("214"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "LS=V4", "URN=SC111111").failing("214"));
    }

    @Test
    void rule218UrnIsGivenForRegisteredPlacementsInEngland() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "PLACE=K2", "URN=XXXXXXX", "PL_LA=E09000001")
                .episode("CHILD=2", "PLACE=K2", "PL_LA=W06000015").episode("CHILD=3", "PLACE=P1", "PL_LA=E09000001")
                .episode("CHILD=4", "PLACE=U4", "PL_LA=E09000001", "DEC=31/03/2025").failing("218"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "PLACE=U4", "PL_LA=E09000001").failing("218"));
    }

    @Test
    void rule219UrnProvidesThePlacementType() {
        assertEquals(List.of(), ofsted().episode("CHILD=1", "URN=SC111111", "PLACE=K2").failing("219"));
        assertEquals(List.of(2), ofsted().episode("CHILD=1", "URN=SC111111", "PLACE=U4").failing("219"));
    }

    @Test
    void rule221UrnIsAtThePlacementPostcode() {
        assertEquals(List.of(), ofsted().episode("CHILD=1", "URN=SC111111", "PLACE=K2", "LS=C2", "PL_POST=ab12cd")
                .failing("221"));
        assertEquals(List.of(2), ofsted().episode("CHILD=1", "URN=SC111111", "PLACE=K2", "LS=C2", "PL_POST=EF3 4GH")
                .failing("221"));
    }

    @Test
    void rule222NoUrnForUnregisteredPlacements() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "PLACE=P1", "URN=XXXXXXX").failing("222"));
        assertEquals(List.of(2), Given.year(2025).episode("CHILD=1", "PLACE=R1", "URN=SC111111").failing("222"));
    }

    @Test
    void rule224UrnMatchesTheProviderCode() {
        assertEquals(List.of(), ofsted().episode("CHILD=1", "URN=SC111111", "PLACE_PROVIDER=PR4").failing("224"));
        assertEquals(List.of(2), ofsted().episode("CHILD=1", "URN=SC111111", "PLACE_PROVIDER=PR5").failing("224"));
    }

    @Test
    void rule227UrnIsOpenWhenTheEpisodeBegins() {
        assertEquals(List.of(), ofsted().episode("CHILD=1", "URN=SC222222", "DECOM=29/06/2025").failing("227"));
        assertEquals(List.of(2), ofsted().episode("CHILD=1", "URN=SC222222", "DECOM=30/06/2025").failing("227"));
    }

    @Test
    void rule228UrnIsOpenWhenTheEpisodeEnds() {
        assertEquals(List.of(), ofsted().episode("CHILD=1", "URN=SC222222", "DECOM=01/05/2025", "DEC=30/06/2025")
                .episode("CHILD=2", "URN=SC111111", "DECOM=01/05/2025").failing("228"));
        assertEquals(List.of(2, 3), ofsted().episode("CHILD=1", "URN=SC222222", "DECOM=01/05/2025", "DEC=01/07/2025")
                .episode("CHILD=2", "URN=SC222222", "DECOM=01/05/2025").failing("228"));
    }

    @Test
    void rule229OwnProvisionIsInTheCouncilsAreaAndOtherAuthoritiesOutside() {
        Given fine = ofsted().episode("CHILD=1", "PL_LOCATION=IN", "PL_LA=E09000002", "URN=SC222222", "PLACE=K2",
                "PLACE_PROVIDER=PR1").episode("CHILD=2", "PL_LOCATION=OUT", "PL_LA=E09000001", "URN=SC111111",
                "PLACE=K2", "PLACE_PROVIDER=PR2");
        assertEquals(List.of(), fine.failing("229"));
        Given wrong = ofsted().episode("CHILD=1", "PL_LOCATION=IN", "PL_LA=E09000002", "URN=SC222222", "PLACE=K2",
                "PLACE_PROVIDER=PR2").episode("CHILD=2", "PL_LOCATION=OUT", "PL_LA=E09000001", "URN=SC111111",
                "PLACE=K2", "PLACE_PROVIDER=PR1");
        assertEquals(List.of(2, 3), wrong.failing("229"));
    }

    @Test
    void rule229ReadsTheCouncilGivenWithTheFiles() {
        ReturnFiles files = ReturnFiles.of(new CollectionYear(2025)).reference(OFSTED).council("E09000001")
                .row(Table.EPISODES, 2, Map.of("CHILD", "1",
                        "URN", "SC111111", "PLACE", "K2", "PLACE_PROVIDER", "PR1"))
                .row(Table.EPISODES, 3, Map.of("CHILD", "2",
                        "URN", "SC222222", "PLACE", "K2", "PLACE_PROVIDER", "PR1"))
                .build();
        assertEquals(List.of(3), ProviderRules.URN_AGAINST_AUTHORITY.check(files).found().stream()
                .map(RuleFailure::row).toList());
    }

    @Test
    void rule230UrnForSemiIndependentLivingAfter28October2023() {
        assertEquals(List.of(), Given.year(2023).episode("CHILD=1", "PLACE=H5", "DEC=28/10/2023", "PL_LA=E09000001")
                .episode("CHILD=2", "PLACE=H5", "URN=SC111111", "PL_LA=E09000001").failing("230"));
        assertEquals(List.of(2, 3), Given.year(2023).episode("CHILD=1", "PLACE=H5", "PL_LA=E09000001")
                .episode("CHILD=2", "PLACE=H5", "URN=XXXXXXX", "DEC=29/10/2023", "PL_LA=E09000001").failing("230"));
    }
}
