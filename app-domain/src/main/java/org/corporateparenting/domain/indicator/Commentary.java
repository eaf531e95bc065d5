package org.corporateparenting.domain.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.corporateparenting.domain.council.Council;

/** A manager's commentary on one area of the dataset for one month; kept as every {@link MonthlyNote} is, the latest shown. */
@Entity
@Table(name = "indicator_commentary")
public class Commentary extends MonthlyNote {

    public static final int MAX_LENGTH = 4000;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Area area;

    protected Commentary() {
    }

    public Commentary(Council council, ReportingMonth month, Area area, String body, String author, Instant writtenAt) {
        super(council, month, body, author, writtenAt);
        this.area = Objects.requireNonNull(area);
    }

    public Area getArea() {
        return area;
    }
}
