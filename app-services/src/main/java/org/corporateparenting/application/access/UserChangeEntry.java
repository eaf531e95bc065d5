package org.corporateparenting.application.access;

import java.time.LocalDateTime;
import org.corporateparenting.domain.access.UserChange;
import org.corporateparenting.domain.access.UserChangeAction;

/** One entry of a user's administration trail: who changed what, when. */
public record UserChangeEntry(LocalDateTime happenedAt, String actor, String username, UserChangeAction action, String detail) {

    static UserChangeEntry of(UserChange change) {
        return new UserChangeEntry(change.getHappenedAt(), change.getActor(), change.getUsername(), change.getAction(),
                change.getDetail());
    }
}
