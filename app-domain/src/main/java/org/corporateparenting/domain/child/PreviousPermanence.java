package org.corporateparenting.domain.child;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import org.corporateparenting.domain.shared.Recorded;

/**
 * The permanence order a child had before they came into care (SSDA903 PrevPerm): the option (P1 to P4, Z1 for not
 * known or none; {@code AdoptionCodes.PREVIOUS_PERMANENCE}), the council that made the arrangement when known, and the
 * order's date as the return gives it, DD/MM/YYYY with unknown parts as {@code zz} (so it is kept as text). One per
 * child: the latest return's.
 */
@Entity
@Table(name = "previous_permanence")
public class PreviousPermanence extends Recorded {

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "child_id")
    private Child child;

    @Column(name = "option_code", nullable = false, length = 2)
    private String option;

    @Column(name = "local_authority", length = 3)
    private String localAuthority;

    @Column(name = "order_date", length = 10)
    private String orderDate;

    protected PreviousPermanence() {
    }

    public PreviousPermanence(Child child, String option, String localAuthority, String orderDate) {
        this.child = Objects.requireNonNull(child);
        revise(option, localAuthority, orderDate);
    }

    public final void revise(String option, String localAuthority, String orderDate) {
        this.option = Objects.requireNonNull(option);
        this.localAuthority = localAuthority;
        this.orderDate = orderDate;
    }

    /** Whether it says what the given values say (blank and null alike). */
    public boolean says(String option, String localAuthority, String orderDate) {
        return this.option.equals(option) && Objects.equals(blank(this.localAuthority), blank(localAuthority))
                && Objects.equals(blank(this.orderDate), blank(orderDate));
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }

    public Child getChild() {
        return child;
    }

    public String getOption() {
        return option;
    }

    public String getLocalAuthority() {
        return localAuthority;
    }

    public String getOrderDate() {
        return orderDate;
    }
}
