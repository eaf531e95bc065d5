package org.corporateparenting.application.child;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.corporateparenting.domain.episode.PeriodOfCare;

/**
 * A child's record as practitioners see it: identifying details, episodes, the periods of care they
 * make, UASC periods, and who last changed the details (with the version to send back).
 */
public record ChildRecord(long id, int version, String childRef, String forename, String surname, String sex,
        LocalDate dateOfBirth, String ethnicity, String upn, String homePostcode, String nhsNumber, List<EpisodeView> episodes,
        List<PeriodOfCare> periodsOfCare, List<UascView> uascPeriods, String lastChangedBy, LocalDateTime lastChangedAt) {

    /** A UASC period as shown. */
    public record UascView(long id, int version, LocalDate startDate, LocalDate endDate) {
    }
}
