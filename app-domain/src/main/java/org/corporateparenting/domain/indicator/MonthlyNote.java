package org.corporateparenting.domain.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.Objects;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.council.HeldByCouncil;
import org.corporateparenting.domain.shared.Recorded;

/**
 * A manager's words on one month of the dataset, dated and signed. Never edited in place: each edit is a new note,
 * every one is kept, and the latest is the one shown (the packs print it beside the figures it explains).
 */
@MappedSuperclass
public abstract class MonthlyNote extends Recorded implements HeldByCouncil {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "council_id")
    private Council council;

    @Column(name = "report_month", nullable = false, length = 7)
    private String month;

    @Column(nullable = false)
    private String body;

    @Column(nullable = false, length = 100)
    private String author;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected MonthlyNote() {
    }

    protected MonthlyNote(Council council, ReportingMonth month, String body, String author, Instant writtenAt) {
        this.council = Objects.requireNonNull(council);
        this.month = month.toString();
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
