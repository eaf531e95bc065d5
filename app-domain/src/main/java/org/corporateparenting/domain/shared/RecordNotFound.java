package org.corporateparenting.domain.shared;

/** No record of that kind and identifier, or not one the caller's council holds. */
public class RecordNotFound extends RuntimeException {

    public RecordNotFound(String recordType, long id) {
        this("There is no " + recordType + " with id " + id + ".");
    }

    public RecordNotFound(String message) {
        super(message);
    }
}
