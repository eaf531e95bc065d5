package org.corporateparenting.domain.recruitment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.corporateparenting.domain.household.FosterHousehold;
import org.corporateparenting.domain.shared.Recorded;

/**
 * A case heard at a panel meeting: its kind (a new approval, a first-year review, a change of terms, a
 * termination, a resignation noted...), the household or enquiry it concerns, the panel's
 * recommendation, and the agency decision maker's decision and its date (reg. 27).
 */
@Entity
@Table(name = "panel_case")
public class PanelCase extends Recorded {

    public static final List<String> CASE_TYPES = List.of("NEW_APPROVAL", "TEMP_APPROVAL_EXTENSION", "REVIEW_FIRST_YEAR",
            "REVIEW_POST_ALLEGATION", "CHANGE_OF_TERMS", "TERMINATION", "RESIGNATION_NOTED", "OTHER");
    public static final List<String> RECOMMENDATIONS = List.of("POSITIVE", "NEGATIVE", "DEFERRED", "NOTED");
    public static final List<String> DECISIONS = List.of("AGREED", "NOT_AGREED", "VARIED");

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id")
    private PanelMeeting meeting;

    @Column(name = "case_type", nullable = false, length = 30)
    private String caseType;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "household_id")
    private FosterHousehold household;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "enquiry_id")
    private FosteringEnquiry enquiry;

    @Column(nullable = false, length = 10)
    private String recommendation;

    @Column(length = 12)
    private String decision;

    @Column(name = "decision_on")
    private LocalDate decisionOn;

    protected PanelCase() {
    }

    /** A case about a household, or (for a new approval) about the enquiry that led to it. */
    public PanelCase(PanelMeeting meeting, String caseType, FosterHousehold household, FosteringEnquiry enquiry,
            String recommendation) {
        this.meeting = Objects.requireNonNull(meeting);
        this.caseType = Objects.requireNonNull(caseType);
        if ((household == null) == (enquiry == null)) {
            throw new IllegalArgumentException("A panel case is about either a household or an enquiry.");
        }
        this.household = household;
        this.enquiry = enquiry;
        this.recommendation = Objects.requireNonNull(recommendation);
    }

    public void decide(String decision, LocalDate on) {
        this.decision = decision;
        this.decisionOn = on;
    }

    public PanelMeeting getMeeting() {
        return meeting;
    }

    public String getCaseType() {
        return caseType;
    }

    public Long getHouseholdId() {
        return household == null ? null : household.getId();
    }

    public Long getEnquiryId() {
        return enquiry == null ? null : enquiry.getId();
    }

    /** The reference of the household or enquiry the case is about. */
    public String about() {
        return household != null ? household.getHouseholdRef() : enquiry.getEnquiryRef();
    }

    public String getRecommendation() {
        return recommendation;
    }

    public String getDecision() {
        return decision;
    }

    public LocalDate getDecisionOn() {
        return decisionOn;
    }
}
