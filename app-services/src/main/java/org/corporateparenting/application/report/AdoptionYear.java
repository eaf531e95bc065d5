package org.corporateparenting.application.report;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.corporateparenting.domain.adoption.AdopterHousehold;
import org.corporateparenting.domain.adoption.AdoptionJourney;
import org.corporateparenting.domain.adoption.Milestone;
import org.corporateparenting.domain.adoption.SupportRequest;
import org.corporateparenting.domain.report.ReportingYear;

/**
 * One financial year of a council's adoption counts, gathered journey by journey and household by household for
 * {@link AdoptionYearFigures}; quarters are the year's (April to June first).
 */
final class AdoptionYear {

    static final String WITHIN_A10 = "Within " + AdoptionJourney.A1_THRESHOLD_DAYS + " days (the scorecard threshold)";
    static final String WITHIN_A2 = "Within " + AdoptionJourney.A2_THRESHOLD_DAYS + " days (the scorecard threshold)";
    static final String NOT_RECORDED = "Dates not recorded";
    static final String POOL_WAITING = "Approved, waiting for a match";

    private final ReportingYear year;
    final long[] decisions = new long[4];
    final long[] orders = new long[4];
    final long[] earlyPermanence = new long[4];
    final long[] placed = new long[4];
    final long[] adopted = new long[4];
    final long[] approvals = new long[4];
    final long[] waiting = new long[4];
    long waitingAged5;
    long waitingMinority;
    long waitingYear;
    long a10Days;
    long a10Children;
    long a2Days;
    long a2Children;
    long enquiries;
    long withdrew;
    final Map<String, Long> ended = new LinkedHashMap<>();
    final Map<String, Long> a10 = new LinkedHashMap<>();
    final Map<String, Long> a2 = new LinkedHashMap<>();
    final Map<String, Long> pool = new LinkedHashMap<>();
    final Map<String, Long> support = new LinkedHashMap<>();
    final Map<String, Long> supportFamilies = new LinkedHashMap<>();

    AdoptionYear(ReportingYear year) {
        this.year = year;
        ended.put("Placement order revoked", 0L);
        ended.put("Decision to place for adoption reversed", 0L);
        ended.put("Placement disrupted before the adoption order", 0L);
        a10.put(WITHIN_A10, 0L);
        a10.put("More than " + AdoptionJourney.A1_THRESHOLD_DAYS + " days", 0L);
        a10.put(NOT_RECORDED, 0L);
        a2.put(WITHIN_A2, 0L);
        a2.put("More than " + AdoptionJourney.A2_THRESHOLD_DAYS + " days", 0L);
        a2.put(NOT_RECORDED, 0L);
        for (String stage : List.of("Enquiry", "Stage one", "Stage two", POOL_WAITING, "Approved, matched with a child not yet adopted")) {
            pool.put(stage, 0L);
        }
        for (SupportRequest.Kind kind : SupportRequest.Kind.values()) {
            support.put(FosteringYearFigures.words(kind.name()), 0L);
        }
        supportFamilies.put("Adoptive families", 0L);
        supportFamilies.put("Special guardianship families", 0L);
    }

    void journey(AdoptionJourney j) {
        tally(decisions, j.dateOf(Milestone.SHOULD_BE_PLACED));
        tally(orders, j.dateOf(Milestone.PLACEMENT_ORDER));
        tally(earlyPermanence, j.dateOf(Milestone.EARLY_PERMANENCE));
        tally(placed, j.dateOf(Milestone.PLACED));
        if (year.contains(j.dateOf(Milestone.PLACEMENT_ORDER_REVOKED))) {
            ended.merge("Placement order revoked", 1L, Long::sum);
        }
        if (year.contains(j.dateOf(Milestone.DECISION_REVERSED))) {
            ended.merge("Decision to place for adoption reversed", 1L, Long::sum);
        }
        if (year.contains(j.dateOf(Milestone.DISRUPTED))) {
            ended.merge("Placement disrupted before the adoption order", 1L, Long::sum);
        }
        for (int q = 0; q < 4; q++) {
            waiting[q] += j.waitingForMatchOn(year.start().plusMonths(3L * (q + 1)).minusDays(1)) ? 1 : 0;
        }
        if (tally(adopted, j.dateOf(Milestone.ADOPTION_ORDER))) {
            Long toMovingIn = j.daysToMovingIn();
            Long toMatch = j.daysOrderToMatch();
            band(a10, toMovingIn, AdoptionJourney.A1_THRESHOLD_DAYS, WITHIN_A10);
            band(a2, toMatch, AdoptionJourney.A2_THRESHOLD_DAYS, WITHIN_A2);
            if (toMovingIn != null) {
                a10Days += toMovingIn;
                a10Children++;
            }
            if (toMatch != null) {
                a2Days += toMatch;
                a2Children++;
            }
        }
    }

    /** Counts a request for support received in the year, by what was asked and by whose family asked. */
    void support(SupportRequest r) {
        if (year.contains(r.getReceivedOn())) {
            support.merge(FosteringYearFigures.words(r.getKind().name()), 1L, Long::sum);
            supportFamilies.merge(r.getFamily() == SupportRequest.Family.ADOPTIVE ? "Adoptive families" : "Special guardianship families", 1L,
                    Long::sum);
        }
    }

    /** Counts the household's approval, and its place in the pool on 31 March (households that have adopted leave it). */
    void adopters(AdopterHousehold a, List<AdoptionJourney> journeys) {
        LocalDate end = year.end();
        tally(approvals, a.dateOf(AdopterHousehold.Stage.APPROVED));
        enquiries += year.contains(a.dateOf(AdopterHousehold.Stage.ENQUIRY)) ? 1 : 0;
        withdrew += year.contains(a.dateOf(AdopterHousehold.Stage.WITHDRAWN)) ? 1 : 0;
        switch (a.stageOn(end)) {
            case ENQUIRY -> pool.merge("Enquiry", 1L, Long::sum);
            case STAGE_ONE -> pool.merge("Stage one", 1L, Long::sum);
            case STAGE_TWO -> pool.merge("Stage two", 1L, Long::sum);
            case APPROVED -> approved(a, journeys, end);
            case WITHDRAWN -> {
            }
        }
    }

    private void approved(AdopterHousehold a, List<AdoptionJourney> journeys, LocalDate end) {
        boolean matched = false;
        boolean open = false;
        for (AdoptionJourney j : journeys) {
            if (j.getAdopters() != null && same(j.getAdopters(), a) && j.reachedBy(Milestone.MATCHED, end)) {
                matched = true;
                open |= !j.reachedBy(Milestone.ADOPTION_ORDER, end) && !j.reachedBy(Milestone.DISRUPTED, end);
            }
        }
        if (!matched) {
            pool.merge(POOL_WAITING, 1L, Long::sum);
        } else if (open) {
            pool.merge("Approved, matched with a child not yet adopted", 1L, Long::sum);
        }
    }

    /** The same household: by id once stored (a journey may hold a proxy), by identity before. */
    private static boolean same(AdopterHousehold one, AdopterHousehold other) {
        return one == other || one.getId() != null && Objects.equals(one.getId(), other.getId());
    }

    private boolean tally(long[] quarters, LocalDate date) {
        if (!year.contains(date)) {
            return false;
        }
        quarters[year.quarterOf(date) - 1]++;
        return true;
    }

    private static void band(Map<String, Long> bands, Long days, int threshold, String within) {
        String band = days == null ? NOT_RECORDED : days <= threshold ? within : "More than " + threshold + " days";
        bands.merge(band, 1L, Long::sum);
    }

    void references(String prefix, List<Reference> out) {
        String p = prefix + "ad.";
        out.add(Reference.count(p + "decisions", "Decisions that a child should be placed for adoption", sum(decisions)));
        out.add(Reference.count(p + "orders", "Placement orders made", sum(orders)));
        out.add(Reference.count(p + "earlyPermanence", "Children placed in early permanence", sum(earlyPermanence)));
        out.add(Reference.count(p + "placed", "Children who moved in with their adopters", sum(placed)));
        out.add(Reference.count(p + "adopted", "Adoption orders made", sum(adopted)));
        out.add(Reference.count(p + "ended", "Adoption plans that ended without an adoption order", CountTable.sum(ended)));
        out.add(Reference.count(p + "waiting", "Children waiting for a match on 31 March", waiting[3]));
        out.add(Reference.days(p + "a10Days", "Average days from entering care to moving in with the adopters (A10)", a10Days, a10Children));
        out.add(Reference.days(p + "a2Days", "Average days from the placement order to the match (A2)", a2Days, a2Children));
        out.add(Reference.percent(p + "a10WithinPct", "Share of children adopted who moved in within 426 days", a10.get(WITHIN_A10), a10Children));
        out.add(Reference.count(p + "adoptersApproved", "Adopter households approved", sum(approvals)));
        out.add(Reference.count(p + "adopterEnquiries", "Adopter enquiries received", enquiries));
        out.add(Reference.count(p + "adoptersWithdrew", "Adopter households who withdrew", withdrew));
        out.add(Reference.count(p + "adoptersWaiting", "Approved adopter households waiting for a match on 31 March", pool.get(POOL_WAITING)));
        out.add(Reference.count(p + "supportRequests", "Requests for adoption and special guardianship support received",
                CountTable.sum(support)));
        out.add(Reference.count(p + "supportFundApplications", "Applications to the Adoption and Special Guardianship Support Fund",
                support.get(FosteringYearFigures.words(SupportRequest.Kind.SUPPORT_FUND_APPLICATION.name()))));
        out.add(Reference.count(p + "adoptersInAssessment", "Adopter households in stage one or two on 31 March",
                pool.get("Stage one") + pool.get("Stage two")));
    }

    static long sum(long[] quarters) {
        return quarters[0] + quarters[1] + quarters[2] + quarters[3];
    }
}
