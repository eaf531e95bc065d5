package org.corporateparenting.domain.household;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import org.corporateparenting.domain.shared.Recorded;

/**
 * The terms a household is approved on from a date: the legal basis, how many children and of which
 * ages. Terms are never overwritten: a variation ends the current terms and starts new ones, so the
 * terms on any past date can be read back. Temporary approvals carry their expiry (16 weeks from the
 * approval, reg. 25 Care Planning Regulations 2010, plus any extension).
 */
@Entity
@Table(name = "approval_terms")
public class ApprovalTerms extends Recorded {

    /** A temporary approval lasts 16 weeks unless extended (reg. 25(2)). */
    public static final int TEMPORARY_WEEKS = 16;

    /** A temporary approval may be extended once, by up to 8 weeks (reg. 25(3)). */
    public static final int EXTENSION_WEEKS = 8;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "household_id")
    private FosterHousehold household;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_basis", nullable = false, length = 20)
    private LegalBasis legalBasis;

    @Column(nullable = false)
    private int places;

    @Column(name = "age_from", nullable = false)
    private int ageFrom;

    @Column(name = "age_to", nullable = false)
    private int ageTo;

    @Column(name = "temporary_expires")
    private LocalDate temporaryExpires;

    @Column(length = 200)
    private String reason;

    @Column(name = "temporary_extended", nullable = false)
    private boolean temporaryExtended;

    protected ApprovalTerms() {
    }

    public ApprovalTerms(FosterHousehold household, LocalDate effectiveFrom, LegalBasis legalBasis, int places,
            int ageFrom, int ageTo, String reason) {
        this.household = Objects.requireNonNull(household);
        this.effectiveFrom = Objects.requireNonNull(effectiveFrom);
        this.legalBasis = Objects.requireNonNull(legalBasis);
        this.places = places;
        this.ageFrom = ageFrom;
        this.ageTo = ageTo;
        this.reason = reason;
        this.temporaryExpires = legalBasis == LegalBasis.TEMPORARY_REG24 ? effectiveFrom.plusWeeks(TEMPORARY_WEEKS) : null;
    }

    /** Extends a temporary approval once, by up to {@link #EXTENSION_WEEKS} weeks. */
    public void extendTemporary(int weeks) {
        if (legalBasis != LegalBasis.TEMPORARY_REG24 || temporaryExtended || weeks < 1 || weeks > EXTENSION_WEEKS) {
            throw new IllegalStateException("Only an unextended temporary approval can be extended, by 1 to 8 weeks.");
        }
        this.temporaryExpires = temporaryExpires.plusWeeks(weeks);
        this.temporaryExtended = true;
    }

    public boolean isTemporaryExtended() {
        return temporaryExtended;
    }

    /** Ends these terms the day others take over (or the household stops fostering). */
    public void endOn(LocalDate date) {
        this.effectiveTo = date;
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || date.isBefore(effectiveTo));
    }

    public boolean suits(int age) {
        return age >= ageFrom && age <= ageTo;
    }

    public FosterHousehold getHousehold() {
        return household;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public LocalDate getEffectiveTo() {
        return effectiveTo;
    }

    public LegalBasis getLegalBasis() {
        return legalBasis;
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

    public LocalDate getTemporaryExpires() {
        return temporaryExpires;
    }

    public String getReason() {
        return reason;
    }
}
