package org.corporateparenting.domain.recruitment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.council.HeldByCouncil;
import org.corporateparenting.domain.shared.Recorded;

/**
 * A fostering panel meeting (Fostering Services (England) Regulations 2011, reg. 23): its date, and
 * whether it was held or cancelled; the minutes date when written.
 */
@Entity
@Table(name = "panel_meeting")
public class PanelMeeting extends Recorded implements HeldByCouncil {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "council_id")
    private Council council;

    @Column(name = "meeting_date", nullable = false)
    private LocalDate meetingDate;

    @Column(nullable = false)
    private boolean cancelled;

    @Column(name = "minutes_on")
    private LocalDate minutesOn;

    protected PanelMeeting() {
    }

    public PanelMeeting(Council council, LocalDate meetingDate) {
        this.council = Objects.requireNonNull(council);
        this.meetingDate = Objects.requireNonNull(meetingDate);
    }

    public void cancel() {
        this.cancelled = true;
    }

    public void recordMinutes(LocalDate on) {
        this.minutesOn = on;
    }

    /** "Cancelled", "To come" (after the day) or "Held". */
    public String statusOn(LocalDate day) {
        return cancelled ? "Cancelled" : meetingDate.isAfter(day) ? "To come" : "Held";
    }

    @Override
    public Council getCouncil() {
        return council;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public LocalDate getMinutesOn() {
        return minutesOn;
    }
}
