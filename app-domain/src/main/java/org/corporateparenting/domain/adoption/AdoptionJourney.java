package org.corporateparenting.domain.adoption;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.shared.Recorded;

/**
 * A child's adoption journey: the date they entered care and the date of each milestone reached, with
 * the adopters once matched. Timeliness follows the adoption scorecard: A1, days from entering care to
 * moving in with the adoptive family (the early permanence placement, if there was one, or else the
 * placement for adoption), threshold 426 days; A2, days from the placement order to the match, threshold
 * 121 days (DfE adoption scorecard thresholds, 2016 onwards).
 */
@Entity
@Table(name = "adoption_journey")
public class AdoptionJourney extends Recorded {

    public static final int A1_THRESHOLD_DAYS = 426;
    public static final int A2_THRESHOLD_DAYS = 121;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "child_id", unique = true)
    private Child child;

    @Column(name = "entered_care", nullable = false)
    private LocalDate enteredCare;

    @Column(name = "should_be_placed_on")
    private LocalDate shouldBePlacedOn;

    @Column(name = "placement_order_on")
    private LocalDate placementOrderOn;

    @Column(name = "early_permanence_on")
    private LocalDate earlyPermanenceOn;

    @Column(name = "matched_on")
    private LocalDate matchedOn;

    @Column(name = "placed_on")
    private LocalDate placedOn;

    @Column(name = "adoption_order_on")
    private LocalDate adoptionOrderOn;

    @Column(name = "revoked_on")
    private LocalDate revokedOn;

    @Column(name = "disrupted_on")
    private LocalDate disruptedOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "adopter_household_id")
    private AdopterHousehold adopters;

    @Column(name = "decision_reversed_on")
    private LocalDate decisionReversedOn;

    @Column(name = "decision_reversed_reason", length = 3)
    private String decisionReversedReason;

    @Column(name = "former_foster_carers")
    private Boolean formerFosterCarers;

    @Column(name = "adopters_number")
    private Integer adoptersNumber;

    @Column(name = "adopters_sex", length = 2)
    private String adoptersSex;

    @Column(name = "adopters_legal_status", length = 3)
    private String adoptersLegalStatus;

    protected AdoptionJourney() {
    }

    public AdoptionJourney(Child child, LocalDate enteredCare) {
        this.child = Objects.requireNonNull(child);
        this.enteredCare = Objects.requireNonNull(enteredCare);
    }

    /** Every milestone reached so far, in journey order. */
    public Map<Milestone, LocalDate> milestones() {
        Map<Milestone, LocalDate> reached = new EnumMap<>(Milestone.class);
        put(reached, Milestone.SHOULD_BE_PLACED, shouldBePlacedOn);
        put(reached, Milestone.PLACEMENT_ORDER, placementOrderOn);
        put(reached, Milestone.EARLY_PERMANENCE, earlyPermanenceOn);
        put(reached, Milestone.MATCHED, matchedOn);
        put(reached, Milestone.PLACED, placedOn);
        put(reached, Milestone.ADOPTION_ORDER, adoptionOrderOn);
        put(reached, Milestone.PLACEMENT_ORDER_REVOKED, revokedOn);
        put(reached, Milestone.DISRUPTED, disruptedOn);
        put(reached, Milestone.DECISION_REVERSED, decisionReversedOn);
        return reached;
    }

    /** Records a milestone (already checked by {@link AdoptionJourneyRules}); a match names the adopters. */
    public void reach(Milestone milestone, LocalDate on, AdopterHousehold matchedWith) {
        switch (milestone) {
            case SHOULD_BE_PLACED -> shouldBePlacedOn = on;
            case PLACEMENT_ORDER -> placementOrderOn = on;
            case EARLY_PERMANENCE -> earlyPermanenceOn = on;
            case MATCHED -> {
                matchedOn = on;
                adopters = matchedWith;
            }
            case PLACED -> placedOn = on;
            case ADOPTION_ORDER -> adoptionOrderOn = on;
            case PLACEMENT_ORDER_REVOKED -> revokedOn = on;
            case DISRUPTED -> disruptedOn = on;
            case DECISION_REVERSED -> decisionReversedOn = on;
        }
    }

    /** Why the decision that the child should be placed for adoption was reversed (903 REASON_PLACED_CEASED, RD1 to RD4). */
    public void reversedBecause(String reason) {
        this.decisionReversedReason = reason;
    }

    /**
     * Who adopted the child, as the 903 AD1 file records them: adopted by their former foster carers, the number of
     * adopters (1 or 2), their sex (M1, F1, MM, FF, MF) and legal status (L0 to L4). Null where not known.
     */
    public void describeAdopters(Boolean byFormerFosterCarers, Integer number, String sex, String legalStatus) {
        this.formerFosterCarers = byFormerFosterCarers;
        this.adoptersNumber = number;
        this.adoptersSex = sex;
        this.adoptersLegalStatus = legalStatus;
    }

    /** Whether the journey has ended without an adoption order (revoked, disrupted or decision reversed) by the date. */
    public boolean endedWithoutAdoptionBy(LocalDate date) {
        return reachedBy(Milestone.PLACEMENT_ORDER_REVOKED, date) || reachedBy(Milestone.DISRUPTED, date)
                || reachedBy(Milestone.DECISION_REVERSED, date);
    }

    /** The date a milestone was reached, or null if it has not been. */
    public LocalDate dateOf(Milestone milestone) {
        return milestones().get(milestone);
    }

    /** Whether the milestone was reached on or before {@code date}. */
    public boolean reachedBy(Milestone milestone, LocalDate date) {
        LocalDate on = dateOf(milestone);
        return on != null && !on.isAfter(date);
    }

    /**
     * Family finding on {@code date}: the child has a placement order, is not yet matched, and the order has not been
     * revoked (the children "waiting for a match" of the adoption scorecard and the agencies' quarterly returns).
     */
    public boolean waitingForMatchOn(LocalDate date) {
        return reachedBy(Milestone.PLACEMENT_ORDER, date) && !reachedBy(Milestone.MATCHED, date)
                && !endedWithoutAdoptionBy(date);
    }

    /** Scorecard A1: days from entering care to moving in with the adoptive family, or null before then. */
    public Long daysToMovingIn() {
        LocalDate movedIn = earlyPermanenceOn != null ? earlyPermanenceOn : placedOn;
        return movedIn == null ? null : ChronoUnit.DAYS.between(enteredCare, movedIn);
    }

    /** Scorecard A2: days from the placement order to the match, or null before both. */
    public Long daysOrderToMatch() {
        return placementOrderOn == null || matchedOn == null ? null : ChronoUnit.DAYS.between(placementOrderOn, matchedOn);
    }

    private static void put(Map<Milestone, LocalDate> map, Milestone milestone, LocalDate date) {
        if (date != null) {
            map.put(milestone, date);
        }
    }

    public Child getChild() {
        return child;
    }

    public LocalDate getEnteredCare() {
        return enteredCare;
    }

    public AdopterHousehold getAdopters() {
        return adopters;
    }

    public String getDecisionReversedReason() {
        return decisionReversedReason;
    }

    public Boolean getFormerFosterCarers() {
        return formerFosterCarers;
    }

    public Integer getAdoptersNumber() {
        return adoptersNumber;
    }

    public String getAdoptersSex() {
        return adoptersSex;
    }

    public String getAdoptersLegalStatus() {
        return adoptersLegalStatus;
    }
}
