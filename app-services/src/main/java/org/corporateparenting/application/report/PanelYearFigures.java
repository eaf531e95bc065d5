package org.corporateparenting.application.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corporateparenting.domain.recruitment.PanelCase;
import org.corporateparenting.domain.recruitment.PanelMeeting;
import org.corporateparenting.domain.report.ReportingYear;

/**
 * The fostering panel's year in figures for its chair's annual report (Fostering Services (England) Regulations
 * 2011, regs. 23 to 27, and National Minimum Standard 14), this year beside last, from the panel's records: meetings
 * held and cancelled; how soon each meeting's minutes were written (against {@link #MINUTES_DAYS}); cases heard at the year's meetings by type; the panel's recommendations; and the agency decision
 * maker's decisions on them, so decisions that differ from the panel's recommendation can be read.
 */
final class PanelYearFigures {

    /**
     * Days from a meeting to its minutes the service aims for: a local standard, not a national one (a council's panel chair
     * reports minutes "finalised with the agency decision maker generally within 7 days"; the regulations set no time).
     */
    static final int MINUTES_DAYS = 7;
    static final List<String> MINUTES_BANDS = List.of("Within " + MINUTES_DAYS + " days", MINUTES_DAYS + 1 + " to " + 2 * MINUTES_DAYS
            + " days", "More than " + 2 * MINUTES_DAYS + " days", "Minutes not yet recorded");

    private PanelYearFigures() {
    }

    static AnnualFigures of(List<PanelMeeting> meetings, List<PanelCase> cases, ReportingYear year) {
        Year now = count(meetings, cases, year);
        Year before = count(meetings, cases, year.previous());
        List<CountTable> tables = new ArrayList<>();
        tables.add(table("meetings", "Panel meetings booked during the year", null, now.meetings, before.meetings, false));
        tables.add(table("minutes", "Meetings held, by days from the meeting to its minutes", "of meetings held", now.minutes, before.minutes,
                false));
        tables.add(table("cases", "Cases heard during the year, by type", "of cases heard", now.types, before.types, true));
        tables.add(table("recommendations", "The panel's recommendations", "of cases heard", now.recommendations, before.recommendations, true));
        tables.add(table("decisions", "The agency decision maker's decisions on the year's cases", "of cases heard", now.decisions,
                before.decisions, true));
        List<Reference> references = new ArrayList<>();
        now.references("", references);
        before.references("lastYear.", references);
        return new AnnualFigures(year.label(), year.previous().label(), tables, references);
    }

    private static Year count(List<PanelMeeting> meetings, List<PanelCase> cases, ReportingYear year) {
        Year y = new Year();
        y.meetings.put("Held", 0L);
        y.meetings.put("Cancelled", 0L);
        PanelCase.CASE_TYPES.forEach(t -> y.types.put(FosteringYearFigures.words(t), 0L));
        PanelCase.RECOMMENDATIONS.forEach(r -> y.recommendations.put(FosteringYearFigures.words(r), 0L));
        PanelCase.DECISIONS.forEach(d -> y.decisions.put(FosteringYearFigures.words(d), 0L));
        y.decisions.put("Not yet decided", 0L);
        for (String band : MINUTES_BANDS) {
            y.minutes.put(band, 0L);
        }
        for (PanelMeeting m : meetings) {
            if (year.contains(m.getMeetingDate())) {
                String status = m.statusOn(LocalDate.now());
                y.meetings.merge(status, 1L, Long::sum);
                if (status.equals("Held")) {
                    y.minutes.merge(minutesBand(m), 1L, Long::sum);
                }
            }
        }
        for (PanelCase c : cases) {
            if (year.contains(c.getMeeting().getMeetingDate()) && !c.getMeeting().isCancelled()) {
                y.types.merge(FosteringYearFigures.words(c.getCaseType()), 1L, Long::sum);
                y.recommendations.merge(FosteringYearFigures.words(c.getRecommendation()), 1L, Long::sum);
                y.decisions.merge(c.getDecision() == null ? "Not yet decided" : FosteringYearFigures.words(c.getDecision()), 1L, Long::sum);
            }
        }
        return y;
    }

    /** Within the local standard, within twice it, later, or not yet written. */
    private static String minutesBand(PanelMeeting m) {
        if (m.getMinutesOn() == null) {
            return MINUTES_BANDS.get(3);
        }
        long days = ChronoUnit.DAYS.between(m.getMeetingDate(), m.getMinutesOn());
        return MINUTES_BANDS.get(days <= MINUTES_DAYS ? 0 : days <= 2L * MINUTES_DAYS ? 1 : 2);
    }

    private static CountTable table(String key, String title, String shareOf, Map<String, Long> now, Map<String, Long> before,
            boolean aboutHouseholds) {
        return CountTable.of(key, title, shareOf, now, before, true, null).aboutChildren(aboutHouseholds);
    }

    /** One year's counts. */
    private static final class Year {
        final Map<String, Long> meetings = new LinkedHashMap<>();
        final Map<String, Long> minutes = new LinkedHashMap<>();
        final Map<String, Long> types = new LinkedHashMap<>();
        final Map<String, Long> recommendations = new LinkedHashMap<>();
        final Map<String, Long> decisions = new LinkedHashMap<>();

        void references(String prefix, List<Reference> out) {
            long held = meetings.get("Held");
            long heard = CountTable.sum(types);
            out.add(Reference.count(prefix + "panel.held", "Panel meetings held", held).aboutStaff());
            out.add(Reference.count(prefix + "panel.cancelled", "Panel meetings cancelled", meetings.get("Cancelled")).aboutStaff());
            out.add(Reference.count(prefix + "panel.cases", "Cases heard at the year's meetings", heard));
            out.add(Reference.percent(prefix + "panel.minutesOnTimePct", "Share of meetings held whose minutes were written within "
                    + MINUTES_DAYS + " days", minutes.get(MINUTES_BANDS.get(0)), held).aboutStaff());
            out.add(Reference.average(prefix + "panel.casesPerMeeting", "Average cases heard at a meeting held", heard, held));
            out.add(Reference.percent(prefix + "panel.positivePct", "Share of cases with a positive recommendation",
                    recommendations.getOrDefault("Positive", 0L), heard));
            out.add(Reference.count(prefix + "panel.decisionsDiffering", "Decisions that did not agree with the panel or varied it",
                    decisions.getOrDefault("Not agreed", 0L) + decisions.getOrDefault("Varied", 0L)));
        }

    }
}
