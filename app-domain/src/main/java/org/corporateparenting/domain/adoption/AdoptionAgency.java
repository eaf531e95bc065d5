package org.corporateparenting.domain.adoption;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.shared.Recorded;

/**
 * A regional adoption agency: councils that have joined their adoption services into one (the Education and Adoption
 * Act 2016 and the DfE's "Regionalising adoption" programme), hosted by one of them. The host's adoption team writes
 * the agency's annual report, which counts the member councils' records council by council; each member is still the
 * corporate parent of its own children, so the agency's report carries aggregates only. The host is a member.
 */
@Entity
@Table(name = "adoption_agency")
public class AdoptionAgency extends Recorded {

    @Column(nullable = false, length = 120)
    private String name;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "host_council_id", unique = true)
    private Council host;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "adoption_agency_member", joinColumns = @JoinColumn(name = "agency_id"),
            inverseJoinColumns = @JoinColumn(name = "council_id"))
    private List<Council> members = new ArrayList<>();

    protected AdoptionAgency() {
    }

    public AdoptionAgency(String name, Council host) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("An adoption agency needs a name.");
        }
        this.name = name;
        this.host = Objects.requireNonNull(host);
        this.members.add(host);
    }

    /** Adds a member council (once). */
    public void join(Council council) {
        if (members.stream().noneMatch(m -> m == council || m.getId() != null && m.getId().equals(council.getId()))) {
            members.add(council);
        }
    }

    public String getName() {
        return name;
    }

    public Council getHost() {
        return host;
    }

    /** The member councils, the host first, then the others by name. */
    public List<Council> members() {
        List<Council> ordered = new ArrayList<>(members);
        ordered.sort(Comparator.comparing((Council c) -> c != host && !Objects.equals(c.getId(), host.getId()))
                .thenComparing(Council::getName));
        return List.copyOf(ordered);
    }
}
