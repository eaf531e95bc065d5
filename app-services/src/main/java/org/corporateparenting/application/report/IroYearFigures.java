package org.corporateparenting.application.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.corporateparenting.application.report.CountTable.Count;
import org.corporateparenting.domain.code.Code;
import org.corporateparenting.domain.code.Ssda903Codes;
import org.corporateparenting.domain.indicator.ChildHistory;
import org.corporateparenting.domain.indicator.CouncilHistory;
import org.corporateparenting.domain.report.ReportingYear;
import org.corporateparenting.domain.review.Escalation;
import org.corporateparenting.domain.review.EscalationStage;
import org.corporateparenting.domain.review.EscalationThemes;
import org.corporateparenting.domain.review.LookedAfterReview;

/**
 * The IRO service's year in figures for its annual report (the IRO Handbook 2010, ch. 7, asks the service manager
 * for a yearly report to the corporate parenting board), each counted from the case records, this year beside last:
 * <ul>
 * <li>children in care on 31 March by the SSDA903 rule the board's CIC_COUNT uses (looked after at the year end,
 * short breaks excluded), by age on that day in the DfE's bands, by sex and by the open episode's legal status;</li>
 * <li>children who started or stopped being looked after in the year (periods of care, not episodes);</li>
 * <li>reviews held in the year by quarter, and those held by their statutory due date;</li>
 * <li>participation by SSDA903 code; the participation rate is PN1 to PN6 over the reviews of children aged 4 or
 * over with a code (PN0 and unrecorded left out) — a local measure: the DfE publishes the codes, not a rate;</li>
 * <li>escalations concluded in the year by the stage they had reached, and raised in the year by theme (one
 * escalation may have several themes);</li>
 * <li>IRO caseloads on 31 March: children in care allocated to each IRO (given, as the repository counts them).</li>
 * </ul>
 */
final class IroYearFigures {

    static final String[] AGE_BANDS = {"Under 1", "1 to 4", "5 to 9", "10 to 15", "16 and over"};
    static final String[] QUARTERS = {"April to June", "July to September", "October to December", "January to March"};
    static final String NOT_RECORDED = "Not recorded";

    private IroYearFigures() {
    }

    /** {@code caseloads} and {@code lastCaseloads}: children allocated per IRO on each year's 31 March. */
    static AnnualFigures of(CouncilHistory history, ReportingYear year, Map<String, Long> caseloads, Map<String, Long> lastCaseloads) {
        Year now = count(history, year, caseloads);
        Year before = count(history, year.previous(), lastCaseloads);
        List<CountTable> tables = new ArrayList<>();
        tables.add(table("age", "Children in care on 31 March, by age", "of children in care", now.age, before.age, true, null));
        tables.add(table("sex", "Children in care on 31 March, by sex", "of children in care", now.sex, before.sex, true, null));
        tables.add(table("legal", "Children in care on 31 March, by legal status", "of children in care", now.legal, before.legal, true, null));
        tables.add(table("movement", "Children who came into or left care during the year", null, now.movement, before.movement, false, null));
        tables.add(table("reviews", "Reviews held, by quarter", "of reviews held", now.held, before.held, true, null));
        tables.add(onTime(now, before));
        tables.add(table("participation", "How children took part in their reviews (SSDA903 codes)", "of reviews held", now.participation,
                before.participation, true, "PN0: aged under 4; PN1 to PN6: took part in person, through an advocate or by another means; "
                        + "PN7: did not take part."));
        tables.add(table("escalations", "Escalations concluded, by the stage they reached", "of escalations concluded", now.stages,
                before.stages, true, null));
        tables.add(table("themes", "Escalations raised, by theme", null, now.themes, before.themes, false,
                "An escalation may have more than one theme, so the themes add up to more than the escalations raised."));
        // IROs' workloads, printed whole as the words quote them ("1 IRO", never "<6" beside it): a count of staff, and of
        // children allocated that is the children in care the report prints anyway
        tables.add(table("caseloads", "IRO caseloads on 31 March", null, now.caseloads, before.caseloads, false, null).aboutChildren(false));
        List<Reference> references = new ArrayList<>();
        now.references("", references);
        before.references("lastYear.", references);
        return new AnnualFigures(year.label(), year.previous().label(), tables, references);
    }

    private static Year count(CouncilHistory history, ReportingYear year, Map<String, Long> caseloads) {
        Year y = new Year();
        LocalDate end = year.end();
        for (String band : AGE_BANDS) {
            y.age.put(band, 0L);
        }
        for (ChildHistory c : history.children()) {
            if (c.lookedAfterAt(end)) {
                y.inCare++;
                y.age.merge(ageBand(c.ageOn(end)), 1L, Long::sum);
                y.sex.merge(sex(c.child().getSex()), 1L, Long::sum);
                y.legal.merge(legalStatus(c.episodeAt(end).getLegalStatus()), 1L, Long::sum);
            }
            y.started += c.periodsStarted(year.start(), end).size();
            y.ceased += c.periodsEnded(year.start(), end).size();
            for (LookedAfterReview r : c.reviews()) {
                if (year.contains(r.getHeldOn())) {
                    int q = year.quarterOf(r.getHeldOn()) - 1;
                    y.heldIn[q]++;
                    y.onTimeIn[q] += r.wasOnTime() ? 1 : 0;
                    y.participation.merge(r.getParticipation() == null ? NOT_RECORDED : r.getParticipation(), 1L, Long::sum);
                }
            }
            for (Escalation e : c.escalations()) {
                if (year.contains(e.getRaisedOn())) {
                    y.raised++;
                    e.getThemes().forEach(t -> y.themes.merge(theme(t), 1L, Long::sum));
                }
                if (year.contains(e.getClosedOn())) {
                    y.stageCounts.merge(e.getStage(), 1L, Long::sum);
                }
            }
        }
        y.finish(caseloads);
        return y;
    }

    static String ageBand(int age) {
        return age < 1 ? AGE_BANDS[0] : age < 5 ? AGE_BANDS[1] : age < 10 ? AGE_BANDS[2] : age < 16 ? AGE_BANDS[3] : AGE_BANDS[4];
    }

    private static String sex(String code) {
        return "1".equals(code) ? "Boys" : "2".equals(code) ? "Girls" : NOT_RECORDED;
    }

    private static String legalStatus(String code) {
        return Ssda903Codes.LEGAL_STATUS.find(code).map(Code::label).map(l -> code + ": " + l).orElse(code);
    }

    private static String theme(String code) {
        return EscalationThemes.THEMES.find(code).map(Code::label).orElse(code);
    }

    private static CountTable table(String key, String title, String shareOf, Map<String, Long> now, Map<String, Long> before,
            boolean totalled, String note) {
        return CountTable.of(key, title, shareOf, now, before, totalled, note);
    }

    private static CountTable onTime(Year now, Year before) {
        List<Count> parts = new ArrayList<>();
        for (int q = 0; q < 4; q++) {
            parts.add(new Count(QUARTERS[q], now.onTimeIn[q], before.onTimeIn[q], now.heldIn[q], before.heldIn[q]));
        }
        return new CountTable("onTime", "Reviews held on time, by quarter (share of the quarter's reviews)", "of the reviews held",
                parts, new Count("Year", now.onTime(), before.onTime(), now.held(), before.held()), SharedFigures.REVIEWS_ON_TIME, true);
    }


    /** One year's counts, gathered in one pass over the children. */
    private static final class Year {
        long inCare;
        long started;
        long ceased;
        long raised;
        final long[] heldIn = new long[4];
        final long[] onTimeIn = new long[4];
        final Map<String, Long> age = new LinkedHashMap<>();
        final Map<String, Long> sex = new TreeMap<>();
        final Map<String, Long> legal = new TreeMap<>();
        final Map<String, Long> movement = new LinkedHashMap<>();
        final Map<String, Long> held = new LinkedHashMap<>();
        final Map<String, Long> participation = new TreeMap<>();
        final Map<EscalationStage, Long> stageCounts = new EnumMap<>(EscalationStage.class);
        final Map<String, Long> stages = new LinkedHashMap<>();
        final Map<String, Long> themes = new TreeMap<>();
        final Map<String, Long> caseloads = new LinkedHashMap<>();
        long iros;
        long allocated;

        void finish(Map<String, Long> iroCaseloads) {
            movement.put("Started to be looked after", started);
            movement.put("Stopped being looked after", ceased);
            for (int q = 0; q < 4; q++) {
                held.put(QUARTERS[q], heldIn[q]);
            }
            for (EscalationStage s : EscalationStage.values()) {
                stages.put(s == EscalationStage.INFORMAL ? "Informal" : "Stage " + s.name().substring("STAGE_".length()),
                        stageCounts.getOrDefault(s, 0L));
            }
            iros = iroCaseloads.size();
            allocated = iroCaseloads.values().stream().mapToLong(Long::longValue).sum();
            caseloads.put("IROs with children allocated", iros);
            caseloads.put("Children allocated to an IRO", allocated);
            caseloads.put("Largest caseload", iroCaseloads.values().stream().mapToLong(Long::longValue).max().orElse(0));
        }

        long held() {
            return heldIn[0] + heldIn[1] + heldIn[2] + heldIn[3];
        }

        long onTime() {
            return onTimeIn[0] + onTimeIn[1] + onTimeIn[2] + onTimeIn[3];
        }

        void references(String prefix, List<Reference> out) {
            long coded = participation.entrySet().stream().filter(e -> !e.getKey().equals("PN0") && !e.getKey().equals(NOT_RECORDED))
                    .mapToLong(Map.Entry::getValue).sum();
            long tookPart = participation.entrySet().stream().filter(e -> e.getKey().matches("PN[1-6]")).mapToLong(Map.Entry::getValue).sum();
            long concluded = stageCounts.values().stream().mapToLong(Long::longValue).sum();
            out.add(Reference.count(prefix + "cic.yearEnd", "Children in care on 31 March", inCare));
            out.add(Reference.count(prefix + "cic.started", "Children who started to be looked after in the year", started));
            out.add(Reference.count(prefix + "cic.ceased", "Children who stopped being looked after in the year", ceased));
            out.add(Reference.count(prefix + "reviews.held", "Reviews held in the year", held()));
            out.add(Reference.count(prefix + "reviews.onTime", "Reviews held on time", onTime()));
            out.add(Reference.percent(prefix + "reviews.onTimePct", "Share of the reviews held that were on time (each review counted)", onTime(), held()));
            out.add(Reference.percent(prefix + "participation.pct", "Share of reviews (children aged 4 or over) the child took part in",
                    tookPart, coded));
            out.add(Reference.count(prefix + "escalations.raised", "Escalations raised in the year", raised));
            out.add(Reference.count(prefix + "escalations.concluded", "Escalations concluded in the year", concluded));
            out.add(Reference.count(prefix + "iro.count", "IROs with children allocated on 31 March", iros).aboutStaff());
            out.add(Reference.average(prefix + "iro.averageCaseload", "Average IRO caseload on 31 March", allocated, iros).aboutStaff());
        }
    }
}
