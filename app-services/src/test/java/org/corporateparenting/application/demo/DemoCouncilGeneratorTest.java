package org.corporateparenting.application.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.corporateparenting.domain.adoption.AdoptionJourney;
import org.corporateparenting.domain.adoption.Milestone;
import org.corporateparenting.domain.careleaver.BirthdayCheck;
import org.corporateparenting.domain.careleaver.BirthdayCheckRules;
import org.corporateparenting.domain.careleaver.CareLeaverContact;
import org.corporateparenting.domain.careleaver.Eligibility;
import org.corporateparenting.domain.careleaver.LivingPeriod;
import org.corporateparenting.domain.careleaver.PathwayPlan;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.education.Attendance;
import org.corporateparenting.domain.education.EducationRecord;
import org.corporateparenting.domain.episode.Episode;
import org.corporateparenting.domain.episode.PlacementMatch;
import org.corporateparenting.domain.health.HealthAssessment;
import org.corporateparenting.domain.health.HealthCheck;
import org.corporateparenting.domain.health.MissingEpisode;
import org.corporateparenting.domain.household.ApprovalTerms;
import org.corporateparenting.domain.household.NamedChild;
import org.corporateparenting.domain.indicator.Catalogue;
import org.corporateparenting.domain.indicator.CouncilHistory;
import org.corporateparenting.domain.indicator.Dataset;
import org.corporateparenting.domain.indicator.Measure;
import org.corporateparenting.domain.recruitment.FosteringEnquiry;
import org.corporateparenting.domain.indicator.ReportingMonth;
import org.corporateparenting.domain.indicator.Standards;
import org.corporateparenting.domain.recruitment.FosteringEnquiry;
import org.corporateparenting.domain.recruitment.PanelCase;
import org.corporateparenting.domain.recruitment.PanelMeeting;
import org.corporateparenting.domain.review.Escalation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DemoCouncilGeneratorTest {

    private static final LocalDate AS_AT = LocalDate.of(2026, 10, 31);

    private static DemoCouncil generate(long seed, int children) {
        return DemoCouncilGenerator.generate(new Council("999", "Test council (fictional)"),
                new DemoCouncilGenerator.Settings(seed, children, 6, AS_AT));
    }

    /**
     * Every placement with one of the council's households keeps within its approval on its first day, as the
     * practitioners' placements must ({@code PlacementMatch}): places and the usual fostering limit, ages, and a
     * connected person's household only for a child named on its approval. So the demo needs no exemptions.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 42, 20261123})
    void everyFosterPlacementKeepsWithinTheHouseholdsApprovalOnItsFirstDay(long seed) {
        DemoCouncil council = generate(seed, 400);
        Set<List<Object>> named = council.childRecords().stream().filter(r -> r instanceof NamedChild)
                .map(r -> List.<Object>of(((NamedChild) r).getHousehold(), ((NamedChild) r).getChild()))
                .collect(Collectors.toSet());
        List<Episode> withHousehold = council.episodes().stream().filter(e -> e.getHousehold() != null).toList();
        assertThat(withHousehold).hasSizeGreaterThan(50);
        for (Episode e : withHousehold) {
            boolean continues = withHousehold.stream().anyMatch(p -> p.getChild() == e.getChild()
                    && e.getStartDate().equals(p.getEndDate()) && p.getHousehold() == e.getHousehold());
            if (continues) {
                continue;
            }
            ApprovalTerms terms = council.terms().stream().filter(t -> t.getHousehold() == e.getHousehold()
                    && t.inForceOn(e.getStartDate())).findFirst().orElse(null);
            long others = withHousehold.stream().filter(o -> o.getHousehold() == e.getHousehold() && o.getChild() != e.getChild()
                    && o.isOpenOn(e.getStartDate())).map(Episode::getChild).distinct().count();
            assertThat(PlacementMatch.check(e.getHousehold(), terms, e.getStartDate(), e.getChild().ageOn(e.getStartDate()),
                    named.contains(List.of(e.getHousehold(), e.getChild())), others, null, AS_AT))
                    .as("%s placed with %s on %s", e.getChild().getChildRef(), e.getHousehold().getHouseholdRef(), e.getStartDate())
                    .isEmpty();
        }
    }

    @Test
    void noFosteringEnquiryReachesAStageAfterTheDayTheDemoIsMade() {
        for (long seed : new long[] {20261123, 20261124, 7}) {
            generate(seed, 120).fosteringRecords().stream().filter(r -> r instanceof FosteringEnquiry).map(r -> (FosteringEnquiry) r)
                    .forEach(e -> assertThat(e.stages().values()).as(e.getEnquiryRef()).allSatisfy(d -> assertThat(d).isBeforeOrEqualTo(AS_AT)));
        }
    }

    @Test
    void sameSeedGivesTheSameCouncil() {
        DemoCouncil first = generate(7, 300);
        DemoCouncil second = generate(7, 300);
        assertThat(describe(first)).isEqualTo(describe(second));
        assertThat(describe(generate(8, 300))).isNotEqualTo(describe(first));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 20261123})
    void episodesOfEachChildFollowOneAnotherWithoutOverlap(long seed) {
        DemoCouncil council = generate(seed, 400);
        Map<Child, List<Episode>> byChild = council.episodes().stream().collect(Collectors.groupingBy(Episode::getChild));
        assertThat(byChild.keySet()).containsExactlyInAnyOrderElementsOf(council.children());
        byChild.forEach((child, episodes) -> {
            List<Episode> ordered = episodes.stream().sorted(Comparator.comparing(Episode::getStartDate)).toList();
            for (int i = 0; i < ordered.size(); i++) {
                Episode episode = ordered.get(i);
                assertThat(episode.getStartDate()).isBeforeOrEqualTo(AS_AT).isAfter(child.getDateOfBirth());
                if (episode.getEndDate() != null) {
                    assertThat(episode.getEndDate()).isAfterOrEqualTo(episode.getStartDate()).isBeforeOrEqualTo(AS_AT);
                }
                if (i + 1 < ordered.size()) {
                    Episode next = ordered.get(i + 1);
                    assertThat(episode.getEndDate()).as("only the last episode may be open").isNotNull();
                    assertThat(next.getStartDate()).isAfterOrEqualTo(episode.getEndDate());
                    boolean sameDay = next.getStartDate().equals(episode.getEndDate());
                    assertThat(episode.getReasonCeased()).isEqualTo(sameDay ? "X1" : episode.getReasonCeased());
                    assertThat(next.getReasonNew()).isEqualTo(sameDay ? next.getReasonNew() : "S");
                }
                if (episode.getHousehold() != null) {
                    assertThat(episode.getHousehold().isApprovedOn(episode.getStartDate())).isTrue();
                }
            }
            assertThat(ordered.get(0).getReasonNew()).isEqualTo("S");
        });
    }

    @Test
    void onlyChildrenWithAPlacementOrderArePlacedForAdoptionAndAdopted() {
        DemoCouncil council = generate(20261123, 400);
        Map<Child, List<Episode>> byChild = council.episodes().stream().collect(Collectors.groupingBy(Episode::getChild));
        byChild.forEach((child, episodes) -> {
            boolean adopted = episodes.stream().anyMatch(e -> "E11".equals(e.getReasonCeased()) || "E12".equals(e.getReasonCeased()));
            if (adopted) {
                assertThat(episodes).as(child.getChildRef()).anyMatch(e -> "E1".equals(e.getLegalStatus()))
                        .anyMatch(e -> e.getPlacementType().startsWith("A"));
            }
        });
    }

    /**
     * The figures a councillor sees in a demonstration are believable: over 24 months, the share of children with 3 or
     * more placements in a year and long-term stability lie in the ranges of councils' published packs (6-11%, 60-75%),
     * and private provision is a part of commissioned placements, not all of them.
     */
    @Test
    void theDemoCouncilsStabilityAndProvidersLookLikeARealCouncils() {
        DemoCouncil council = generate(20261123, 400);
        List<Dataset> months = Catalogue.of(Standards.DEFAULT).engine().compute(
                CouncilHistory.of(council.records(), Map.of(2020, 1_000_000)),
                ReportingMonth.ending(ReportingMonth.lastCompleteBefore(AS_AT), 24));
        assertThat(averagePercent(months, "PLC_STAB_3PLUS")).isBetween(6.0, 11.0);
        assertThat(averagePercent(months, "PLC_STAB_LONGTERM")).isBetween(60.0, 75.0);
        assertThat(months).allSatisfy(month -> assertThat(month.measure("PLC_PRIVATE_PROVISION_PCT").orElseThrow().numerator())
                .isLessThan(month.measure("PLC_COMMISSIONED_PCT").orElseThrow().numerator()));
    }

    private static double averagePercent(List<Dataset> months, String code) {
        double numerator = 0;
        double denominator = 0;
        for (Dataset month : months) {
            Measure measure = month.measure(code).orElseThrow();
            numerator += measure.numerator();
            denominator += measure.denominator();
        }
        return 100 * numerator / denominator;
    }

    @Test
    void looksLikeACouncilOverSeveralYears() {
        DemoCouncil council = generate(20261123, 400);
        long lookedAfterNow = council.children().stream()
                .filter(child -> council.episodes().stream().anyMatch(e -> e.getChild() == child && e.isOpenOn(AS_AT)))
                .count();
        assertThat(lookedAfterNow).isBetween(100L, 300L);
        assertThat(council.episodes()).anyMatch(e -> "E11".equals(e.getReasonCeased()) || "E12".equals(e.getReasonCeased()));
        assertThat(council.episodes()).anyMatch(e -> "E13".equals(e.getReasonCeased()));
        assertThat(council.episodes()).anyMatch(e -> e.getHousehold() != null);
        assertThat(council.careLeavers()).extracting(c -> c.getEligibility())
                .contains(Eligibility.ELIGIBLE, Eligibility.FORMER_RELEVANT);
        assertThat(council.careLeavers()).allSatisfy(leaver ->
                assertThat(leaver.getChild().ageOn(leaver.getEligibleFrom())).isBetween(16, 18));
        assertThat(council.households()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(council.terms()).extracting(t -> t.getHousehold()).containsAll(council.households());
        assertThat(council.householdReviews()).isNotEmpty().allSatisfy(r ->
                assertThat(r.getHeldOn()).isAfter(r.getHousehold().getApprovedOn()).isBeforeOrEqualTo(AS_AT));
        assertThat(council.visits()).anyMatch(v -> v.isUnannounced());
        assertThat(council.reviews()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.getHeldOn()).isAfterOrEqualTo(r.getPeriodStart()).isBeforeOrEqualTo(AS_AT);
            assertThat("PN0".equals(r.getParticipation())).isEqualTo(r.getChild().ageOn(r.getHeldOn()) < 4);
        });
        assertThat(council.reviews()).anyMatch(r -> !r.wasOnTime()).anyMatch(r -> r.wasOnTime());
        assertThat(council.childRecords()).hasAtLeastOneElementOfType(CareLeaverContact.class)
                .hasAtLeastOneElementOfType(LivingPeriod.class).hasAtLeastOneElementOfType(PathwayPlan.class)
                .hasAtLeastOneElementOfType(BirthdayCheck.class);
        assertThat(council.childRecords()).filteredOn(BirthdayCheck.class::isInstance).map(BirthdayCheck.class::cast)
                .allSatisfy(check -> assertThat(BirthdayCheckRules.check(check.getBirthdayAge(), check.getBirthday(), false,
                        false, check.getInTouch(), check.getActivity(), check.getAccommodation(), AS_AT)).isEmpty());
        assertThat(council.childRecords()).hasAtLeastOneElementOfType(HealthAssessment.class)
                .hasAtLeastOneElementOfType(HealthCheck.class).hasAtLeastOneElementOfType(EducationRecord.class)
                .hasAtLeastOneElementOfType(MissingEpisode.class);
        assertThat(council.childRecords()).filteredOn(HealthCheck.class::isInstance).map(HealthCheck.class::cast)
                .filteredOn(h -> h.getKind() == HealthCheck.Kind.SDQ).allSatisfy(h -> {
                    assertThat(h.getScore()).isBetween(0, 40);
                    assertThat(h.getChild().ageOn(h.getCheckedOn())).isBetween(4, 16);
                });
        assertThat(council.childRecords()).filteredOn(AdoptionJourney.class::isInstance).map(AdoptionJourney.class::cast)
                .isNotEmpty().allSatisfy(journey -> assertThat(journey.milestones()).containsKey(Milestone.PLACEMENT_ORDER));
        assertThat(council.fosteringRecords()).hasAtLeastOneElementOfType(FosteringEnquiry.class)
                .hasAtLeastOneElementOfType(PanelCase.class).hasAtLeastOneElementOfType(PanelMeeting.class);
        assertThat(council.childRecords()).hasAtLeastOneElementOfType(Escalation.class)
                .hasAtLeastOneElementOfType(Attendance.class);
        assertThat(council.iroAllocations()).extracting(a -> a.getChild()).containsAll(
                council.reviews().stream().map(r -> r.getChild()).toList());
        assertThat(council.episodes()).filteredOn(e -> e.getHousehold() != null).allSatisfy(e -> assertThat(
                council.terms().stream().anyMatch(t -> t.getHousehold() == e.getHousehold()
                        && t.suits(e.getChild().ageOn(e.getStartDate())))).isTrue());
    }

    private static String describe(DemoCouncil council) {
        return council.children().stream().map(c -> c.getChildRef() + c.getForename() + c.getDateOfBirth())
                .collect(Collectors.joining(",")) + council.episodes().stream()
                .map(e -> e.getStartDate() + e.getLegalStatus() + e.getPlacementType() + e.getEndDate())
                .collect(Collectors.joining(","));
    }
}
