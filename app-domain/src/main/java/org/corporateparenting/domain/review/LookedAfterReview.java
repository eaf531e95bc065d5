package org.corporateparenting.domain.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.shared.Recorded;

/**
 * A looked-after review held for a child, numbered within its period of care, with the date it was due
 * by the statutory timetable when it was held ({@link ReviewTimetable}), the chairing IRO and how the
 * child took part (SSDA903 PN code). On time means held on or before the due date.
 */
@Entity
@Table(name = "looked_after_review")
public class LookedAfterReview extends Recorded {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "child_id")
    private Child child;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(nullable = false)
    private int sequence;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "participation", nullable = false, length = 3)
    private String participation;

    @Column(name = "chaired_by", length = 60)
    private String chairedBy;

    @Column(name = "recommendations", length = 2000)
    private String recommendations;

    protected LookedAfterReview() {
    }

    public LookedAfterReview(Child child, LocalDate periodStart, int sequence, LocalDate dueDate, LocalDate heldOn,
            String participation, String chairedBy) {
        this.child = Objects.requireNonNull(child);
        this.periodStart = Objects.requireNonNull(periodStart);
        this.sequence = sequence;
        this.dueDate = Objects.requireNonNull(dueDate);
        this.heldOn = Objects.requireNonNull(heldOn);
        this.participation = Objects.requireNonNull(participation);
        this.chairedBy = chairedBy;
    }

    /** The recommendations the IRO made at the review (the review's record, IRO Handbook 2010, 3.73), if written. */
    public void recordRecommendations(String text) {
        this.recommendations = text;
    }

    public String getRecommendations() {
        return recommendations;
    }

    /**
     * Its number in the period of care and the date it was due, when a review loaded from earlier files comes before it
     * in the same period ({@link ReviewTimetable}).
     */
    public void placeInPeriod(int sequence, LocalDate dueDate) {
        this.sequence = sequence;
        this.dueDate = Objects.requireNonNull(dueDate);
    }

    public boolean wasOnTime() {
        return !heldOn.isAfter(dueDate);
    }

    public Child getChild() {
        return child;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public int getSequence() {
        return sequence;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getParticipation() {
        return participation;
    }

    public String getChairedBy() {
        return chairedBy;
    }
}
