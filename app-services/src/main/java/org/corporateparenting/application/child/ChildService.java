package org.corporateparenting.application.child;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.corporateparenting.application.access.CurrentUser;
import org.corporateparenting.application.access.UserService;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.infrastructure.persistence.ChildRepository;

/**
 * Children of the caller's council. Counts are aggregates and open to every role; lists of children
 * need a practitioner role (councillors see aggregates only). What "looked after on a date" means is
 * defined once, in {@link ChildRepository}.
 */
@Stateless
public class ChildService {

    @EJB
    private ChildRepository repository;

    @EJB
    private UserService users;

    /** How many children of the caller's council were looked after at the end of the given day. */
    @PermitAll
    public long countLookedAfterOn(LocalDate date) {
        return repository.countLookedAfterOn(councilOf(users.whoAmI()), date);
    }

    /** A page of the caller's council's children, by surname, with whether each is looked after today. */
    @RolesAllowed({Role.FOSTERING, Role.ADOPTION, Role.IRO, Role.LEAVING_CARE, Role.PERFORMANCE_ANALYST,
            Role.ADMINISTRATOR})
    public Page<ChildSummary> findChildren(int page, int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw new IllegalArgumentException("Page must be 0 or more and size between 1 and 500.");
        }
        long council = councilOf(users.whoAmI());
        List<Child> children = repository.findPage(council, page, size);
        Set<Long> lookedAfter = repository.lookedAfterAmong(children, LocalDate.now());
        List<ChildSummary> items = children.stream()
                .map(c -> new ChildSummary(c.getId(), c.getChildRef(), c.getForename(), c.getSurname(),
                        c.getDateOfBirth(), lookedAfter.contains(c.getId())))
                .toList();
        return new Page<>(items, page, size, repository.countChildren(council));
    }

    private static long councilOf(CurrentUser user) {
        if (user.councilId() == null) {
            throw new IllegalStateException("User " + user.username() + " is not attached to a council.");
        }
        return user.councilId();
    }
}
