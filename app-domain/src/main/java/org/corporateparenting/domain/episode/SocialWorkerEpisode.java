package org.corporateparenting.domain.episode;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.shared.Recorded;

/**
 * A time one social worker was allocated to the child (SSDA903 SWEpisodes, collected from 2023-24): the worker's
 * identifier (SW_ID, the workforce census identifier, never a name), from and to (open while it continues), and why the
 * worker changed (SW_REASON, {@code Ssda903Codes.SOCIAL_WORKER_CHANGE}; needed for every episode begun from 1 April 2023, the child's first too;
 * blank in earlier loaded years). One per child and
 * start date.
 */
@Entity
@Table(name = "social_worker_episode")
public class SocialWorkerEpisode extends Recorded {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "child_id")
    private Child child;

    @Column(name = "social_worker", nullable = false, length = 20)
    private String socialWorker;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(length = 6)
    private String reason;

    protected SocialWorkerEpisode() {
    }

    public SocialWorkerEpisode(Child child, String socialWorker, LocalDate startDate, LocalDate endDate, String reason) {
        this.child = Objects.requireNonNull(child);
        this.socialWorker = Objects.requireNonNull(socialWorker);
        this.startDate = Objects.requireNonNull(startDate);
        this.endDate = endDate;
        this.reason = reason;
    }

    /** Records the day the allocation ended. */
    public void endOn(LocalDate on) {
        this.endDate = on;
    }

    public Child getChild() {
        return child;
    }

    public String getSocialWorker() {
        return socialWorker;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getReason() {
        return reason;
    }
}
