package org.corporateparenting.domain.episode;

import java.time.LocalDate;

/**
 * What a person records about an episode, field by field as in the SSDA903 Episodes file. Field names
 * are the ones rule violations name. {@code householdId} is set for a placement with one of the
 * council's fostering households.
 */
public record EpisodeDetails(LocalDate startDate, LocalDate endDate, String reasonNew, String legalStatus,
        String categoryOfNeed, String placementType, String placementProvider, String placementPostcode,
        Long householdId, String reasonCeased, String reasonPlaceChange) {

    /** The details of a stored episode, for editing. */
    public static EpisodeDetails of(Episode episode) {
        return new EpisodeDetails(episode.getStartDate(), episode.getEndDate(), episode.getReasonNew(),
                episode.getLegalStatus(), episode.getCategoryOfNeed(), episode.getPlacementType(),
                episode.getPlacementProvider(), episode.getPlacementPostcode(),
                episode.getHousehold() == null ? null : episode.getHousehold().getId(), episode.getReasonCeased(),
                episode.getReasonPlaceChange());
    }
}
