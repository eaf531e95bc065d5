package org.corporateparenting.domain.review;

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

/** One stage an escalation entered, and when: the history behind its current stage. */
@Entity
@Table(name = "escalation_step")
public class EscalationStep extends Recorded {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "escalation_id")
    private Escalation escalation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private EscalationStage stage;

    @Column(name = "entered_on", nullable = false)
    private LocalDate enteredOn;

    protected EscalationStep() {
    }

    public EscalationStep(Escalation escalation, EscalationStage stage, LocalDate enteredOn) {
        this.escalation = Objects.requireNonNull(escalation);
        this.stage = Objects.requireNonNull(stage);
        this.enteredOn = Objects.requireNonNull(enteredOn);
    }

    public Escalation getEscalation() {
        return escalation;
    }

    public EscalationStage getStage() {
        return stage;
    }

    public LocalDate getEnteredOn() {
        return enteredOn;
    }
}
