package org.corporateparenting.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

/**
 * A stored record: a surrogate key from the shared sequence (allocated 50 at a time so bulk loads
 * need few round trips) and a version for optimistic locking, so that two people editing the same
 * record never silently overwrite each other.
 */
@MappedSuperclass
public abstract class Recorded {

    @Id
    @SequenceGenerator(name = "cp_id", sequenceName = "cp_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cp_id")
    private Long id;

    @Version
    @Column(nullable = false)
    private int version;

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }
}
