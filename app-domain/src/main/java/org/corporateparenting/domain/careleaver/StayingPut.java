package org.corporateparenting.domain.careleaver;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import org.corporateparenting.domain.household.FosterHousehold;
import org.corporateparenting.domain.shared.Recorded;

/**
 * A staying put arrangement: a former relevant young person living on with their former foster
 * carers after 18, up to 21 (Children Act 1989 s.23CZA).
 */
@Entity
@Table(name = "staying_put")
public class StayingPut extends Recorded {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "care_leaver_id")
    private CareLeaver careLeaver;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "household_id")
    private FosterHousehold household;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    protected StayingPut() {
    }

    public StayingPut(CareLeaver careLeaver, FosterHousehold household, LocalDate startDate) {
        this.careLeaver = Objects.requireNonNull(careLeaver);
        this.household = Objects.requireNonNull(household);
        this.startDate = Objects.requireNonNull(startDate);
    }

    public void endOn(LocalDate date) {
        this.endDate = date;
    }

    public CareLeaver getCareLeaver() {
        return careLeaver;
    }

    public FosterHousehold getHousehold() {
        return household;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }
}
