package org.corporateparenting.application.child;

import java.time.LocalDate;
import org.corporateparenting.domain.episode.Episode;
import org.corporateparenting.domain.episode.ExemptionDetails;

/**
 * An episode as screens and the API show it, with the version to send back when changing it, and the exemption a
 * foster placement outside the household's approval was made under (null for none).
 */
public record EpisodeView(long id, int version, LocalDate startDate, LocalDate endDate, String reasonNew,
        String legalStatus, String categoryOfNeed, String placementType, String placementProvider,
        String placementPostcode, Long householdId, String householdRef, String reasonCeased, String reasonPlaceChange,
        ExemptionDetails exemption) {

    public static EpisodeView of(Episode e) {
        return new EpisodeView(e.getId(), e.getVersion(), e.getStartDate(), e.getEndDate(), e.getReasonNew(),
                e.getLegalStatus(), e.getCategoryOfNeed(), e.getPlacementType(), e.getPlacementProvider(),
                e.getPlacementPostcode(), e.getHousehold() == null ? null : e.getHousehold().getId(),
                e.getHousehold() == null ? null : e.getHousehold().getHouseholdRef(), e.getReasonCeased(),
                e.getReasonPlaceChange(), e.getExemption() == null ? null : e.getExemption().details());
    }
}
