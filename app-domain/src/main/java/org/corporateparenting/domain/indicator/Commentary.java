package org.corporateparenting.domain.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.council.HeldByCouncil;
import org.corporateparenting.domain.shared.Recorded;

/** A manager's commentary on one area of the dataset for one month; each edit is kept, the latest is shown. */
@Entity
@Table(name = "indicator_commentary")
public class Commentary extends Recorded implements HeldByCouncil {

    public static final int MAX_LENGTH = 4000;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "council_id")
    private Council council;

    @Column(name = "report_month", nullable = false, length = 7)
    private String month;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Area area;

    @Column(nullable = false, length = MAX_LENGTH)
    private String body;

    @Column(nullable = false, length = 100)
    private String author;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected Commentary() {
    }

    public Commentary(Council council, ReportingMonth month, Area area, String body, String author, Instant writtenAt) {
        this.council = Objects.requireNonNull(council);
        this.month = month.toString();
        this.area = Objects.requireNonNull(area);
        this.body = Objects.requireNonNull(body);
        this.author = Objects.requireNonNull(author);
        this.writtenAt = Objects.requireNonNull(writtenAt);
    }

    @Override
    public Council getCouncil() {
        return council;
    }

    public ReportingMonth getMonth() {
        return ReportingMonth.parse(month);
    }

    public Area getArea() {
        return area;
    }

    public String getBody() {
        return body;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
