package org.corporateparenting.domain.adoption;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.council.HeldByCouncil;
import org.corporateparenting.domain.shared.Recorded;

/**
 * Prospective adopters through the two-stage process (Adoption Agencies Regulations 2005 as amended in
 * 2013): enquiry, stage one (pre-assessment, two months), stage two (assessment, four months), approval
 * by the agency decision maker; or withdrawal at any point. Their stage on a date follows from the dates.
 */
@Entity
@Table(name = "adopter_household")
public class AdopterHousehold extends Recorded implements HeldByCouncil {

    /** Where the adopters are in the process. */
    public enum Stage { ENQUIRY, STAGE_ONE, STAGE_TWO, APPROVED, WITHDRAWN }

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "council_id")
    private Council council;

    @Column(name = "household_ref", nullable = false, length = 20)
    private String householdRef;

    @Column(name = "enquiry_on", nullable = false)
    private LocalDate enquiryOn;

    @Column(name = "stage_one_on")
    private LocalDate stageOneOn;

    @Column(name = "stage_two_on")
    private LocalDate stageTwoOn;

    @Column(name = "approved_on")
    private LocalDate approvedOn;

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    protected AdopterHousehold() {
    }

    public AdopterHousehold(Council council, String householdRef, LocalDate enquiryOn) {
        this.council = Objects.requireNonNull(council);
        this.householdRef = Objects.requireNonNull(householdRef);
        this.enquiryOn = Objects.requireNonNull(enquiryOn);
    }

    /** Moves the adopters to a stage from a date (already checked). */
    public void enter(Stage stage, LocalDate on) {
        switch (stage) {
            case STAGE_ONE -> stageOneOn = on;
            case STAGE_TWO -> stageTwoOn = on;
            case APPROVED -> approvedOn = on;
            case WITHDRAWN -> withdrawnOn = on;
            case ENQUIRY -> enquiryOn = on;
        }
    }

    public Stage stageOn(LocalDate date) {
        if (withdrawnOn != null && !date.isBefore(withdrawnOn)) {
            return Stage.WITHDRAWN;
        }
        if (approvedOn != null && !date.isBefore(approvedOn)) {
            return Stage.APPROVED;
        }
        if (stageTwoOn != null && !date.isBefore(stageTwoOn)) {
            return Stage.STAGE_TWO;
        }
        return stageOneOn != null && !date.isBefore(stageOneOn) ? Stage.STAGE_ONE : Stage.ENQUIRY;
    }

    public boolean isApprovedOn(LocalDate date) {
        return stageOn(date) == Stage.APPROVED;
    }

    /** The date the adopters entered the stage before {@code stage}, which must come first. */
    public LocalDate dateOf(Stage stage) {
        return switch (stage) {
            case ENQUIRY -> enquiryOn;
            case STAGE_ONE -> stageOneOn;
            case STAGE_TWO -> stageTwoOn;
            case APPROVED -> approvedOn;
            case WITHDRAWN -> withdrawnOn;
        };
    }

    @Override
    public Council getCouncil() {
        return council;
    }

    public String getHouseholdRef() {
        return householdRef;
    }
}
