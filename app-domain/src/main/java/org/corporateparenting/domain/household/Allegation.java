package org.corporateparenting.domain.household;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.corporateparenting.domain.shared.Recorded;

/**
 * An allegation against a foster carer, referred to the Local Authority Designated Officer (LADO,
 * Working Together to Safeguard Children 2023), with its category and, once concluded, its outcome
 * (substantiated, unsubstantiated, unfounded, false or malicious).
 */
@Entity
@Table(name = "allegation")
public class Allegation extends Recorded {

    public static final List<String> CATEGORIES = List.of("PHYSICAL", "SEXUAL", "NEGLECT", "EMOTIONAL");
    public static final List<String> OUTCOMES = List.of("SUBSTANTIATED", "UNSUBSTANTIATED",
            "UNFOUNDED", "FALSE", "MALICIOUS");

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "household_id")
    private FosterHousehold household;

    @Column(name = "child_id")
    private Long childId;

    /** The date of the alleged incident, when known (see {@link AllegationRules}). */
    @Column(name = "incident_date")
    private LocalDate incidentDate;

    @Column(name = "referral_date", nullable = false)
    private LocalDate referralDate;

    @Column(nullable = false, length = 20)
    private String category;

    @Column(length = 20)
    private String outcome;

    @Column(name = "outcome_date")
    private LocalDate outcomeDate;

    protected Allegation() {
    }

    public Allegation(FosterHousehold household, Long childId, LocalDate referralDate, String category) {
        this.household = Objects.requireNonNull(household);
        this.childId = childId;
        this.referralDate = Objects.requireNonNull(referralDate);
        this.category = Objects.requireNonNull(category);
    }

    /** Records the date of the alleged incident (checked by {@link AllegationRules}). */
    public void occurredOn(LocalDate date) {
        this.incidentDate = date;
    }

    public LocalDate getIncidentDate() {
        return incidentDate;
    }

    public void conclude(String outcome, LocalDate on) {
        this.outcome = outcome;
        this.outcomeDate = on;
    }

    public FosterHousehold getHousehold() {
        return household;
    }

    public Long getChildId() {
        return childId;
    }

    public LocalDate getReferralDate() {
        return referralDate;
    }

    public String getCategory() {
        return category;
    }

    public String getOutcome() {
        return outcome;
    }

    public LocalDate getOutcomeDate() {
        return outcomeDate;
    }
}
