package org.corporateparenting.domain.indicator;

import java.util.Set;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.health.MissingEpisode;
import org.corporateparenting.domain.household.Allegation;
import org.corporateparenting.domain.household.FosterHousehold;
import org.corporateparenting.domain.household.HouseholdType;
import org.corporateparenting.domain.review.Escalation;
import org.corporateparenting.domain.review.EscalationStage;
import org.junit.jupiter.api.Test;

class SafetyIndicatorsTest {

    private final Cases cases = new Cases();

    @Test
    void missingCountsChildrenInCareInTheLastSixMonthsWithEpisodesInTheLastTwelve() {
        Child once = cases.inCare("2008-01-01", "2020-01-01");
        cases.add(new MissingEpisode(once, MissingEpisode.Kind.MISSING, Cases.d("2020-11-01"), Cases.d("2020-11-02")));
        Child twice = cases.inCare("2008-01-01", "2020-01-01");
        cases.add(new MissingEpisode(twice, MissingEpisode.Kind.MISSING, Cases.d("2021-02-01"), Cases.d("2021-02-02")));
        cases.add(new MissingEpisode(twice, MissingEpisode.Kind.MISSING, Cases.d("2021-10-31"), null));
        Child absentOnly = cases.inCare("2008-01-01", "2020-01-01");
        cases.add(new MissingEpisode(absentOnly, MissingEpisode.Kind.ABSENT, Cases.d("2021-03-01"), Cases.d("2021-03-01")));
        Child leftLongAgo = cases.child("2008-01-01");
        cases.episode(leftLongAgo, "2019-01-01", "2021-04-30", "S", "U5", "E4A");
        cases.add(new MissingEpisode(leftLongAgo, MissingEpisode.Kind.MISSING, Cases.d("2021-01-01"), Cases.d("2021-01-02")));

        cases.assertShare("SAF_MISSING_ANY", "2021-10", 2, 3);
        cases.assertShare("SAF_MISSING_REPEAT", "2021-10", 1, 3);
        cases.assertShare("SAF_MISSING_ANY", "2021-09", 3, 4);
    }

    @Test
    void allegationsAreCountedByReferralAndSubstantiatedByOutcomeDate() {
        FosterHousehold h = cases.add(new FosterHousehold(cases.council, "H1", "Household", HouseholdType.MAINSTREAM, Cases.d("2015-01-01")));
        cases.add(new Allegation(h, null, Cases.d("2021-10-03"), "PHYSICAL"));
        Allegation older = cases.add(new Allegation(h, null, Cases.d("2021-01-10"), "NEGLECT"));
        older.conclude("SUBSTANTIATED", Cases.d("2021-10-20"));
        cases.add(new Allegation(h, null, Cases.d("2020-10-31"), "EMOTIONAL"));

        cases.assertCount("SAF_FC_ALLEGATIONS_MONTH", "2021-10", 1);
        cases.assertCount("SAF_FC_ALLEGATIONS_R12", "2021-10", 2);
        cases.assertCount("SAF_FC_ALLEGATIONS_R12", "2021-09", 2);
        cases.assertCount("SAF_FC_ALLEGATIONS_SUBST", "2021-10", 1);
        cases.assertCount("SAF_FC_ALLEGATIONS_SUBST", "2021-09", 0);
    }

    @Test
    void formalEscalationsRaisedInTheMonth() {
        Child c = cases.inCare("2010-01-01", "2020-01-01");
        cases.add(new Escalation(c, "iro", Cases.d("2021-10-05"), EscalationStage.STAGE_1, Set.of("CARE_PLANNING")));
        cases.add(new Escalation(c, "iro", Cases.d("2021-10-06"), EscalationStage.INFORMAL, Set.of("CARE_PLANNING")));
        cases.add(new Escalation(c, "iro", Cases.d("2021-09-30"), EscalationStage.STAGE_2, Set.of("CARE_PLANNING")));

        cases.assertCount("SAF_IRO_ESCALATIONS", "2021-10", 1);
        cases.assertCount("SAF_IRO_ESCALATIONS", "2021-09", 1);
    }
}
