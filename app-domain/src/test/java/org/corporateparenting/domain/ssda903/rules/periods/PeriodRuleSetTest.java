package org.corporateparenting.domain.ssda903.rules.periods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.corporateparenting.domain.ssda903.Given;
import org.corporateparenting.domain.ssda903.ReturnValidation;
import org.corporateparenting.domain.ssda903.Rule;
import org.corporateparenting.domain.ssda903.Table;
import org.junit.jupiter.api.Test;

/** The set holds one rule for each of its 82 codes, and each runs in the years whose DfE list has it. */
class PeriodRuleSetTest {

    private static final Set<String> CODES = Set.of("398", "399", "406", "407", "408", "411", "420", "426", "431", "432",
            "433", "434", "435", "436", "437", "442", "445", "446", "451", "452", "453", "454", "501", "502", "503A", "503B",
            "503C", "503D", "503E", "503F", "503G", "503H", "503J", "504", "516", "521", "526", "527", "528", "529", "530",
            "531", "543", "546", "550", "551", "552", "553", "554", "555", "556", "557", "558", "562", "575", "577", "578",
            "580", "581", "582", "601", "602", "607", "625", "628", "630", "632", "634", "1000", "1001", "1002", "1003",
            "1007", "1008", "1009", "1010", "1011", "1012", "1014", "1015", "1016", "NoE");

    @Test
    void everyCodeOfTheSetHasOneRule() {
        List<String> codes = PeriodRuleSet.rules().stream().map(Rule::code).toList();
        assertEquals(new TreeSet<>(CODES), new TreeSet<>(codes));
        assertEquals(CODES.size(), codes.size());
    }

    @Test
    void freeingOrderRulesRunOnlyUntil2023And454From2025() {
        Given freed = Given.year(2023).episode("CHILD=1", "LS=D1", "DECOM=01/01/2010", "PL_DISTANCE=400");
        ReturnValidation.Outcome in2023 = ReturnValidation.validate(freed.files(), PeriodRuleSet.rules());
        assertTrue(in2023.byRule().containsKey("445"));
        assertFalse(in2023.ran().contains("454"));
        ReturnValidation.Outcome in2025 = ReturnValidation.validate(Given.year(2025)
                .episode("CHILD=1", "LS=D1", "DECOM=01/01/2010", "PL_DISTANCE=400").files(), PeriodRuleSet.rules());
        assertFalse(in2025.ran().contains("445"));
        assertTrue(in2025.byRule().containsKey("454"));
    }

    @Test
    void rulesReadingLastYearAreNotRunWithoutIt() {
        ReturnValidation.Outcome outcome = ReturnValidation.validate(Given.year(2025).episode("CHILD=1", "DECOM=01/01/2020")
                .row(Table.OC3, "CHILD=1", "IN_TOUCH=YES").files(), PeriodRuleSet.rules());
        for (String code : List.of("452", "453", "502", "503A", "503D", "503J", "562", "NoE", "1001", "1002", "1010")) {
            assertTrue(outcome.notRun().containsKey(code), code);
        }
        assertTrue(outcome.notRun().containsKey("1008"));
    }
}
