package org.corporateparenting.application.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.episode.Episode;
import org.corporateparenting.domain.episode.PlacementMatch;
import org.corporateparenting.domain.household.ApprovalTerms;
import org.corporateparenting.domain.household.DeregistrationReason;
import org.corporateparenting.domain.household.FosterHousehold;
import org.corporateparenting.domain.household.HouseholdReview;
import org.corporateparenting.domain.household.HouseholdType;
import org.corporateparenting.domain.household.LegalBasis;
import org.corporateparenting.domain.household.NamedChild;
import org.corporateparenting.domain.household.ReviewOutcome;
import org.corporateparenting.domain.household.SupervisoryVisit;

/**
 * The demo council's fostering households: approval, terms, deregistrations, yearly reviews and
 * supervising visits; and the choice of a suitable household for a placement, within its approval as
 * {@link PlacementMatch} checks it on the placement's first day (places and ages; a connected person's household only
 * for the child it was first chosen for, who is named on its approval), so the demo needs no exemptions.
 */
final class DemoHouseholds {

    private final Draw draw;
    private final Draw where;
    final List<FosterHousehold> households = new ArrayList<>();
    final List<ApprovalTerms> terms = new ArrayList<>();
    final List<HouseholdReview> householdReviews = new ArrayList<>();
    final List<SupervisoryVisit> visits = new ArrayList<>();
    private final Map<FosterHousehold, ApprovalTerms> currentTerms = new HashMap<>();
    private final Map<HouseholdType, List<FosterHousehold>> byType = new EnumMap<>(HouseholdType.class);
    final List<NamedChild> namedChildren = new ArrayList<>();
    private final Map<FosterHousehold, List<Episode>> placements = new HashMap<>();
    private final Map<FosterHousehold, Child> connectedFor = new HashMap<>();

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
        // Carers leave: about one household in ten a year nationally (Ofsted fostering statistics), so over the demo's years
        // nearly a third of the register has deregistered, and children placed there move on.
        if (draw.chance(0.3)) {
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
    FosterHousehold householdFor(Child child, String placement, LocalDate on) {
        int age = child.ageOn(on);
        boolean connected = placement.equals("U1") || placement.equals("U2");
        HouseholdType wanted = connected ? HouseholdType.CONNECTED_PERSON
                : placement.equals("U6") ? HouseholdType.FOSTER_FOR_ADOPTION : HouseholdType.MAINSTREAM;
        List<FosterHousehold> register = byType.getOrDefault(wanted, List.of());
        FosterHousehold suitable = null;
        int start = register.isEmpty() ? 0 : where.between(0, register.size() - 1);
        for (int i = 0; i < register.size() && suitable == null; i++) {
            FosterHousehold candidate = register.get((start + i) % register.size());
            if (candidate.isApprovedOn(on) && currentTerms.get(candidate).suits(age) && admits(candidate, child, on)) {
                suitable = candidate;
            }
        }
        if (suitable == null || (!connected && draw.chance(0.35))) {
            return null;
        }
        return draw.oneOf(List.of(suitable));
    }

    /**
     * Whether the household has a place for the child from the day on, and (a connected person's) is the child's. The
     * placement's end is not known yet, so it counts as open: the other children placed there on the day and on every
     * later day one of them arrives stay within the places, so the rule holds on every placement's first day whatever
     * order the children are generated in.
     */
    private boolean admits(FosterHousehold household, Child child, LocalDate on) {
        Child named = connectedFor.get(household);
        if (household.getType() == HouseholdType.CONNECTED_PERSON && named != null && named != child) {
            return false;
        }
        int room = Math.min(currentTerms.get(household).getPlaces(), PlacementMatch.USUAL_FOSTERING_LIMIT) - 1;
        List<Episode> others = placements.getOrDefault(household, List.of()).stream().filter(e -> e.getChild() != child).toList();
        Stream<LocalDate> days = Stream.concat(Stream.of(on),
                others.stream().map(Episode::getStartDate).filter(d -> d.isAfter(on)));
        return days.allMatch(day -> others.stream().filter(e -> e.isOpenOn(day)).map(Episode::getChild).distinct().count() <= room);
    }

    /** Notes an episode's placement, naming the child on a connected person's approval the first time. */
    void placed(Episode episode) {
        FosterHousehold household = episode.getHousehold();
        if (household == null) {
            return;
        }
        placements.computeIfAbsent(household, h -> new ArrayList<>()).add(episode);
        if (household.getType() == HouseholdType.CONNECTED_PERSON && !connectedFor.containsKey(household)) {
            connectedFor.put(household, episode.getChild());
            namedChildren.add(new NamedChild(household, episode.getChild(), episode.getStartDate()));
        }
    }
}
