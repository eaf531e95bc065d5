package org.corporateparenting.domain.education;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.shared.Recorded;

/**
 * A child's school attendance for one term of an academic year: sessions possible, attended, and
 * unauthorised absences. A pupil is persistently absent when they miss 10% or more of possible sessions
 * (DfE school attendance statistics).
 */
@Entity
@Table(name = "attendance")
public class Attendance extends Recorded {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "child_id")
    private Child child;

    @Column(name = "academic_year", nullable = false)
    private int academicYear;

    @Column(nullable = false, length = 6)
    private String term;

    @Column(name = "sessions_possible", nullable = false)
    private int sessionsPossible;

    @Column(name = "sessions_attended", nullable = false)
    private int sessionsAttended;

    @Column(name = "unauthorised_absences", nullable = false)
    private int unauthorisedAbsences;

    protected Attendance() {
    }

    public Attendance(Child child, int academicYear, String term, int possible, int attended, int unauthorised) {
        this.child = Objects.requireNonNull(child);
        this.academicYear = academicYear;
        this.term = Objects.requireNonNull(term);
        this.sessionsPossible = possible;
        this.sessionsAttended = attended;
        this.unauthorisedAbsences = unauthorised;
    }

    public boolean isPersistentlyAbsent() {
        return sessionsPossible > 0 && (sessionsPossible - sessionsAttended) * 10 >= sessionsPossible;
    }

    public Child getChild() {
        return child;
    }

    public int getAcademicYear() {
        return academicYear;
    }

    public String getTerm() {
        return term;
    }

    public int getSessionsPossible() {
        return sessionsPossible;
    }

    public int getSessionsAttended() {
        return sessionsAttended;
    }

    public int getUnauthorisedAbsences() {
        return unauthorisedAbsences;
    }
}
