package org.corporateparenting.domain.careleaver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.code.Oc3Codes;
import org.corporateparenting.domain.shared.FieldError;

/**
 * Rules of the OC3 birthday check (SSDA903): only for the 17th to 21st birthdays, not in the future,
 * once per birthday; none for a 17th or 18th birthday while still looked after (rule 1016); codes from
 * the OC3 lists; ACTIV and ACCOM are 0 exactly when IN_TOUCH is DIED or RHOM (rule 344), and otherwise
 * ACCOM is a type letter with 1 (suitable) or 2 (unsuitable).
 */
public final class BirthdayCheckRules {

    private BirthdayCheckRules() {
    }

    public static List<FieldError> check(int age, LocalDate birthday, boolean lookedAfterOnBirthday,
            boolean alreadyRecorded, String inTouch, String activity, String accommodation, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (age < 17 || age > 21) {
            errors.add(new FieldError("birthdayAge", "The OC3 check is for the 17th to 21st birthdays."));
            return errors;
        }
        if (birthday.isAfter(today)) {
            errors.add(new FieldError("birthdayAge", "The " + age + "th birthday has not come yet."));
        } else if (alreadyRecorded) {
            errors.add(new FieldError("birthdayAge", "The check for the " + age + "th birthday is already recorded."));
        } else if (age <= 18 && lookedAfterOnBirthday) {
            errors.add(new FieldError("birthdayAge", "No OC3 check for a " + age
                    + "th birthday while the young person is still looked after."));
        }
        CollectionYear year = CollectionYear.containing(birthday);
        if (inTouch == null || !Oc3Codes.IN_TOUCH.isValid(inTouch, year)) {
            errors.add(new FieldError("inTouch", "Choose one of YES, NO, DIED, REFU, NREQ, RHOM."));
            return errors;
        }
        boolean nothingToReport = "DIED".equals(inTouch) || "RHOM".equals(inTouch);
        if (nothingToReport) {
            if (!"0".equals(activity)) {
                errors.add(new FieldError("activity", "When the young person has died or returned home, the activity is 0."));
            }
            if (!"0".equals(accommodation)) {
                errors.add(new FieldError("accommodation", "When the young person has died or returned home, the accommodation is 0."));
            }
            return errors;
        }
        if (activity == null || !Oc3Codes.ACTIVITY.isValid(activity, year)) {
            errors.add(new FieldError("activity", "Choose an OC3 activity code (F1 to G6)."));
        }
        if (!Oc3Codes.isValidAccommodation(accommodation, year)) {
            errors.add(new FieldError("accommodation",
                    "Give the accommodation as its type letter and 1 (suitable) or 2 (unsuitable), such as U1;"
                    + " no fixed abode (S) and custody (X) are always 2."));
        }
        return errors;
    }
}
