package org.corporateparenting.domain.recruitment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.council.HeldByCouncil;
import org.corporateparenting.domain.shared.Recorded;

/**
 * An enquiry from people who may foster, followed through the pipeline: received, initial visit,
 * assessment (Form F, reg. 26), panel, approval (reg. 27); or closed with a reason. Each stage is
 * dated, so the stage on any day and the conversion from one stage to the next can be read back.
 */
@Entity
@Table(name = "fostering_enquiry")
public class FosteringEnquiry extends Recorded implements HeldByCouncil {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "council_id")
    private Council council;

    @Column(name = "enquiry_ref", nullable = false, length = 20)
    private String enquiryRef;

    @Column(length = 30)
    private String source;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "initial_visit_on")
    private LocalDate initialVisitOn;

    @Column(name = "assessment_on")
    private LocalDate assessmentOn;

    @Column(name = "panel_on")
    private LocalDate panelOn;

    @Column(name = "approved_on")
    private LocalDate approvedOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "closed_reason", length = 100)
    private String closedReason;

    protected FosteringEnquiry() {
    }

    public FosteringEnquiry(Council council, String enquiryRef, String source, LocalDate receivedOn) {
        this.council = Objects.requireNonNull(council);
        this.enquiryRef = Objects.requireNonNull(enquiryRef);
        this.source = source;
        this.receivedOn = Objects.requireNonNull(receivedOn);
    }

    /** The stages reached, with their dates, in order. */
    public Map<EnquiryStage, LocalDate> stages() {
        Map<EnquiryStage, LocalDate> reached = new EnumMap<>(EnquiryStage.class);
        reached.put(EnquiryStage.ENQUIRY, receivedOn);
        putIfSet(reached, EnquiryStage.INITIAL_VISIT, initialVisitOn);
        putIfSet(reached, EnquiryStage.ASSESSMENT, assessmentOn);
        putIfSet(reached, EnquiryStage.PANEL, panelOn);
        putIfSet(reached, EnquiryStage.APPROVED, approvedOn);
        return reached;
    }

    /** The furthest stage reached. */
    public EnquiryStage stage() {
        EnquiryStage furthest = EnquiryStage.ENQUIRY;
        for (EnquiryStage stage : stages().keySet()) {
            furthest = stage;
        }
        return furthest;
    }

    public void reach(EnquiryStage stage, LocalDate on) {
        switch (stage) {
            case INITIAL_VISIT -> initialVisitOn = on;
            case ASSESSMENT -> assessmentOn = on;
            case PANEL -> panelOn = on;
            case APPROVED -> approvedOn = on;
            case ENQUIRY -> receivedOn = on;
        }
    }

    public void close(LocalDate on, String reason) {
        this.closedOn = on;
        this.closedReason = reason;
    }

    public boolean isOpen() {
        return closedOn == null && approvedOn == null;
    }

    private static void putIfSet(Map<EnquiryStage, LocalDate> map, EnquiryStage stage, LocalDate date) {
        if (date != null) {
            map.put(stage, date);
        }
    }

    @Override
    public Council getCouncil() {
        return council;
    }

    public String getEnquiryRef() {
        return enquiryRef;
    }

    public String getSource() {
        return source;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public String getClosedReason() {
        return closedReason;
    }
}
