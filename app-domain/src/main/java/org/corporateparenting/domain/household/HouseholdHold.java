package org.corporateparenting.domain.household;

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
 * A time an approved household was on hold (not available for new placements), at the carers' request
 * or the service's, with the reason: part of the household's status history, and why a vacancy is not
 * offered.
 */
@Entity
@Table(name = "household_hold")
public class HouseholdHold extends Recorded {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "household_id")
    private FosterHousehold household;

    @Column(name = "from_date", nullable = false)
    private LocalDate fromDate;

    @Column(name = "to_date")
    private LocalDate toDate;

    @Column(nullable = false, length = 100)
    private String reason;

    protected HouseholdHold() {
    }

    public HouseholdHold(FosterHousehold household, LocalDate fromDate, String reason) {
        this.household = Objects.requireNonNull(household);
        this.fromDate = Objects.requireNonNull(fromDate);
        this.reason = Objects.requireNonNull(reason);
    }

    public void endOn(LocalDate date) {
        this.toDate = date;
    }

    public boolean coversDate(LocalDate date) {
        return !date.isBefore(fromDate) && (toDate == null || date.isBefore(toDate));
    }

    public FosterHousehold getHousehold() {
        return household;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public LocalDate getToDate() {
        return toDate;
    }

    public String getReason() {
        return reason;
    }
}
