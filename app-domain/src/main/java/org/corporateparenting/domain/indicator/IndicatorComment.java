package org.corporateparenting.domain.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.council.HeldByCouncil;
import org.corporateparenting.domain.shared.Recorded;

/**
 * A manager's comment on one indicator for one month, as the councils' packs print it beside the figure ("Performance
 * dipped because two assessments were booked late"). Versioned as the area {@link Commentary} is: each edit is a new
 * comment, every one is kept, and the latest is shown, dated and with its author.
 */
@Entity
@Table(name = "indicator_comment")
public class IndicatorComment extends Recorded implements HeldByCouncil {

    public static final int MAX_LENGTH = 1000;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "council_id")
    private Council council;

    @Column(name = "report_month", nullable = false, length = 7)
    private String month;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = MAX_LENGTH)
    private String body;

    @Column(nullable = false, length = 100)
    private String author;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected IndicatorComment() {
    }

    public IndicatorComment(Council council, ReportingMonth month, String code, String body, String author, Instant writtenAt) {
        this.council = Objects.requireNonNull(council);
        this.month = month.toString();
        this.code = Objects.requireNonNull(code);
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

    public String getCode() {
        return code;
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
