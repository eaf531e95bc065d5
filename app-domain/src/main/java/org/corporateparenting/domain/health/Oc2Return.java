package org.corporateparenting.domain.health;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.shared.Recorded;

/**
 * A child's SSDA903 OC2 row for a collection year as a loaded return gave it, kept only where it says more than (or
 * otherwise than) the dated health records here: the OC2 columns after CHILD and DOB in the DfE's order (SDQ_SCORE,
 * SDQ_REASON, CONVICTED, HEALTH_CHECK, IMMUNISATIONS, TEETH_CHECK, HEALTH_ASSESSMENT, SUBSTANCE_MISUSE,
 * INTERVENTION_RECEIVED, INTERVENTION_OFFERED), blank as blank. The return writes it back for that year in place of the
 * figures worked out from the records, so a council's submitted year reads back as submitted.
 */
@Entity
@Table(name = "oc2_return")
public class Oc2Return extends Recorded {

    /** The number of OC2 columns held (those after CHILD and DOB). */
    public static final int COLUMNS = 10;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "child_id")
    private Child child;

    @Column(name = "collection_year", nullable = false)
    private int collectionYear;

    @Column(name = "sdq_score", length = 2)
    private String sdqScore;
    @Column(name = "sdq_reason", length = 4)
    private String sdqReason;
    @Column(length = 1)
    private String convicted;
    @Column(name = "health_check", length = 1)
    private String healthCheck;
    @Column(length = 1)
    private String immunisations;
    @Column(name = "teeth_check", length = 1)
    private String teethCheck;
    @Column(name = "health_assessment", length = 1)
    private String healthAssessment;
    @Column(name = "substance_misuse", length = 1)
    private String substanceMisuse;
    @Column(name = "intervention_received", length = 1)
    private String interventionReceived;
    @Column(name = "intervention_offered", length = 1)
    private String interventionOffered;

    protected Oc2Return() {
    }

    /** {@code collectionYear}: the year the collection starts (2024 for 2024-25). */
    public Oc2Return(Child child, int collectionYear, List<String> values) {
        this.child = Objects.requireNonNull(child);
        this.collectionYear = collectionYear;
        revise(values);
    }

    /** Replaces the row with a later load's values, in column order. */
    public final void revise(List<String> values) {
        if (values.size() != COLUMNS) {
            throw new IllegalArgumentException("An OC2 row has " + COLUMNS + " values after CHILD and DOB.");
        }
        String[] v = values.stream().map(x -> x == null || x.isEmpty() ? null : x).toArray(String[]::new);
        sdqScore = v[0];
        sdqReason = v[1];
        convicted = v[2];
        healthCheck = v[3];
        immunisations = v[4];
        teethCheck = v[5];
        healthAssessment = v[6];
        substanceMisuse = v[7];
        interventionReceived = v[8];
        interventionOffered = v[9];
    }

    /** The values in column order, blank as "". */
    public List<String> values() {
        return Arrays.stream(new String[] {sdqScore, sdqReason, convicted, healthCheck, immunisations, teethCheck, healthAssessment,
            substanceMisuse, interventionReceived, interventionOffered}).map(x -> x == null ? "" : x).toList();
    }

    public Child getChild() {
        return child;
    }

    public int getCollectionYear() {
        return collectionYear;
    }
}
