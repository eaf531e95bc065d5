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
import org.corporateparenting.domain.code.Oc3Codes;
import org.corporateparenting.domain.shared.Recorded;

/**
 * A period of a care leaver's life recorded in OC3 terms: either where they live (kind ACCOM, with an
 * accommodation type letter and whether it is suitable) or what they do (kind ACTIV, with an activity
 * code). A new period of a kind ends the open one of that kind, so each kind is a history with no
 * overlaps and the state on any birthday can be read back.
 */
@Entity
@Table(name = "care_leaver_period")
public class LivingPeriod extends Recorded {

    /** What the period records. */
    public enum Kind { ACCOMMODATION, ACTIVITY }

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "care_leaver_id")
    private CareLeaver careLeaver;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 15)
    private Kind kind;

    @Column(name = "from_date", nullable = false)
    private LocalDate fromDate;

    @Column(name = "to_date")
    private LocalDate toDate;

    @Column(nullable = false, length = 3)
    private String code;

    @Column
    private Boolean suitable;

    protected LivingPeriod() {
    }

    public LivingPeriod(CareLeaver careLeaver, Kind kind, LocalDate fromDate, String code, Boolean suitable) {
        this.careLeaver = Objects.requireNonNull(careLeaver);
        this.kind = Objects.requireNonNull(kind);
        this.fromDate = Objects.requireNonNull(fromDate);
        this.code = Objects.requireNonNull(code);
        this.suitable = kind == Kind.ACCOMMODATION ? Objects.requireNonNull(suitable) : null;
    }

    public void endOn(LocalDate date) {
        this.toDate = date;
    }

    public boolean coversDate(LocalDate date) {
        return !date.isBefore(fromDate) && (toDate == null || date.isBefore(toDate));
    }

    /** The OC3 value for the period: the activity code, or the accommodation letter with 1 (suitable) or 2. */
    public String oc3Value() {
        return kind == Kind.ACTIVITY ? code : code + (Boolean.TRUE.equals(suitable) ? "1" : "2");
    }

    public boolean isInEducationEmploymentOrTraining() {
        return kind == Kind.ACTIVITY && Oc3Codes.EET.contains(code);
    }

    public CareLeaver getCareLeaver() {
        return careLeaver;
    }

    public Kind getKind() {
        return kind;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public LocalDate getToDate() {
        return toDate;
    }

    public String getCode() {
        return code;
    }

    public Boolean getSuitable() {
        return suitable;
    }
}
