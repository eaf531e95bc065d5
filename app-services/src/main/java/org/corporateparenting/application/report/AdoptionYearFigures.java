package org.corporateparenting.application.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corporateparenting.application.report.CountTable.Count;
import org.corporateparenting.domain.adoption.AdopterHousehold;
import org.corporateparenting.domain.adoption.AdoptionJourney;
import org.corporateparenting.domain.adoption.Milestone;
import org.corporateparenting.domain.adoption.SupportRequest;
import org.corporateparenting.domain.indicator.ChildHistory;
import org.corporateparenting.domain.indicator.CouncilHistory;
import org.corporateparenting.domain.indicator.Unit;
import org.corporateparenting.domain.report.ReportingYear;

/**
 * One council's adoption year in figures, this year beside last, as the regional adoption agencies report to each
 * council (the agencies' annual reports and the ASGLB quarterly data collection):
 * <ul>
 * <li>by quarter: "should be placed" decisions, placement orders, early permanence placements, children placed with
 * their adopters, adoption orders, adopter households approved;</li>
 * <li>children waiting for a match ({@link AdoptionJourney#waitingForMatchOn}, the board's ADO_FAMILY_FINDING rule) at
 * each quarter's end, and those waiting on 31 March the ASG calls harder to place (aged 5 or over, or from an ethnic
 * minority background other than White; disability and sibling groups are not recorded, so not counted);</li>
 * <li>timeliness of the children adopted in the year against the scorecard thresholds: A10, days from entering care to
 * moving in with the adopters (the early permanence placement where there was one), 426 days; A2, days from the
 * placement order to the match, 121 days; with England's averages from the council's benchmarks;</li>
 * <li>the adopter pool on 31 March by stage, and journeys ended without an adoption order;</li>
 * <li>requests for adoption and special guardianship support received, by what was asked and by family.</li>
 * </ul>
 * "Adopted in the year" is the adoption order's date, as the board's ADO_ADOPTED_R12 counts it for March.
 */
final class AdoptionYearFigures {

    static final String[] QUARTER_ENDS = {"30 June", "30 September", "31 December", "31 March"};
    static final List<String> QUARTERLY = List.of("decisions", "orders", "earlyPermanence", "placed", "adopted", "approvals");

    /** England's average for a scorecard measure, with the year it describes. */
    record England(BigDecimal days, String vintage) {
    }

    private AdoptionYearFigures() {
    }

    /**
     * {@code england}: England's averages by indicator code (ADO_A10_DAYS, ADO_A2_DAYS), where the council holds them;
     * {@code support}: the council's requests for adoption and special guardianship support.
     */
    static AnnualFigures of(CouncilHistory history, ReportingYear year, Map<String, England> england, List<SupportRequest> support) {
        AdoptionYear now = count(history, year, support);
        AdoptionYear before = count(history, year.previous(), support);
        List<CountTable> tables = new ArrayList<>();
        tables.add(quarterly("decisions", "Decisions that a child should be placed for adoption, by quarter", now.decisions, before.decisions));
        tables.add(quarterly("orders", "Placement orders made, by quarter", now.orders, before.orders));
        tables.add(quarterly("earlyPermanence", "Children placed in early permanence (fostering for adoption or concurrent planning), by quarter",
                now.earlyPermanence, before.earlyPermanence));
        tables.add(quarterly("placed", "Children who moved in with their adopters, by quarter", now.placed, before.placed));
        tables.add(quarterly("adopted", "Adoption orders made, by quarter", now.adopted, before.adopted));
        tables.add(CountTable.of("ended", "Adoption plans that ended without an adoption order", null, now.ended, before.ended, true, null));
        tables.add(waiting(now, before));
        tables.add(new CountTable("harder", "Children waiting for a match on 31 March whom the ASG calls harder to place", "of the children waiting",
                List.of(new Count("Aged 5 or over", now.waitingAged5, before.waitingAged5, now.waiting[3], before.waiting[3]),
                        new Count("From an ethnic minority background (other than White)", now.waitingMinority, before.waitingMinority,
                                now.waiting[3], before.waiting[3]),
                        new Count("Waiting 12 months or more since the placement order", now.waitingYear, before.waitingYear, now.waiting[3],
                                before.waiting[3])),
                null, "A child may be counted on more than one line. Disability and sibling groups are not yet recorded.", true));
        tables.add(CountTable.of("a10", "Children adopted: days from entering care to moving in with their adopters", "of children adopted",
                now.a10, before.a10, true, englandNote(england.get("ADO_A10_DAYS"), "A10")));
        tables.add(CountTable.of("a2", "Children adopted: days from the placement order to the match", "of children adopted", now.a2, before.a2,
                true, englandNote(england.get("ADO_A2_DAYS"), "A2")));
        tables.add(quarterly("approvals", "Adopter households approved, by quarter", now.approvals, before.approvals));
        tables.add(CountTable.of("pool", "Adopter households on 31 March, by stage", "of adopter households", now.pool, before.pool, true, null));
        tables.add(CountTable.of("support", "Requests for adoption and special guardianship support received, by what was asked", "of requests",
                now.support, before.support, true, null));
        tables.add(CountTable.of("supportFamilies", "Requests for support received, by family", "of requests", now.supportFamilies,
                before.supportFamilies, true, null));
        List<Reference> references = new ArrayList<>();
        now.references("", references);
        before.references("lastYear.", references);
        for (String measure : List.of("A10", "A2")) {
            England e = england.get("ADO_" + measure + "_DAYS");
            references.add(Reference.published("england." + measure.toLowerCase() + "Days", "England's average days, scorecard " + measure
                    + (e == null ? " (not held)" : " (" + e.vintage() + ")"), Unit.DAYS, e == null ? null : e.days()));
        }
        return new AnnualFigures(year.label(), year.previous().label(), tables, references);
    }

    private static AdoptionYear count(CouncilHistory history, ReportingYear year, List<SupportRequest> support) {
        AdoptionYear y = new AdoptionYear(year);
        LocalDate end = year.end();
        List<AdoptionJourney> journeys = new ArrayList<>();
        for (ChildHistory c : history.children()) {
            for (AdoptionJourney j : c.journeys()) {
                journeys.add(j);
                y.journey(j);
                if (j.waitingForMatchOn(end)) {
                    y.waitingAged5 += c.ageOn(end) >= 5 ? 1 : 0;
                    y.waitingMinority += minority(c.child().getEthnicity()) ? 1 : 0;
                    y.waitingYear += j.reachedBy(Milestone.PLACEMENT_ORDER, end.minusYears(1)) ? 1 : 0;
                }
            }
        }
        for (AdopterHousehold a : history.adopters()) {
            y.adopters(a, journeys);
        }
        support.forEach(y::support);
        return y;
    }

    /** The ASG's "ethnic minority (excludes White minorities)": any recorded code outside the White group. */
    static boolean minority(String ethnicity) {
        return ethnicity != null && !ethnicity.startsWith("W") && !ethnicity.equals("REFU") && !ethnicity.equals("NOBT");
    }

    private static CountTable quarterly(String key, String title, long[] now, long[] before) {
        Map<String, Long> thisYear = new LinkedHashMap<>();
        Map<String, Long> lastYear = new LinkedHashMap<>();
        for (int q = 0; q < 4; q++) {
            thisYear.put(IroYearFigures.QUARTERS[q], now[q]);
            lastYear.put(IroYearFigures.QUARTERS[q], before[q]);
        }
        return CountTable.of(key, title, null, thisYear, lastYear, true, null);
    }

    private static CountTable waiting(AdoptionYear now, AdoptionYear before) {
        List<Count> parts = new ArrayList<>();
        for (int q = 0; q < 4; q++) {
            parts.add(Count.of(QUARTER_ENDS[q], now.waiting[q], before.waiting[q]));
        }
        return new CountTable("waiting", "Children with a placement order waiting for a match, at each quarter's end", null, parts, null,
                "Counts on a day, so they are not added up.", true);
    }

    private static String englandNote(England e, String measure) {
        return e == null ? "England's average is not held: add it to the benchmarks (code ADO_" + measure + "_DAYS)."
                : "England's average (scorecard " + measure + ", " + e.vintage() + "): " + Unit.DAYS.written(e.days()) + " days.";
    }
}
