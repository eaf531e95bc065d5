package org.corporateparenting.domain.household;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.corporateparenting.domain.shared.Recorded;

/**
 * A complaint about the fostering service or a named household, under the Children Act 1989
 * Representations Procedure (England) Regulations 2006: its stage (informal, 1, 2, 3) and outcome.
 */
@Entity
@Table(name = "complaint")
public class Complaint extends Recorded {

    public static final List<String> STAGES = List.of("INFORMAL", "STAGE1", "STAGE2", "STAGE3");
    public static final List<String> OUTCOMES = List.of("UPHELD", "PARTIALLY_UPHELD", "NOT_UPHELD",
            "WITHDRAWN");

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "household_id")
    private FosterHousehold household;

    @Column(name = "received_date", nullable = false)
    private LocalDate receivedDate;

    @Column(name = "complainant_type", nullable = false, length = 30)
    private String complainantType;

    @Column(nullable = false, length = 10)
    private String stage;

    @Column(length = 20)
    private String outcome;

    @Column(name = "closed_date")
    private LocalDate closedDate;

    protected Complaint() {
    }

    public Complaint(FosterHousehold household, LocalDate receivedDate, String complainantType, String stage) {
        this.household = Objects.requireNonNull(household);
        this.receivedDate = Objects.requireNonNull(receivedDate);
        this.complainantType = Objects.requireNonNull(complainantType);
        this.stage = Objects.requireNonNull(stage);
    }

    public void close(String outcome, LocalDate on) {
        this.outcome = outcome;
        this.closedDate = on;
    }

    public FosterHousehold getHousehold() {
        return household;
    }

    public LocalDate getReceivedDate() {
        return receivedDate;
    }

    public String getComplainantType() {
        return complainantType;
    }

    public String getStage() {
        return stage;
    }

    public String getOutcome() {
        return outcome;
    }

    public LocalDate getClosedDate() {
        return closedDate;
    }
}
