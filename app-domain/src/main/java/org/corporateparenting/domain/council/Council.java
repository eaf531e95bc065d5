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

    protected Council() {
    }

    public Council(String laCode, String name) {
        if (laCode == null || !laCode.matches("\\d{3}")) {
            throw new IllegalArgumentException("Local authority code must be three digits.");
        }
        this.laCode = laCode;
        this.name = Objects.requireNonNull(name, "Council name is required.");
    }

    public String getLaCode() {
        return laCode;
    }

    public String getName() {
        return name;
    }
}
