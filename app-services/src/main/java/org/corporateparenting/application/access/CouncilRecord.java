package org.corporateparenting.application.access;

import org.corporateparenting.domain.council.Council;

/** A council's set-up as its administrator edits it; null standards mean the installation's default. */
public record CouncilRecord(long id, int version, String laCode, String name, Integer contactDays, Integer visitDays) {

    static CouncilRecord of(Council council) {
        return new CouncilRecord(council.getId(), council.getVersion(), council.getLaCode(), council.getName(),
                council.getContactDays(), council.getVisitDays());
    }
}
