package org.corporateparenting.domain.education;

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
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.shared.Recorded;

/**
 * A dated education record: a personal education plan meeting (initial or review, termly); a suspension
 * or permanent exclusion (with the school sessions lost); an education, health and care plan or a
 * reduced timetable (each from a date, until a date or open).
 */
@Entity
@Table(name = "education_record")
public class EducationRecord extends Recorded {

    /** What was recorded. */
    public enum Kind { PEP_INITIAL, PEP_REVIEW, SUSPENSION, PERMANENT_EXCLUSION, EHCP, REDUCED_TIMETABLE }

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "child_id")
    private Child child;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(name = "from_date", nullable = false)
    private LocalDate fromDate;

    @Column(name = "to_date")
    private LocalDate toDate;

    @Column
    private Integer sessions;

    protected EducationRecord() {
    }

    public EducationRecord(Child child, Kind kind, LocalDate fromDate, LocalDate toDate, Integer sessions) {
        this.child = Objects.requireNonNull(child);
        this.kind = Objects.requireNonNull(kind);
        this.fromDate = Objects.requireNonNull(fromDate);
        this.toDate = toDate;
        this.sessions = sessions;
    }

    public boolean hasPeriod() {
        return kind == Kind.EHCP || kind == Kind.REDUCED_TIMETABLE;
    }

    public Child getChild() {
        return child;
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

    public Integer getSessions() {
        return sessions;
    }
}
