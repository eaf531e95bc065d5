package org.corporateparenting.application.access;

import jakarta.ejb.EJBAccessException;

/**
 * A sign-in the provider accepted but this system refuses (README, "Single sign-on"): the message says why in words
 * the person can take to their administrator, without repeating their name.
 */
public class SignInRefused extends EJBAccessException {

    private static final long serialVersionUID = 1L;

    public SignInRefused(String message) {
        super(message);
    }
}
