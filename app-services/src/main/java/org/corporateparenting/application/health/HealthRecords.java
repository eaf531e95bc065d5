package org.corporateparenting.application.health;

import java.time.LocalDate;
import java.util.List;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.episode.Episode;
import org.corporateparenting.domain.episode.PeriodOfCare;
import org.corporateparenting.domain.health.HealthAssessment;
import org.corporateparenting.infrastructure.persistence.WellbeingRepository;

/** Assembles a child's health record and the next assessment due in the open period of care. */
final class HealthRecords {

    private HealthRecords() {
    }

    static HealthRecord of(Child child, WellbeingRepository repository, List<Episode> episodes, LocalDate today) {
        List<HealthAssessment> assessments = repository.assessmentsOf(child.getId());
        PeriodOfCare open = PeriodOfCare.containing(episodes, today).orElse(null);
        LocalDate nextDue = null;
        if (open != null) {
            List<HealthAssessment> inPeriod = assessments.stream()
                    .filter(a -> !a.getCompletedOn().isBefore(open.start())).toList();
            nextDue = inPeriod.isEmpty() ? HealthAssessment.initialDue(open.start())
                    : HealthAssessment.reviewDue(child, inPeriod.get(inPeriod.size() - 1).getCompletedOn());
        }
        return new HealthRecord(child.getId(),
                assessments.stream().map(a -> new HealthRecord.Assessment(a.getKind(), a.getDueDate(),
                        a.getCompletedOn(), a.wasOnTime())).toList(),
                nextDue, nextDue != null && nextDue.isBefore(today),
                repository.checksOf(child.getId()).stream().map(c -> new HealthRecord.Check(c.getKind(),
                        c.getCheckedOn(), c.getUpToDate(), c.getScore())).toList(),
                repository.missingOf(child.getId()).stream().map(m -> new HealthRecord.Missing(m.getId(),
                        m.getVersion(), m.getKind(), m.getStartDate(), m.getEndDate(), m.getInterviewOfferedOn(),
                        m.getInterviewAccepted())).toList());
    }
}
