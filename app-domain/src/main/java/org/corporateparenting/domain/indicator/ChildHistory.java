package org.corporateparenting.domain.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.corporateparenting.domain.adoption.AdoptionJourney;
import org.corporateparenting.domain.careleaver.BirthdayCheck;
import org.corporateparenting.domain.careleaver.CareLeaver;
import org.corporateparenting.domain.careleaver.CareLeaverContact;
import org.corporateparenting.domain.careleaver.LivingPeriod;
import org.corporateparenting.domain.careleaver.PathwayPlan;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.child.UascPeriod;
import org.corporateparenting.domain.education.Attendance;
import org.corporateparenting.domain.education.EducationRecord;
import org.corporateparenting.domain.episode.Episode;
import org.corporateparenting.domain.episode.LookedAfter;
import org.corporateparenting.domain.episode.PeriodOfCare;
import org.corporateparenting.domain.health.HealthAssessment;
import org.corporateparenting.domain.health.HealthCheck;
import org.corporateparenting.domain.health.MissingEpisode;
import org.corporateparenting.domain.household.FosterHousehold;
import org.corporateparenting.domain.review.Escalation;
import org.corporateparenting.domain.review.LookedAfterReview;

/**
 * Everything recorded about one child, gathered once so that every indicator and every month reads it
 * without another query. Looked after is {@link LookedAfter}'s: an SSDA903 episode open at the end of the day, other
 * than an agreed series of short breaks (legal status V3/V4), which are left out of the child's episodes here.
 */
public final class ChildHistory {

    /** Reasons for a new episode that mean the child moved to a different carer (see PLC_STAB_3PLUS). */
    public static final Set<String> NEW_CARER = Set.of("S", "P", "T");

    private final Child child;
    final List<Episode> episodes = new ArrayList<>();
    final List<UascPeriod> uasc = new ArrayList<>();
    final List<HealthAssessment> assessments = new ArrayList<>();
    final List<HealthCheck> checks = new ArrayList<>();
    final List<MissingEpisode> missing = new ArrayList<>();
    final List<EducationRecord> education = new ArrayList<>();
    final List<Attendance> attendance = new ArrayList<>();
    final List<LookedAfterReview> reviews = new ArrayList<>();
    final List<Escalation> escalations = new ArrayList<>();
    final List<AdoptionJourney> journeys = new ArrayList<>();
    final List<LivingPeriod> living = new ArrayList<>();
    final List<PathwayPlan> plans = new ArrayList<>();
    final List<CareLeaverContact> contacts = new ArrayList<>();
    final List<BirthdayCheck> birthdayChecks = new ArrayList<>();
    CareLeaver careLeaver;
    private List<PeriodOfCare> periods = List.of();
    private LocalDate relevantFrom;
    private LocalDate relevantUntil;

    ChildHistory(Child child) {
        this.child = child;
    }

    /** Orders the records and derives the periods of care; called once all records are added. */
    void seal() {
        episodes.removeIf(e -> !LookedAfter.counts(e));
        episodes.sort(Comparator.comparing(Episode::getStartDate));
        periods = PeriodOfCare.of(episodes);
        checks.sort(Comparator.comparing(HealthCheck::getCheckedOn));
        assessments.sort(Comparator.comparing(HealthAssessment::getDueDate));
        plans.sort(Comparator.comparing(PathwayPlan::getCompletedOn));
        contacts.sort(Comparator.comparing(CareLeaverContact::getContactDate));
        relevantFrom = periods.isEmpty() ? child.getDateOfBirth() : periods.get(0).start();
        LocalDate lastEnd = periods.stream().map(p -> p.end() == null ? LocalDate.MAX : p.end())
                .max(Comparator.naturalOrder()).orElse(child.getDateOfBirth());
        LocalDate until = lastEnd.equals(LocalDate.MAX) ? lastEnd : lastEnd.plusMonths(13);
        if (careLeaver != null || !journeys.isEmpty()) {
            until = LocalDate.MAX;
        }
        relevantUntil = until;
    }

    public Child child() {
        return child;
    }

    /**
     * Every record gathered for the child (the child first), so the same child can be gathered again as the records
     * stood at an earlier time ({@link CouncilHistory#replace}).
     */
    public List<Object> records() {
        List<Object> all = new ArrayList<>();
        all.add(child);
        if (careLeaver != null) {
            all.add(careLeaver);
        }
        for (List<?> list : List.of(episodes, uasc, assessments, checks, missing, education, attendance, reviews, escalations, journeys,
                living, plans, contacts, birthdayChecks)) {
            all.addAll(list);
        }
        return all;
    }

    public Long id() {
        return child.getId();
    }

    public int ageOn(LocalDate date) {
        return child.ageOn(date);
    }

    /** Whether any indicator could count the child in the month (months outside are skipped). */
    public boolean relevantIn(ReportingMonth month) {
        return !month.end().isBefore(relevantFrom) && !month.start().isAfter(relevantUntil)
                && !month.end().isBefore(child.getDateOfBirth());
    }

    public List<Episode> episodes() {
        return episodes;
    }

    public List<PeriodOfCare> periods() {
        return periods;
    }

    /** The episode the child was looked after under at the end of the date, or null. */
    public Episode episodeAt(LocalDate date) {
        for (int i = episodes.size() - 1; i >= 0; i--) {
            Episode e = episodes.get(i);
            if (!e.getStartDate().isAfter(date)) {
                return e.getEndDate() == null || e.getEndDate().isAfter(date) ? e : null;
            }
        }
        return null;
    }

    /**
     * The council's own foster household the child in care lives with at the end of the date, or null: the household
     * of the episode the child is looked after under (SSDA903 placement with the council's own carers, PR1, joined to
     * the household), whether or not the household's approval was still in force that day. The one rule for "children
     * with the council's foster carers", in the board's dataset and in every report.
     */
    public FosterHousehold ownHouseholdAt(LocalDate date) {
        Episode e = episodeAt(date);
        return e == null ? null : e.getHousehold();
    }

    public boolean lookedAfterAt(LocalDate date) {
        return episodeAt(date) != null;
    }

    /** The period of care open at the end of the date, or null. */
    public PeriodOfCare periodAt(LocalDate date) {
        for (PeriodOfCare p : periods) {
            if (p.covers(date)) {
                return p;
            }
        }
        return null;
    }

    /** Looked after at the end of the date, continuously for at least {@code months} months by then. */
    public boolean continuouslyFor(LocalDate date, int months) {
        PeriodOfCare period = periodAt(date);
        return period != null && !period.start().isAfter(date.minusMonths(months));
    }

    /** Whether the child was looked after on any day from {@code from} to {@code to}. */
    public boolean lookedAfterDuring(LocalDate from, LocalDate to) {
        for (Episode e : episodes) {
            if (!e.getStartDate().isAfter(to) && (e.getEndDate() == null || e.getEndDate().isAfter(from))) {
                return true;
            }
        }
        return false;
    }

    /** Periods of care that started within the dates (inclusive). */
    public List<PeriodOfCare> periodsStarted(LocalDate from, LocalDate to) {
        return periods.stream().filter(p -> Window.within(p.start(), from, to)).toList();
    }

    /** Periods of care that ended within the dates (inclusive). */
    public List<PeriodOfCare> periodsEnded(LocalDate from, LocalDate to) {
        return periods.stream().filter(p -> Window.within(p.end(), from, to)).toList();
    }

    /** The episode that ended the period of care (its reason ceased is the period's). */
    public Episode lastEpisodeOf(PeriodOfCare period) {
        Episode last = null;
        for (Episode e : episodes) {
            if (!e.getStartDate().isBefore(period.start()) && (period.end() == null || !e.getStartDate().isAfter(period.end()))) {
                last = e;
            }
        }
        return last;
    }

    /**
     * Placements with any day in the dates: an episode starts a new placement when the child moved to a
     * different carer (reason for new episode S, P or T); temporary placements (T0 to T4) are not counted.
     */
    public int placementsDuring(LocalDate from, LocalDate to) {
        int count = 0;
        for (int i = 0; i < episodes.size(); i++) {
            Episode e = episodes.get(i);
            if (!NEW_CARER.contains(e.getReasonNew()) || isTemporary(e)) {
                continue;
            }
            LocalDate end = placementEnd(i);
            if (!e.getStartDate().isAfter(to) && (end == null || end.isAfter(from))) {
                count++;
            }
        }
        return count;
    }

    private LocalDate placementEnd(int index) {
        LocalDate end = episodes.get(index).getEndDate();
        for (int j = index + 1; j < episodes.size() && end != null; j++) {
            Episode next = episodes.get(j);
            if (!next.getStartDate().equals(end) || NEW_CARER.contains(next.getReasonNew()) || isTemporary(next)) {
                break;
            }
            end = next.getEndDate();
        }
        return end;
    }

    private static boolean isTemporary(Episode e) {
        return e.getPlacementType() != null && e.getPlacementType().startsWith("T");
    }

    /**
     * When the child's placement at the end of the date began: the start of the episode that moved them to
     * their current carer. For a child placed for adoption (A3 to A6) the placement before counts too
     * (DfE long-term stability: the adoptive placement and the one before it together).
     */
    public LocalDate placementStartAt(LocalDate date) {
        Episode current = episodeAt(date);
        if (current == null) {
            return null;
        }
        int index = episodes.indexOf(current);
        int start = index;
        while (start > 0 && !NEW_CARER.contains(episodes.get(start).getReasonNew())
                && episodes.get(start - 1).getEndDate() != null
                && episodes.get(start - 1).getEndDate().equals(episodes.get(start).getStartDate())) {
            start--;
        }
        String type = current.getPlacementType();
        if (type != null && type.matches("A[3-6]") && start > 0
                && episodes.get(start - 1).getEndDate() != null
                && episodes.get(start - 1).getEndDate().equals(episodes.get(start).getStartDate())) {
            start--;
            while (start > 0 && !NEW_CARER.contains(episodes.get(start).getReasonNew())) {
                start--;
            }
        }
        return episodes.get(start).getStartDate();
    }

    public boolean uascOn(LocalDate date) {
        return uasc.stream().anyMatch(u -> !u.getStartDate().isAfter(date)
                && (u.getEndDate() == null || !u.getEndDate().isBefore(date)));
    }

    public List<HealthAssessment> assessments() {
        return assessments;
    }

    public List<HealthCheck> checks(HealthCheck.Kind kind) {
        return checks.stream().filter(c -> c.getKind() == kind).toList();
    }

    /** The latest check of the kind on or before the date, or null. */
    public HealthCheck latestCheck(HealthCheck.Kind kind, LocalDate onOrBefore) {
        HealthCheck latest = null;
        for (HealthCheck c : checks) {
            if (c.getKind() == kind && !c.getCheckedOn().isAfter(onOrBefore)) {
                latest = c;
            }
        }
        return latest;
    }

    public List<MissingEpisode> missing() {
        return missing;
    }

    public List<EducationRecord> education(EducationRecord.Kind kind) {
        return education.stream().filter(r -> r.getKind() == kind).toList();
    }

    public List<Attendance> attendance() {
        return attendance;
    }

    public List<LookedAfterReview> reviews() {
        return reviews;
    }

    public List<Escalation> escalations() {
        return escalations;
    }

    public List<AdoptionJourney> journeys() {
        return journeys;
    }

    public CareLeaver careLeaver() {
        return careLeaver;
    }

    /** The care leaver's accommodation or activity at the end of the date, or null. */
    public LivingPeriod livingAt(LivingPeriod.Kind kind, LocalDate date) {
        for (LivingPeriod p : living) {
            if (p.getKind() == kind && p.coversDate(date)) {
                return p;
            }
        }
        return null;
    }

    public List<PathwayPlan> plans() {
        return plans;
    }

    public List<CareLeaverContact> contacts() {
        return contacts;
    }

    public List<BirthdayCheck> birthdayChecks() {
        return birthdayChecks;
    }
}
