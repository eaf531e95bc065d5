package org.corporateparenting.domain.household;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.shared.Recorded;

/**
 * A child named on a connected person's approval: family and friends are approved to foster a named child or children
 * only (Care Planning, Placement and Case Review (England) Regulations 2010, reg. 24; Fostering Services (England)
 * Regulations 2011, reg. 27(5)), so only a named child can be placed with them.
 */
@Entity
@Table(name = "household_named_child")
public class NamedChild extends Recorded {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "household_id")
    private FosterHousehold household;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "child_id")
    private Child child;

    @Column(name = "named_on", nullable = false)
    private LocalDate namedOn;

    protected NamedChild() {
    }

    public NamedChild(FosterHousehold household, Child child, LocalDate namedOn) {
        this.household = Objects.requireNonNull(household);
        this.child = Objects.requireNonNull(child);
        this.namedOn = Objects.requireNonNull(namedOn);
    }

    public FosterHousehold getHousehold() {
        return household;
    }

    public Child getChild() {
        return child;
    }

    public LocalDate getNamedOn() {
        return namedOn;
    }
}
