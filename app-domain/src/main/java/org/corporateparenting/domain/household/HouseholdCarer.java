package org.corporateparenting.domain.household;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import org.corporateparenting.domain.shared.Recorded;

/**
 * A foster carer of a household: their name and whether the first (main) or second carer, as the household was
 * approved (Fostering Services (England) Regulations 2011, reg. 27: a household is approved, its carers named).
 */
@Entity
@Table(name = "household_carer")
public class HouseholdCarer extends Recorded {

    /** The first (main) carer, or the second. */
    public enum CarerRole { FIRST, SECOND }

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "household_id")
    private FosterHousehold household;

    @Column(nullable = false, length = 80)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "carer_role", nullable = false, length = 10)
    private CarerRole role;

    protected HouseholdCarer() {
    }

    public HouseholdCarer(FosterHousehold household, String name, CarerRole role) {
        this.household = Objects.requireNonNull(household);
        this.name = Objects.requireNonNull(name);
        this.role = Objects.requireNonNull(role);
    }

    public FosterHousehold getHousehold() {
        return household;
    }

    public String getName() {
        return name;
    }

    public CarerRole getRole() {
        return role;
    }
}
