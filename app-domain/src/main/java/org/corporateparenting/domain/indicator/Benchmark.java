package org.corporateparenting.domain.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
 * A comparator figure for an indicator, with its own year ("vintage") and source: benchmarks move under
 * stale column headers in the hand-made packs, so the year belongs to each value, not to the column.
 */
@Entity
@Table(name = "indicator_benchmark")
public class Benchmark extends Recorded implements HeldByCouncil {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "council_id")
    private Council council;

    @Column(nullable = false, length = 40)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private BenchmarkKind kind;

    @Column(nullable = false, length = 20)
    private String vintage;

    @Column(name = "figure", nullable = false, precision = 18, scale = 4)
    private BigDecimal value;

    @Column(nullable = false, length = 200)
    private String source;

    protected Benchmark() {
    }

    public Benchmark(Council council, String code, BenchmarkKind kind, String vintage) {
        this.council = Objects.requireNonNull(council);
        this.code = Objects.requireNonNull(code);
        this.kind = Objects.requireNonNull(kind);
        this.vintage = Objects.requireNonNull(vintage);
    }

    public void set(BigDecimal value, String source) {
        this.value = Objects.requireNonNull(value);
        this.source = Objects.requireNonNull(source);
    }

    @Override
    public Council getCouncil() {
        return council;
    }

    public String getCode() {
        return code;
    }

    public BenchmarkKind getKind() {
        return kind;
    }

    public String getVintage() {
        return vintage;
    }

    public BigDecimal getValue() {
        return value;
    }

    public String getSource() {
        return source;
    }
}
