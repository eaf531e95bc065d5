package org.corporateparenting.domain.indicator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.corporateparenting.domain.adoption.AdopterHousehold;
import org.corporateparenting.domain.adoption.AdoptionJourney;
import org.corporateparenting.domain.careleaver.BirthdayCheck;
import org.corporateparenting.domain.careleaver.CareLeaver;
import org.corporateparenting.domain.careleaver.CareLeaverContact;
import org.corporateparenting.domain.careleaver.LivingPeriod;
import org.corporateparenting.domain.careleaver.PathwayPlan;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.child.UascPeriod;
import org.corporateparenting.domain.education.Attendance;
import org.corporateparenting.domain.education.EducationRecord;
import org.corporateparenting.domain.episode.Episode;
import org.corporateparenting.domain.health.HealthAssessment;
import org.corporateparenting.domain.health.HealthCheck;
import org.corporateparenting.domain.health.MissingEpisode;
import org.corporateparenting.domain.household.Allegation;
import org.corporateparenting.domain.household.ApprovalTerms;
import org.corporateparenting.domain.household.Complaint;
import org.corporateparenting.domain.household.FosterHousehold;
import org.corporateparenting.domain.household.SupervisoryVisit;
import org.corporateparenting.domain.recruitment.FosteringEnquiry;
import org.corporateparenting.domain.review.Escalation;
import org.corporateparenting.domain.review.LookedAfterReview;
import org.corporateparenting.domain.shared.Recorded;

/**
 * One council's records, gathered by child and by household in a single pass, with the ONS mid-year
 * estimates of its population under 18. Built from any mix of records (as loaded from the database, or as
 * generated for a demo or benchmark); records of kinds no indicator reads are ignored.
 */
public final class CouncilHistory {

    private final List<ChildHistory> children;
    private final List<HouseholdHistory> households;
    private final List<AdopterHousehold> adopters;
    private final List<FosteringEnquiry> enquiries;
    private final TreeMap<Integer, Integer> population;
    private final Map<ReportingMonth, Map<Object, Optional<Object>>> knownThen = new HashMap<>();

    private CouncilHistory(List<ChildHistory> children, List<HouseholdHistory> households, List<AdopterHousehold> adopters,
            List<FosteringEnquiry> enquiries, Map<Integer, Integer> population) {
        this.children = children;
        this.households = households;
        this.adopters = adopters;
        this.enquiries = enquiries;
        this.population = new TreeMap<>(population);
    }

    /** Gathers the records; {@code population} maps a mid-year to the estimate of children under 18. */
    public static CouncilHistory of(Collection<?> records, Map<Integer, Integer> population) {
        Gatherer g = new Gatherer();
        for (Object r : records) {
            if (r instanceof Child c) {
                g.child(c);
            } else if (r instanceof FosterHousehold h) {
                g.household(h);
            }
        }
        for (Object r : records) {
            g.add(r);
        }
        g.children.values().forEach(ChildHistory::seal);
        g.households.values().forEach(HouseholdHistory::seal);
        return new CouncilHistory(new ArrayList<>(g.children.values()), new ArrayList<>(g.households.values()),
                g.adopters, g.enquiries, population);
    }

    /**
     * Counts {@code then} in place of {@code today} (a child's or a household's history) in the month: their records as
     * they were known when that month was extracted; {@code then} null leaves them out of the month (not yet recorded).
     */
    public <T> void replace(ReportingMonth month, T today, T then) {
        knownThen.computeIfAbsent(month, m -> new IdentityHashMap<>()).put(today, Optional.ofNullable(then));
    }

    /** The subject as counted in the month: as known then where {@link #replace} said so, otherwise as recorded today. */
    @SuppressWarnings("unchecked")
    public <T> T in(T today, ReportingMonth month) {
        Map<Object, Optional<Object>> replaced = knownThen.get(month);
        if (replaced == null || !replaced.containsKey(today)) {
            return today;
        }
        return (T) replaced.get(today).orElse(null);
    }

    public List<ChildHistory> children() {
        return children;
    }

    public List<HouseholdHistory> households() {
        return households;
    }

    public List<AdopterHousehold> adopters() {
        return adopters;
    }

    public List<FosteringEnquiry> enquiries() {
        return enquiries;
    }

    /** The latest mid-year estimate of children under 18 for a year up to the month's, or null. */
    public Integer populationFor(ReportingMonth month) {
        Map.Entry<Integer, Integer> estimate = population.floorEntry(month.month().getYear());
        return estimate == null ? null : estimate.getValue();
    }

    /** Sorts each record to its child or household: by id once stored, by identity before. */
    private static final class Gatherer {
        final Map<Object, ChildHistory> children = new HashMap<>();
        final Map<Object, HouseholdHistory> households = new HashMap<>();
        final Map<Object, ChildHistory> careLeavers = new HashMap<>();
        final List<AdopterHousehold> adopters = new ArrayList<>();
        final List<FosteringEnquiry> enquiries = new ArrayList<>();

        void child(Child c) {
            children.put(key(c), new ChildHistory(c));
        }

        void household(FosterHousehold h) {
            households.put(key(h), new HouseholdHistory(h));
        }

        void add(Object r) {
            if (r instanceof Episode e) {
                of(e.getChild()).episodes.add(e);
                if (e.getHousehold() != null && households.containsKey(key(e.getHousehold()))) {
                    households.get(key(e.getHousehold())).placements.add(e);
                }
            } else if (r instanceof UascPeriod u) {
                of(u.getChild()).uasc.add(u);
            } else if (r instanceof HealthAssessment a) {
                of(a.getChild()).assessments.add(a);
            } else if (r instanceof HealthCheck c) {
                of(c.getChild()).checks.add(c);
            } else if (r instanceof MissingEpisode m) {
                of(m.getChild()).missing.add(m);
            } else if (r instanceof EducationRecord e) {
                of(e.getChild()).education.add(e);
            } else if (r instanceof Attendance a) {
                of(a.getChild()).attendance.add(a);
            } else if (r instanceof LookedAfterReview review) {
                of(review.getChild()).reviews.add(review);
            } else if (r instanceof Escalation e) {
                of(e.getChild()).escalations.add(e);
            } else if (r instanceof AdoptionJourney j) {
                of(j.getChild()).journeys.add(j);
            } else if (r instanceof CareLeaver l) {
                ChildHistory child = of(l.getChild());
                child.careLeaver = l;
                careLeavers.put(key(l), child);
            } else {
                addOther(r);
            }
        }

        private void addOther(Object r) {
            if (r instanceof LivingPeriod p) {
                leaver(p.getCareLeaver()).living.add(p);
            } else if (r instanceof PathwayPlan p) {
                leaver(p.getCareLeaver()).plans.add(p);
            } else if (r instanceof CareLeaverContact c) {
                leaver(c.getCareLeaver()).contacts.add(c);
            } else if (r instanceof BirthdayCheck b) {
                leaver(b.getCareLeaver()).birthdayChecks.add(b);
            } else if (r instanceof ApprovalTerms t) {
                home(t.getHousehold()).terms.add(t);
            } else if (r instanceof SupervisoryVisit v) {
                home(v.getHousehold()).visits.add(v);
            } else if (r instanceof Allegation a) {
                home(a.getHousehold()).allegations.add(a);
            } else if (r instanceof Complaint c) {
                home(c.getHousehold()).complaints.add(c);
            } else if (r instanceof AdopterHousehold a) {
                adopters.add(a);
            } else if (r instanceof FosteringEnquiry f) {
                enquiries.add(f);
            }
        }

        private ChildHistory of(Child c) {
            ChildHistory child = children.get(key(c));
            if (child == null) {
                throw new IllegalArgumentException("A record refers to child " + c.getId() + ", which is not among the records");
            }
            return child;
        }

        private ChildHistory leaver(CareLeaver l) {
            ChildHistory child = careLeavers.get(key(l));
            if (child == null) {
                throw new IllegalArgumentException("A record refers to care leaver " + l.getId() + ", which is not among the records");
            }
            return child;
        }

        private HouseholdHistory home(FosterHousehold h) {
            HouseholdHistory home = households.get(key(h));
            if (home == null) {
                throw new IllegalArgumentException("A record refers to household " + h.getId() + ", which is not among the records");
            }
            return home;
        }

        private static Object key(Recorded r) {
            return r.getId() != null ? (Object) r.getId() : new Identity(r);
        }
    }

    /** Identity of a record not yet stored (generated records have no id). */
    private record Identity(Object record) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity i && i.record == record;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(record);
        }
    }
}
