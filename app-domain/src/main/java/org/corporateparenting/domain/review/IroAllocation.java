package org.corporateparenting.domain.review;

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
 * The Independent Reviewing Officer allocated to a child from a date (Children Act 1989 s.25A; the
 * IRO Handbook expects the same IRO throughout). A new allocation ends the previous one.
 */
@Entity
@Table(name = "iro_allocation")
public class IroAllocation extends Recorded {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "child_id")
    private Child child;

    @Column(name = "iro", nullable = false, length = 60)
    private String iro;

    @Column(name = "from_date", nullable = false)
    private LocalDate fromDate;

    @Column(name = "to_date")
    private LocalDate toDate;

    protected IroAllocation() {
    }

    public IroAllocation(Child child, String iro, LocalDate fromDate) {
        this.child = Objects.requireNonNull(child);
        this.iro = Objects.requireNonNull(iro);
        this.fromDate = Objects.requireNonNull(fromDate);
    }

    public void endOn(LocalDate date) {
        this.toDate = date;
    }

    public Child getChild() {
        return child;
    }

    public String getIro() {
        return iro;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public LocalDate getToDate() {
        return toDate;
    }
}
