package org.corporateparenting.application.adoption;

import java.time.LocalDate;
import org.corporateparenting.domain.adoption.AdopterHousehold;
import org.corporateparenting.domain.audit.LastChange;

/** Prospective adopters, where they are in the process today, and who last changed their record. */
public record AdoptersView(long id, int version, String householdRef, AdopterHousehold.Stage stage, LocalDate enquiryOn,
        LocalDate stageOneOn, LocalDate stageTwoOn, LocalDate approvedOn, LocalDate withdrawnOn, LastChange lastChange) {

    static AdoptersView of(AdopterHousehold h, LastChange lastChange) {
        return new AdoptersView(h.getId(), h.getVersion(), h.getHouseholdRef(), h.stageOn(LocalDate.now()),
                h.dateOf(AdopterHousehold.Stage.ENQUIRY), h.dateOf(AdopterHousehold.Stage.STAGE_ONE),
                h.dateOf(AdopterHousehold.Stage.STAGE_TWO), h.dateOf(AdopterHousehold.Stage.APPROVED),
                h.dateOf(AdopterHousehold.Stage.WITHDRAWN), lastChange);
    }
}
