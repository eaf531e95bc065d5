package org.corporateparenting.domain.episode;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The documented exemption a foster placement was made under when it lay outside the household's approval on its
 * start (more children than the approved places or than the usual fostering limit of three, Children Act 1989 Sch. 7;
 * an age outside the approved range): the basis, the reason, who agreed it with their role, and the date. Kept with
 * the episode and shown on the child's and the household's records; checked by {@link PlacementMatch}.
 */
@Embeddable
public class PlacementExemption {

    @Enumerated(EnumType.STRING)
    @Column(name = "exemption_basis", length = 30)
    private ExemptionBasis basis;

    @Column(name = "exemption_reason", length = 500)
    private String reason;

    @Column(name = "exemption_agreed_by", length = 80)
    private String agreedBy;

    @Column(name = "exemption_agreed_role", length = 80)
    private String agreedByRole;

    @Column(name = "exemption_agreed_on")
    private LocalDate agreedOn;

    protected PlacementExemption() {
    }

    /** The exemption of details already checked by {@link PlacementMatch}. */
    public PlacementExemption(ExemptionDetails d) {
        this.basis = Objects.requireNonNull(d.basis());
        this.reason = d.reason().trim();
        this.agreedBy = d.agreedBy().trim();
        this.agreedByRole = d.agreedByRole().trim();
        this.agreedOn = Objects.requireNonNull(d.agreedOn());
    }

    public ExemptionDetails details() {
        return new ExemptionDetails(basis, reason, agreedBy, agreedByRole, agreedOn);
    }

    public ExemptionBasis getBasis() {
        return basis;
    }

    public String getReason() {
        return reason;
    }

    public String getAgreedBy() {
        return agreedBy;
    }

    public String getAgreedByRole() {
        return agreedByRole;
    }

    public LocalDate getAgreedOn() {
        return agreedOn;
    }
}
