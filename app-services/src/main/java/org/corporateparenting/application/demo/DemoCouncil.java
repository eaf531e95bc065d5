package org.corporateparenting.application.demo;

import java.util.List;
import org.corporateparenting.domain.careleaver.CareLeaver;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.episode.Episode;
import org.corporateparenting.domain.household.FosterHousehold;

/** Everything generated for one council, not yet stored, in an order that can be persisted as listed. */
public record DemoCouncil(Council council, List<FosterHousehold> households, List<Child> children,
        List<Episode> episodes, List<CareLeaver> careLeavers) {
}
