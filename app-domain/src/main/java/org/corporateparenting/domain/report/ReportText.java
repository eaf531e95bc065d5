package org.corporateparenting.domain.report;

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

/**
 * A block of words an author writes for one year's edition of an annual report: a committee cover field
 * (recommendation, implications, ...) or a narrative section. Figures are never typed into it: the author writes
 * references such as {@code {reviews.held}}, which the report fills from the records, so the words and the tables
 * cannot disagree. Saved with the version it was based on, so two authors never overwrite each other.
 */
@Entity
@Table(name = "report_text")
public class ReportText extends Recorded implements HeldByCouncil {

    public static final int MAX_LENGTH = 8000;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "council_id")
    private Council council;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ReportKind kind;

    @Column(nullable = false, length = 10)
    private String period;

    @Column(name = "block_key", nullable = false, length = 40)
    private String key;

    @Column(nullable = false, length = MAX_LENGTH)
    private String body;

    @Column(name = "edited_by", nullable = false, length = 100)
    private String editedBy;

    @Column(name = "edited_at", nullable = false)
    private Instant editedAt;

    protected ReportText() {
    }

    public ReportText(Council council, ReportKind kind, String period, String key, String body, String editedBy, Instant editedAt) {
        this.council = Objects.requireNonNull(council);
        this.kind = Objects.requireNonNull(kind);
        this.period = Objects.requireNonNull(period);
        this.key = Objects.requireNonNull(key);
        edit(body, editedBy, editedAt);
    }

    public void edit(String body, String editedBy, Instant editedAt) {
        this.body = Objects.requireNonNull(body);
        this.editedBy = Objects.requireNonNull(editedBy);
        this.editedAt = Objects.requireNonNull(editedAt);
    }

    @Override
    public Council getCouncil() {
        return council;
    }

    public ReportKind getKind() {
        return kind;
    }

    public String getPeriod() {
        return period;
    }

    public String getKey() {
        return key;
    }

    public String getBody() {
        return body;
    }

    public String getEditedBy() {
        return editedBy;
    }

    public Instant getEditedAt() {
        return editedAt;
    }
}
