package org.corporateparenting.domain.council;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Objects;
import org.corporateparenting.domain.shared.Recorded;

/**
 * A local authority, the legal corporate parent of the children in its care. Every record carries its
 * council, so one installation (for example a regional adoption agency) can serve several councils.
 * Identified by its three-digit DfE local authority code, as in the SSDA903 header.
 */
@Entity
@Table(name = "council")
public class Council extends Recorded {

    @Column(name = "la_code", nullable = false, unique = true, length = 3)
    private String laCode;

    @Column(nullable = false, length = 120)
    private String name;

    /**
     * The council's own standard for contact with a care leaver, in days (Care Leavers (England) Regulations
     * 2010 leave the frequency to the pathway plan; councils set a standard); null keeps the installation's
     * default (system property care.leaving.contact-days).
     */
    @Column(name = "contact_days")
    private Integer contactDays;

    /** The council's standard for supervising social worker visits to foster carers, in days; null keeps the default. */
    @Column(name = "visit_days")
    private Integer visitDays;

    protected Council() {
    }

    public Council(String laCode, String name) {
        this.laCode = validCode(laCode);
        this.name = validName(name);
    }

    /**
     * An administrator corrects the council's set-up. The local authority code is the SSDA903 header's;
     * changing it is allowed (a typing mistake at set-up) and kept in the audit trail like every field.
     */
    public void setUp(String laCode, String name, Integer contactDays, Integer visitDays) {
        String code = validCode(laCode);
        String named = validName(name);
        Integer contact = validDays(contactDays, "contact standard");
        Integer visit = validDays(visitDays, "visit standard");
        this.contactDays = contact;
        this.visitDays = visit;
        this.laCode = code;
        this.name = named;
    }

    private static String validCode(String laCode) {
        if (laCode == null || !laCode.matches("\\d{3}")) {
            throw new IllegalArgumentException("Local authority code must be three digits.");
        }
        return laCode;
    }

    private static String validName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 120) {
            throw new IllegalArgumentException("Council name is required (at most 120 characters).");
        }
        return name.strip();
    }

    private static Integer validDays(Integer days, String label) {
        if (days != null && (days < 1 || days > 366)) {
            throw new IllegalArgumentException("The " + label + " must be between 1 and 366 days, or empty for the default.");
        }
        return days;
    }

    public Integer getContactDays() {
        return contactDays;
    }

    public Integer getVisitDays() {
        return visitDays;
    }

    public String getLaCode() {
        return laCode;
    }

    public String getName() {
        return name;
    }
}
