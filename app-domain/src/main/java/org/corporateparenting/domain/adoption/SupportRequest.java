package org.corporateparenting.domain.adoption;

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
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.council.HeldByCouncil;
import org.corporateparenting.domain.shared.Recorded;

/**
 * A family's request for adoption or special guardianship support (Adoption and Children Act 2002 s.4 and the Adoption
 * Support Services Regulations 2005: a family may ask for an assessment of its needs; the DfE's Adoption and Special
 * Guardianship Support Fund pays for therapy on the agency's application). Families are named by a reference only.
 */
@Entity
@Table(name = "adoption_support_request")
public class SupportRequest extends Recorded implements HeldByCouncil {

    /** Whose family asks. */
    public enum Family { ADOPTIVE, SPECIAL_GUARDIANSHIP }

    /** What is asked for. */
    public enum Kind { ADVICE, ASSESSMENT_OF_NEED, SUPPORT_FUND_APPLICATION, BIRTH_RECORDS_COUNSELLING }

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "council_id")
    private Council council;

    @Column(name = "family_ref", nullable = false, length = 20)
    private String familyRef;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Family family;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Kind kind;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    protected SupportRequest() {
    }

    public SupportRequest(Council council, String familyRef, Family family, Kind kind, LocalDate receivedOn) {
        this.council = Objects.requireNonNull(council);
        this.familyRef = Objects.requireNonNull(familyRef);
        this.family = Objects.requireNonNull(family);
        this.kind = Objects.requireNonNull(kind);
        this.receivedOn = Objects.requireNonNull(receivedOn);
    }

    /** Closes the request (support given, or no longer wanted), not before it was received. */
    public void close(LocalDate on) {
        if (on.isBefore(receivedOn)) {
            throw new IllegalArgumentException("A support request cannot close before it was received.");
        }
        this.closedOn = on;
    }

    @Override
    public Council getCouncil() {
        return council;
    }

    public String getFamilyRef() {
        return familyRef;
    }

    public Family getFamily() {
        return family;
    }

    public Kind getKind() {
        return kind;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }
}
