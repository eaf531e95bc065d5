package org.corporateparenting.web.rest;

/** The body of an error response: a status and a message a person can act on. */
public record Problem(int status, String message) {
}
