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
import org.corporateparenting.domain.shared.Recorded;

/**
 * A fostering household approved by the council, with its approval terms (number of places and age
 * range). A household is approved from its approval date until it is deregistered; a child can be
 * placed with it only while it is approved (Fostering Services (England) Regulations 2011, reg. 27).
 */
@Entity
@Table(name = "foster_household", uniqueConstraints = @UniqueConstraint(columnNames = {"council_id", "household_ref"}))
public class FosterHousehold extends Recorded {

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

    @Column(nullable = false)
    private int places;

    @Column(name = "age_from", nullable = false)
    private int ageFrom;

    @Column(name = "age_to", nullable = false)
    private int ageTo;

    @Column(length = 8)
    private String postcode;

    protected FosterHousehold() {
    }

    public FosterHousehold(Council council, String householdRef, String name, HouseholdType type,
            LocalDate approvedOn, int places, int ageFrom, int ageTo) {
        this.council = Objects.requireNonNull(council, "Council is required.");
        this.householdRef = Objects.requireNonNull(householdRef, "Household reference is required.");
        this.name = Objects.requireNonNull(name, "Household name is required.");
        this.type = Objects.requireNonNull(type, "Household type is required.");
        this.approvedOn = Objects.requireNonNull(approvedOn, "Approval date is required.");
        if (places < 1) {
            throw new IllegalArgumentException("Approved places must be at least 1.");
        }
        if (ageFrom < 0 || ageTo > 18 || ageFrom > ageTo) {
            throw new IllegalArgumentException("Approved age range must lie within 0 to 18, lowest first.");
        }
        this.places = places;
        this.ageFrom = ageFrom;
        this.ageTo = ageTo;
    }

    /** Whether the household was approved on the given date. */
    public boolean isApprovedOn(LocalDate date) {
        return !date.isBefore(approvedOn) && (deregisteredOn == null || date.isBefore(deregisteredOn));
    }

    public void deregister(LocalDate on) {
        if (on.isBefore(approvedOn)) {
            throw new IllegalArgumentException("Deregistration date cannot be before the approval date.");
        }
        this.deregisteredOn = on;
    }

    public void recordPostcode(String postcode) {
        this.postcode = postcode;
    }

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

    public int getPlaces() {
        return places;
    }

    public int getAgeFrom() {
        return ageFrom;
    }

    public int getAgeTo() {
        return ageTo;
    }

    public String getPostcode() {
        return postcode;
    }
}
