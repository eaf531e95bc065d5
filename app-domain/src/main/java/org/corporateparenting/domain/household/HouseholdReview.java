package org.corporateparenting.domain.household;

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
import org.corporateparenting.domain.shared.Recorded;

/**
 * A review of a foster carer's approval. The service must review each approval at least once a year
 * (Fostering Services (England) Regulations 2011, reg. 28(2)): the first is due a year after approval,
 * each next one a year after the last held. The first review goes to the fostering panel (reg. 28(5)).
 */
@Entity
@Table(name = "household_review")
public class HouseholdReview extends Recorded {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "household_id")
    private FosterHousehold household;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReviewOutcome outcome;

    @Column(name = "to_panel", nullable = false)
    private boolean toPanel;

    /** Held less than ten months after the last and confirmed as a further review ({@link HouseholdReviewRules}). */
    @Column(name = "confirmed_early", nullable = false)
    private boolean confirmedEarly;

    protected HouseholdReview() {
    }

    public HouseholdReview(FosterHousehold household, LocalDate dueDate, LocalDate heldOn, ReviewOutcome outcome,
            boolean toPanel) {
        this.household = Objects.requireNonNull(household);
        this.dueDate = Objects.requireNonNull(dueDate);
        this.heldOn = Objects.requireNonNull(heldOn);
        this.outcome = Objects.requireNonNull(outcome);
        this.toPanel = toPanel;
    }

    /** When the review after the one held on {@code lastHeld} is due; the first is a year after approval. */
    public static LocalDate nextDue(LocalDate approvedOn, LocalDate lastHeld) {
        return (lastHeld == null ? approvedOn : lastHeld).plusYears(1);
    }

    /** Marks the review as a further one, held early and confirmed as such. */
    public void confirmEarly() {
        this.confirmedEarly = true;
    }

    public boolean isConfirmedEarly() {
        return confirmedEarly;
    }

    public boolean wasOnTime() {
        return !heldOn.isAfter(dueDate);
    }

    public FosterHousehold getHousehold() {
        return household;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public ReviewOutcome getOutcome() {
        return outcome;
    }

    public boolean isToPanel() {
        return toPanel;
    }
}
