package org.corporateparenting.domain.household;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDate;
import java.util.Objects;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.council.HeldByCouncil;
import org.corporateparenting.domain.shared.Recorded;

/**
 * A fostering household approved by the council. It is approved from its approval date until it is
 * deregistered (with the reason, resignation or the service's decision); its terms (places, ages, legal
 * basis) are kept as a history of {@link ApprovalTerms}. A child can be placed with it only while it is
 * approved (Fostering Services (England) Regulations 2011, reg. 27).
 */
@Entity
@Table(name = "foster_household", uniqueConstraints = @UniqueConstraint(columnNames = {"council_id", "household_ref"}))
public class FosterHousehold extends Recorded implements HeldByCouncil {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "council_id")
    private Council council;

    @Column(name = "household_ref", nullable = false, length = 20)
    private String householdRef;

    @Column(nullable = false, length = 120)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "household_type", nullable = false, length = 30)
    private HouseholdType type;

    @Column(name = "approved_on", nullable = false)
    private LocalDate approvedOn;

    @Column(name = "deregistered_on")
    private LocalDate deregisteredOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "deregistration_reason", length = 30)
    private DeregistrationReason deregistrationReason;

    @Column(length = 8)
    private String postcode;

    protected FosterHousehold() {
    }

    public FosterHousehold(Council council, String householdRef, String name, HouseholdType type,
            LocalDate approvedOn) {
        this.council = Objects.requireNonNull(council, "Council is required.");
        this.householdRef = Objects.requireNonNull(householdRef, "Household reference is required.");
        this.name = Objects.requireNonNull(name, "Household name is required.");
        this.type = Objects.requireNonNull(type, "Household type is required.");
        this.approvedOn = Objects.requireNonNull(approvedOn, "Approval date is required.");
    }

    /** Whether the household was approved on the given date. */
    public boolean isApprovedOn(LocalDate date) {
        return !date.isBefore(approvedOn) && (deregisteredOn == null || date.isBefore(deregisteredOn));
    }

    /** Ends the approval from the given day, for the given reason. */
    public void deregister(LocalDate on, DeregistrationReason reason) {
        if (on.isBefore(approvedOn)) {
            throw new IllegalArgumentException("Deregistration date cannot be before the approval date.");
        }
        this.deregisteredOn = on;
        this.deregistrationReason = Objects.requireNonNull(reason, "Deregistration reason is required.");
    }

    /** Renames the household or moves it (for example after a move of house). */
    public void describe(String name, String postcode) {
        this.name = Objects.requireNonNull(name, "Household name is required.");
        this.postcode = postcode;
    }

    @Override
    public Council getCouncil() {
        return council;
    }

    public String getHouseholdRef() {
        return householdRef;
    }

    public String getName() {
        return name;
    }

    public HouseholdType getType() {
        return type;
    }

    public LocalDate getApprovedOn() {
        return approvedOn;
    }

    public LocalDate getDeregisteredOn() {
        return deregisteredOn;
    }

    public DeregistrationReason getDeregistrationReason() {
        return deregistrationReason;
    }

    public String getPostcode() {
        return postcode;
    }
}
