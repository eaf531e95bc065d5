package org.corporateparenting.application.health;

import java.time.LocalDate;
import java.util.List;
import org.corporateparenting.domain.health.HealthAssessment;
import org.corporateparenting.domain.health.HealthCheck;
import org.corporateparenting.domain.health.MissingEpisode;

/** A child's health and safety records, with the next health assessment due while looked after. */
public record HealthRecord(long childId, List<Assessment> assessments, LocalDate nextAssessmentDue,
        boolean assessmentOverdue, List<Check> checks, List<Missing> missingEpisodes) {

    /** A health assessment. */
    public record Assessment(HealthAssessment.Kind kind, LocalDate dueDate, LocalDate completedOn, boolean onTime) {
    }

    /** A dental, immunisation, SDQ or health passport record. */
    public record Check(HealthCheck.Kind kind, LocalDate checkedOn, Boolean upToDate, Integer score) {
    }

    /** A missing or absent episode. */
    public record Missing(long id, int version, MissingEpisode.Kind kind, LocalDate startDate, LocalDate endDate,
            LocalDate interviewOfferedOn, Boolean interviewAccepted) {
    }
}
