package org.corporateparenting.domain.indicator;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.council.HeldByCouncil;
import org.corporateparenting.domain.shared.Recorded;

/**
 * A month of the dataset as published: every figure frozen with the time the records were read. Never
 * changed once stored: re-running the month stores a new revision beside it, so that what the board was
 * shown can always be seen again, and what changed since.
 */
@Entity
@Table(name = "published_month")
public class PublishedMonth extends Recorded implements HeldByCouncil {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "council_id")
    private Council council;

    @Column(name = "report_month", nullable = false, length = 7)
    private String month;

    @Column(nullable = false)
    private int revision;

    @Column(name = "extracted_at", nullable = false)
    private Instant extractedAt;

    @Column(name = "published_by", nullable = false, length = 100)
    private String publishedBy;

    @OneToMany(mappedBy = "publishedMonth", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<PublishedFigure> figures = new ArrayList<>();

    protected PublishedMonth() {
    }

    public PublishedMonth(Council council, Dataset dataset, int revision, Instant extractedAt, String publishedBy,
            List<Definition> definitions) {
        this.council = Objects.requireNonNull(council);
        this.month = dataset.month().toString();
        this.revision = revision;
        this.extractedAt = Objects.requireNonNull(extractedAt);
        this.publishedBy = Objects.requireNonNull(publishedBy);
        Map<String, Integer> versions = definitions.stream()
                .collect(Collectors.toMap(Definition::code, Definition::version));
        for (Measure m : dataset.measures()) {
            figures.add(new PublishedFigure(this, m, versions.getOrDefault(m.code(), 1)));
        }
    }

    /** The frozen figures, as measures again. */
    public Dataset dataset() {
        return new Dataset(getMonth(), figures.stream().map(PublishedFigure::measure).toList());
    }

    @Override
    public Council getCouncil() {
        return council;
    }

    public ReportingMonth getMonth() {
        return ReportingMonth.parse(month);
    }

    public int getRevision() {
        return revision;
    }

    public Instant getExtractedAt() {
        return extractedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public List<PublishedFigure> getFigures() {
        return figures;
    }
}
