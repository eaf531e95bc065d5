package org.corporateparenting.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CatalogueTest {

    /** Every indicator code of the reference catalogue (shared/reference/indicators.md, section 3). */
    private static final List<String> REFERENCE = List.of(
            "CIC_COUNT", "CIC_RATE", "CIC_UASC_COUNT", "CIC_UASC_PCT", "CIC_STARTS", "CIC_CEASED", "CL_COUNT",
            "CL_RECEIVING_SERVICE", "HLT_IHA_20D", "HLT_RHA_ONTIME_12M", "HLT_DENTAL_12M", "HLT_IMMS_ALL", "HLT_IMMS_12M",
            "HLT_HA_UPTODATE", "HLT_DENTAL_UPTODATE", "EWB_SDQ_COMPLETED", "EWB_SDQ_AVG_SCORE", "SAF_MISSING_ANY",
            "SAF_MISSING_REPEAT", "SAF_FC_ALLEGATIONS_MONTH", "SAF_FC_ALLEGATIONS_R12", "SAF_FC_ALLEGATIONS_SUBST",
            "SAF_IRO_ESCALATIONS", "PLC_FOSTER_PCT", "PLC_FOSTER_COUNT", "PLC_STAB_3PLUS", "PLC_STAB_LONGTERM",
            "PLC_COMMISSIONED_PCT", "PLC_PRIVATE_PROVISION_PCT", "PLC_20MILES_PCT", "PLC_OUTSIDE_LA_PCT",
            "PLC_UNREGULATED_COUNT", "PLC_WITH_PARENTS_PCT", "PLC_WITH_PARENTS_COUNT", "PLC_FAMILY_BASED_PCT",
            "EDU_EHCP_PCT", "EDU_KS1_EXPECTED", "EDU_KS2_MATHS", "EDU_KS2_WRITING", "EDU_KS2_READING", "EDU_ATTAINMENT8",
            "EDU_PROGRESS8", "EDU_PEP_20D", "EDU_PEP_TERMLY", "EDU_PEP_HAS", "EDU_PEP_UPTODATE", "EDU_UNAUTH_ABSENCE",
            "EDU_ATTENDANCE", "EDU_FTE_MONTH_12M", "EDU_SUSPENSION_AYTD", "EDU_REDUCED_TIMETABLE", "EDU_NEET",
            "PERM_PLAN_4M", "PERM_ACHIEVED", "PERM_LTF_ACHIEVED", "PERM_RETURN_HOME_R6", "PERM_SGO", "PERM_ADOPTION",
            "PERM_CEASED_PERMANENCE", "FC_HOUSEHOLDS", "FC_MAINSTREAM_HOUSEHOLDS", "FC_CONNECTED_HOUSEHOLDS",
            "FC_CIC_MAINSTREAM_INHOUSE", "FC_CIC_CONNECTED_INHOUSE", "FC_APPLICANTS_IN_ASSESSMENT", "FC_NEW_MAINSTREAM",
            "FC_NEW_CONNECTED", "FC_NEW_TEMPORARY", "FC_NEW_FTA", "FC_RECRUITED_TOTAL", "FC_DEREGISTERED", "FC_RESIGNED",
            "FC_DEREG_RESIGNED_MAINSTREAM", "FC_DEREG_RESIGNED_CONNECTED", "FC_DEREG_RESIGNED_FTA",
            "FC_UTILISATION_MAINSTREAM", "FC_VISITS_UPTODATE", "ADO_ORDERS_MONTH", "ADO_ADOPTED_R12",
            "ADO_PLACED_PENDING_AO", "ADO_MATCHED_MONTH", "ADO_FAMILY_FINDING", "ADO_PO_REVOKED_R12", "ADO_A10_DAYS",
            "ADO_A1_DAYS", "ADO_A2_DAYS", "ADO_ADOPTERS_APPROVED", "ADO_ADOPTERS_IN_ASSESSMENT",
            "ADO_WITHIN_12M_SHOBPA_COUNT", "ADO_WITHIN_12M_SHOBPA_PCT", "CL_PATHWAY_PLAN_UPTODATE", "CL_PATHWAY_PLAN_HAS",
            "CL_SUITABLE_ACCOM", "CL_EET", "CL_EET_OC3", "CL_IN_TOUCH", "CL_UNSUITABLE_COUNT", "CL_BANDB_COUNT",
            "CL_HEALTH_PASSPORT_DUE", "CL_HEALTH_PASSPORT_DONE", "REV_CLA_REVIEWS_TIMELY", "PLAN_CARE_PLAN_UPTODATE",
            "VIS_CLA_NMS", "VIS_CLA_LOCAL", "WF_MAX_CASELOAD_LAC", "WF_AVG_CASELOAD_LAC_T1_3", "WF_AVG_CASELOAD_LAC_T4_5");

    private final Catalogue catalogue = Catalogue.of(Standards.DEFAULT);

    @Test
    void everyReferenceIndicatorIsComputedOrExplained() {
        Set<String> codes = catalogue.definitions().stream().map(Definition::code).collect(Collectors.toSet());
        for (String code : REFERENCE) {
            assertThat(codes.contains(code) || Catalogue.NOT_IMPLEMENTED.containsKey(code))
                    .as(code + " is computed or has a reason it is not").isTrue();
        }
        assertThat(codes).doesNotContainAnyElementsOf(Catalogue.NOT_IMPLEMENTED.keySet());
        assertThat(REFERENCE).containsAll(codes);
    }

    @Test
    void codesAreUniqueAndEveryDefinitionSaysWhatItCounts() {
        List<Definition> definitions = catalogue.definitions();
        assertThat(new HashSet<>(definitions.stream().map(Definition::code).toList())).hasSize(definitions.size());
        for (Definition d : definitions) {
            assertThat(d.numerator()).as(d.code() + " numerator").isNotBlank();
            assertThat(d.national() + d.localChoice()).as(d.code() + " national definition or local choice").isNotBlank();
        }
    }

    @Test
    void everyComputedIndicatorIsPinnedByATest() throws IOException {
        String tests;
        try (Stream<Path> files = Files.walk(Path.of("src/test/java/org/corporateparenting/domain/indicator"))) {
            tests = files.filter(p -> p.toString().endsWith("IndicatorsTest.java")).map(CatalogueTest::read)
                    .collect(Collectors.joining());
        }
        for (Definition d : catalogue.definitions()) {
            assertThat(tests).as(d.code() + " has a test").contains("\"" + d.code() + "\"");
        }
    }

    @Test
    void areasFollowThePacksOrder() {
        List<Area> areas = catalogue.definitions().stream().map(Definition::area).toList();
        assertThat(areas).isSorted();
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
