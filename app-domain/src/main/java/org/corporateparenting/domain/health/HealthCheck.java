package org.corporateparenting.domain.health;

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
 * A dated health record other than an assessment, as the SSDA903 OC2 return and local measures use
 * them: a dental check; an immunisation check (up to date with the UK schedule or not); an SDQ (total
 * difficulties score 0 to 40, for children aged 4 to 16); a health passport given to a care leaver.
 */
@Entity
@Table(name = "health_check")
public class HealthCheck extends Recorded {

    /** What was checked. */
    public enum Kind { DENTAL, IMMUNISATION, SDQ, HEALTH_PASSPORT }

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "child_id")
    private Child child;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(name = "checked_on", nullable = false)
    private LocalDate checkedOn;

    @Column(name = "up_to_date")
    private Boolean upToDate;

    @Column
    private Integer score;

    protected HealthCheck() {
    }

    public HealthCheck(Child child, Kind kind, LocalDate checkedOn, Boolean upToDate, Integer score) {
        this.child = Objects.requireNonNull(child);
        this.kind = Objects.requireNonNull(kind);
        this.checkedOn = Objects.requireNonNull(checkedOn);
        this.upToDate = kind == Kind.IMMUNISATION ? upToDate : null;
        this.score = kind == Kind.SDQ ? score : null;
    }

    public Child getChild() {
        return child;
    }

    public Kind getKind() {
        return kind;
    }

    public LocalDate getCheckedOn() {
        return checkedOn;
    }

    public Boolean getUpToDate() {
        return upToDate;
    }

    public Integer getScore() {
        return score;
    }
}
