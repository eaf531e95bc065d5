package org.corporateparenting.domain.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.council.HeldByCouncil;
import org.corporateparenting.domain.shared.Recorded;

/** The ONS mid-year estimate of the council's population aged 0 to 17: the denominator of rates per 10,000. */
@Entity
@Table(name = "population_estimate")
public class PopulationEstimate extends Recorded implements HeldByCouncil {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "council_id")
    private Council council;

    @Column(name = "mid_year", nullable = false)
    private int midYear;

    @Column(name = "under_18", nullable = false)
    private int under18;

    protected PopulationEstimate() {
    }

    public PopulationEstimate(Council council, int midYear, int under18) {
        this.council = Objects.requireNonNull(council);
        this.midYear = midYear;
        revise(under18);
    }

    public void revise(int estimate) {
        if (estimate <= 0) {
            throw new IllegalArgumentException("A population estimate must be more than 0.");
        }
        this.under18 = estimate;
    }

    @Override
    public Council getCouncil() {
        return council;
    }

    public int getMidYear() {
        return midYear;
    }

    public int getUnder18() {
        return under18;
    }
}
