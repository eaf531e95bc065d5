package org.corporateparenting.domain.episode;

import jakarta.json.bind.annotation.JsonbCreator;
import java.time.LocalDate;

/**
 * What a person records about an episode, field by field as in the SSDA903 Episodes file. Field names
 * are the ones rule violations name. {@code householdId} is set for a placement with one of the
 * council's fostering households; {@code exemption} documents a foster placement made outside the household's approval
 * (see {@link PlacementMatch}), null for none.
 */
public record EpisodeDetails(LocalDate startDate, LocalDate endDate, String reasonNew, String legalStatus,
        String categoryOfNeed, String placementType, String placementProvider, String placementPostcode,
        Long householdId, String reasonCeased, String reasonPlaceChange, ExemptionDetails exemption) {

    /** The canonical constructor, the one JSON binding uses (a missing exemption is none). */
    @JsonbCreator
    public EpisodeDetails {
    }

    /** Details without an exemption. */
    public EpisodeDetails(LocalDate startDate, LocalDate endDate, String reasonNew, String legalStatus,
            String categoryOfNeed, String placementType, String placementProvider, String placementPostcode,
            Long householdId, String reasonCeased, String reasonPlaceChange) {
        this(startDate, endDate, reasonNew, legalStatus, categoryOfNeed, placementType, placementProvider, placementPostcode,
                householdId, reasonCeased, reasonPlaceChange, null);
    }

    /** The details of a stored episode, for editing. */
    public static EpisodeDetails of(Episode episode) {
        return new EpisodeDetails(episode.getStartDate(), episode.getEndDate(), episode.getReasonNew(),
                episode.getLegalStatus(), episode.getCategoryOfNeed(), episode.getPlacementType(),
                episode.getPlacementProvider(), episode.getPlacementPostcode(),
                episode.getHousehold() == null ? null : episode.getHousehold().getId(), episode.getReasonCeased(),
                episode.getReasonPlaceChange(), episode.getExemption() == null ? null : episode.getExemption().details());
    }

    /** The same details with another exemption. */
    public EpisodeDetails withExemption(ExemptionDetails other) {
        return new EpisodeDetails(startDate, endDate, reasonNew, legalStatus, categoryOfNeed, placementType, placementProvider,
                placementPostcode, householdId, reasonCeased, reasonPlaceChange, other);
    }
}
