/** The fostering service's records of its households: approval, terms, reviews, visits, allegations, complaints. */
package org.corporateparenting.application.household;
