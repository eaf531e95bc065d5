package org.corporateparenting.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.corporateparenting.domain.access.NeedToKnow.ChildCase;
import org.corporateparenting.domain.access.NeedToKnow.Ground;
import org.corporateparenting.domain.access.NeedToKnow.Reach;
import org.corporateparenting.domain.careleaver.CareLeaver;
import org.corporateparenting.domain.careleaver.Eligibility;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.episode.Episode;
import org.corporateparenting.domain.household.FosterHousehold;
import org.corporateparenting.domain.household.HouseholdType;
import org.corporateparenting.domain.shared.Role;
import org.junit.jupiter.api.Test;

class NeedToKnowTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final Council COUNCIL = new Council("999", "Test (fictional)");
    private static final FosterHousehold OWN_CARERS = new FosterHousehold(COUNCIL, "H1", "Test household",
            HouseholdType.MAINSTREAM, LocalDate.of(2020, 1, 1));

    private static Child child(LocalDate born) {
        return new Child(COUNCIL, "N1", "Test", "Child", "2", born, "WBRI");
    }

    private static Episode episode(Child child, LocalDate start, LocalDate end, FosterHousehold household) {
        Episode e = new Episode(child, start, "S", "C2", "N1", household == null ? "K2" : "U4");
        e.placeWith("PR1", null, household);
        if (end != null) {
            e.end(end, "E13", null);
        }
        return e;
    }

    /** A child born on the day, in care from a year ago until {@code careEnds} (null: still in care). */
    private static ChildCase inCare(LocalDate born, LocalDate careEnds, FosterHousehold household, LocalDate day) {
        Child c = child(born);
        return new ChildCase(day, c, List.of(episode(c, TODAY.minusYears(1), careEnds, household)), null, false, false);
    }

    private static ChildCase notInCare(CareLeaver leaver, boolean named, boolean journey) {
        Child c = leaver == null ? child(LocalDate.of(2012, 1, 1)) : leaver.getChild();
        return new ChildCase(TODAY, c, List.of(), leaver, named, journey);
    }

    private static Reach of(String... roles) {
        return NeedToKnow.of(Set.of(roles), false);
    }

    @Test
    void fosteringReachesChildrenPlacedOrNamedToBePlacedWithTheCouncilsOwnCarers() {
        assertThat(of(Role.FOSTERING).reaches(inCare(LocalDate.of(2015, 1, 1), null, OWN_CARERS, TODAY))).isTrue();
        assertThat(of(Role.FOSTERING).reaches(notInCare(null, true, false))).as("named on a connected person's approval").isTrue();
        assertThat(of(Role.FOSTERING).reaches(inCare(LocalDate.of(2015, 1, 1), null, null, TODAY)))
                .as("in care with an agency's or another council's carers").isFalse();
        assertThat(of(Role.FOSTERING).reaches(notInCare(null, false, true))).as("adoption plan only").isFalse();
    }

    @Test
    void fosteringNoLongerReachesAChildOnTheDayTheirPlacementWithOwnCarersEnds() {
        assertThat(of(Role.FOSTERING).reaches(inCare(LocalDate.of(2015, 1, 1), TODAY, OWN_CARERS, TODAY.minusDays(1)))).isTrue();
        assertThat(of(Role.FOSTERING).reaches(inCare(LocalDate.of(2015, 1, 1), TODAY, OWN_CARERS, TODAY))).isFalse();
    }

    @Test
    void iroReachesChildrenInCareUntilTheDayCareEnds() {
        LocalDate born = LocalDate.of(2015, 1, 1);
        assertThat(of(Role.IRO).reaches(inCare(born, null, null, TODAY))).isTrue();
        assertThat(of(Role.IRO).reaches(inCare(born, TODAY, null, TODAY.minusDays(1)))).as("the day before care ends").isTrue();
        assertThat(of(Role.IRO).reaches(inCare(born, TODAY, null, TODAY))).as("the day care ends").isFalse();
        assertThat(of(Role.IRO).reaches(notInCare(leaver(null), false, false))).as("a care leaver who has left care").isFalse();
    }

    @Test
    void anAgreedSeriesOfShortBreaksIsNotInCareForTheIro() {
        Child c = child(LocalDate.of(2015, 1, 1));
        Episode shortBreaks = new Episode(c, TODAY.minusYears(1), "S", "V4", "N1", "U4");
        assertThat(of(Role.IRO).reaches(new ChildCase(TODAY, c, List.of(shortBreaks), null, false, false))).isFalse();
    }

    @Test
    void leavingCareReachesChildrenInCareFromTheir16thBirthday() {
        LocalDate sixteenToday = TODAY.minusYears(16);
        assertThat(of(Role.LEAVING_CARE).reaches(inCare(sixteenToday, null, null, TODAY))).as("16th birthday").isTrue();
        assertThat(of(Role.LEAVING_CARE).reaches(inCare(sixteenToday.plusDays(1), null, null, TODAY))).as("the day before").isFalse();
        assertThat(NeedToKnow.bornBySixteen(TODAY)).isEqualTo(sixteenToday);
        assertThat(child(NeedToKnow.bornBySixteen(TODAY)).ageOn(TODAY)).isEqualTo(16);
        assertThat(of(Role.LEAVING_CARE).reaches(inCare(sixteenToday, TODAY, null, TODAY))).as("16 but care ended today").isFalse();
    }

    @Test
    void leavingCareReachesCareLeaversWhileTheirServiceIsOpen() {
        assertThat(of(Role.LEAVING_CARE).reaches(notInCare(leaver(null), false, false))).isTrue();
        assertThat(of(Role.LEAVING_CARE).reaches(notInCare(leaver(TODAY.plusDays(1)), false, false))).isTrue();
        assertThat(of(Role.LEAVING_CARE).reaches(notInCare(leaver(TODAY), false, false))).as("service closed today").isFalse();
    }

    @Test
    void adoptionReachesChildrenWithAnAdoptionPlan() {
        assertThat(of(Role.ADOPTION).reaches(notInCare(null, false, true))).isTrue();
        assertThat(of(Role.ADOPTION).reaches(inCare(LocalDate.of(2015, 1, 1), null, OWN_CARERS, TODAY))).isFalse();
    }

    @Test
    void severalRolesReachTheUnionOfTheirCaseloads() {
        Reach both = of(Role.FOSTERING, Role.ADOPTION);
        assertThat(both.grounds()).containsExactlyInAnyOrder(Ground.OWN_CARERS, Ground.ADOPTION_PLAN);
        assertThat(both.reaches(notInCare(null, false, true))).isTrue();
        assertThat(both.reaches(inCare(LocalDate.of(2015, 1, 1), null, OWN_CARERS, TODAY))).isTrue();
        assertThat(both.reaches(inCare(LocalDate.of(2015, 1, 1), null, null, TODAY))).isFalse();
    }

    @Test
    void analystsAdministratorsAndTheAllChildrenPermissionReachEveryChild() {
        List<ChildCase> cases = new ArrayList<>(List.of(notInCare(null, false, false), notInCare(leaver(TODAY), false, false),
                inCare(LocalDate.of(2015, 1, 1), null, null, TODAY)));
        assertThat(of(Role.PERFORMANCE_ANALYST).everyChild()).isTrue();
        assertThat(of(Role.ADMINISTRATOR).everyChild()).isTrue();
        Reach permitted = NeedToKnow.of(Set.of(Role.FOSTERING), true);
        assertThat(cases).allMatch(permitted::reaches);
        assertThat(cases).noneMatch(of(Role.FOSTERING)::reaches);
    }

    @Test
    void rolesWithoutCaseRecordsReachNoChild() {
        assertThat(of(Role.COUNCILLOR).reaches(inCare(LocalDate.of(2015, 1, 1), null, OWN_CARERS, TODAY))).isFalse();
        assertThat(of(Role.AUDITOR).grounds()).isEmpty();
    }

    private static CareLeaver leaver(LocalDate serviceClosedOn) {
        CareLeaver leaver = new CareLeaver(child(LocalDate.of(2006, 3, 1)), Eligibility.FORMER_RELEVANT, LocalDate.of(2022, 3, 1));
        if (serviceClosedOn != null) {
            leaver.closeService(serviceClosedOn);
        }
        return leaver;
    }
}
