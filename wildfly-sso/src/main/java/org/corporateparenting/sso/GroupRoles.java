package org.corporateparenting.sso;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which product roles a member of each of the council's directory groups holds (README, "Single sign-on").
 * The council writes the map, not the product: {@code group=role} entries separated by {@code ;} or new lines,
 * several roles for one group separated by commas, for example
 * {@code cp-performance-analysts=performance-analyst; 6f1c0d2e-...=fostering,adoption}. A group is the value the
 * provider puts in the token's groups claim: a group name in Keycloak, a group object id in Microsoft Entra ID.
 * Groups are matched exactly; groups that are not in the map grant nothing, so a person in none of the mapped
 * groups has no role and is refused.
 */
public final class GroupRoles {

    private final Map<String, Set<String>> rolesByGroup;

    private GroupRoles(Map<String, Set<String>> rolesByGroup) {
        this.rolesByGroup = rolesByGroup;
    }

    /** Reads the council's map; an entry without a group or a role is a configuration mistake and refused. */
    public static GroupRoles parse(String map) {
        Map<String, Set<String>> roles = new LinkedHashMap<>();
        if (map != null) {
            for (String entry : map.split("[;\\n]")) {
                if (entry.isBlank()) {
                    continue;
                }
                int equals = entry.indexOf('=');
                String group = equals < 0 ? "" : entry.substring(0, equals).strip();
                if (group.isEmpty()) {
                    throw new IllegalArgumentException("Group to role map: \"" + entry.strip() + "\" is not group=role.");
                }
                Set<String> granted = roles.computeIfAbsent(group, g -> new LinkedHashSet<>());
                for (String role : entry.substring(equals + 1).split(",")) {
                    if (!role.isBlank()) {
                        granted.add(role.strip());
                    }
                }
                if (granted.isEmpty()) {
                    throw new IllegalArgumentException("Group to role map: group \"" + group + "\" is given no role.");
                }
            }
        }
        return new GroupRoles(roles);
    }

    /** The roles of someone in these groups (sorted); empty when none of the groups is mapped. */
    public Set<String> rolesFor(Collection<String> groups) {
        Set<String> granted = new TreeSet<>();
        if (groups != null) {
            for (String group : groups) {
                granted.addAll(rolesByGroup.getOrDefault(group, Collections.emptySet()));
            }
        }
        return granted;
    }

    /** The groups the map names, for the server log at start-up. */
    public Set<String> groups() {
        return Collections.unmodifiableSet(rolesByGroup.keySet());
    }
}
