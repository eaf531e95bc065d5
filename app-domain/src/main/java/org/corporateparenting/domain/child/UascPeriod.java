package org.corporateparenting.domain.child;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import org.corporateparenting.domain.shared.Recorded;

/**
 * A period during which the child was an unaccompanied asylum-seeking child: from the start of care as
 * UASC to the date UASC status ceased (SSDA903 UASC file, DUC), open while it continues.
 */
@Entity
@Table(name = "uasc_period")
public class UascPeriod extends Recorded {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "child_id")
    private Child child;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    protected UascPeriod() {
    }

    public UascPeriod(Child child, LocalDate startDate, LocalDate endDate) {
        this.child = Objects.requireNonNull(child, "Child is required.");
        this.startDate = Objects.requireNonNull(startDate, "Start date is required.");
        this.endDate = endDate;
    }

    public boolean coversDate(LocalDate date) {
        return !date.isBefore(startDate) && (endDate == null || !date.isAfter(endDate));
    }

    public Child getChild() {
        return child;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }
}
