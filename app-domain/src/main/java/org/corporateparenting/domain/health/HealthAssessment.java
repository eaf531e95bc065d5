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
import org.corporateparenting.domain.review.WorkingDays;
import org.corporateparenting.domain.shared.Recorded;

/**
 * A statutory health assessment with the date it was due: the initial assessment within 20 working days
 * of the child becoming looked after, then review assessments every six months before the fifth
 * birthday and every twelve months from it (Promoting the health and well-being of looked-after children,
 * 2015, and the Care Planning Regulations 2010, Sch. 1).
 */
@Entity
@Table(name = "health_assessment")
public class HealthAssessment extends Recorded {

    /** Initial or review assessment. */
    public enum Kind { INITIAL, REVIEW }

    public static final int INITIAL_WORKING_DAYS = 20;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "child_id")
    private Child child;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "completed_on", nullable = false)
    private LocalDate completedOn;

    protected HealthAssessment() {
    }

    public HealthAssessment(Child child, Kind kind, LocalDate dueDate, LocalDate completedOn) {
        this.child = Objects.requireNonNull(child);
        this.kind = Objects.requireNonNull(kind);
        this.dueDate = Objects.requireNonNull(dueDate);
        this.completedOn = Objects.requireNonNull(completedOn);
    }

    /** When the initial assessment of a period of care starting on {@code periodStart} is due. */
    public static LocalDate initialDue(LocalDate periodStart) {
        return WorkingDays.plusWorkingDays(periodStart, INITIAL_WORKING_DAYS);
    }

    /** When the review assessment after one completed on {@code last} is due, by the child's age then. */
    public static LocalDate reviewDue(Child child, LocalDate last) {
        return child.ageOn(last) < 5 ? last.plusMonths(6) : last.plusMonths(12);
    }

    public boolean wasOnTime() {
        return !completedOn.isAfter(dueDate);
    }

    public Child getChild() {
        return child;
    }

    public Kind getKind() {
        return kind;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }
}
