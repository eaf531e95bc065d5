package org.corporateparenting.domain.indicator;

import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.episode.Episode;
import org.junit.jupiter.api.Test;

class PlacementIndicatorsTest {

    private final Cases cases = new Cases();

    @Test
    void threePlacementsInTwelveMonthsCountOnlyMovesToADifferentCarer() {
        Child movedTwice = cases.child("2010-01-01");
        cases.episode(movedTwice, "2020-01-01", "2021-03-01", "S", "U5", "X1");
        cases.episode(movedTwice, "2021-03-01", "2021-10-31", "P", "U5", "X1");
        cases.episode(movedTwice, "2021-10-31", null, "P", "K2", null);
        Child legalChangesOnly = cases.child("2010-01-01");
        cases.episode(legalChangesOnly, "2020-01-01", "2021-03-01", "S", "U5", "X1");
        cases.episode(legalChangesOnly, "2021-03-01", "2021-06-01", "L", "U5", "X1");
        cases.episode(legalChangesOnly, "2021-06-01", "2021-08-01", "B", "U4", "X1");
        cases.episode(legalChangesOnly, "2021-08-01", null, "T", "U4", null);
        Child temporary = cases.child("2010-01-01");
        cases.episode(temporary, "2021-01-01", "2021-05-01", "S", "U5", "X1");
        cases.episode(temporary, "2021-05-01", "2021-05-05", "P", "T4", "X1");
        cases.episode(temporary, "2021-05-05", null, "P", "U5", null);

        cases.assertShare("PLC_STAB_3PLUS", "2021-10", 1, 3);
        cases.assertShare("PLC_STAB_3PLUS", "2021-09", 0, 3);
    }

    @Test
    void longTermStabilityNeedsTwoAndAHalfYearsInCareAndTwoWithTheSameCarer() {
        Child stable = cases.child("2008-01-01");
        cases.episode(stable, "2018-01-01", "2019-06-01", "S", "U5", "X1");
        cases.episode(stable, "2019-06-01", "2020-01-01", "P", "U4", "X1");
        cases.episode(stable, "2020-01-01", null, "L", "U4", null);
        Child moved = cases.inCare("2008-01-01", "2018-01-01");
        Episode first = (Episode) cases.records.get(cases.records.size() - 1);
        first.end(Cases.d("2020-01-01"), "X1", "CHANGE");
        cases.episode(moved, "2020-01-01", null, "P", "U5", null);
        Child sixteen = cases.inCare("2005-10-31", "2018-01-01");
        Child adopted = cases.child("2015-01-01");
        cases.episode(adopted, "2018-01-01", "2019-10-01", "S", "U5", "X1");
        cases.episode(adopted, "2019-10-01", "2020-06-01", "P", "U4", "X1");
        cases.episode(adopted, "2020-06-01", null, "T", "A5", null);

        cases.assertShare("PLC_STAB_LONGTERM", "2021-10", 2, 3);
        cases.assertShare("PLC_STAB_LONGTERM", "2021-09", 2, 4);
    }

    @Test
    void placementTypesAndProvidersAtMonthEnd() {
        Child fostered = cases.inCare("2010-01-01", "2020-01-01");
        Child atHome = cases.child("2010-01-01");
        cases.episode(atHome, "2020-01-01", null, "S", "P1", null);
        Child privateHome = cases.child("2006-01-01");
        cases.episode(privateHome, "2020-01-01", null, "S", "K2", null).placeWith("PR4", null, null);
        Child semiIndependent = cases.child("2004-01-01");
        cases.episode(semiIndependent, "2020-01-01", null, "S", "H5", null).placeWith("PR5", null, null);
        Child longTerm = cases.child("2010-01-01");
        cases.episode(longTerm, "2020-01-01", null, "S", "U4", null);
        Child adoptive = cases.child("2019-01-01");
        cases.episode(adoptive, "2020-01-01", null, "S", "A6", null);

        cases.assertShare("PLC_FOSTER_PCT", "2021-10", 2, 6);
        cases.assertCount("PLC_FOSTER_COUNT", "2021-10", 2);
        cases.assertShare("PLC_COMMISSIONED_PCT", "2021-10", 2, 6);
        cases.assertShare("PLC_PRIVATE_PROVISION_PCT", "2021-10", 1, 6);
        cases.assertCount("PLC_UNREGULATED_COUNT", "2021-10", 1);
        cases.assertShare("PLC_WITH_PARENTS_PCT", "2021-10", 1, 6);
        cases.assertCount("PLC_WITH_PARENTS_COUNT", "2021-10", 1);
        cases.assertShare("PLC_FAMILY_BASED_PCT", "2021-10", 4, 6);
        cases.assertShare("PERM_LTF_ACHIEVED", "2021-10", 1, 6);
        cases.assertCount("PLC_FOSTER_COUNT", "2019-12", 0);
        cases.assertShare("PLC_FOSTER_PCT", "2019-12", 0, 0);
    }
}
