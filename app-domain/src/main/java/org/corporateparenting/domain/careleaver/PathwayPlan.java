package org.corporateparenting.domain.careleaver;

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
 * A pathway plan completed or reviewed on a date. A pathway plan must be reviewed at least every six
 * months (Care Leavers (England) Regulations 2010, reg. 7(1)(b)), so the next is due six months later.
 */
@Entity
@Table(name = "pathway_plan")
public class PathwayPlan extends Recorded {

    public static final int REVIEW_MONTHS = 6;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "care_leaver_id")
    private CareLeaver careLeaver;

    @Column(name = "completed_on", nullable = false)
    private LocalDate completedOn;

    protected PathwayPlan() {
    }

    public PathwayPlan(CareLeaver careLeaver, LocalDate completedOn) {
        this.careLeaver = Objects.requireNonNull(careLeaver);
        this.completedOn = Objects.requireNonNull(completedOn);
    }

    public LocalDate nextDue() {
        return completedOn.plusMonths(REVIEW_MONTHS);
    }

    public CareLeaver getCareLeaver() {
        return careLeaver;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }
}
