package org.corporateparenting.domain.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.corporateparenting.domain.shared.Recorded;

/** One frozen figure of a published month, with the version of the definition it was computed under. */
@Entity
@Table(name = "published_figure")
public class PublishedFigure extends Recorded {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "published_month_id")
    private PublishedMonth publishedMonth;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(name = "definition_version", nullable = false)
    private int definitionVersion;

    @Column(nullable = false, length = 7)
    private String cohort;

    @Column(nullable = false, precision = 18, scale = 4)
    private BigDecimal numerator;

    private Long denominator;

    @Column(name = "figure", precision = 18, scale = 4)
    private BigDecimal value;

    protected PublishedFigure() {
    }

    PublishedFigure(PublishedMonth publishedMonth, Measure measure, int definitionVersion) {
        this.publishedMonth = publishedMonth;
        this.code = measure.code();
        this.definitionVersion = definitionVersion;
        this.cohort = measure.cohort().toString();
        this.numerator = BigDecimal.valueOf(measure.numerator());
        this.denominator = measure.denominator();
        this.value = measure.value() == null ? null : BigDecimal.valueOf(measure.value());
    }

    Measure measure() {
        return new Measure(code, publishedMonth.getMonth(), ReportingMonth.parse(cohort), numerator.doubleValue(), denominator,
                value == null ? null : value.doubleValue());
    }

    public String getCode() {
        return code;
    }

    public int getDefinitionVersion() {
        return definitionVersion;
    }
}
