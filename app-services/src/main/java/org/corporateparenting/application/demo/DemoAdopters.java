package org.corporateparenting.application.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.corporateparenting.domain.adoption.AdopterHousehold;
import org.corporateparenting.domain.adoption.AdoptionJourney;
import org.corporateparenting.domain.adoption.Milestone;
import org.corporateparenting.domain.adoption.SupportRequest;
import org.corporateparenting.domain.council.Council;

/**
 * The demo's adoption service beyond the matched journeys: prospective adopters who enquire and drop out at each stage,
 * or are approved and wait for a match (some withdraw after waiting), and early permanence for some children (placed
 * with their future adopters as foster carers before the match), and families' requests for adoption support. Uses its
 * own seeded draw, so the rest of the demo
 * council is the same as without it.
 */
final class DemoAdopters {

    private final Draw draw;
    private final Draw steady;

    DemoAdopters(long seed) {
        this.draw = new Draw(seed ^ 0x5eed_ad0L);
        this.steady = new Draw(seed ^ 0x57ead_ad0L);
    }

    /** Some journeys start with early permanence: after entering care, before the placement order, by the match. */
    void earlyPermanence(List<Object> records) {
        for (Object r : records) {
            if (r instanceof AdoptionJourney j && j.dateOf(Milestone.MATCHED) != null && draw.chance(0.2)) {
                LocalDate order = j.dateOf(Milestone.PLACEMENT_ORDER);
                LocalDate start = order.minusDays(draw.between(10, 120));
                LocalDate earliest = j.getEnteredCare().plusDays(14);
                LocalDate on = start.isBefore(earliest) ? earliest : start;
                LocalDate matched = j.dateOf(Milestone.MATCHED);
                j.reach(Milestone.EARLY_PERMANENCE, on.isAfter(matched) ? matched : on, null);
            }
        }
    }

    /**
     * Enquiries through the years, {@code children}/20 a year, each followed through; and, however small the council,
     * one household approved in every April-to-March year of the window that has begun, so every year's report has
     * recruitment to count (a small council's chance enquiries can otherwise all fall away in a year).
     */
    List<AdopterHousehold> pool(Council council, int children, int years, LocalDate from, LocalDate asAt) {
        List<AdopterHousehold> pool = new ArrayList<>();
        int count = Math.max(4, children * years / 20);
        for (int i = 1; i <= count; i++) {
            LocalDate enquiry = draw.dateBetween(from, asAt.minusDays(7));
            AdopterHousehold household = new AdopterHousehold(council, String.format("P%05d", i), enquiry);
            follow(household, enquiry, asAt);
            pool.add(household);
        }
        int next = count;
        LocalDate settled = from.plusDays(280);
        LocalDate first = LocalDate.of(settled.getYear(), 4, 1);
        for (LocalDate year = first.isBefore(settled) ? first.plusYears(1) : first; year.isBefore(asAt); year = year.plusYears(1)) {
            LocalDate last = year.plusYears(1).minusDays(1).isBefore(asAt) ? year.plusYears(1).minusDays(1) : asAt;
            LocalDate approved = year.plusDays(steady.between(0, (int) (last.toEpochDay() - year.toEpochDay())));
            LocalDate stageTwo = approved.minusDays(steady.between(110, 140));
            LocalDate stageOne = stageTwo.minusDays(steady.between(55, 75));
            AdopterHousehold household = new AdopterHousehold(council, String.format("P%05d", ++next),
                    stageOne.minusDays(steady.between(20, 60)));
            household.enter(AdopterHousehold.Stage.STAGE_ONE, stageOne);
            household.enter(AdopterHousehold.Stage.STAGE_TWO, stageTwo);
            household.enter(AdopterHousehold.Stage.APPROVED, approved);
            pool.add(household);
        }
        return pool;
    }

    /**
     * Requests for adoption and special guardianship support through the years, about one for every five children over
     * the window: advice most often, then support fund applications and assessments of need; most closed within months.
     */
    List<SupportRequest> support(Council council, int children, int years, LocalDate from, LocalDate asAt) {
        List<SupportRequest> requests = new ArrayList<>();
        String[] kinds = {"ADVICE", "SUPPORT_FUND_APPLICATION", "ASSESSMENT_OF_NEED", "BIRTH_RECORDS_COUNSELLING"};
        int[] weights = {45, 30, 20, 5};
        for (int i = 1; i <= Math.max(4, children * years / 30); i++) {
            LocalDate received = draw.dateBetween(from, asAt);
            SupportRequest r = new SupportRequest(council, String.format("S%05d", i), draw.chance(0.7) ? SupportRequest.Family.ADOPTIVE
                    : SupportRequest.Family.SPECIAL_GUARDIANSHIP, SupportRequest.Kind.valueOf(draw.weighted(kinds, weights)), received);
            LocalDate closed = received.plusDays(draw.between(7, 240));
            if (!closed.isAfter(asAt)) {
                r.close(closed);
            }
            requests.add(r);
        }
        return requests;
    }

    private void follow(AdopterHousehold household, LocalDate enquiry, LocalDate asAt) {
        LocalDate stageOne = enquiry.plusDays(draw.between(20, 60));
        if (draw.chance(0.45)) {
            withdraw(household, enquiry.plusDays(draw.between(10, 50)), asAt);
            return;
        }
        if (!enter(household, AdopterHousehold.Stage.STAGE_ONE, stageOne, asAt)) {
            return;
        }
        LocalDate stageTwo = stageOne.plusDays(draw.between(55, 75));
        if (draw.chance(0.2)) {
            withdraw(household, stageOne.plusDays(draw.between(15, 50)), asAt);
            return;
        }
        if (!enter(household, AdopterHousehold.Stage.STAGE_TWO, stageTwo, asAt)) {
            return;
        }
        LocalDate approved = stageTwo.plusDays(draw.between(110, 140));
        if (draw.chance(0.15)) {
            withdraw(household, stageTwo.plusDays(draw.between(20, 100)), asAt);
            return;
        }
        if (enter(household, AdopterHousehold.Stage.APPROVED, approved, asAt) && draw.chance(0.7)) {
            withdraw(household, approved.plusDays(draw.between(90, 540)), asAt);
        }
    }

    private static boolean enter(AdopterHousehold household, AdopterHousehold.Stage stage, LocalDate on, LocalDate asAt) {
        if (on.isAfter(asAt)) {
            return false;
        }
        household.enter(stage, on);
        return true;
    }

    private static void withdraw(AdopterHousehold household, LocalDate on, LocalDate asAt) {
        enter(household, AdopterHousehold.Stage.WITHDRAWN, on, asAt);
    }
}
