package org.corporateparenting.application.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.household.ApprovalTerms;
import org.corporateparenting.domain.household.DeregistrationReason;
import org.corporateparenting.domain.household.FosterHousehold;
import org.corporateparenting.domain.household.HouseholdReview;
import org.corporateparenting.domain.household.HouseholdType;
import org.corporateparenting.domain.household.LegalBasis;
import org.corporateparenting.domain.household.ReviewOutcome;
import org.corporateparenting.domain.household.SupervisoryVisit;

/**
 * The demo council's fostering households: approval, terms, deregistrations, yearly reviews and
 * supervising visits; and the choice of a suitable household for a placement.
 */
final class DemoHouseholds {

    private final Draw draw;
    private final Draw where;
    final List<FosterHousehold> households = new ArrayList<>();
    final List<ApprovalTerms> terms = new ArrayList<>();
    final List<HouseholdReview> householdReviews = new ArrayList<>();
    final List<SupervisoryVisit> visits = new ArrayList<>();
    private final Map<FosterHousehold, ApprovalTerms> currentTerms = new HashMap<>();
    private final Map<HouseholdType, List<FosterHousehold>> byType = new java.util.EnumMap<>(HouseholdType.class);

    /** {@code where}: its own seed, for where in the register a search for a household starts. */
    DemoHouseholds(Draw draw, Draw where) {
        this.draw = draw;
        this.where = where;
    }

    FosterHousehold household(Council council, int number, LocalDate from, LocalDate to) {
        HouseholdType type = draw.chance(0.75) ? HouseholdType.MAINSTREAM
                : draw.chance(0.8) ? HouseholdType.CONNECTED_PERSON : HouseholdType.FOSTER_FOR_ADOPTION;
        int ageFrom = type == HouseholdType.FOSTER_FOR_ADOPTION ? 0 : draw.oneOf(List.of(0, 0, 5, 11));
        int ageTo = type == HouseholdType.FOSTER_FOR_ADOPTION ? 4 : Math.max(ageFrom + 4, draw.oneOf(List.of(10, 17, 18)));
        LocalDate approved = draw.dateBetween(from, to);
        FosterHousehold household = new FosterHousehold(council, "H" + (1000 + number),
                draw.oneOf(DemoNames.SURNAMES) + " household", type, approved);
        household.describe(household.getName(), draw.oneOf(DemoNames.DISTRICTS) + " " + draw.between(1, 9) + "QX");
        ApprovalTerms first = new ApprovalTerms(household, approved, LegalBasis.FULL, draw.between(1, 3), ageFrom,
                Math.min(ageTo, 18), "Approval");
        terms.add(first);
        currentTerms.put(household, first);
        byType.computeIfAbsent(type, t -> new ArrayList<>()).add(household);
        if (draw.chance(0.12)) {
            LocalDate ended = draw.dateBetween(approved.plusMonths(6), to.plusDays(29));
            household.deregister(ended, draw.oneOf(List.of(DeregistrationReason.values())));
            first.endOn(ended);
        }
        return household;
    }

    /** Yearly reviews (a month late now and then) and visits every six weeks, one a year unannounced. */
    void reviewsAndVisits(FosterHousehold household, LocalDate asAt) {
        LocalDate end = household.getDeregisteredOn() == null ? asAt : household.getDeregisteredOn();
        LocalDate lastHeld = null;
        for (LocalDate due = HouseholdReview.nextDue(household.getApprovedOn(), null); !due.isAfter(end);
                due = HouseholdReview.nextDue(household.getApprovedOn(), lastHeld)) {
            LocalDate held = due.minusDays(draw.between(0, 20)).plusDays(draw.chance(0.15) ? draw.between(21, 45) : 0);
            if (held.isAfter(end)) {
                break;
            }
            householdReviews.add(new HouseholdReview(household, due, held, ReviewOutcome.CONTINUE, lastHeld == null));
            lastHeld = held;
        }
        LocalDate visit = household.getApprovedOn().plusDays(draw.between(7, 42));
        int sinceUnannounced = 0;
        while (visit.isBefore(end)) {
            boolean unannounced = ++sinceUnannounced >= 8 && draw.chance(0.5);
            if (unannounced) {
                sinceUnannounced = 0;
            }
            visits.add(new SupervisoryVisit(household, visit, unannounced, draw.oneOf(DemoNames.ADVISERS)));
            visit = visit.plusDays(draw.between(28, 56));
        }
    }

    /**
     * An approved household of the right kind whose age range suits the child; none means an agency carer. The search
     * starts at a random place in the register of that kind (drawn from its own seed) and takes the next suitable
     * household, so its cost does not grow with the council's size (scanning every household for every placement made a
     * national-scale council quadratic); the choice is not exactly uniform, which synthetic data does not need. The main
     * draw is used as before (the agency chance, then one pick), so the rest of the demo is as it was.
     */
    FosterHousehold householdFor(String placement, int age, LocalDate on) {
        boolean connected = placement.equals("U1") || placement.equals("U2");
        HouseholdType wanted = connected ? HouseholdType.CONNECTED_PERSON
                : placement.equals("U6") ? HouseholdType.FOSTER_FOR_ADOPTION : HouseholdType.MAINSTREAM;
        List<FosterHousehold> register = byType.getOrDefault(wanted, List.of());
        FosterHousehold suitable = null;
        int start = register.isEmpty() ? 0 : where.between(0, register.size() - 1);
        for (int i = 0; i < register.size() && suitable == null; i++) {
            FosterHousehold candidate = register.get((start + i) % register.size());
            if (candidate.isApprovedOn(on) && currentTerms.get(candidate).suits(age)) {
                suitable = candidate;
            }
        }
        if (suitable == null || (!connected && draw.chance(0.35))) {
            return null;
        }
        return draw.oneOf(List.of(suitable));
    }
}
