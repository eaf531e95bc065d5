package org.corporateparenting.domain.careleaver;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.council.HeldByCouncil;
import org.corporateparenting.domain.shared.Recorded;

/**
 * A young person entitled to leaving-care support: their eligibility category, from when, and their
 * personal adviser (Children Act 1989 s.23D). One record per child.
 */
@Entity
@Table(name = "care_leaver")
public class CareLeaver extends Recorded implements HeldByCouncil {

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "child_id", unique = true)
    private Child child;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Eligibility eligibility;

    @Column(name = "eligible_from", nullable = false)
    private LocalDate eligibleFrom;

    @Column(name = "personal_adviser", length = 80)
    private String personalAdviser;

    @Column(name = "service_closed_on")
    private LocalDate serviceClosedOn;

    protected CareLeaver() {
    }

    public CareLeaver(Child child, Eligibility eligibility, LocalDate eligibleFrom) {
        this.child = Objects.requireNonNull(child, "Child is required.");
        this.eligibility = Objects.requireNonNull(eligibility, "Eligibility is required.");
        this.eligibleFrom = Objects.requireNonNull(eligibleFrom, "Eligible-from date is required.");
    }

    public void allocatePersonalAdviser(String adviser) {
        this.personalAdviser = adviser;
    }

    /** Ends the leaving-care service (at 25, or when the young person no longer wants it). */
    public void closeService(LocalDate on) {
        this.serviceClosedOn = on;
    }

    public LocalDate getServiceClosedOn() {
        return serviceClosedOn;
    }

    /** A care leaver belongs to the council responsible for them as a child. */
    @Override
    public Council getCouncil() {
        return child.getCouncil();
    }

    public Child getChild() {
        return child;
    }

    public Eligibility getEligibility() {
        return eligibility;
    }

    public LocalDate getEligibleFrom() {
        return eligibleFrom;
    }

    public String getPersonalAdviser() {
        return personalAdviser;
    }
}
