package org.corporateparenting.domain.health;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.shared.Recorded;

/**
 * A time the child was missing from, or absent from, their placement (SSDA903 Missing file), with the
 * return home interview that should be offered within 72 hours of their return (Statutory guidance on
 * children who run away or go missing from home or care, 2014) and whether it was accepted.
 */
@Entity
@Table(name = "missing_episode")
public class MissingEpisode extends Recorded {

    /** SSDA903 MIS_TYPE: missing, or away without authorisation (absent). */
    public enum Kind { MISSING, ABSENT }

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "child_id")
    private Child child;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "interview_offered_on")
    private LocalDate interviewOfferedOn;

    @Column(name = "interview_accepted")
    private Boolean interviewAccepted;

    protected MissingEpisode() {
    }

    public MissingEpisode(Child child, Kind kind, LocalDate startDate, LocalDate endDate) {
        this.child = Objects.requireNonNull(child);
        this.kind = Objects.requireNonNull(kind);
        this.startDate = Objects.requireNonNull(startDate);
        this.endDate = endDate;
    }

    public void recordReturn(LocalDate on, LocalDate interviewOfferedOn, Boolean interviewAccepted) {
        this.endDate = on;
        this.interviewOfferedOn = interviewOfferedOn;
        this.interviewAccepted = interviewAccepted;
    }

    public Child getChild() {
        return child;
    }

    public Kind getKind() {
        return kind;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public LocalDate getInterviewOfferedOn() {
        return interviewOfferedOn;
    }

    public Boolean getInterviewAccepted() {
        return interviewAccepted;
    }
}
