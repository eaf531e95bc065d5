package org.corporateparenting.application.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corporateparenting.application.ssda903.Ssda903Stitch.Oc3Row;
import org.corporateparenting.domain.careleaver.BirthdayCheck;
import org.corporateparenting.domain.careleaver.CareLeaver;
import org.corporateparenting.domain.careleaver.Eligibility;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.episode.Episode;
import org.corporateparenting.domain.episode.EpisodeDetails;
import org.junit.jupiter.api.Test;

/** OC3 rows placed on a synthetic care leaver's birthdays by the OC3 rules, without a database. */
class Ssda903Oc3Test {

    private final Council council = new Council("999", "Test council");
    private final Child leftAt16 = new Child(council, "L1", "Child", "L1", "2", LocalDate.of(2005, 7, 10), "WBRI");
    private final Child stayedTo18 = new Child(council, "L2", "Child", "L2", "1", LocalDate.of(2005, 2, 20), "WBRI");

    private static Episode episode(Child child, LocalDate start, LocalDate end) {
        Episode e = new Episode(child, start, "S", "V2", "N1", "U1");
        e.revise(new EpisodeDetails(start, end, "S", "V2", "N1", "U1", null, null, null, "E13", null), null);
        return e;
    }

    private final Map<String, List<Episode>> episodes = Map.of(
            "L1", List.of(episode(leftAt16, LocalDate.of(2020, 9, 1), LocalDate.of(2022, 1, 1))),
            "L2", List.of(episode(stayedTo18, LocalDate.of(2019, 9, 1), LocalDate.of(2023, 2, 20))));

    private static Oc3Row row(String child, int year, String inTouch, String activity, String accommodation, int line) {
        return new Oc3Row(child, new CollectionYear(year), inTouch, activity, accommodation, year + "/oc3.csv", line);
    }

    @Test
    void aCheckGoesOnTheBirthdayInTheYearAndACareLeaverIsMadeWhenNoneIsRecorded() {
        Map<String, CareLeaver> leavers = new HashMap<>();
        Map<String, BirthdayCheck> checks = new HashMap<>();
        Ssda903Oc3 oc3 = new Ssda903Oc3();
        List<Object> made = oc3.apply(List.of(row("L1", 2022, "YES", "F2", "U1", 2), row("L2", 2023, "NO", "G5", "S2", 3)),
                Map.of("L1", leftAt16, "L2", stayedTo18), episodes, leavers, checks);

        assertThat(checks.get("L1|17").getBirthday()).isEqualTo(LocalDate.of(2022, 7, 10));
        assertThat(checks.get("L2|19").getBirthday()).as("a February birthday falls in the next calendar year")
                .isEqualTo(LocalDate.of(2024, 2, 20));
        assertThat(leavers.get("L1").getEligibility()).isEqualTo(Eligibility.RELEVANT);
        assertThat(leavers.get("L1").getEligibleFrom()).as("the later of care ending and the 16th birthday").isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(leavers.get("L2").getEligibility()).isEqualTo(Eligibility.FORMER_RELEVANT);
        assertThat(leavers.get("L2").getEligibleFrom()).isEqualTo(LocalDate.of(2023, 2, 20));
        assertThat(made).hasSize(4).first().isInstanceOf(CareLeaver.class);
        assertThat(oc3.problems()).isEmpty();

        Ssda903Oc3 again = new Ssda903Oc3();
        assertThat(again.apply(List.of(row("L1", 2022, "YES", "F2", "U1", 2)), Map.of("L1", leftAt16), episodes, leavers, checks)).isEmpty();
        assertThat(again.unchanged()).isEqualTo(1);
    }

    @Test
    void aCheckForABirthdaySpentInCareOrWithBadCodesIsAnErrorNamingTheColumn() {
        Ssda903Oc3 oc3 = new Ssda903Oc3();
        List<Object> made = oc3.apply(List.of(row("L2", 2021, "YES", "F2", "U1", 2), row("L1", 2022, "YES", "F2", "U7", 3),
                row("L9", 2022, "YES", "F2", "U1", 4)), Map.of("L1", leftAt16, "L2", stayedTo18), episodes, new HashMap<>(), new HashMap<>());
        assertThat(made).isEmpty();
        assertThat(oc3.problems()).extracting(ImportProblem::row, ImportProblem::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "DOB"), org.assertj.core.groups.Tuple.tuple(3, "ACCOM"),
                org.assertj.core.groups.Tuple.tuple(4, "CHILD"));
        assertThat(oc3.problems().get(0).reason()).contains("still looked after");
    }
}
