package org.corporateparenting.application.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.corporateparenting.domain.adoption.AdopterHousehold;
import org.corporateparenting.domain.adoption.AdoptionJourney;
import org.corporateparenting.domain.adoption.AdoptionJourneyRules;
import org.corporateparenting.domain.adoption.Milestone;
import org.corporateparenting.domain.careleaver.BirthdayCheck;
import org.corporateparenting.domain.careleaver.CareLeaver;
import org.corporateparenting.domain.careleaver.CareLeaverContact;
import org.corporateparenting.domain.careleaver.ContactMethod;
import org.corporateparenting.domain.careleaver.Eligibility;
import org.corporateparenting.domain.careleaver.LivingPeriod;
import org.corporateparenting.domain.careleaver.PathwayPlan;
import org.corporateparenting.domain.careleaver.StayingPut;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.education.Attendance;
import org.corporateparenting.domain.education.EducationRecord;
import org.corporateparenting.domain.episode.Episode;
import org.corporateparenting.domain.episode.PeriodOfCare;
import org.corporateparenting.domain.health.HealthAssessment;
import org.corporateparenting.domain.health.HealthCheck;
import org.corporateparenting.domain.health.MissingEpisode;
import org.corporateparenting.domain.review.Escalation;
import org.corporateparenting.domain.review.EscalationStage;
import org.corporateparenting.domain.review.EscalationStep;
import org.corporateparenting.domain.review.EscalationThemes;
import org.corporateparenting.domain.review.IroAllocation;
import org.corporateparenting.domain.review.LookedAfterReview;
import org.corporateparenting.domain.review.ReviewTimetable;

/**
 * The demo council's records about each child beyond episodes: reviews and IRO allocations, leaving
 * care, health and education, escalations and adoption journeys, all consistent with the episodes.
 */
final class DemoChildRecords {

    private final Draw draw;
    final List<LookedAfterReview> reviews = new ArrayList<>();
    final List<IroAllocation> iroAllocations = new ArrayList<>();
    /** Leaving-care, health, education and adoption records, in an order that can be persisted. */
    final List<Object> childRecords = new ArrayList<>();
    private final Set<String> attendanceYears = new HashSet<>();

    DemoChildRecords(Draw draw) {
        this.draw = draw;
    }

    /**
     * Reviews of each period of care by the statutory timetable, most on time, some late; the IRO
     * allocated from the first day of each period.
     */
    void reviewsOfChild(Child child, List<Episode> childEpisodes, LocalDate asAt) {
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

    private String participation(Child child, LocalDate on) {
        return child.ageOn(on) < 4 ? "PN0"
                : draw.weighted(new String[] {"PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7"},
                        new int[] {45, 8, 3, 4, 12, 20, 8});
    }

    /**
     * A care leaver's contacts (about every six weeks, now and then missed), accommodation and activity
     * from when support began, pathway plans every six months, and OC3 checks on the birthdays passed.
     */
    /** Now and then the IRO escalates a concern: informally, sometimes to stage 1, resolved within weeks. */
    void escalations(Child child, List<Episode> childEpisodes, LocalDate asAt) {
        for (PeriodOfCare period : PeriodOfCare.of(childEpisodes)) {
            LocalDate end = period.end() == null ? asAt : period.end().minusDays(1);
            if (!draw.chance(0.1) || !end.isAfter(period.start().plusDays(30))) {
                continue;
            }
            LocalDate raised = draw.dateBetween(period.start().plusDays(20), end);
            Escalation escalation = new Escalation(child, DemoDataLoader.IRO, raised, EscalationStage.INFORMAL,
                    Set.of(draw.oneOf(EscalationThemes.THEMES.codesIn(CollectionYear.containing(raised))).value()));
            childRecords.add(escalation);
            childRecords.add(new EscalationStep(escalation, EscalationStage.INFORMAL, raised));
            LocalDate last = raised;
            if (draw.chance(0.3) && raised.plusDays(14).isBefore(asAt)) {
                last = raised.plusDays(14);
                escalation.moveTo(EscalationStage.STAGE_1);
                childRecords.add(new EscalationStep(escalation, EscalationStage.STAGE_1, last));
            }
            LocalDate closed = last.plusDays(draw.between(5, 40));
            if (!closed.isAfter(asAt)) {
                escalation.close(closed, "Resolved with the child's social worker and team manager");
            }
        }
    }

    void leavingCareRecords(CareLeaver leaver, List<Episode> childEpisodes, LocalDate asAt) {
        LocalDate from = leaver.getEligibleFrom();
        for (LocalDate on = from.plusDays(draw.between(5, 30)); !on.isAfter(asAt); on = on.plusDays(draw.between(28, 60))) {
            ContactMethod method = draw.chance(0.6) ? ContactMethod.FACE_TO_FACE : draw.oneOf(List.of(ContactMethod.values()));
            childRecords.add(new CareLeaverContact(leaver, on, method, draw.chance(0.9), leaver.getPersonalAdviser()));
        }
        boolean stayingPut = childEpisodes.stream().anyMatch(e -> "E17".equals(e.getReasonCeased()));
        String home = stayingPut ? "Z" : leaver.getEligibility() == Eligibility.ELIGIBLE ? "C"
                : draw.weighted(new String[] {"U", "D", "E", "B", "W", "T"}, new int[] {40, 20, 15, 15, 3, 7});
        childRecords.add(new LivingPeriod(leaver, LivingPeriod.Kind.ACCOMMODATION, from, home, !"W".equals(home)));
        String activity = draw.weighted(new String[] {"F1", "F2", "F5", "P5", "G4", "G5", "G6"},
                new int[] {8, 25, 20, 7, 10, 25, 5});
        childRecords.add(new LivingPeriod(leaver, LivingPeriod.Kind.ACTIVITY, from, activity, null));
        Episode last = childEpisodes.get(childEpisodes.size() - 1);
        if (stayingPut && last.getHousehold() != null) {
            StayingPut stay = new StayingPut(leaver, last.getHousehold(), from);
            LocalDate twentyFirst = leaver.getChild().getDateOfBirth().plusYears(21);
            if (!twentyFirst.isAfter(asAt)) {
                stay.endOn(twentyFirst);
            }
            childRecords.add(stay);
        }
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
    void wellbeing(Child child, PeriodOfCare period, LocalDate asAt) {
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
        schooling(child, period.start(), end);
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

    /** Termly attendance for children of school age, an EHCP for some, a suspension now and then. */
    private void schooling(Child child, LocalDate from, LocalDate end) {
        for (int year = from.getMonthValue() >= 9 ? from.getYear() : from.getYear() - 1; ; year++) {
            LocalDate septemberFirst = LocalDate.of(year, 9, 1);
            if (septemberFirst.plusMonths(4).isAfter(end)) {
                break;
            }
            int age = child.ageOn(septemberFirst);
            if (septemberFirst.isBefore(from) || age < 5 || age > 15 || !attendanceYears.add(child.getChildRef() + year)) {
                continue;
            }
            int possible = 140;
            int attended = possible - draw.between(0, 24);
            childRecords.add(new Attendance(child, year, "AUTUMN", possible, attended, draw.between(0, possible - attended)));
            if (draw.chance(0.04)) {
                childRecords.add(new EducationRecord(child, EducationRecord.Kind.SUSPENSION, septemberFirst.plusDays(draw.between(30, 100)),
                        null, draw.between(1, 10)));
            }
        }
        LocalDate plan = from.plusDays(draw.between(10, 200));
        if (child.ageOn(from) >= 3 && draw.chance(0.12)) {
            childRecords.add(new EducationRecord(child, EducationRecord.Kind.EHCP, plan.isAfter(end) ? from : plan, null, null));
        }
    }

    /**
     * For a child placed for adoption (A5, A6), the journey read back from the episodes: the decision a
     * few weeks before the placement order (legal status E1), the match a few weeks before the placement,
     * the adoption order when the episode ended E11 or E12; adopters approved a few months before the match.
     */
    void adoptionJourney(Council council, Child child, List<Episode> childEpisodes) {
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
}
