package org.corporateparenting.domain.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.corporateparenting.domain.council.Council;

/**
 * A manager's comment on one indicator for one month, as the councils' packs print it beside the figure ("Performance
 * dipped because two assessments were booked late"); kept as every {@link MonthlyNote} is, the latest shown.
 */
@Entity
@Table(name = "indicator_comment")
public class IndicatorComment extends MonthlyNote {

    public static final int MAX_LENGTH = 1000;

    @Column(nullable = false, length = 40)
    private String code;

    protected IndicatorComment() {
    }

    public IndicatorComment(Council council, ReportingMonth month, String code, String body, String author, Instant writtenAt) {
        super(council, month, body, author, writtenAt);
        this.code = Objects.requireNonNull(code);
    }

    public String getCode() {
        return code;
    }
}
