package org.corporateparenting.domain.careleaver;

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
 * A contact, or attempt at one, between the personal adviser and the young person. "In touch" is
 * derived from successful contacts; the council's contact standard (every eight weeks, at least one
 * face to face) is checked against them.
 */
@Entity
@Table(name = "care_leaver_contact")
public class CareLeaverContact extends Recorded {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "care_leaver_id")
    private CareLeaver careLeaver;

    @Column(name = "contact_date", nullable = false)
    private LocalDate contactDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 15)
    private ContactMethod method;

    @Column(nullable = false)
    private boolean successful;

    @Column(length = 60)
    private String worker;

    protected CareLeaverContact() {
    }

    public CareLeaverContact(CareLeaver careLeaver, LocalDate contactDate, ContactMethod method, boolean successful,
            String worker) {
        this.careLeaver = Objects.requireNonNull(careLeaver);
        this.contactDate = Objects.requireNonNull(contactDate);
        this.method = Objects.requireNonNull(method);
        this.successful = successful;
        this.worker = worker;
    }

    public CareLeaver getCareLeaver() {
        return careLeaver;
    }

    public LocalDate getContactDate() {
        return contactDate;
    }

    public ContactMethod getMethod() {
        return method;
    }

    public boolean isSuccessful() {
        return successful;
    }

    public String getWorker() {
        return worker;
    }
}
