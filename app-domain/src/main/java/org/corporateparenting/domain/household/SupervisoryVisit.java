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
 * A supervising social worker's visit to a fostering household. The Fostering National Minimum
 * Standards (2011, 21.8) expect at least one unannounced visit a year.
 */
@Entity
@Table(name = "supervisory_visit")
public class SupervisoryVisit extends Recorded {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "household_id")
    private FosterHousehold household;

    @Column(name = "visit_date", nullable = false)
    private LocalDate visitDate;

    @Column(nullable = false)
    private boolean unannounced;

    @Column(name = "worker", length = 80)
    private String worker;

    protected SupervisoryVisit() {
    }

    public SupervisoryVisit(FosterHousehold household, LocalDate visitDate, boolean unannounced, String worker) {
        this.household = Objects.requireNonNull(household);
        this.visitDate = Objects.requireNonNull(visitDate);
        this.unannounced = unannounced;
        this.worker = worker;
    }

    public FosterHousehold getHousehold() {
        return household;
    }

    public LocalDate getVisitDate() {
        return visitDate;
    }

    public boolean isUnannounced() {
        return unannounced;
    }

    public String getWorker() {
        return worker;
    }
}
