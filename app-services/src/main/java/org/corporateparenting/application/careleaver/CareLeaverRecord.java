package org.corporateparenting.application.careleaver;

import java.time.LocalDate;
import org.corporateparenting.domain.audit.LastChange;
import java.util.List;
import org.corporateparenting.domain.careleaver.ContactMethod;
import org.corporateparenting.domain.careleaver.Eligibility;
import org.corporateparenting.domain.careleaver.LivingPeriod;

/**
 * A care leaver's record as the leaving-care team sees it: eligibility and adviser, contacts and when the
 * next is due under the contact standard, where they live and what they do now (OC3 terms, EET), the
 * pathway plan due, staying put, the OC3 birthday checks recorded and still to do, and who last changed the
 * care leaver's own record (eligibility, adviser).
 */
public record CareLeaverRecord(long id, int version, long childId, String childRef, String name,
        Eligibility eligibility, LocalDate eligibleFrom, String personalAdviser, LocalDate serviceClosedOn,
        List<Contact> contacts, LocalDate lastSuccessfulContact, LocalDate contactDue, boolean contactOverdue,
        List<Period> periods, String accommodationNow, String activityNow, boolean inEducationEmploymentOrTraining,
        List<LocalDate> pathwayPlans, LocalDate pathwayPlanDue, boolean pathwayPlanOverdue, List<Stay> stayingPut,
        List<Check> birthdayChecks, List<Integer> birthdayChecksDue, LastChange lastChange) {

    /** A contact. */
    public record Contact(LocalDate contactDate, ContactMethod method, boolean successful, String worker) {
    }

    /** An accommodation or activity period, with its OC3 value. */
    public record Period(LivingPeriod.Kind kind, LocalDate fromDate, LocalDate toDate, String oc3Value) {
    }

    /** A staying put arrangement. */
    public record Stay(String householdRef, LocalDate startDate, LocalDate endDate) {
    }

    /** An OC3 birthday check. */
    public record Check(int birthdayAge, LocalDate birthday, String inTouch, String activity, String accommodation) {
    }
}
