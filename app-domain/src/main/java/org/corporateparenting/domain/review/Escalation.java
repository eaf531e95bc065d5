package org.corporateparenting.domain.review;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.shared.Recorded;

/**
 * An IRO's escalation of a concern about a child's plan (dispute resolution, IRO Handbook ch. 6): raised
 * on a date at a stage, moved up stage by stage (each step kept as an {@link EscalationStep}), tagged
 * with themes, and closed with an outcome. The final stage reached is the one reports count.
 */
@Entity
@Table(name = "escalation")
public class Escalation extends Recorded {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "child_id")
    private Child child;

    @Column(name = "raised_by", nullable = false, length = 60)
    private String raisedBy;

    @Column(name = "raised_on", nullable = false)
    private LocalDate raisedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private EscalationStage stage;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "escalation_theme", joinColumns = @JoinColumn(name = "escalation_id"))
    @Column(name = "theme", length = 30)
    private Set<String> themes = new LinkedHashSet<>();

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(length = 200)
    private String outcome;

    protected Escalation() {
    }

    public Escalation(Child child, String raisedBy, LocalDate raisedOn, EscalationStage stage, Set<String> themes) {
        this.child = Objects.requireNonNull(child);
        this.raisedBy = Objects.requireNonNull(raisedBy);
        this.raisedOn = Objects.requireNonNull(raisedOn);
        this.stage = Objects.requireNonNull(stage);
        this.themes.addAll(themes);
    }

    public void moveTo(EscalationStage next) {
        this.stage = next;
    }

    public void close(LocalDate on, String outcome) {
        this.closedOn = on;
        this.outcome = outcome;
    }

    public boolean isOpen() {
        return closedOn == null;
    }

    public Child getChild() {
        return child;
    }

    public String getRaisedBy() {
        return raisedBy;
    }

    public LocalDate getRaisedOn() {
        return raisedOn;
    }

    public EscalationStage getStage() {
        return stage;
    }

    public Set<String> getThemes() {
        return Collections.unmodifiableSet(themes);
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public String getOutcome() {
        return outcome;
    }
}
