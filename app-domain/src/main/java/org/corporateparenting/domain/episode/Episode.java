package org.corporateparenting.domain.episode;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.household.FosterHousehold;
import org.corporateparenting.domain.shared.Recorded;

/**
 * One row of the SSDA903 Episodes file: from its start (DECOM) to its end (DEC, open while looked
 * after), with the reason for the new episode (RNE), legal status (LS), category of need (CIN),
 * placement type (PLACE), provider (PLACE_PROVIDER), placement postcode (PL_POST), the reason the
 * episode ceased (REC; X1 when another episode follows on the same day) and the reason for a
 * placement change (REASON_PLACE_CHANGE). A foster placement also names its household.
 *
 * <p>The end date is exclusive in the sense of SSDA903: an episode ending on day D is followed by the
 * next one starting on D. An episode is open ("current") when it has no end date.
 */
@Entity
@Table(name = "episode")
public class Episode extends Recorded {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "child_id")
    private Child child;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "reason_new", nullable = false, length = 2)
    private String reasonNew;

    @Column(name = "legal_status", nullable = false, length = 2)
    private String legalStatus;

    @Column(name = "category_of_need", nullable = false, length = 2)
    private String categoryOfNeed;

    @Column(name = "placement_type", nullable = false, length = 3)
    private String placementType;

    @Column(name = "placement_provider", length = 3)
    private String placementProvider;

    @Column(name = "placement_postcode", length = 8)
    private String placementPostcode;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "household_id")
    private FosterHousehold household;

    @Column(name = "reason_ceased", length = 4)
    private String reasonCeased;

    @Column(name = "reason_place_change", length = 6)
    private String reasonPlaceChange;

    /** SSDA903 HOME_POST: the child's home postcode at the episode's start, as returned (the child's own may change). */
    @Column(name = "home_postcode", length = 8)
    private String homePostcode;

    /** The exemption a foster placement outside the household's approval was made under (see {@link PlacementMatch}). */
    @Embedded
    private PlacementExemption exemption;

    /** SSDA903 URN: the Ofsted unique reference number of the placement, as returned. */
    @Column(length = 8)
    private String urn;

    protected Episode() {
    }

    public Episode(Child child, LocalDate startDate, String reasonNew, String legalStatus,
            String categoryOfNeed, String placementType) {
        this.child = Objects.requireNonNull(child, "Child is required.");
        this.startDate = Objects.requireNonNull(startDate, "Start date is required.");
        this.reasonNew = Objects.requireNonNull(reasonNew, "Reason for new episode is required.");
        this.legalStatus = Objects.requireNonNull(legalStatus, "Legal status is required.");
        this.categoryOfNeed = Objects.requireNonNull(categoryOfNeed, "Category of need is required.");
        this.placementType = Objects.requireNonNull(placementType, "Placement type is required.");
    }

    /** Places the child with a provider, at a postcode, and with a household when fostered. */
    public void placeWith(String provider, String postcode, FosterHousehold household) {
        this.placementProvider = provider;
        this.placementPostcode = postcode;
        this.household = household;
    }

    /**
     * Ends the episode. {@code reasonCeased} is X1 when a new episode follows on the same day, or the
     * code of the reason the child stopped being looked after.
     */
    public void end(LocalDate on, String reasonCeased, String reasonPlaceChange) {
        Objects.requireNonNull(on, "End date is required.");
        if (on.isBefore(startDate)) {
            throw new IllegalArgumentException("Episode end date cannot be before its start date.");
        }
        this.endDate = on;
        this.reasonCeased = Objects.requireNonNull(reasonCeased, "Reason episode ceased is required.");
        this.reasonPlaceChange = reasonPlaceChange;
    }

    /** Replaces every recorded field with the given details (already checked by {@link EpisodeRules}). */
    public void revise(EpisodeDetails details, FosterHousehold household) {
        this.startDate = details.startDate();
        this.endDate = details.endDate();
        this.reasonNew = details.reasonNew();
        this.legalStatus = details.legalStatus();
        this.categoryOfNeed = details.categoryOfNeed();
        this.placementType = details.placementType();
        this.placementProvider = details.placementProvider();
        this.placementPostcode = details.placementPostcode();
        this.household = household;
        this.reasonCeased = details.reasonCeased();
        this.reasonPlaceChange = details.reasonPlaceChange();
        this.exemption = details.exemption() == null || household == null ? null : new PlacementExemption(details.exemption());
    }

    /** The exemption the placement was made under, or null. */
    public PlacementExemption getExemption() {
        return exemption;
    }

    /** Whether the child was looked after in this episode at the end of the given day. */
    public boolean isOpenOn(LocalDate date) {
        return !startDate.isAfter(date) && (endDate == null || endDate.isAfter(date));
    }

    public boolean isOpen() {
        return endDate == null;
    }

    public Child getChild() {
        return child;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getReasonNew() {
        return reasonNew;
    }

    public String getLegalStatus() {
        return legalStatus;
    }

    public String getCategoryOfNeed() {
        return categoryOfNeed;
    }

    public String getPlacementType() {
        return placementType;
    }

    public String getPlacementProvider() {
        return placementProvider;
    }

    public String getPlacementPostcode() {
        return placementPostcode;
    }

    public FosterHousehold getHousehold() {
        return household;
    }

    public String getReasonCeased() {
        return reasonCeased;
    }

    public String getReasonPlaceChange() {
        return reasonPlaceChange;
    }

    /** The episode's home postcode and placement URN as the SSDA903 return gave them (HOME_POST, URN); blank is none. */
    public void recordAsReturned(String homePostcode, String urn) {
        this.homePostcode = homePostcode == null || homePostcode.isBlank() ? null : homePostcode;
        this.urn = urn == null || urn.isBlank() ? null : urn;
    }

    /** HOME_POST as returned, or null (then the child's home postcode stands for it). */
    public String getHomePostcode() {
        return homePostcode;
    }

    public String getUrn() {
        return urn;
    }
}
