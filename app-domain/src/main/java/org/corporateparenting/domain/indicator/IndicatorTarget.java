package org.corporateparenting.domain.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Objects;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.council.HeldByCouncil;
import org.corporateparenting.domain.shared.Recorded;

/**
 * The council's target for an indicator in a financial year, and optionally the threshold beyond which it
 * is red (between the two it is amber): see {@link RagStatus}.
 */
@Entity
@Table(name = "indicator_target")
public class IndicatorTarget extends Recorded implements HeldByCouncil {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "council_id")
    private Council council;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(name = "financial_year", nullable = false)
    private int financialYear;

    @Column(nullable = false, precision = 18, scale = 4)
    private BigDecimal target;

    @Column(name = "red_threshold", precision = 18, scale = 4)
    private BigDecimal redThreshold;

    @Column(name = "set_by", nullable = false, length = 100)
    private String setBy;

    protected IndicatorTarget() {
    }

    public IndicatorTarget(Council council, String code, int financialYear) {
        this.council = Objects.requireNonNull(council);
        this.code = Objects.requireNonNull(code);
        this.financialYear = financialYear;
    }

    public void set(BigDecimal target, BigDecimal redThreshold, String by) {
        this.target = Objects.requireNonNull(target);
        this.redThreshold = redThreshold;
        this.setBy = Objects.requireNonNull(by);
    }

    public RagStatus statusOf(Polarity polarity, BigDecimal shown) {
        return RagStatus.of(polarity, shown, target, redThreshold);
    }

    /** The bands {@link #statusOf} judges by, in words ({@link RagStatus#thresholds}). */
    public String thresholds(Polarity polarity, Unit unit) {
        return RagStatus.thresholds(polarity, unit, target, redThreshold);
    }

    @Override
    public Council getCouncil() {
        return council;
    }

    public String getCode() {
        return code;
    }

    public int getFinancialYear() {
        return financialYear;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public BigDecimal getRedThreshold() {
        return redThreshold;
    }

    public String getSetBy() {
        return setBy;
    }
}
