package org.corporateparenting.application.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corporateparenting.domain.careleaver.CareLeaver;
import org.corporateparenting.domain.careleaver.Eligibility;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.child.UascPeriod;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.episode.Episode;
import org.corporateparenting.domain.household.FosterHousehold;
import org.corporateparenting.domain.episode.PeriodOfCare;

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
    private final DemoHouseholds households;
    private final DemoChildRecords records;
    private final List<Child> children = new ArrayList<>();
    private final List<Episode> episodes = new ArrayList<>();
    private final List<CareLeaver> careLeavers = new ArrayList<>();
    private final List<UascPeriod> uascPeriods = new ArrayList<>();
    private final Set<Child> leavers = new HashSet<>();

    private DemoCouncilGenerator(Settings settings) {
        this.settings = settings;
        this.draw = new Draw(settings.seed());
        this.households = new DemoHouseholds(draw, new Draw(settings.seed() ^ 0x40_5eedL));
        this.records = new DemoChildRecords(draw);
    }

    public static DemoCouncil generate(Council council, Settings settings) {
        return new DemoCouncilGenerator(settings).build(council);
    }

    private DemoCouncil build(Council council) {
        LocalDate asAt = settings.asAt();
        LocalDate windowStart = asAt.minusYears(settings.years());
        // One household for about four children: with each kept within its places, most foster placements stay in house.
        int householdCount = Math.max(8, settings.children() / 4);
        for (int i = 1; i <= householdCount; i++) {
            households.households.add(households.household(council, i, windowStart.minusYears(6), asAt.minusDays(30)));
        }
        for (int i = 1; i <= settings.children(); i++) {
            Child child = child(council, i, draw.dateBetween(windowStart.minusYears(2), asAt.minusDays(1)));
            children.add(child);
        }
        households.households.forEach(h -> households.reviewsAndVisits(h, asAt));
        Map<Child, List<Episode>> byChild = new HashMap<>();
        episodes.forEach(e -> byChild.computeIfAbsent(e.getChild(), c -> new ArrayList<>()).add(e));
        children.forEach(child -> records.reviewsOfChild(child, byChild.get(child), asAt));
        children.forEach(child -> records.escalations(child, byChild.get(child), asAt));
        careLeavers.forEach(leaver -> records.leavingCareRecords(leaver, byChild.get(leaver.getChild()), asAt));
        children.forEach(child -> PeriodOfCare.of(byChild.get(child))
                .forEach(period -> records.wellbeing(child, period, asAt)));
        children.forEach(child -> records.adoptionJourney(council, child, byChild.get(child)));
        records.childRecords.addAll(uascPeriods);
        DemoRecruitment recruitment = new DemoRecruitment(draw);
        recruitment.recruit(council, households, windowStart, asAt, settings.seed());
        DemoAdopters adopters = new DemoAdopters(settings.seed());
        adopters.earlyPermanence(records.childRecords);
        records.childRecords.addAll(adopters.pool(council, settings.children(), settings.years(), windowStart, asAt));
        records.childRecords.addAll(adopters.support(council, settings.children(), settings.years(), windowStart, asAt));
        DemoReturnDetails details = new DemoReturnDetails(settings.seed(), settings.children());
        children.forEach(child -> details.child(child, byChild.get(child), asAt));
        details.adopters(records.childRecords, episodes);
        records.childRecords.addAll(details.records);
        records.childRecords.addAll(households.namedChildren);
        return new DemoCouncil(council, List.copyOf(households.households), List.copyOf(households.terms),
                List.copyOf(households.householdReviews), List.copyOf(households.visits), List.copyOf(children),
                List.copyOf(episodes), List.copyOf(careLeavers), List.copyOf(records.reviews),
                List.copyOf(records.iroAllocations), List.copyOf(records.childRecords), List.copyOf(recruitment.records));
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
        if (ageAtEntry >= 14 && draw.chance(0.3)) {
            LocalDate ceased = dob.plusYears(18);
            uascPeriods.add(new UascPeriod(child, entry, ceased.isAfter(settings.asAt()) ? null : ceased));
        }
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
        String legal = adoptionTrack || draw.chance(0.5) ? "C1" : age < 1 && draw.chance(0.2) ? "L2" : "V2";
        LocalDate start = entry;
        String reasonNew = "S";
        String placement = placementFor(age, adoptionTrack, false);
        LocalDate orderDue = entry.plusDays(draw.between(150, 280));
        boolean placedForAdoption = false;
        LocalDate placementUntil = adoptionTrack ? null : start.plusDays(stint(true, age));
        Episode previous = null;
        while (true) {
            LocalDate nextChange = adoptionTrack ? start.plusDays(draw.between(90, 700)) : placementUntil;
            boolean orderMade = false;
            if (legal.equals("C1") || legal.equals("L2")) {
                orderMade = !orderDue.isAfter(nextChange);
                nextChange = minDate(nextChange, orderDue);
            }
            if (adoptionTrack && !placedForAdoption && legal.equals("E1")) {
                nextChange = minDate(nextChange, exit.minusDays(draw.between(100, 200)));
            }
            if (!nextChange.isAfter(start)) {
                nextChange = start.plusDays(1);
            }
            Episode episode = "L".equals(reasonNew) ? sameCarer(previous, start, legal)
                    : episode(child, start, reasonNew, legal, need, placement);
            previous = episode;
            LocalDate carerLeaves = episode.getHousehold() == null ? null : episode.getHousehold().getDeregisteredOn();
            boolean carerLeft = carerLeaves != null && !carerLeaves.isAfter(nextChange);
            if (carerLeft) {
                nextChange = carerLeaves.isAfter(start) ? carerLeaves : start.plusDays(1);
                orderMade = orderMade && !orderDue.isAfter(nextChange);
            }
            if (!nextChange.isBefore(exit) || !nextChange.isBefore(asAt.plusDays(1))) {
                if (adoptionTrack && !placedForAdoption && exitCode.startsWith("E1")) {
                    exitCode = "E46";
                }
                if (!exit.isAfter(asAt)) {
                    episode.end(exit, exitCode, null);
                    maybeCareLeaver(child, entry, exit, exitCode);
                } else {
                    maybeCareLeaver(child, entry, null, null);
                }
                return ("E13".equals(exitCode) || "E4A".equals(exitCode)) && !exit.isAfter(asAt) ? exit : null;
            }
            boolean legalChange = false;
            if ((legal.equals("C1") || legal.equals("L2")) && (adoptionTrack || orderMade)) {
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
                // The move to the adopters carries out the care plan: every placement change has its reason (rule 225).
                moveReason = "CARPL";
            } else {
                placementChange = carerLeft || (adoptionTrack ? !legalChange || draw.chance(0.3)
                        : !legalChange || !nextChange.isBefore(placementUntil) || draw.chance(0.1));
                if (placementChange) {
                    placement = placementFor(child.ageOn(nextChange), adoptionTrack, true);
                    moveReason = draw.weighted(MOVE_REASON, MOVE_REASON_WEIGHTS);
                    if (!adoptionTrack) {
                        placementUntil = nextChange.plusDays(stint(false, child.ageOn(nextChange)));
                    }
                }
            }
            episode.end(nextChange, "X1", moveReason);
            reasonNew = legalChange && placementChange ? "T" : legalChange ? "L" : "P";
            start = nextChange;
        }
    }

    /**
     * How long a child stays with a carer: some placements are short (an emergency or a bridge, more often the first),
     * most last years, as in councils' published stability figures (long-term stability around two thirds).
     */
    private int stint(boolean first, int age) {
        double shortChance = (first ? 0.5 : 0.3) + (age >= 11 ? 0.25 : 0);
        return draw.chance(shortChance) ? draw.between(20, 240) : draw.between(450, 4000);
    }

    /** A change of legal status only: the child stays with the same carer, at the same address, with the same provider. */
    private Episode sameCarer(Episode previous, LocalDate start, String legal) {
        Episode episode = new Episode(previous.getChild(), start, "L", legal, previous.getCategoryOfNeed(),
                previous.getPlacementType());
        episode.placeWith(previous.getPlacementProvider(), previous.getPlacementPostcode(), previous.getHousehold());
        households.placed(episode);
        episodes.add(episode);
        return episode;
    }

    private Episode episode(Child child, LocalDate start, String reasonNew, String legal, String need, String placement) {
        Episode episode = new Episode(child, start, reasonNew, legal, need, placement);
        FosterHousehold household = placement.startsWith("U") ? households.householdFor(child, placement, start)
                : null;
        String provider = household != null ? "PR1" : provider(placement);
        String postcode = household != null ? household.getPostcode()
                : placement.equals("P1") ? child.getHomePostcode()
                : draw.oneOf(DemoNames.DISTRICTS) + " " + draw.between(1, 9) + "PL";
        episode.placeWith(provider, postcode, household);
        households.placed(episode);
        episodes.add(episode);
        return episode;
    }

    /**
     * Who provides a placement that is not with one of the council's own households: fostering through an agency,
     * mostly private (PR4) and some voluntary (PR5); children's homes private, the council's own (PR1), another
     * council's (PR2) or voluntary; adoptive placements the council's own; with parents, the parents (PR0): every
     * placement has a provider (the DfE's rule 526).
     */
    private String provider(String placement) {
        if (placement.startsWith("U")) {
            return draw.weighted(new String[] {"PR4", "PR5", "PR1"}, new int[] {70, 15, 15});
        }
        if (placement.equals("K2")) {
            return draw.weighted(new String[] {"PR4", "PR1", "PR2", "PR5"}, new int[] {60, 20, 10, 10});
        }
        if (placement.startsWith("A")) {
            return "PR1";
        }
        return placement.equals("R1") ? "PR4" : "PR0";
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
