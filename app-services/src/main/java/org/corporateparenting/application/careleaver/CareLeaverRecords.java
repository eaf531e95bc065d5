package org.corporateparenting.application.careleaver;

import java.time.LocalDate;
import org.corporateparenting.domain.audit.LastChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.corporateparenting.domain.careleaver.BirthdayCheck;
import org.corporateparenting.domain.careleaver.CareLeaver;
import org.corporateparenting.domain.careleaver.CareLeaverContact;
import org.corporateparenting.domain.careleaver.LivingPeriod;
import org.corporateparenting.domain.careleaver.PathwayPlan;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.episode.Episode;
import org.corporateparenting.domain.episode.LookedAfter;
import org.corporateparenting.infrastructure.persistence.CareLeaverRepository;

/**
 * Assembles a care leaver's record. The next contact is due {@code contactDays} after the last
 * successful one (the council's contact standard); OC3 checks are due for each 17th to 21st birthday
 * passed without one, except a 17th or 18th spent looked after.
 */
final class CareLeaverRecords {

    private CareLeaverRecords() {
    }

    static CareLeaverRecord of(CareLeaver leaver, CareLeaverRepository repository, List<Episode> episodes,
            int contactDays, LocalDate today, LastChange lastChange) {
        Child child = leaver.getChild();
        List<CareLeaverContact> contacts = repository.contactsOf(leaver.getId());
        LocalDate lastSuccessful = contacts.stream().filter(CareLeaverContact::isSuccessful)
                .map(CareLeaverContact::getContactDate).max(LocalDate::compareTo).orElse(null);
        LocalDate contactDue = (lastSuccessful == null ? leaver.getEligibleFrom() : lastSuccessful).plusDays(contactDays);
        List<LivingPeriod> periods = repository.periodsOf(leaver.getId());
        LivingPeriod home = current(periods, LivingPeriod.Kind.ACCOMMODATION, today);
        LivingPeriod activity = current(periods, LivingPeriod.Kind.ACTIVITY, today);
        List<PathwayPlan> plans = repository.plansOf(leaver.getId());
        LocalDate planDue = plans.isEmpty() ? leaver.getEligibleFrom() : plans.get(plans.size() - 1).nextDue();
        List<BirthdayCheck> checks = repository.checksOf(leaver.getId());
        boolean open = leaver.getServiceClosedOn() == null;
        return new CareLeaverRecord(leaver.getId(), leaver.getVersion(), child.getId(), child.getChildRef(),
                child.getForename() + " " + child.getSurname(), leaver.getEligibility(), leaver.getEligibleFrom(),
                leaver.getPersonalAdviser(), leaver.getServiceClosedOn(),
                contacts.stream().map(c -> new CareLeaverRecord.Contact(c.getContactDate(), c.getMethod(),
                        c.isSuccessful(), c.getWorker())).toList(),
                lastSuccessful, open ? contactDue : null, open && contactDue.isBefore(today),
                periods.stream().map(p -> new CareLeaverRecord.Period(p.getKind(), p.getFromDate(), p.getToDate(),
                        p.oc3Value())).toList(),
                home == null ? null : home.oc3Value(), activity == null ? null : activity.oc3Value(),
                activity != null && activity.isInEducationEmploymentOrTraining(),
                plans.stream().map(PathwayPlan::getCompletedOn).toList(), open ? planDue : null,
                open && planDue.isBefore(today),
                repository.stayingPutOf(leaver.getId()).stream().map(s -> new CareLeaverRecord.Stay(
                        s.getHousehold().getHouseholdRef(), s.getStartDate(), s.getEndDate())).toList(),
                checks.stream().map(b -> new CareLeaverRecord.Check(b.getBirthdayAge(), b.getBirthday(), b.getInTouch(),
                        b.getActivity(), b.getAccommodation())).toList(),
                checksDue(child, episodes, checks, today), lastChange);
    }

    static boolean lookedAfterOn(List<Episode> episodes, LocalDate date) {
        return LookedAfter.on(episodes, date);
    }

    private static List<Integer> checksDue(Child child, List<Episode> episodes, List<BirthdayCheck> checks, LocalDate today) {
        Set<Integer> done = checks.stream().map(BirthdayCheck::getBirthdayAge).collect(Collectors.toSet());
        List<Integer> due = new ArrayList<>();
        for (int age = 17; age <= 21; age++) {
            LocalDate birthday = child.getDateOfBirth().plusYears(age);
            if (!birthday.isAfter(today) && !done.contains(age) && !(age <= 18 && lookedAfterOn(episodes, birthday))) {
                due.add(age);
            }
        }
        return due;
    }

    private static LivingPeriod current(List<LivingPeriod> periods, LivingPeriod.Kind kind, LocalDate today) {
        return periods.stream().filter(p -> p.getKind() == kind && p.coversDate(today)).findFirst().orElse(null);
    }
}
