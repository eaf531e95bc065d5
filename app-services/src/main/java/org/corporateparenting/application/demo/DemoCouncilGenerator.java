package org.corporateparenting.application.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corporateparenting.domain.adoption.AdopterHousehold;
import org.corporateparenting.domain.adoption.AdoptionJourney;
import org.corporateparenting.domain.adoption.AdoptionJourneyRules;
import org.corporateparenting.domain.adoption.Milestone;
import org.corporateparenting.domain.careleaver.BirthdayCheck;
import org.corporateparenting.domain.careleaver.CareLeaver;
import org.corporateparenting.domain.careleaver.CareLeaverContact;
import org.corporateparenting.domain.careleaver.ContactMethod;
import org.corporateparenting.domain.careleaver.LivingPeriod;
import org.corporateparenting.domain.careleaver.PathwayPlan;
import org.corporateparenting.domain.careleaver.Eligibility;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.episode.Episode;
import org.corporateparenting.domain.household.ApprovalTerms;
import org.corporateparenting.domain.household.DeregistrationReason;
import org.corporateparenting.domain.household.FosterHousehold;
import org.corporateparenting.domain.household.HouseholdReview;
import org.corporateparenting.domain.household.LegalBasis;
import org.corporateparenting.domain.household.ReviewOutcome;
import org.corporateparenting.domain.household.SupervisoryVisit;
import org.corporateparenting.domain.education.EducationRecord;
import org.corporateparenting.domain.episode.PeriodOfCare;
import org.corporateparenting.domain.health.HealthAssessment;
import org.corporateparenting.domain.health.HealthCheck;
import org.corporateparenting.domain.health.MissingEpisode;
import org.corporateparenting.domain.review.IroAllocation;
import org.corporateparenting.domain.review.LookedAfterReview;
import org.corporateparenting.domain.review.ReviewTimetable;
import org.corporateparenting.domain.household.HouseholdType;

/**
 * Generates a council's multi-year history of children looked after, as SSDA903 episodes: entries
 * at every age, interim then full care orders, accommodation under section 20, placement moves,
 * adoption for some young children, returns home, special guardianship, and leaving care at 18
 * (which makes a care leaver). Proportions are set to look like a typical English council's
 * published figures, not to match any council. The same seed and date always give the same council.
 */
public final class DemoCouncilGenerator {

    /** How much to generate: {@code children} entering care over {@code years} years up to {@code asAt}. */
    public record Settings(long seed, int children, int years, LocalDate asAt) {
        public Settings {
            if (children < 1 || years < 1) {
                throw new IllegalArgumentException("Generate at least one child over at least one year.");
            }
        }
    }

    private static final String[] NEED = {"N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8"};
    private static final int[] NEED_WEIGHTS = {65, 3, 4, 14, 4, 2, 1, 7};
    private static final String[] ETHNICITY = {"WBRI", "WOTH", "MWBC", "MWBA", "MOTH", "AIND", "APKN",
        "BAFR", "BCRB", "OOTH"};
    private static final int[] ETHNICITY_WEIGHTS = {70, 6, 5, 2, 4, 2, 3, 4, 2, 2};
    private static final String[] MOVE_REASON = {"CARPL", "CREQB", "LAREQ", "STAND", "OTHER"};
    private static final int[] MOVE_REASON_WEIGHTS = {30, 15, 25, 20, 10};

    private final Settings settings;
    private final Draw draw;
    private final List<FosterHousehold> households = new ArrayList<>();
    private final List<ApprovalTerms> terms = new ArrayList<>();
    private final Map<FosterHousehold, ApprovalTerms> currentTerms = new HashMap<>();
    private final List<HouseholdReview> householdReviews = new ArrayList<>();
    private final List<SupervisoryVisit> visits = new ArrayList<>();
    private final List<LookedAfterReview> reviews = new ArrayList<>();
    private final List<IroAllocation> iroAllocations = new ArrayList<>();
    private final List<Object> childRecords = new ArrayList<>();
    private final List<Child> children = new ArrayList<>();
    private final List<Episode> episodes = new ArrayList<>();
    private final List<CareLeaver> careLeavers = new ArrayList<>();
    private final Set<Child> leavers = new HashSet<>();

    private DemoCouncilGenerator(Settings settings) {
        this.settings = settings;
        this.draw = new Draw(settings.seed());
    }

    public static DemoCouncil generate(Council council, Settings settings) {
        return new DemoCouncilGenerator(settings).build(council);
    }

    private DemoCouncil build(Council council) {
        LocalDate asAt = settings.asAt();
        LocalDate windowStart = asAt.minusYears(settings.years());
        int householdCount = Math.max(8, settings.children() / 6);
        for (int i = 1; i <= householdCount; i++) {
            households.add(household(council, i, windowStart.minusYears(6), asAt.minusDays(30)));
        }
        for (int i = 1; i <= settings.children(); i++) {
            Child child = child(council, i, draw.dateBetween(windowStart.minusYears(2), asAt.minusDays(1)));
            children.add(child);
        }
        households.forEach(h -> reviewsAndVisits(h, asAt));
        Map<Child, List<Episode>> byChild = new HashMap<>();
        episodes.forEach(e -> byChild.computeIfAbsent(e.getChild(), c -> new ArrayList<>()).add(e));
        children.forEach(child -> reviewsOfChild(child, byChild.get(child), asAt));
        careLeavers.forEach(leaver -> leavingCareRecords(leaver, byChild.get(leaver.getChild()), asAt));
        children.forEach(child -> PeriodOfCare.of(byChild.get(child)).forEach(period -> wellbeing(child, period, asAt)));
        children.forEach(child -> adoptionJourney(council, child, byChild.get(child)));
        return new DemoCouncil(council, List.copyOf(households), List.copyOf(terms), List.copyOf(householdReviews),
                List.copyOf(visits), List.copyOf(children), List.copyOf(episodes), List.copyOf(careLeavers),
                List.copyOf(reviews), List.copyOf(iroAllocations), List.copyOf(childRecords));
    }

    private FosterHousehold household(Council council, int number, LocalDate from, LocalDate to) {
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
        if (draw.chance(0.12)) {
            LocalDate ended = draw.dateBetween(approved.plusMonths(6), to.plusDays(29));
            household.deregister(ended, draw.oneOf(List.of(DeregistrationReason.values())));
            first.endOn(ended);
        }
        return household;
    }

    /** Yearly reviews (a month late now and then) and visits every six weeks, one a year unannounced. */
    private void reviewsAndVisits(FosterHousehold household, LocalDate asAt) {
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
     * Reviews of each period of care by the statutory timetable, most on time, some late; the IRO
     * allocated from the first day of each period.
     */
    private void reviewsOfChild(Child child, List<Episode> childEpisodes, LocalDate asAt) {
        for (PeriodOfCare period : PeriodOfCare.of(childEpisodes)) {
            iroAllocations.add(new IroAllocation(child, DemoDataLoader.IRO, period.start()));
            if (period.end() != null) {
                iroAllocations.get(iroAllocations.size() - 1).endOn(period.end());
            }
            LocalDate end = period.end() == null ? asAt.plusDays(1) : period.end();
            LocalDate last = null;
            for (int held = 0; ; held++) {
                LocalDate due = ReviewTimetable.nextDue(period.start(), held, last);
                LocalDate on = draw.chance(0.9) ? due.minusDays(draw.between(0, 10)) : due.plusDays(draw.between(1, 30));
                if (last != null && !on.isAfter(last)) {
                    on = last.plusDays(1);
                }
                if (!on.isBefore(end) || on.isAfter(asAt)) {
                    break;
                }
                reviews.add(new LookedAfterReview(child, period.start(), held + 1, due, on, participation(child, on),
                        DemoDataLoader.IRO));
                last = on;
            }
        }
    }

    /**
     * A care leaver's contacts (about every six weeks, now and then missed), accommodation and activity
     * from when support began, pathway plans every six months, and OC3 checks on the birthdays passed.
     */
    private void leavingCareRecords(CareLeaver leaver, List<Episode> childEpisodes, LocalDate asAt) {
        LocalDate from = leaver.getEligibleFrom();
        for (LocalDate on = from.plusDays(draw.between(5, 30)); !on.isAfter(asAt); on = on.plusDays(draw.between(28, 60))) {
            ContactMethod method = draw.chance(0.6) ? ContactMethod.FACE_TO_FACE : draw.oneOf(List.of(ContactMethod.values()));
            childRecords.add(new CareLeaverContact(leaver, on, method, draw.chance(0.9), leaver.getPersonalAdviser()));
        }
        boolean stayingPut = childEpisodes.stream().anyMatch(e -> "E17".equals(e.getReasonCeased()));
        String home = stayingPut ? "Z" : leaver.getEligibility() == Eligibility.ELIGIBLE ? "C"
                : draw.weighted(new String[] {"U", "D", "E", "B", "W", "T"}, new int[] {40, 20, 15, 15, 3, 7});
        childRecords.add(new LivingPeriod(leaver, LivingPeriod.Kind.ACCOMMODATION, from, home, !"W".equals(home)));
        String activity = draw.weighted(new String[] {"F1", "F2", "F3", "P3", "G4", "G5", "G6"},
                new int[] {8, 25, 20, 7, 10, 25, 5});
        childRecords.add(new LivingPeriod(leaver, LivingPeriod.Kind.ACTIVITY, from, activity, null));
        for (LocalDate plan = from.plusDays(draw.between(0, 40)); !plan.isAfter(asAt); plan = plan.plusMonths(6).minusDays(draw.between(0, 20))) {
            childRecords.add(new PathwayPlan(leaver, plan));
        }
        for (int age = 17; age <= 21; age++) {
            LocalDate birthday = leaver.getChild().getDateOfBirth().plusYears(age);
            boolean lookedAfter = childEpisodes.stream().anyMatch(e -> e.isOpenOn(birthday));
            if (!birthday.isAfter(asAt) && !birthday.isBefore(from) && !(age <= 18 && lookedAfter)) {
                boolean inTouch = draw.chance(0.92);
                childRecords.add(new BirthdayCheck(leaver, age, birthday, inTouch ? "YES" : "NO", activity,
                        home + (!"W".equals(home) ? "1" : "2")));
            }
        }
    }

    /**
     * Health and education while in care: the initial health assessment (mostly within 20 working days)
     * and reviews by age, yearly dental and immunisation checks, yearly SDQs from 4 to 16, termly PEPs
     * and attendance for school-age children, and missing episodes for some teenagers.
     */
    private void wellbeing(Child child, PeriodOfCare period, LocalDate asAt) {
        LocalDate end = period.end() == null ? asAt : period.end().minusDays(1);
        LocalDate due = HealthAssessment.initialDue(period.start());
        LocalDate done = draw.chance(0.7) ? due.minusDays(draw.between(0, 10)) : due.plusDays(draw.between(1, 40));
        HealthAssessment.Kind kind = HealthAssessment.Kind.INITIAL;
        while (!done.isAfter(end)) {
            childRecords.add(new HealthAssessment(child, kind, due, done));
            kind = HealthAssessment.Kind.REVIEW;
            due = HealthAssessment.reviewDue(child, done);
            done = draw.chance(0.85) ? due.minusDays(draw.between(0, 20)) : due.plusDays(draw.between(1, 60));
        }
        for (LocalDate yearly = period.start().plusMonths(draw.between(1, 6)); !yearly.isAfter(end); yearly = yearly.plusYears(1)) {
            childRecords.add(new HealthCheck(child, HealthCheck.Kind.DENTAL, yearly, null, null));
            childRecords.add(new HealthCheck(child, HealthCheck.Kind.IMMUNISATION, yearly, draw.chance(0.88), null));
            int age = child.ageOn(yearly);
            if (age >= 4 && age <= 16) {
                childRecords.add(new HealthCheck(child, HealthCheck.Kind.SDQ, yearly, null,
                        Math.min(40, Math.max(0, 14 + (int) Math.round(draw.between(-9, 12) * 0.8)))));
            }
        }
        EducationRecord.Kind pep = EducationRecord.Kind.PEP_INITIAL;
        for (LocalDate term = period.start().plusDays(draw.between(5, 25)); !term.isAfter(end); term = term.plusMonths(4)) {
            int age = child.ageOn(term);
            if (age >= 3 && age <= 17) {
                childRecords.add(new EducationRecord(child, pep, term, null, null));
                pep = EducationRecord.Kind.PEP_REVIEW;
            }
        }
        if (child.ageOn(period.start()) >= 12 && draw.chance(0.2)) {
            LocalDate gone = draw.dateBetween(period.start(), end);
            LocalDate back = gone.plusDays(draw.between(0, 3));
            if (!back.isAfter(end)) {
                MissingEpisode missing = new MissingEpisode(child, MissingEpisode.Kind.MISSING, gone, null);
                missing.recordReturn(back, draw.chance(0.85) ? back.plusDays(draw.between(0, 3)) : null, null);
                childRecords.add(missing);
            }
        }
    }

    /**
     * For a child placed for adoption (A5, A6), the journey read back from the episodes: the decision a
     * few weeks before the placement order (legal status E1), the match a few weeks before the placement,
     * the adoption order when the episode ended E11 or E12; adopters approved a few months before the match.
     */
    private void adoptionJourney(Council council, Child child, List<Episode> childEpisodes) {
        Episode order = childEpisodes.stream().filter(e -> "E1".equals(e.getLegalStatus())).findFirst().orElse(null);
        Episode placed = childEpisodes.stream().filter(e -> e.getPlacementType().startsWith("A")).findFirst().orElse(null);
        if (order == null || placed == null) {
            return;
        }
        LocalDate entered = PeriodOfCare.of(childEpisodes).stream().filter(p -> !p.start().isAfter(order.getStartDate()))
                .reduce((a, b) -> b).map(PeriodOfCare::start).orElse(order.getStartDate());
        AdoptionJourney journey = new AdoptionJourney(child, entered);
        LocalDate decision = order.getStartDate().minusDays(draw.between(20, 60));
        LocalDate matched = placed.getStartDate().minusDays(draw.between(7, 30));
        AdopterHousehold adopters = new AdopterHousehold(council, "A" + child.getChildRef(), matched.minusMonths(10));
        adopters.enter(AdopterHousehold.Stage.STAGE_ONE, matched.minusMonths(9));
        adopters.enter(AdopterHousehold.Stage.STAGE_TWO, matched.minusMonths(7));
        adopters.enter(AdopterHousehold.Stage.APPROVED, matched.minusMonths(3));
        journey.reach(Milestone.SHOULD_BE_PLACED, decision.isBefore(entered) ? entered : decision, null);
        journey.reach(Milestone.PLACEMENT_ORDER, order.getStartDate(), null);
        if (!matched.isBefore(order.getStartDate())) {
            journey.reach(Milestone.MATCHED, matched, adopters);
            journey.reach(Milestone.PLACED, placed.getStartDate(), null);
            if (placed.getEndDate() != null && placed.getReasonCeased().startsWith("E1")
                    && !placed.getEndDate().isBefore(placed.getStartDate().plusWeeks(AdoptionJourneyRules.WEEKS_BEFORE_ORDER))) {
                journey.reach(Milestone.ADOPTION_ORDER, placed.getEndDate(), null);
            }
        }
        childRecords.add(adopters);
        childRecords.add(journey);
    }

    private String participation(Child child, LocalDate on) {
        return child.ageOn(on) < 4 ? "PN0"
                : draw.weighted(new String[] {"PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7"},
                        new int[] {45, 8, 3, 4, 12, 20, 8});
    }

    private Child child(Council council, int number, LocalDate entry) {
        int ageAtEntry = Integer.parseInt(draw.weighted(
                new String[] {"0", "2", "7", "12", "14", "16"}, new int[] {18, 14, 18, 18, 18, 14}));
        ageAtEntry = Math.min(17, ageAtEntry + (ageAtEntry == 0 ? 0 : draw.between(0, 1)));
        LocalDate dob = entry.minusYears(ageAtEntry).minusDays(draw.between(1, 360));
        String sex = draw.chance(0.55) ? "1" : "2";
        Child child = new Child(council, String.format("D%06d", number),
                draw.oneOf("1".equals(sex) ? DemoNames.BOYS : DemoNames.GIRLS), draw.oneOf(DemoNames.SURNAMES), sex,
                dob, draw.weighted(ETHNICITY, ETHNICITY_WEIGHTS));
        child.recordHomePostcode(draw.oneOf(DemoNames.DISTRICTS) + " " + draw.between(1, 9) + "ZB");
        LocalDate returnedHome = periodOfCare(child, entry);
        if (returnedHome != null && draw.chance(0.12)) {
            LocalDate again = returnedHome.plusDays(draw.between(60, 700));
            if (again.isBefore(settings.asAt()) && again.isBefore(dob.plusYears(17))) {
                periodOfCare(child, again);
            }
        }
        return child;
    }

    /**
     * One period of care from {@code entry}: a chain of episodes ending with the reason care ceased, or
     * still open at the as-at date. Returns the date the child went home, when that is how it ended.
     */
    private LocalDate periodOfCare(Child child, LocalDate entry) {
        LocalDate asAt = settings.asAt();
        LocalDate eighteenth = child.getDateOfBirth().plusYears(18);
        int age = child.ageOn(entry);
        boolean adoptionTrack = age < 4 && draw.chance(0.45);
        String exitCode;
        LocalDate exit;
        if (adoptionTrack) {
            exitCode = draw.chance(0.8) ? "E11" : "E12";
            exit = entry.plusDays(draw.between(420, 900));
        } else {
            exitCode = draw.weighted(new String[] {"E13", "E4A", "E41", "E45", "STAY"}, new int[] {22, 18, 6, 12, 42});
            exit = switch (exitCode) {
                case "E13", "E4A" -> entry.plusDays(draw.between(20, 540));
                case "E41", "E45" -> entry.plusDays(draw.between(270, 900));
                default -> eighteenth;
            };
        }
        if (!exit.isBefore(eighteenth)) {
            exit = eighteenth;
            exitCode = draw.weighted(new String[] {"E17", "E3", "E8"}, new int[] {25, 45, 30});
        }
        String need = draw.weighted(NEED, NEED_WEIGHTS);
        String legal = draw.chance(0.5) ? "C1" : age < 1 && draw.chance(0.2) ? "L2" : "V2";
        LocalDate start = entry;
        String reasonNew = "S";
        String placement = placementFor(age, adoptionTrack, false);
        LocalDate orderDue = entry.plusDays(draw.between(150, 280));
        boolean placedForAdoption = false;
        while (true) {
            LocalDate nextChange = start.plusDays(draw.between(90, 700));
            if (legal.equals("C1") || legal.equals("L2")) {
                nextChange = minDate(nextChange, orderDue);
            }
            if (adoptionTrack && !placedForAdoption && legal.equals("E1")) {
                nextChange = minDate(nextChange, exit.minusDays(draw.between(100, 200)));
            }
            if (!nextChange.isAfter(start)) {
                nextChange = start.plusDays(1);
            }
            Episode episode = episode(child, start, reasonNew, legal, need, placement);
            if (!nextChange.isBefore(exit) || !nextChange.isBefore(asAt.plusDays(1))) {
                if (!exit.isAfter(asAt)) {
                    episode.end(exit, exitCode, null);
                    maybeCareLeaver(child, entry, exit, exitCode);
                } else {
                    maybeCareLeaver(child, entry, null, null);
                }
                return ("E13".equals(exitCode) || "E4A".equals(exitCode)) && !exit.isAfter(asAt) ? exit : null;
            }
            boolean legalChange = false;
            if (legal.equals("C1") || legal.equals("L2")) {
                legal = adoptionTrack || draw.chance(0.7) ? "C2" : "V2";
                legalChange = true;
            } else if (adoptionTrack && legal.equals("C2")) {
                legal = "E1";
                legalChange = true;
            }
            boolean placementChange;
            String moveReason = null;
            if (adoptionTrack && legal.equals("E1") && !legalChange && !placedForAdoption) {
                placement = draw.chance(0.8) ? "A5" : "A6";
                placedForAdoption = true;
                placementChange = true;
            } else {
                placementChange = !legalChange || draw.chance(0.3);
                if (placementChange) {
                    placement = placementFor(child.ageOn(nextChange), adoptionTrack, true);
                    moveReason = draw.weighted(MOVE_REASON, MOVE_REASON_WEIGHTS);
                }
            }
            episode.end(nextChange, "X1", moveReason);
            reasonNew = legalChange && placementChange ? "T" : legalChange ? "L" : "P";
            start = nextChange;
        }
    }

    private Episode episode(Child child, LocalDate start, String reasonNew, String legal, String need, String placement) {
        Episode episode = new Episode(child, start, reasonNew, legal, need, placement);
        FosterHousehold household = placement.startsWith("U") ? householdFor(placement, child.ageOn(start), start) : null;
        String provider = household != null ? "PR1" : placement.startsWith("U") || placement.equals("K2")
                ? (draw.chance(0.5) ? "PR4" : "PR1") : placement.startsWith("A") ? "PR1" : null;
        String postcode = household != null ? household.getPostcode()
                : placement.equals("P1") ? child.getHomePostcode()
                : draw.oneOf(DemoNames.DISTRICTS) + " " + draw.between(1, 9) + "PL";
        episode.placeWith(provider, postcode, household);
        episodes.add(episode);
        return episode;
    }

    private String placementFor(int age, boolean adoptionTrack, boolean move) {
        if (adoptionTrack) {
            return draw.chance(0.15) ? "U6" : "U5";
        }
        if (age >= 12 && draw.chance(move ? 0.3 : 0.15)) {
            return draw.chance(0.85) ? "K2" : "R1";
        }
        return draw.weighted(new String[] {"U1", "U2", "U4", "U5", "P1"}, new int[] {8, 10, 22, 52, 8});
    }

    /** An approved household of the right kind whose age range suits the child; none means an agency carer. */
    private FosterHousehold householdFor(String placement, int age, LocalDate on) {
        boolean connected = placement.equals("U1") || placement.equals("U2");
        HouseholdType wanted = connected ? HouseholdType.CONNECTED_PERSON
                : placement.equals("U6") ? HouseholdType.FOSTER_FOR_ADOPTION : HouseholdType.MAINSTREAM;
        List<FosterHousehold> suitable = households.stream()
                .filter(h -> h.getType() == wanted && h.isApprovedOn(on) && currentTerms.get(h).suits(age))
                .toList();
        if (suitable.isEmpty() || (!connected && draw.chance(0.35))) {
            return null;
        }
        return draw.oneOf(suitable);
    }

    /**
     * Care leavers: looked after for at least 13 weeks after the 14th birthday and still looked after
     * on or after the 16th (eligible while in care, former relevant once care ends at 18 or later).
     */
    private void maybeCareLeaver(Child child, LocalDate entry, LocalDate exit, String exitCode) {
        LocalDate fourteenth = child.getDateOfBirth().plusYears(14);
        LocalDate sixteenth = child.getDateOfBirth().plusYears(16);
        LocalDate end = exit == null ? settings.asAt() : exit;
        LocalDate countFrom = entry.isAfter(fourteenth) ? entry : fourteenth;
        boolean thirteenWeeks = ChronoUnit.DAYS.between(countFrom, end) >= 91;
        if (!thirteenWeeks || end.isBefore(sixteenth) || leavers.contains(child)) {
            return;
        }
        boolean leftAtEighteen = exit != null && !exit.isBefore(child.getDateOfBirth().plusYears(18));
        if (exit != null && !leftAtEighteen) {
            return;
        }
        Eligibility eligibility = leftAtEighteen ? Eligibility.FORMER_RELEVANT : Eligibility.ELIGIBLE;
        LocalDate thirteenWeeksOn = countFrom.plusDays(91);
        LocalDate from = leftAtEighteen ? exit : thirteenWeeksOn.isAfter(sixteenth) ? thirteenWeeksOn : sixteenth;
        CareLeaver leaver = new CareLeaver(child, eligibility, from);
        leaver.allocatePersonalAdviser(draw.oneOf(DemoNames.ADVISERS));
        careLeavers.add(leaver);
        leavers.add(child);
    }

    private static LocalDate minDate(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
